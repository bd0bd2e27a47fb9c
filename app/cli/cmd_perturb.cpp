// scdiff perturb MODEL DATA --cell-type T --out OUT.h5ad: predicted stimulated cells of a cell type.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/error.hpp"
#include "terminal_progress.hpp"
#include "write_output.hpp"

namespace scdiff::cli {

void addPerturbCommand(CLI::App& app) {
    struct Args {
        std::string model, data, out, device, cellType;
        bool force = false, backed = false;
        SamplingArgs sampling;
        PerturbationArgs perturbation;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("perturb", "Predict the stimulated state of a cell type from its control cells");
    cmd->add_option("MODEL", args->model, "model file from scdiff train --task perturbation")->required();
    cmd->add_option("DATA", args->data, "dataset with the cell type's control cells")->required();
    cmd->add_option("--cell-type", args->cellType, "cell type to predict (default: the model's held-out type)");
    cmd->add_option("-o,--out", args->out, "output .h5ad with the predicted cells")->required();
    cmd->add_option("--device", args->device, "auto | cpu | cuda[:N] (default: the model's)");
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    cmd->add_flag("--backed", args->backed,
                  "open DATA (.h5ad, X stored by rows or dense) backed, for data larger than memory: the rows of the "
                  "cells the prediction needs are read from the file");
    args->sampling.addOptions(*cmd);
    args->perturbation.addOptions(*cmd);
    cmd->callback([args] {
        startEngine();
        TerminalProgress progress;
        auto model = engine::Model::load(args->model, args->device);
        const auto type = args->cellType.empty() ? model.config().keys.heldOutType : args->cellType;
        if (type.empty()) throw InvalidInput("give --cell-type: the model has no held-out cell type");
        auto data = readDataset(args->data, args->backed, progress);
        reportGeneMatch(model, data);
        const auto result = engine::perturb(
            model, data, type,
            {args->sampling.get(engine::Task::Perturbation), !args->perturbation.unpaired, args->perturbation.token()},
            progress);
        progress.finish();
        if (const auto said = engine::responseSourceSentence(result, model.config().keys.stimulated); !said.empty())
            std::cerr << said << "\n";
        auto predicted = engine::perturbationPrediction(data, result, model);
        engine::recordRun(predicted, model, engine::Task::Perturbation);
        writeOutput(predicted, args->out, args->data, args->force, progress);
    });
}

}  // namespace scdiff::cli
