// scdiff annotate MODEL DATA --out OUT.h5ad: cell-type labels, confidence and class probabilities.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/metrics.hpp"
#include "terminal_progress.hpp"
#include "write_output.hpp"

namespace scdiff::cli {

void addAnnotateCommand(CLI::App& app) {
    struct Args {
        std::string model, data, out, device;
        bool force = false, backed = false;
        AnnotationArgs annotation;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("annotate", "Annotate cell types with a trained model (diffusion classifier)");
    cmd->add_option("MODEL", args->model, "model file from scdiff train")->required();
    cmd->add_option("DATA", args->data, "dataset to annotate")->required();
    cmd->add_option("-o,--out", args->out, "output .h5ad")->required();
    cmd->add_option("--device", args->device, "auto | cpu | cuda[:N] (default: the model's)");
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    cmd->add_flag("--backed", args->backed,
                  "open DATA (.h5ad, X stored by rows or dense) backed, for data larger than memory: X's rows are read "
                  "a block at a time and OUT (.h5ad) gets X, layers and raw copied from DATA as they are stored");
    args->annotation.addOptions(*cmd);
    cmd->callback([args] {
        startEngine();
        TerminalProgress progress;
        auto model = engine::Model::load(args->model, args->device);
        auto data = readDataset(args->data, args->backed, progress);
        reportGeneMatch(model, data);
        const auto result = engine::annotate(model, data, args->annotation.get(), progress);
        progress.finish();
        const auto metrics = engine::agreementWithLabels(data, model, result);
        engine::addAnnotation(data, result);
        engine::recordRun(data, model, engine::Task::Annotation, metrics);
        for (const auto& [k, v] : metrics)
            std::cerr << k << " vs obs['" << model.cellTypes().key << "']: " << v << "\n";
        writeOutput(data, args->out, args->data, args->force, progress);
    });
}

}  // namespace scdiff::cli
