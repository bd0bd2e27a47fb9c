#pragma once
// The diffusion classifier's cross-entropy as a training loss (TrainConfig::classLoss, docs/engine.md
// "Training the classifier's decision"): annotation compares the denoising errors of the candidate cell
// types, so training also pushes the true type's error below the others'. Private to the engine.
#include <torch/torch.h>

#include "model_impl.hpp"

namespace scdiff::engine {

// Cells per forward/backward inside one optimiser step. A paper-sized step (batch 2048) takes seconds on
// a CPU; in chunks of this size the gradient is accumulated (the same mean loss) and a cancel request is
// honoured between chunks, well within a second. The trainer's, and the step-time estimate's for this loss.
inline constexpr std::int64_t kChunkCells = 256;

// Whether a run of `config` with this many cell types trains with the classifier's loss: a positive weight,
// an annotation model, at least two types.
inline bool classLossApplies(const RunConfig& config, std::int64_t cellTypes) {
    return config.train.classLoss > 0 && config.task == Task::Annotation && cellTypes >= 2;
}

// The cross-entropy of softmax(-errors) against the cell types, summed over at most `maxCells` labelled rows
// (cellType > 0; the first ones, rows being in random order) of one chunk's noised cells: every candidate
// type's error |x0 - x0_hat(x_t, type, t)|^2 with an all-zero context, as annotation computes it
// (classifier.cpp), on the network being trained. Undefined when no row is labelled.
torch::Tensor classifierCrossEntropy(Model::Impl& m, const torch::Tensor& x0, const torch::Tensor& xt,
                                     const torch::Tensor& t, const torch::Tensor& batch, const torch::Tensor& cellType,
                                     std::int64_t maxCells);

// (cell, candidate) rows of that loss per chunk of a training step: the first kClassLossRows / types labelled
// cells of the chunk (at least one), so a model of 12 types pays about as much for it as one of 4.
inline constexpr std::int64_t kClassLossRows = 512;
std::int64_t classLossCells(std::int64_t chunkCells, std::int64_t cellTypes);

}  // namespace scdiff::engine
