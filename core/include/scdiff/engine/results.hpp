#pragma once
// The one place that maps engine results into a dataset (docs/architecture.md): obs['scdiff_cell_type'],
// obs['scdiff_confidence'], obsm['scdiff_probabilities'], layers['scdiff_imputed'], a predicted-cells
// AnnData for perturbation, and uns['scdiff'][task] with config, metrics and versions.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/gene_perturbation_metrics.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::engine {

// Also uns['scdiff']['annotation']['class_training']: per class, how it met training (trained, fine-tuned,
// zero-shot, untrained).
void addAnnotation(AnnData& data, const AnnotationResult& result);
// That record read back: class -> how it met training; empty when the dataset has none (an annotation from
// before it was recorded, or none at all).
std::map<std::string, std::string> annotationClassTraining(const AnnData& data);
// Dense layer with the dataset's var order; genes absent from the model keep their X values.
void addImputation(AnnData& data, const ImputationResult& result);
// That layer's rows, a batch of cells at a time (imputeRows' values in, rows of the dataset's genes out), for a
// layer written as it is imputed (h5ad::writeWithLayerRows); addImputation fills its layer with it.
class ExpressionRows;
class ImputedLayerRows {
public:
    ImputedLayerRows(const AnnData& data, const std::vector<std::string>& modelGenes, const std::string& expression);
    ~ImputedLayerRows();
    std::int64_t cols() const { return nVars_; }
    // out: cells x cols(), for the cells [firstCell, firstCell + cells) with their values (cells x model genes).
    void fill(std::int64_t firstCell, std::int64_t cells, const float* values, float* out) const;

private:
    std::unique_ptr<ExpressionRows> observed_;              // the source's log-normalised rows (in memory or file)
    std::vector<std::int32_t> sourceColumn_, modelColumn_;  // per dataset gene; -1: none
    std::int64_t nVars_ = 0, modelGenes_ = 0;
};
// A new AnnData: the predicted stimulated cells (obs copied from the control cells, condition set to
// "<stimulated> (predicted)"), same var as data restricted to the model genes.
AnnData perturbationPrediction(const AnnData& data, const PerturbationResult& result, const Model& model);
// Gene perturbation: the predicted cells, obs[the label column] "LABEL (predicted)", var's control_mean,
// predicted_mean and predicted_change (the mean change table), uns['scdiff']['gene-perturbation']['prediction'].
AnnData genePerturbationPrediction(const AnnData& data, const GenePerturbationResult& result, const Model& model);
// The trained types whose learned response a held-out type's cells borrowed (PerturbationResult::borrowedFrom),
// with their cell counts, most cells first (ties by name); empty when the type was sampled with its own or the
// null token.
std::vector<std::pair<std::string, std::int64_t>> responseSources(const PerturbationResult& result);
// One sentence for a terminal or a log: "Type01 was never seen stimulated: its control cells borrowed the
// learned response of Type04 (69 cells), Type07 (65)"; empty for a type sampled with its own token.
std::string responseSourceSentence(const PerturbationResult& result, const std::string& stimulated);

// uns['scdiff'][task] = {config (the model's run configuration as JSON), metrics (numbers), versions,
// model epochs}: task is what was done (an annotation model also imputes), the config says how the
// model was trained.
void recordRun(AnnData& data, const Model& model, Task task, const std::map<std::string, double>& metrics = {});

// accuracy, macro_accuracy and macro_f1 of the predictions against obs[the model's cell-type column] over
// the cells with a label there; empty when the dataset lacks the column. In-sample agreement (the cells may
// have been seen in training), not an evaluation: `evaluate` holds cells out.
std::map<std::string, double> agreementWithLabels(const AnnData& data, const Model& model,
                                                  const AnnotationResult& result);

// A perturbation prediction against what the dataset observed: the stimulated cells of the predicted
// type (obs[label] == cell type and obs[condition] == stimulated), and the per-gene means of the control
// cells the prediction started from, of those observed cells and of the predicted cells, on the model's
// scale and genes (the expression source log-normalised as the engine reads it, once; genes the data lacks
// are 0). `report` (R² of the predicted vs observed mean change, metrics::perturbation) only when the
// dataset has such cells, which a held-out type in its training data does. The one scoring used by the
// CLI's demo and the Studio (`evaluate` scores its own held-out split with the same metric).
struct PerturbationScore {
    std::vector<std::int64_t> observedCells;
    // The control and observed cells' rows on that scale (cells x model genes, row-major): what the Studio plots.
    std::vector<float> controlValues, observedValues;
    std::vector<double> controlMean, observedMean, predictedMean;
    std::optional<metrics::PerturbationReport> report;
    // A gene perturbation's score instead (GEARS's metrics: Pearson of the change, all and top-20 DE genes).
    std::optional<metrics::GenePerturbationScore> geneReport;
};
PerturbationScore scorePerturbation(const AnnData& data, const Model& model, const PerturbationResult& prediction);
// The same for a gene perturbation: the observed cells are those whose label in the model's perturbation column
// names the same genes (KLF1+MAP2K6 = MAP2K6+KLF1 = KLF1+MAP2K6 spelled GEARS's way); scored with geneReport.
PerturbationScore scorePerturbation(const AnnData& data, const Model& model, const GenePerturbationResult& prediction);

}  // namespace scdiff::engine
