#pragma once
// Model::Impl: the torch side of a Model handle. Private to the engine.
#include <torch/torch.h>

#include <memory>

#include "diffusion.hpp"
#include "model_facts.hpp"
#include "network.hpp"
#include "scdiff/engine/model.hpp"

namespace scdiff::engine {

// The facts (config, genes, vocabularies, history, temperature, ...) are the torch-free base.
struct Model::Impl : ModelFacts {
    torch::Device device{torch::kCPU};
    net::ScDiffNet net{nullptr};  // the trained weights
    // config.train.emaDecay > 0: the moving average of the weights, which inference uses.
    net::ScDiffNet ema{nullptr};
    std::int64_t updates = 0;  // optimiser steps taken (the learning-rate schedule and EMA warm-up)
    std::unique_ptr<torch::optim::AdamW> optimizer;
    DiffusionSchedule schedule;
    // > 0: a checkpoint taken mid-epoch (cancel): the cells of the epoch's order done, whatever the number of
    // ranks that did them (a resume with another number continues from the same cell).
    std::int64_t cellsDoneInEpoch = 0;
    double partialLossSum = 0;          // loss sum of the steps that did them
    std::int64_t partialLossSteps = 0;  // and their number

    Impl(RunConfig c, std::vector<std::string> g, Vocabulary ct, Vocabulary b, Vocabulary cond, torch::Device d,
         prior::TypeTable typeTable = {}, prior::GeneGraph geneGraph = {});
    // The cell types that had training cells (trainedTypes), and the class-vector mask beside a text conditioner.
    void recordTrainedTypes(std::vector<std::string> types);

    // Class conditioners in column order of ConditionInputs::classes: "cell_type" then "condition", each
    // only when its vocabulary has a key.
    std::vector<std::string> classConditionerNames() const;
    bool usesCellType() const { return !cellTypes.key.empty(); }
    // The condition column as a class conditioner (perturbation); gene perturbation reads it through the graph.
    bool usesCondition() const { return !conditions.key.empty() && !usesGeneGraph(); }
    bool usesGeneGraph() const { return config.task == Task::GenePerturbation; }
    void moveOptimizerStateTo(torch::Device d);
    // The network every task inference runs: the EMA when there is one, else the trained weights.
    net::ScDiffNet& inferenceNet() { return ema ? ema : net; }
    // Makes the EMA (when configured) a copy of the current weights and buffers.
    void resetEma();
    // One EMA update after an optimiser step (a no-op without EMA).
    void updateEma();
};

torch::Device torchDevice(const std::string& requested);

}  // namespace scdiff::engine
