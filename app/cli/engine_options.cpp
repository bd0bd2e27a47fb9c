#include "engine_options.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "scdiff/engine/budget.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/error.hpp"

namespace scdiff::cli {

void RunConfigArgs::addOptions(CLI::App& cmd) {
    if (taskOption)
        cmd.add_option("--task", task, "annotation | imputation | perturbation")
            ->check(CLI::IsMember({"annotation", "imputation", "perturbation"}))
            ->capture_default_str();
    cmd.add_option("--preset", preset,
                   "auto (quick, with a validation split that calibrates annotation confidence from 1,000 cells) | "
                   "quick (minutes on a CPU: a fixed budget of optimiser steps) | paper (docs/method.md section 4)")
        ->check(CLI::IsMember(engine::presetNames()))
        ->capture_default_str();
    cmd.add_option("--config", configFile, "a run configuration JSON (as saved with every model); flags override it");
    cmd.add_option("--label-key", labelKey, "obs column with cell types")->capture_default_str();
    cmd.add_option("--batch-key", batchKey, "obs column with batches (decoder batch embedding)");
    cmd.add_option("--condition-key", conditionKey,
                   "obs column with the perturbation state (perturbation default: condition)");
    cmd.add_option("--control", control, "control value of the condition column")->capture_default_str();
    cmd.add_option("--stimulated", stimulated, "stimulated value of the condition column")->capture_default_str();
    cmd.add_option("--held-out", heldOut, "perturbation: cell type whose stimulated cells are left out of training");
    cmd.add_option("--expression", expression,
                   "where expression is read: X (default), raw (raw/X, e.g. when X is scaled) or layers/NAME");
    cmd.add_option("--genes", genes,
                   "train on the N most highly variable genes (0 = all genes; the quick preset uses 2000)")
        ->check(CLI::NonNegativeNumber);
    cmd.add_option("--device", device, "auto | cpu | cuda | cuda:N")->capture_default_str();
    cmd.add_option("--seed", seed, "random seed (runs on a CPU are bit-identical per seed)")->capture_default_str();
    cmd.add_option("--epochs", epochs, "override the preset's epochs (and its step budget)")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--train-steps", trainSteps,
                   "a budget of optimiser steps instead of epochs: the epochs follow from the number of training cells")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--schedule", schedule,
                   "learning rate: constant (the paper) | cosine (warm-up, then cosine decay to 0)")
        ->check(CLI::IsMember({"constant", "cosine"}));
    cmd.add_option("--warmup", warmup, "cosine schedule: warm-up steps")->check(CLI::NonNegativeNumber);
    cmd.add_option("--ema", ema, "inference on a moving average of the weights with this decay (0 = off)")
        ->check(CLI::Range(0.0, 0.99999));
    cmd.add_option("--batch-size", batchSize, "override the preset's batch size")->check(CLI::PositiveNumber);
    cmd.add_option("--base-lr", baseLr, "override the preset's base learning rate (lr = base-lr x batch size)")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--hidden", hidden, "override the hidden size d")->check(CLI::PositiveNumber);
    cmd.add_option("--depth", depth, "override the number of blocks")->check(CLI::PositiveNumber);
    cmd.add_option("--checkpoint-every", checkpointEvery, "epochs between checkpoints")->check(CLI::NonNegativeNumber);
    cmd.add_option("--validation", validation, "fraction of cells for a validation loss")->check(CLI::Range(0.0, 0.49));
    cmd.add_option("--early-stopping", patience, "stop after this many epochs without validation improvement")
        ->check(CLI::NonNegativeNumber);
}

