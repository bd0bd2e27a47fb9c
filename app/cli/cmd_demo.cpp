// scdiff demo: the embedded default job. Generates a synthetic dataset (no download), preprocesses it,
// and writes an annotated .h5ad plus a summary. Each step is one function so steps can be added.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "preprocess_steps.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/summary.hpp"
#include "scdiff/synth.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {

namespace {
struct DemoArgs {
    std::string outDir = "scdiff-demo", preset = "small", modelPreset = "quick";
    std::uint64_t seed = 0;
    std::optional<int> epochs;
    bool skipModel = false;
};

AnnData stepGenerate(const DemoArgs& args, Progress& progress) {
    auto o = synth::preset(args.preset);
    o.seed = args.seed;
    auto data = synth::generate(o, progress);
    std::cerr << "1. generated a synthetic dataset: " << data.nObs() << " cells x " << data.nVars() << " genes, "
              << o.nCellTypes << " cell types, " << o.nBatches << " batches, control/stimulated\n";
    return data;
}

void stepPreprocess(AnnData& data, const DemoArgs& args, Progress& progress) {
    PreprocessSteps steps;
    steps.hvg = std::min<std::int64_t>(1000, data.nVars());
    steps.seed = args.seed;
    steps.run(data, progress);
    std::cerr << "2. preprocessed: normalised, log1p, HVG, PCA, kNN graph, UMAP\n";
}

// One perturbation-task model (context, cell type, condition, batch) answers all three questions. The
// stimulated cells of the first cell type are held out of training, so its prediction is a real test.
engine::Model stepTrain(const AnnData& data, const DemoArgs& args, Progress& progress) {
    auto config = engine::preset(args.modelPreset, engine::Task::Perturbation);
    config.keys = {"cell_type", "batch", "condition", "control", "stimulated", "Type01"};
    config.train.seed = args.seed;
    if (args.epochs) config.train.epochs = *args.epochs;
    engine::TrainOptions options;
    options.checkpoint = std::filesystem::path(args.outDir) / "model.pt";
    auto model = engine::train(data, config, progress, options);
    progress.stage("");
    std::cerr << "\n3. trained a " << args.modelPreset << " scDiff model (" << model.parameterCount() << " parameters, "
              << model.epochsTrained() << " epochs, final loss " << model.history().back().trainLoss << ") -> "
              << options.checkpoint.string() << "\n";
    return model;
}

std::map<std::string, double> stepInfer(AnnData& data, const engine::Model& model, const DemoArgs& args,
                                        Progress& progress) {
    std::map<std::string, double> metrics;
    const auto annotation = engine::annotate(model, data, {}, progress);
    std::vector<std::string> truth;
    const auto& types = std::get<Categorical>(data.obs.find("cell_type")->data);
    for (std::int64_t i = 0; i < data.nObs(); ++i) truth.push_back(types.label(i).value_or(""));
    const auto agreement = metrics::classification(truth, annotation.labels);
    metrics["annotation_macro_accuracy_in_sample"] = agreement.macroAccuracy;
    engine::addAnnotation(data, annotation);
    std::cerr << "\n4. annotated " << data.nObs() << " cells: macro accuracy " << agreement.macroAccuracy
              << " against obs['cell_type'] (cells seen in training; `scdiff evaluate annotation` holds cells out)\n";

    const auto imputed = engine::impute(model, data, engine::defaultSampling(engine::Task::Imputation), progress);
    engine::addImputation(data, imputed);
    std::cerr << "\n5. imputed zeros -> layers['scdiff_imputed']\n";

    const auto& heldOut = model.config().keys.heldOutType;
    const auto prediction = engine::perturb(model, data, heldOut, {}, progress);
    auto predicted = engine::perturbationPrediction(data, prediction, model);
    const auto file = std::filesystem::path(args.outDir) / "demo_perturbation.h5ad";
    engine::recordRun(predicted, model);
    h5ad::write(predicted, file, {}, progress);
    metrics["perturbation_cells_predicted"] = static_cast<double>(prediction.controlCells.size());
    std::cerr << "\n6. predicted the stimulated state of " << heldOut << " (held out of training) from "
              << prediction.controlCells.size() << " control cells -> " << file.string() << "\n";
    return metrics;
}

void stepWrite(const AnnData& data, const DemoArgs& args, Progress& progress) {
    std::filesystem::create_directories(args.outDir);
    const auto file = std::filesystem::path(args.outDir) / "demo.h5ad";
    progress.stage("writing " + file.string());
    h5ad::write(data, file, {}, progress);
    const auto summary = summarize(data);
    std::ofstream(std::filesystem::path(args.outDir) / "summary.json") << toJson(summary) << "\n";
    std::cout << toText(summary);
    std::cerr << "wrote " << file.string() << " (open it in scdiff-studio or scanpy)\n";
}
}  // namespace

void addDemoCommand(CLI::App& app) {
    auto args = std::make_shared<DemoArgs>();
    auto* cmd = app.add_subcommand("demo", "Run the main job on a generated synthetic dataset (no download)");
    cmd->add_option("--out", args->outDir, "output folder")->capture_default_str();
    cmd->add_option("--preset", args->preset, "synthetic preset")->check(CLI::IsMember({"tiny", "small", "medium", "large"}))
        ->capture_default_str();
    cmd->add_option("--seed", args->seed, "random seed");
    cmd->add_option("--model-preset", args->modelPreset, "scDiff preset")->check(CLI::IsMember({"quick", "paper"}))
        ->capture_default_str();
    cmd->add_option("--epochs", args->epochs, "override the model preset's epochs")->check(CLI::PositiveNumber);
    cmd->add_flag("--no-model", args->skipModel, "only generate and preprocess (no training)");
    cmd->callback([args] {
        TerminalProgress progress;
        auto data = stepGenerate(*args, progress);
        stepPreprocess(data, *args, progress);
        std::filesystem::create_directories(args->outDir);
        if (!args->skipModel) {
            startEngine();
            const auto model = stepTrain(data, *args, progress);
            const auto metrics = stepInfer(data, model, *args, progress);
            engine::recordRun(data, model, metrics);
        }
        stepWrite(data, *args, progress);
        progress.finish();
    });
}

}  // namespace scdiff::cli
