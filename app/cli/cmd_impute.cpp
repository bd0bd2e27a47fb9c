// scdiff impute MODEL DATA --out OUT.h5ad: layers['scdiff_imputed'] by RePaint-style sampling, written a batch of
// cells at a time.
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/h5ad.hpp"
#include "terminal_progress.hpp"
#include "write_output.hpp"

namespace scdiff::cli {

void addImputeCommand(CLI::App& app) {
    struct Args {
        std::string model, data, out, device;
        bool force = false, backed = false;
        SamplingArgs sampling;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("impute", "Impute missing values (zeros) with a trained model");
    cmd->add_option("MODEL", args->model, "model file from scdiff train")->required();
    cmd->add_option("DATA", args->data, "dataset to impute")->required();
    cmd->add_option("-o,--out", args->out, "output .h5ad")->required();
    cmd->add_option("--device", args->device, "auto | cpu | cuda[:N] (default: the model's)");
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    cmd->add_flag("--backed", args->backed,
                  "open DATA (.h5ad, X stored by rows or dense) backed, for data larger than memory: X's rows are read "
                  "a block at a time and OUT (.h5ad) gets X, layers and raw copied from DATA as they are stored");
    args->sampling.addOptions(*cmd);
    cmd->callback([args] {
        startEngine();
        TerminalProgress progress;
        auto model = engine::Model::load(args->model, args->device);
        auto data = readDataset(args->data, args->backed, progress);
        reportGeneMatch(model, data);
        const auto sampling = args->sampling.get(engine::Task::Imputation);
        if (std::filesystem::path(args->out).extension() == ".loom") {  // loom is written whole
            const auto result = engine::impute(model, data, sampling, progress);
            progress.finish();
            engine::addImputation(data, result);
            engine::recordRun(data, model, engine::Task::Imputation);
            writeOutput(data, args->out, args->data, args->force, progress);
            return;
        }
        // The layer (cells x all genes, dense: 0.8 GB for 100k x 2k) is written as it is imputed, a batch of
        // cells at a time, never held whole.
        engine::recordRun(data, model, engine::Task::Imputation);
        const engine::ImputedLayerRows layer(data, model.genes(), model.config().keys.expression);
        h5ad::WriteOptions options;
        options.allowOverwrite = args->force;
        options.protectedInput = args->data;
        h5ad::writeWithLayerRows(
            data, args->out, "scdiff_imputed", layer.cols(),
            [&](const h5ad::PutRows& put) {
                std::vector<float> rows;
                engine::imputeRows(model, data, sampling, progress,
                                   [&](std::int64_t first, std::int64_t cells, const float* values) {
                                       rows.resize(static_cast<std::size_t>(cells * layer.cols()));
                                       layer.fill(first, cells, values, rows.data());
                                       put(first, cells, rows.data());
                                   });
            },
            options, progress);
        progress.finish();
        std::cerr << "wrote " << args->out << " (" << data.nObs() << " cells x " << data.nVars()
                  << " genes, layers['scdiff_imputed'])\n";
    });
}

}  // namespace scdiff::cli
