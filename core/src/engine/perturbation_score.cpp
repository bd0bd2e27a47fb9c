#include "scdiff/engine/results.hpp"

#include <algorithm>
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/model.hpp"

#include "dataset_inputs.hpp"

namespace scdiff::engine {

namespace {

// Rows of one matrix (log-normalised, the data's genes as columns) on the model's genes, matched by name.
std::vector<float> modelScaleRows(const SparseMatrix& x, const std::vector<std::int32_t>& modelColumnOfDataColumn,
                                  std::size_t G, const std::vector<std::int64_t>& rows) {
    std::vector<float> out(rows.size() * G, 0.0f);
    const auto v = x.values.data<float>();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto r = static_cast<std::size_t>(rows[i]);
        for (auto k = x.indptr[r]; k < x.indptr[r + 1]; ++k) {
            const auto g = modelColumnOfDataColumn[static_cast<std::size_t>(x.indices[static_cast<std::size_t>(k)])];
            if (g >= 0) out[i * G + static_cast<std::size_t>(g)] = v[static_cast<std::size_t>(k)];
        }
    }
    return out;
}

// The scores' shared part: the control, observed and predicted cells on the model's scale and their means.
PerturbationScore cellsOnModelScale(const AnnData& data, const Model& model, std::vector<std::int64_t> observed,
                                    const std::vector<std::int64_t>& controlCells,
                                    const std::vector<float>& predicted) {
    const auto& k = model.config().keys;
    const std::size_t G = model.genes().size();
    PerturbationScore s;
    s.observedCells = std::move(observed);
    const auto source = expression::view(data, k.expression);
    const SparseMatrix x = expression::logNormalised(source);
    const auto target = matchSourceGenes(model.genes(), data, k.expression, 0.0).modelColumnOfDataColumn;
    s.controlValues = modelScaleRows(x, target, G, controlCells);
    s.controlMean = metrics::meanOfRows(s.controlValues, G);
    s.predictedMean = metrics::meanOfRows(predicted, G);
    if (s.observedCells.empty()) return s;
    s.observedValues = modelScaleRows(x, target, G, s.observedCells);
    s.observedMean = metrics::meanOfRows(s.observedValues, G);
    return s;
}

}  // namespace

PerturbationScore scorePerturbation(const AnnData& data, const Model& model, const PerturbationResult& prediction) {
    const auto& k = model.config().keys;
    std::vector<std::int64_t> observed;
    if (data.obs.find(k.labelKey) && data.obs.find(k.conditionKey)) {
        const auto types = obsLabels(data, k.labelKey, "cell-type labels");
        const auto states = obsLabels(data, k.conditionKey, "perturbation state");
        for (std::size_t i = 0; i < types.size(); ++i)
            if (types[i] == prediction.cellType && states[i] == k.stimulated)
                observed.push_back(static_cast<std::int64_t>(i));
    }
    auto s = cellsOnModelScale(data, model, std::move(observed), prediction.controlCells, prediction.predicted);
    if (!s.observedCells.empty())
        s.report = metrics::perturbation(s.controlMean, s.observedMean, s.predictedMean,
                                         static_cast<int>(std::min<std::size_t>(100, model.genes().size())));
    return s;
}

PerturbationScore scorePerturbation(const AnnData& data, const Model& model, const GenePerturbationResult& prediction) {
    std::vector<std::int64_t> observed;
    if (data.obs.find(model.config().keys.conditionKey)) {
        const auto labels = perturbationLabels(data, model.config().keys);
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (!labels[i].control() && labels[i].canonical() == prediction.label)
                observed.push_back(static_cast<std::int64_t>(i));
    }
    auto s = cellsOnModelScale(data, model, std::move(observed), prediction.controlCells, prediction.predicted);
    if (!s.observedCells.empty())
        s.geneReport = metrics::scoreGenePerturbation(s.controlMean, s.observedMean, s.predictedMean);
    return s;
}

}  // namespace scdiff::engine
