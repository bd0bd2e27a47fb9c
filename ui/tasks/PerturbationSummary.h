#pragma once
// What the Studio shows of one perturbation prediction: per-gene means and per-cell values of the type's
// control, observed stimulated and predicted stimulated cells, and the score against the observed cells.
// The same for a gene perturbation (perturbedGenes set): control cells, the cells the dataset measured under
// those genes and the predicted ones. Made by PerturbTask / GenePerturbTask on a worker (ui/tasks/ModelTasks.h), drawn by PerturbationView.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scdiff/gene_perturbation_metrics.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::ui {

// Per-gene means (log-normalised scale) behind the view, computed off the main thread.
struct PerturbationSummary {
    std::string cellType, control, stimulated;  // condition values
    std::vector<std::string> genes;             // model genes
    std::vector<double> controlMean, predictedMean;
    std::vector<double> observedMean;  // empty when the dataset has no stimulated cells of the type
    std::int64_t controlCells = 0, observedCells = 0;
    // false: the model never saw the type stimulated; responseSources then lists the trained types whose learned
    // response its cells borrowed (engine::responseSources; empty: the null token).
    bool ownToken = true;
    std::vector<std::pair<std::string, std::int64_t>> responseSources;
    // The automatic choice's test (engine::ResponseStructure): how well the trained types' responses match their
    // nearest type's and the mean of the others' (R^2); autoTypes 0 when the choice was not automatic.
    int autoTypes = 0;
    double autoNearestR2 = 0, autoOthersR2 = 0;
    // Per cell (rows) x model gene (columns), row-major, same scale as the means: the type's control
    // cells, its observed stimulated cells (empty without them) and the predicted stimulated cells.
    std::vector<float> controlValues, observedValues, predictedValues;
    std::optional<metrics::PerturbationReport> report;  // engine::scorePerturbation's (only with observed cells)
    // A gene perturbation: its canonical label ("KLF1+MAP2K6"; empty for a cell type's perturbation), whether
    // the training cells had it, the model's gene graph (its source and size) and GEARS's scores against the
    // measured cells (only when the dataset has them).
    std::string perturbedGenes;
    bool seenInTraining = false;
    bool sumOfSingles = false;  // a double predicted as the sum of its two single-gene changes
    std::string graphSource;
    std::int64_t graphGenes = 0;
    std::optional<metrics::GenePerturbationScore> geneReport;
    bool genePerturbation() const { return !perturbedGenes.empty(); }
};

}  // namespace scdiff::ui
