// scdiff annotate MODEL DATA --out OUT.h5ad: cell-type labels, confidence and class probabilities.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/import.hpp"
#include "scdiff/metrics.hpp"
#include "terminal_progress.hpp"
#include "write_output.hpp"

namespace scdiff::cli {

// When the dataset carries the model's label column, the agreement with it (e.g. on a labelled test set).
std::map<std::string, double> agreementWithLabels(const AnnData& data, const engine::Model& model,
                                                  const engine::AnnotationResult& result);

void addAnnotateCommand(CLI::App& app) {
    struct Args {
        std::string model, data, out, device;
        bool force = false;
        AnnotationArgs annotation;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("annotate", "Annotate cell types with a trained model (diffusion classifier)");
    cmd->add_option("MODEL", args->model, "model file from scdiff train")->required();
    cmd->add_option("DATA", args->data, "dataset to annotate")->required();
    cmd->add_option("-o,--out", args->out, "output .h5ad")->required();
    cmd->add_option("--device", args->device, "auto | cpu | cuda[:N] (default: the model's)");
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    args->annotation.addOptions(*cmd);
    cmd->callback([args] {
        startEngine();
        TerminalProgress progress;
        auto model = engine::Model::load(args->model, args->device);
        auto data = io::readAny(args->data, progress);
        reportGeneMatch(model, data);
        const auto result = engine::annotate(model, data, args->annotation.get(), progress);
        progress.finish();
        const auto metrics = agreementWithLabels(data, model, result);
        engine::addAnnotation(data, result);
        engine::recordRun(data, model, metrics);
        for (const auto& [k, v] : metrics) std::cerr << k << " vs obs['" << model.cellTypes().key << "']: " << v << "\n";
        writeOutput(data, args->out, args->data, args->force, progress);
    });
}

std::map<std::string, double> agreementWithLabels(const AnnData& data, const engine::Model& model,
                                                  const engine::AnnotationResult& result) {
    const Column* col = data.obs.find(model.cellTypes().key);
    const auto* cat = col ? std::get_if<Categorical>(&col->data) : nullptr;
    if (!cat) return {};
    std::vector<std::string> truth, predicted;
    for (std::int64_t i = 0; i < data.nObs(); ++i)
        if (auto l = cat->label(i)) {
            truth.push_back(*l);
            predicted.push_back(result.labels[static_cast<std::size_t>(i)]);
        }
    if (truth.empty()) return {};
    const auto r = metrics::classification(truth, predicted);
    return {{"macro_accuracy", r.macroAccuracy}, {"macro_f1", r.macroF1}, {"accuracy", r.accuracy}};
}

}  // namespace scdiff::cli
