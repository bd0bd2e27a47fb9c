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

// uns['scdiff'][task] = {config (JSON string), metrics (numbers), versions, model epochs}.
void recordRun(AnnData& data, const Model& model, const std::map<std::string, double>& metrics = {});

}  // namespace scdiff::engine
