// scdiff evaluate TASK DATA: the paper's protocol with simple baselines on the same split, one table.
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/atomic_file.hpp"
#include "scdiff/read_safely.hpp"
#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/fewshot.hpp"
#include "scdiff/error.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {

namespace {

// The report as JSON, through a temporary file (nothing when path is empty).
void writeJson(const std::string& path, const std::string& json) {
    if (path.empty()) return;
    io::writeAtomically(path, [&](std::ostream& out) { out << json << "\n"; });
}

template <class Args>
void runFewShot(Args& args, const AnnData& data, TerminalProgress& progress) {
    engine::FewShotOptions o;
    args.run.task = "annotation";
    o.config = args.run.config(data);
    if (!args.types.given())
        throw InvalidInput(
            "the few-shot protocol compares the text conditioner with the class one: give its cell-type "
            "table (--type-table, --type-descriptions or --ontology)");
    o.table = *args.types.get(data, o.config.keys.labelKey);
    o.minority = args.minority;
    o.threshold = args.threshold;
    o.shots = args.shots;
    o.fineTuneEpochs = args.fineTuneEpochs;
    o.fineTuneLearningRate = args.fineTuneLr;
    o.fineTuneConditionerOnly = args.conditionerOnly;
    o.replayPerType = args.replay;
    o.maxTestPerType = args.testPerType;
    o.repeats = args.repeats;
    o.seed = args.splitSeed;
    o.annotation = args.annotation.get();
    const auto report = engine::evaluateFewShot(data, o, progress);
    progress.finish();
    std::cout << engine::toTable(report);
    writeJson(args.json, engine::toJson(report));
}

}  // namespace

void addEvaluateCommand(CLI::App& app) {
    struct Args {
        std::string data, json;
        RunConfigArgs run;
        SamplingArgs sampling;
        AnnotationArgs annotation;
        double testFraction = 0.1, hideFraction = 0.1;
        double unseenGenes = engine::EvaluationOptions{}.unseenGeneFraction;
        std::int64_t maxControls = engine::EvaluationOptions{}.maxControlCells;
        std::vector<std::string> testPerturbations;
        std::uint64_t splitSeed = 0;
        int repeats = 1;
        PerturbationArgs perturbation;
        DoublesArgs doubles;
        // fewshot
        TypeSourceArgs types;
        std::vector<std::string> minority;
        std::int64_t threshold = 0, testPerType = 50;
        std::vector<int> shots{1, 3, 5, 10};
        int fineTuneEpochs = 50, replay = 0;
        double fineTuneLr = engine::FineTuneOptions{}.learningRateScale;
        bool conditionerOnly = false;
    };
    auto args = std::make_shared<Args>();
    args->run.taskOption = false;
    auto* cmd = app.add_subcommand("evaluate", "Evaluate scDiff against simple baselines on the same split");
    cmd->add_option("TASK", args->run.task,
                    "annotation | imputation | perturbation | gene-perturbation (GEARS's protocol: whole "
                    "perturbations held out) | fewshot (rare cell types: majority types pretrain, k "
                    "cells of each minority type fine-tune; text- vs class-conditioned scDiff vs baselines)")
        ->check(CLI::IsMember({"annotation", "imputation", "perturbation", "gene-perturbation", "fewshot"}))
        ->required();
    cmd->add_option("DATA", args->data, "labelled dataset")->required();
    cmd->add_option("--json", args->json, "also write the report as JSON to this file");
    cmd->add_option("--test-fraction", args->testFraction, "annotation: held-out cells per class")
        ->check(CLI::Range(0.01, 0.9))
        ->capture_default_str();
    cmd->add_option("--hide-fraction", args->hideFraction, "imputation: hidden non-zero entries")
        ->check(CLI::Range(0.01, 0.9))
        ->capture_default_str();
    cmd->add_option("--unseen-genes", args->unseenGenes,
                    "gene-perturbation: share of the singly perturbed genes held out (their singles and doubles)")
        ->check(CLI::Range(0.01, 0.9))
        ->capture_default_str();
    cmd->add_option("--test-perturbations", args->testPerturbations,
                    "gene-perturbation: hold out these perturbations (comma-separated labels, e.g. KLF1,CEBPA+KLF1) "
                    "instead of GEARS's random split; every run uses them")
        ->delimiter(',');
    cmd->add_option("--max-control-cells", args->maxControls,
                    "gene-perturbation: control cells each held-out perturbation is predicted from")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--split-seed", args->splitSeed, "seed of the split / hidden entries")->capture_default_str();
    cmd->add_option(
           "--repeats", args->repeats,
           "runs, reported as mean ± sd: annotation/imputation on split seeds S, S+1, ... (training seeds too); "
           "perturbation holds out each cell type with control and stimulated cells in turn")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    args->perturbation.addOptions(*cmd);
    args->doubles.addOptions(*cmd);
    auto* fewshot = cmd->add_option_group("fewshot", "the few-shot protocol (TASK fewshot)");
    fewshot->add_option("--minority", args->minority, "the minority types (comma-separated)")->delimiter(',');
    fewshot->add_option("--threshold", args->threshold, "or: the types with at most this many cells are minority")
        ->check(CLI::PositiveNumber);
    fewshot->add_option("--shots", args->shots, "cells per minority type to fine-tune on (comma-separated)")
        ->delimiter(',')
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    fewshot->add_option("--fine-tune-epochs", args->fineTuneEpochs, "epochs of fine-tuning per k")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    fewshot
        ->add_option("--fine-tune-lr", args->fineTuneLr,
                     "fine-tuning learning rate as a share of the pretraining one (0 = automatic: 0.03 below 10 "
                     "cells per type, else 1)")
        ->check(CLI::Range(0.0, 100.0))
        ->capture_default_str();
    fewshot->add_flag("--fine-tune-conditioner-only", args->conditionerOnly,
                      "fine-tune only the cell-type conditioner (class vectors or text projections), the rest frozen");
    fewshot
        ->add_option("--replay", args->replay,
                     "majority cells per majority type in each fine-tuning set (0 = as many as the shots)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    fewshot->add_option("--test-per-type", args->testPerType, "test cells per minority type (after its shots)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    args->types.addOptions(*cmd, true);
    args->run.addOptions(*cmd);
    args->sampling.addOptions(*cmd);
    args->annotation.addOptions(*cmd);
    cmd->callback([args] {
        startEngine();
        TerminalProgress progress;
        const auto data = io::readSafely(args->data, progress);
        if (args->run.task == "fewshot") return runFewShot(*args, data, progress);
        engine::EvaluationOptions o;
        o.config = args->run.config(data);
        o.testFraction = args->testFraction;
        o.hideFraction = args->hideFraction;
        o.unseenGeneFraction = args->unseenGenes;
        o.testPerturbations = args->testPerturbations;
        o.maxControlCells = args->maxControls;
        o.doubles = args->doubles.get();
        o.splitSeed = args->splitSeed;
        o.repeats = args->repeats;
        o.sampling = args->sampling.get(o.config.task);
        o.pairedPerturbation = !args->perturbation.unpaired;
        o.heldOutToken = args->perturbation.token();
        o.annotation = args->annotation.get();
        const auto report = engine::evaluate(data, o, progress);
        progress.finish();
        std::cout << engine::toTable(report);
        writeJson(args->json, engine::toJson(report));
    });
}

}  // namespace scdiff::cli