engine::RunConfig RunConfigArgs::config(const AnnData& data) const {
    engine::RunConfig c;
    if (!configFile.empty()) {
        std::ifstream in(configFile);
        if (!in) throw FileError(configFile, "", "cannot open the configuration file");
        std::stringstream text;
        text << in.rdbuf();
        c = engine::runConfigFromJson(text.str());
    }
    if (taskOption || configFile.empty()) c.task = engine::taskFromName(task);
    engine::DataKeys keys;
    keys.labelKey = labelKey;
    keys.batchKey = batchKey;
    keys.conditionKey = conditionKey;
    if (c.task == engine::Task::Perturbation && conditionKey.empty()) keys.conditionKey = "condition";
    keys.control = control;
    keys.stimulated = stimulated;
    keys.heldOutType = heldOut;
    keys.expression = expression ? *expression : c.keys.expression;
    if (configFile.empty())
        c = engine::presetFor(preset, c.task, keys, data);  // the auto preset follows the dataset
    else
        c.keys = keys;
    if (genes) c.genes.highlyVariable = *genes;
    c.train.device = device;
    c.train.seed = seed;
    if (epochs) {
        c.train.epochs = *epochs;
        c.train.steps = 0;  // an explicit epoch count replaces the preset's step budget
    }
    if (trainSteps) c.train.steps = *trainSteps;
    if (schedule) c.train.schedule = *schedule;
    if (warmup) c.train.warmupSteps = *warmup;
    if (ema) c.train.emaDecay = *ema;
    if (batchSize) c.train.batchSize = *batchSize;
    if (baseLr) c.train.baseLr = *baseLr;
    if (hidden) c.model.hidden = *hidden;
    if (depth) c.model.depth = *depth;
    if (checkpointEvery) c.train.checkpointEvery = *checkpointEvery;
    if (validation) c.train.validationFraction = *validation;
    if (patience) c.train.earlyStoppingPatience = *patience;
    return engine::runConfigFromJson(engine::toJson(c));  // validates the combination
}

void SamplingArgs::addOptions(CLI::App& cmd) {
    const auto imp = engine::defaultSampling(engine::Task::Imputation);
    const auto per = engine::defaultSampling(engine::Task::Perturbation);
    cmd.add_option("--steps", steps,
                   "reverse-process steps (1000 with --eta 1 = full ancestral DDPM; default " +
                       std::to_string(imp.steps) + " for imputation, the posterior mean, " + std::to_string(per.steps) +
                       " for perturbation)")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--eta", eta, "1 = ancestral noise (default), 0 = deterministic DDIM")->check(CLI::Range(0.0, 1.0));
    cmd.add_option("--samples", samples,
                   "reverse-process draws averaged per cell (default " + std::to_string(imp.samples) +
                       " for imputation, " + std::to_string(per.samples) + " for perturbation)")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--context-mask", contextMask,
                   "fraction of the context hidden from the network (default: 0.8 for imputation, which keeps the "
                   "observed values in its output; 0 for perturbation)")
        ->check(CLI::Range(0.0, 1.0));
    cmd.add_option("--sample-seed", seed, "seed of the sampling noise")->capture_default_str();
}

engine::SamplingOptions SamplingArgs::get(engine::Task task) const {
    auto o = engine::defaultSampling(task);
    if (steps) o.steps = *steps;
    if (eta) o.eta = *eta;
    if (samples) o.samples = *samples;
    if (contextMask) o.contextMask = *contextMask;
    o.seed = seed;
    return o;
}

void AnnotationArgs::addOptions(CLI::App& cmd) {
    cmd.add_option("--prune-after", options.pruneAfter,
                   "after this many time steps drop candidates with probability below --prune-below (0 = off)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd.add_option("--prune-below", options.pruneBelow, "probability under which a candidate is dropped")
        ->check(CLI::Range(1e-12, 0.5))
        ->capture_default_str();
    cmd.add_option("--timesteps", options.timesteps,
                   "diffusion time steps scored per candidate (repeats draw new noise)")
        ->delimiter(',')
        ->capture_default_str();
    cmd.add_flag("--naive", naive, "one forward per candidate with its own noise (the slow reference loop)");
}

engine::AnnotationOptions AnnotationArgs::get() const {
    auto o = options;
    o.batched = !naive;
    return o;
}

void reportGeneMatch(const engine::Model& model, const AnnData& data) {
    std::cerr << engine::matchGenes(model.genes(), data.var.index).summary() << "\n";
}

void startEngine() { engine::setThreads(globalOptions().threads); }

}  // namespace scdiff::cli
