#pragma once
// The diffusion classifier's errors (docs/method.md section 5) and the temperature that turns them into
// calibrated probabilities. Shared by annotate() and the trainer, which fits the temperature on its
// validation cells. Private to the engine.
#include <torch/torch.h>

#include <span>
#include <vector>

#include "dataset_inputs.hpp"
#include "model_impl.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

// Throws InvalidInput when the model cannot annotate or the options are out of range.
void checkAnnotationOptions(const Model::Impl& m, const AnnotationOptions& o);

// [rows, C] float32 on the CPU: for each cell and candidate cell type the mean over the options' time
// steps of |x0 - x0_hat|^2 (sum over the model's genes). x is log-normalised with the dataset's columns,
// mapped to the model's through modelColumnOfDataColumn (empty: the same columns). Each mini-batch of
// o.batchSize rows draws its noise from stream firstBatchId + its index, so a dataset annotated a block of whole
// mini-batches at a time (firstBatchId = the block's first row / o.batchSize) gets the numbers of one call.
torch::Tensor classifierErrors(Model::Impl& m, const SparseMatrix& x, std::span<const std::int64_t> rows,
                               const std::vector<std::int32_t>& modelColumnOfDataColumn,
                               const CellConditions& conditions, const AnnotationOptions& o, Progress& progress,
                               std::size_t firstBatchId = 0);

// The temperature T of softmax(-errors / T) that minimises the negative log-likelihood of the true classes
// (temperature scaling, Guo et al. 2017), trueClass[i] in 0..C-1. Searched as beta = 1 / T >= 0 by
// Newton's method (the NLL is convex in beta), capped where the cells' median margin between the best and
// the second candidate would get 1 - 1e-6. Returns 0 when there is nothing to fit (no cells).
double fitTemperature(const torch::Tensor& errors, const std::vector<std::int64_t>& trueClass);

// softmax(-errors / temperature) per row (temperature <= 0: 1).
torch::Tensor classProbabilities(const torch::Tensor& errors, double temperature);

}  // namespace scdiff::engine
