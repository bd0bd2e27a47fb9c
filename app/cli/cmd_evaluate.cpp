// scdiff evaluate TASK DATA: the paper's protocol with simple baselines on the same split, one table.
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/engine/evaluate.hpp"
#include "scdiff/error.hpp"
#include "scdiff/import.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {

void addEvaluateCommand(CLI::App& app) {
    struct Args {
        std::string data, json;
        RunConfigArgs run;
        SamplingArgs sampling;
        AnnotationArgs annotation;
        double testFraction = 0.1, hideFraction = 0.1;
        std::uint64_t splitSeed = 0;
        int repeats = 1;
        bool unpaired = false;
    };
    auto args = std::make_shared<Args>();
    args->run.taskOption = false;
    auto* cmd = app.add_subcommand("evaluate", "Evaluate scDiff against simple baselines on the same split");
    cmd->add_option("TASK", args->run.task, "annotation | imputation | perturbation")
        ->check(CLI::IsMember({"annotation", "imputation", "perturbation"}))
        ->required();
    cmd->add_option("DATA", args->data, "labelled dataset")->required();
    cmd->add_option("--json", args->json, "also write the report as JSON to this file");
    cmd->add_option("--test-fraction", args->testFraction, "annotation: held-out cells per class")
        ->check(CLI::Range(0.01, 0.9))
        ->capture_default_str();
    cmd->add_option("--hide-fraction", args->hideFraction, "imputation: hidden non-zero entries")
        ->check(CLI::Range(0.01, 0.9))
        ->capture_default_str();
    cmd->add_option("--split-seed", args->splitSeed, "seed of the split / hidden entries")->capture_default_str();
    cmd->add_option(
           "--repeats", args->repeats,
           "runs, reported as mean ± sd: annotation/imputation on split seeds S, S+1, ... (training seeds too); "
           "perturbation holds out each cell type with control and stimulated cells in turn")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    cmd->add_flag("--unpaired", args->unpaired,
                  "perturbation: score the stimulated sample itself (see scdiff perturb --help)");
    args->run.addOptions(*cmd);
    args->sampling.addOptions(*cmd);
    args->annotation.addOptions(*cmd);
    cmd->callback([args] {
        startEngine();
        TerminalProgress progress;
        engine::EvaluationOptions o;
        const auto data = io::readAny(args->data, progress);
        o.config = args->run.config(data);
        o.testFraction = args->testFraction;
        o.hideFraction = args->hideFraction;
        o.splitSeed = args->splitSeed;
        o.repeats = args->repeats;
        o.sampling = args->sampling.get(o.config.task);
        o.pairedPerturbation = !args->unpaired;
        o.annotation = args->annotation.get();
        const auto report = engine::evaluate(data, o, progress);
        progress.finish();
        std::cout << engine::toTable(report);
        if (!args->json.empty()) {
            const auto tmp = args->json + ".partial";
            {
                std::ofstream out(tmp);
                out << engine::toJson(report) << "\n";
                if (!out) throw FileError(args->json, "", "cannot write the report");
            }
            std::filesystem::rename(tmp, args->json);
        }
    });
}

}  // namespace scdiff::cli
