#pragma once
// Command-line options shared by the engine commands (train, evaluate, annotate, impute, perturb, demo):
// one place that turns flags into an engine RunConfig / AnnotationOptions / SamplingOptions.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/tasks.hpp"

namespace scdiff::cli {

struct RunConfigArgs {
    std::string task = "annotation", preset = "auto", configFile;
    std::string labelKey = "cell_type", batchKey, conditionKey, control = "control", stimulated = "stimulated", heldOut;
    std::string device = "auto";
    std::uint64_t seed = 0;
    std::optional<int> epochs, batchSize, hidden, depth, checkpointEvery, patience;
    std::optional<double> baseLr, validation;
    std::optional<std::string> expression;
    std::optional<std::int64_t> genes;       // --genes N: highly variable genes (0 = all)
    std::optional<std::int64_t> trainSteps;  // --train-steps N: a budget of optimiser steps instead of epochs
    std::optional<std::string> schedule;
    std::optional<int> warmup;
    std::optional<double> ema;
    bool taskOption = true;  // false where the task is a positional argument (evaluate)

    void addOptions(CLI::App& cmd);
    // The run configuration for `data` (the auto preset adapts to it); flags override the preset.
    engine::RunConfig config(const AnnData& data) const;
};

// Flags left unset take engine::defaultSampling(task).
struct SamplingArgs {
    std::optional<int> steps, samples;
    std::optional<double> eta, contextMask;
    std::uint64_t seed = 0;
    void addOptions(CLI::App& cmd);
    engine::SamplingOptions get(engine::Task task) const;
};

struct AnnotationArgs {
    engine::AnnotationOptions options;
    bool naive = false;
    void addOptions(CLI::App& cmd);
    engine::AnnotationOptions get() const;
};

// Prints how many of the model's genes the dataset has (matched / missing), or throws when too few.
void reportGeneMatch(const engine::Model& model, const AnnData& data);

// Applies --threads to LibTorch (Debian's starts with one thread). Call first in every engine command.
void startEngine();

}  // namespace scdiff::cli
