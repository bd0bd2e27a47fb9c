#pragma once
// The one place that maps engine results into a dataset (ARCHITECTURE.md): obs['scdiff_cell_type'],
// obs['scdiff_confidence'], obsm['scdiff_probabilities'], layers['scdiff_imputed'], a predicted-cells
// AnnData for perturbation, and uns['scdiff'][task] with config, metrics and versions.
#include <map>
#include <string>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/tasks.hpp"

namespace scdiff::engine {

void addAnnotation(AnnData& data, const AnnotationResult& result);
// Dense layer with the dataset's var order; genes absent from the model keep their X values.
void addImputation(AnnData& data, const ImputationResult& result);
// A new AnnData: the predicted stimulated cells (obs copied from the control cells, condition set to
// "<stimulated> (predicted)"), same var as data restricted to the model genes.
AnnData perturbationPrediction(const AnnData& data, const PerturbationResult& result, const Model& model);

// uns['scdiff'][task] = {config (the model's run configuration as JSON), metrics (numbers), versions,
// model epochs}: task is what was done (an annotation model also imputes), the config says how the
// model was trained.
void recordRun(AnnData& data, const Model& model, Task task, const std::map<std::string, double>& metrics = {});

// accuracy, macro_accuracy and macro_f1 of the predictions against obs[the model's cell-type column] over
// the cells with a label there; empty when the dataset lacks the column. In-sample agreement (the cells may
// have been seen in training), not an evaluation: `evaluate` holds cells out.
std::map<std::string, double> agreementWithLabels(const AnnData& data, const Model& model, const AnnotationResult& result);

}  // namespace scdiff::engine
