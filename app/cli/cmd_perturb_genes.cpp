// scdiff perturb-genes MODEL DATA --genes KLF1+MAP2K6 -o OUT.h5ad: cells predicted under a gene perturbation
// (one or two genes, seen in training or not) from the dataset's control cells, and the mean change table.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <numeric>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/read_safely.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/error.hpp"
#include "terminal_progress.hpp"
#include "write_output.hpp"

namespace scdiff::cli {

namespace {
// The genes with the largest predicted |change|, one line each.
void printTopChanges(const engine::GenePerturbationResult& r, std::size_t top) {
    std::vector<std::size_t> order(r.geneNames.size());
    std::iota(order.begin(), order.end(), 0);
    auto change = [&](std::size_t j) { return r.predictedMean[j] - r.controlMean[j]; };
    const auto shown = std::min(top, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown), order.end(),
                      [&](std::size_t a, std::size_t b) { return std::abs(change(a)) > std::abs(change(b)); });
    std::cout << "largest predicted changes (log-normalised mean, control -> " << r.label << "):\n";
    for (std::size_t i = 0; i < shown; ++i) {
        const auto j = order[i];
        std::cout << "  " << std::left << std::setw(16) << r.geneNames[j] << std::right << std::fixed
                  << std::setprecision(3) << std::setw(9) << r.controlMean[j] << " -> " << std::setw(7)
                  << r.predictedMean[j] << "  (" << std::showpos << change(j) << std::noshowpos << ")\n";
    }
}
}  // namespace

void addPerturbGenesCommand(CLI::App& app) {
    struct Args {
        std::string model, data, out, device, genes;
        bool force = false;
        std::int64_t maxControls = 0;
        int top = 20;
        SamplingArgs sampling;
        DoublesArgs doubles;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("perturb-genes",
                                   "Predict cells under a gene perturbation (one or two genes, also ones no training "
                                   "cell had) from control cells");
    cmd->add_option("MODEL", args->model, "model file from scdiff train --task gene-perturbation")->required();
    cmd->add_option("DATA", args->data, "dataset with control cells (the model's label column marks them)")->required();
    cmd->add_option("--genes", args->genes, "the perturbed genes: KLF1 or KLF1+MAP2K6 (GEARS's KLF1+ctrl too)")
        ->required();
    cmd->add_option("-o,--out", args->out, "output .h5ad with the predicted cells and the mean change table in var")
        ->required();
    cmd->add_option("--max-control-cells", args->maxControls, "predict from at most this many control cells (0 = all)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--top", args->top, "predicted changes to print")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd->add_option("--device", args->device, "auto | cpu | cuda[:N] (default: the model's)");
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    args->sampling.addOptions(*cmd);
    args->doubles.addOptions(*cmd);
    cmd->callback([args] {
        startEngine();
        TerminalProgress progress;
        auto model = engine::Model::load(args->model, args->device);
        const auto label = prior::parsePerturbationLabel(args->genes, engine::controlValues(model.config().keys));
        if (label.control()) throw InvalidInput("--genes names no gene ('" + args->genes + "' is a control value)");
        auto data = io::readSafely(args->data, progress);
        reportGeneMatch(model, data);
        engine::GenePerturbationOptions o;
        o.sampling = args->sampling.get(engine::Task::GenePerturbation);
        o.maxControlCells = args->maxControls;
        o.doubles = args->doubles.get();
        const auto result = engine::perturbGenes(model, data, label.genes, o, progress);
        progress.finish();
        std::cerr << result.label
                  << (result.seenInTraining ? " was among the training perturbations"
                                            : " was not among the training perturbations (zero-shot: "
                                              "conditioned through the gene graph)")
                  << (result.sumOfSingles ? "; predicted as the sum of its two single-gene changes" : "")
                  << "; predicted from " << result.controlCells.size() << " control cells\n";
        printTopChanges(result, static_cast<std::size_t>(args->top));
        // Where the dataset measured this perturbation, the prediction against those cells (GEARS's metrics).
        const auto score = engine::scorePerturbation(data, model, result);
        if (const auto& g = score.geneReport)
            std::cerr << "against the " << score.observedCells.size() << " measured " << result.label
                      << " cells: Pearson of the change " << g->pearsonDeltaTop << " (top " << g->topGenes.size()
                      << " DE genes), " << g->pearsonDeltaAll << " (all genes); MSE on the top genes " << g->mseTop
                      << "\n";
        auto predicted = engine::genePerturbationPrediction(data, result, model);
        engine::recordRun(predicted, model, engine::Task::GenePerturbation);
        writeOutput(predicted, args->out, args->data, args->force, progress);
    });
}

}  // namespace scdiff::cli
