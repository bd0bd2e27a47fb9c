// scdiff demo: the embedded default job. Generates a synthetic dataset (no download), preprocesses it,
// and writes an annotated .h5ad plus a summary. Each step is one function so steps can be added.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "preprocess_steps.hpp"
#include "scdiff/atomic_file.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/error.hpp"
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

// Two models, each with its task's preset: an annotation model (context, cell type, batch) annotates and
// imputes; a perturbation model (plus the condition) predicts the stimulated state of Type01, whose
// stimulated cells are held out of its training, so that prediction is a real test.
engine::Model stepTrain(const AnnData& data, engine::Task task, const DemoArgs& args, Progress& progress) {
    auto config = engine::preset(args.modelPreset, task);
    config.keys.labelKey = "cell_type";
    config.keys.batchKey = "batch";
    if (task == engine::Task::Perturbation)
        config.keys = {"cell_type", "batch", "condition", "control", "stimulated", "Type01"};
    config.train.seed = args.seed;
    if (args.epochs) {
        config.train.epochs = *args.epochs;
        config.train.steps = 0;  // an explicit epoch count replaces the preset's step budget
    }
    engine::TrainOptions options;
    options.checkpoint = std::filesystem::path(args.outDir) / ("model_" + std::string(engine::taskName(task)) + ".pt");
    auto model = engine::train(data, config, progress, options);
    progress.stage("");
    std::cerr << "\n   trained a " << args.modelPreset << " " << engine::taskName(task) << " model ("
              << model.parameterCount() << " parameters, " << model.epochsTrained() << " epochs, final loss "
              << model.history().back().trainLoss << ") -> " << options.checkpoint.string() << "\n";
    return model;
}

void writeReport(const std::map<std::string, double>& metrics, const DemoArgs& args) {
    io::writeAtomically(std::filesystem::path(args.outDir) / "demo_report.json", [&](std::ostream& out) {
        out << "{";
        bool first = true;
        for (const auto& [k, v] : metrics) {
            out << (first ? "" : ",") << "\n  \"" << k << "\": " << v;
            first = false;
        }
        out << "\n}\n";
    });
}

std::map<std::string, double> stepAnnotateAndImpute(AnnData& data, const DemoArgs& args, Progress& progress) {
    std::cerr << "3. annotation and imputation\n";
    const auto model = stepTrain(data, engine::Task::Annotation, args, progress);
    std::map<std::string, double> metrics;
    const auto annotation = engine::annotate(model, data, {}, progress);
    const auto agreement = engine::agreementWithLabels(data, model, annotation);
    metrics["annotation_macro_accuracy_in_sample"] = agreement.at("macro_accuracy");
    engine::addAnnotation(data, annotation);
    engine::recordRun(data, model, engine::Task::Annotation, agreement);
    std::cerr << "\n   annotated " << data.nObs() << " cells: macro accuracy " << agreement.at("macro_accuracy")
              << " against obs['cell_type'] (cells seen in training; `scdiff evaluate annotation` holds cells out)\n";
    const auto imputed = engine::impute(model, data, engine::defaultSampling(engine::Task::Imputation), progress);
    engine::addImputation(data, imputed);
    engine::recordRun(data, model, engine::Task::Imputation);
    std::cerr << "\n   imputed zeros -> layers['scdiff_imputed']\n";
    return metrics;
}

std::map<std::string, double> stepPerturb(const AnnData& data, const DemoArgs& args, Progress& progress) {
    std::cerr << "4. perturbation\n";
    const auto model = stepTrain(data, engine::Task::Perturbation, args, progress);
    const auto& heldOut = model.config().keys.heldOutType;
    const auto prediction = engine::perturb(model, data, heldOut, {}, progress);
    auto predicted = engine::perturbationPrediction(data, prediction, model);
    const auto file = std::filesystem::path(args.outDir) / "demo_perturbation.h5ad";
    engine::recordRun(predicted, model, engine::Task::Perturbation);
    h5ad::write(predicted, file, {}, progress);
    // Score it against the held-out cells the model never saw (the demo data has them).
    const auto score = engine::scorePerturbation(data, model, prediction);
    if (!score.report)
        throw InvalidInput("the demo data has no stimulated " + heldOut + " cells to score the prediction with");
    const auto& report = *score.report;
    std::cerr << "\n   predicted the stimulated state of " << heldOut << " (held out of training) from "
              << prediction.controlCells.size() << " control cells -> " << file.string()
              << "\n   R^2 of predicted vs observed mean change: top-100 DE genes " << report.r2TopDE << ", all genes "
              << report.r2All << "\n";
    if (const auto how = engine::responseSourceSentence(prediction, model.config().keys.stimulated); !how.empty())
        std::cerr << "   " << how << "\n";
    return {{"perturbation_r2_top100_de", report.r2TopDE}, {"perturbation_r2_all_genes", report.r2All}};
}

void stepWrite(const AnnData& data, const DemoArgs& args, Progress& progress) {
    std::filesystem::create_directories(args.outDir);
    const auto file = std::filesystem::path(args.outDir) / "demo.h5ad";
    progress.stage("writing " + file.string());
    h5ad::write(data, file, {}, progress);
    const auto summary = summarize(data);
    io::writeAtomically(std::filesystem::path(args.outDir) / "summary.json",
                        [&](std::ostream& out) { out << toJson(summary) << "\n"; });
    std::cout << toText(summary);
    std::cerr << "5. wrote " << file.string() << " (open it in scdiff-studio or scanpy)\n";
}
}  // namespace

void addDemoCommand(CLI::App& app) {
    auto args = std::make_shared<DemoArgs>();
    auto* cmd = app.add_subcommand("demo", "Run the main job on a generated synthetic dataset (no download)");
    cmd->add_option("--out", args->outDir, "output folder")->capture_default_str();
    cmd->add_option("--preset", args->preset, "synthetic preset")
        ->check(CLI::IsMember({"tiny", "small", "medium", "large"}))
        ->capture_default_str();
    cmd->add_option("--seed", args->seed, "random seed");
    cmd->add_option("--model-preset", args->modelPreset, "scDiff preset")
        ->check(CLI::IsMember({"quick", "paper"}))
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
            auto metrics = stepAnnotateAndImpute(data, *args, progress);
            metrics.merge(stepPerturb(data, *args, progress));
            writeReport(metrics, *args);
        }
        stepWrite(data, *args, progress);
        progress.finish();
    });
}

}  // namespace scdiff::cli
