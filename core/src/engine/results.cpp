// The one place where engine results enter a dataset (docs/architecture.md, "Rules the code keeps").
#include "scdiff/engine/results.hpp"

#include "expression_rows.hpp"

#include <algorithm>
#include <numeric>
#include <cstdio>
#include <map>

#include "dataset_inputs.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/prior/dataset_table.hpp"
#include "scdiff/version.hpp"

namespace scdiff::engine {

namespace {
Dict& scdiffUns(AnnData& data) {
    if (!data.uns.contains("scdiff") || !data.uns.at("scdiff").is<Dict>()) data.uns.set("scdiff", Dict{});
    return data.uns.at("scdiff").get<Dict>();
}
Dict& taskUns(AnnData& data, const std::string& task) {
    auto& root = scdiffUns(data);
    if (!root.contains(task) || !root.at(task).is<Dict>()) root.set(task, Dict{});
    return root.at(task).get<Dict>();
}
}  // namespace

void addAnnotation(AnnData& data, const AnnotationResult& r) {
    if (static_cast<std::int64_t>(r.labels.size()) != data.nObs())
        throw InvalidInput("the annotation has " + std::to_string(r.labels.size()) + " cells but the dataset has " +
                           std::to_string(data.nObs()));
    data.obs.set("scdiff_cell_type", Categorical::fromLabels(r.labels));
    data.obs.set("scdiff_confidence", NDArray::fromVector(r.confidence));
    const auto C = static_cast<std::int64_t>(r.classes.size());
    data.obsm.set("scdiff_probabilities", NDArray::fromVector(r.probabilities, {data.nObs(), C}));
    taskUns(data, "annotation").set("classes", StringArray::fromVector(r.classes));
    if (r.classTraining.size() == r.classes.size())
        taskUns(data, "annotation").set("class_training", StringArray::fromVector(r.classTraining));
}

std::map<std::string, std::string> annotationClassTraining(const AnnData& data) {
    std::map<std::string, std::string> out;
    const Element* root = data.uns.find("scdiff");
    const Dict* scdiff = root ? root->getIf<Dict>() : nullptr;
    const Element* task = scdiff ? scdiff->find("annotation") : nullptr;
    const Dict* rec = task ? task->getIf<Dict>() : nullptr;
    const Element* classes = rec ? rec->find("classes") : nullptr;
    const Element* training = rec ? rec->find("class_training") : nullptr;
    const StringArray* c = classes ? classes->getIf<StringArray>() : nullptr;
    const StringArray* t = training ? training->getIf<StringArray>() : nullptr;
    if (!c || !t || c->values.size() != t->values.size()) return out;
    for (std::size_t i = 0; i < c->values.size(); ++i) out[c->values[i]] = t->values[i];
    return out;
}

ImputedLayerRows::ImputedLayerRows(const AnnData& data, const std::vector<std::string>& modelGenes,
                                   const std::string& expression) {
    // Genes the model does not have keep their observed values, from the source the model read (a layer,
    // raw/X with its own genes, or X), on the engine's scale; var genes the source lacks are 0.
    const auto source = expression::view(data, expression);
    observed_ = sourceRows(source, 0);
    sourceColumn_ = matchGenes(*source.genes, data.var.index, 0.0).modelColumnOfDataColumn;
    modelColumn_ = matchGenes(modelGenes, data.var, 0.0).modelColumnOfDataColumn;  // by symbol where need be
    nVars_ = data.nVars();
    modelGenes_ = static_cast<std::int64_t>(modelGenes.size());
}

ImputedLayerRows::~ImputedLayerRows() = default;

void ImputedLayerRows::fill(std::int64_t firstCell, std::int64_t cells, const float* values, float* out) const {
    std::vector<std::int64_t> rows(static_cast<std::size_t>(cells));
    std::iota(rows.begin(), rows.end(), firstCell);
    const SparseMatrix block = observed_->rows(rows);
    std::vector<float> observed(static_cast<std::size_t>(block.cols), 0.0f);
    const auto x = block.values.data<float>();
    for (std::int64_t k = 0; k < cells; ++k) {
        const auto i = static_cast<std::size_t>(k);
        float* row = out + k * nVars_;
        std::fill(row, row + nVars_, 0.0f);
        std::fill(observed.begin(), observed.end(), 0.0f);
        for (auto e = block.indptr[i]; e < block.indptr[i + 1]; ++e)
            observed[static_cast<std::size_t>(block.indices[static_cast<std::size_t>(e)])] =
                x[static_cast<std::size_t>(e)];
        for (std::int64_t c = 0; c < nVars_; ++c) {
            const auto scol = sourceColumn_[static_cast<std::size_t>(c)];
            if (scol >= 0) row[c] = observed[static_cast<std::size_t>(scol)];
            const auto mcol = modelColumn_[static_cast<std::size_t>(c)];
            if (mcol >= 0) row[c] = values[k * modelGenes_ + mcol];
        }
    }
}

void addImputation(AnnData& data, const ImputationResult& r) {
    if (r.cells != data.nObs())
        throw InvalidInput("the imputation has " + std::to_string(r.cells) + " cells but the dataset has " +
                           std::to_string(data.nObs()));
    const ImputedLayerRows rows(data, r.geneNames, r.expression);
    NDArray imputed(DType::Float32, {data.nObs(), data.nVars()});  // filled in place: the layer is the largest result
    rows.fill(0, r.cells, r.values.data(), imputed.data<float>().data());
    data.layers.set("scdiff_imputed", std::move(imputed));
}

namespace {
// The predicted cells (one per source cell, named SOURCE-predicted) with the source cells' obs, the model's genes.
AnnData predictedCells(const AnnData& data, const std::vector<std::int64_t>& sourceCells,
                       const std::vector<float>& values, const std::vector<std::string>& genes) {
    AnnData out = preprocess::subsetObs(data, sourceCells);
    const auto n = static_cast<std::int64_t>(sourceCells.size());
    const auto G = static_cast<std::int64_t>(genes.size());
    out.X = NDArray::fromVector(values, {n, G});
    out.layers = Dict{};
    out.obsm = Dict{};
    out.obsp = Dict{};
    out.varm = Dict{};
    out.varp = Dict{};
    out.raw.reset();
    out.var = DataFrame{};
    out.var.index = genes;
    std::vector<std::string> source = out.obs.index;
    for (auto& name : out.obs.index) name += "-predicted";
    out.obs.set("scdiff_source_cell", StringArray::fromVector(source));
    return out;
}
}  // namespace

AnnData genePerturbationPrediction(const AnnData& data, const GenePerturbationResult& r, const Model& model) {
    AnnData out = predictedCells(data, r.controlCells, r.predicted, r.geneNames);
    const auto n = static_cast<std::size_t>(r.controlCells.size());
    out.obs.set(model.config().keys.conditionKey,
                Categorical::fromLabels(std::vector<std::string>(n, r.label + " (predicted)")));
    std::vector<double> change(r.predictedMean.size());
    for (std::size_t j = 0; j < change.size(); ++j) change[j] = r.predictedMean[j] - r.controlMean[j];
    out.var.set("control_mean", NDArray::fromVector(r.controlMean, {static_cast<std::int64_t>(r.controlMean.size())}));
    out.var.set("predicted_mean",
                NDArray::fromVector(r.predictedMean, {static_cast<std::int64_t>(r.predictedMean.size())}));
    out.var.set("predicted_change", NDArray::fromVector(change, {static_cast<std::int64_t>(change.size())}));
    Dict rec;
    rec.set("perturbation", StringArray::scalar(r.label));
    rec.set("seen_in_training", NDArray::scalar<bool>(r.seenInTraining));
    rec.set("gene_graph", StringArray::scalar(model.geneGraph().source));
    rec.set("description", StringArray::scalar("scDiff prediction of cells perturbed in " + r.label +
                                               " from the dataset's control cells (log-normalised); var holds the "
                                               "control mean, the predicted mean and their difference"));
    taskUns(out, taskName(Task::GenePerturbation)).set("prediction", std::move(rec));
    return out;
}

AnnData perturbationPrediction(const AnnData& data, const PerturbationResult& r, const Model& model) {
    AnnData out = predictedCells(data, r.controlCells, r.predicted, r.geneNames);
    const auto n = static_cast<std::int64_t>(r.controlCells.size());
    const auto& keys = model.config().keys;
    out.obs.set(keys.conditionKey, Categorical::fromLabels(std::vector<std::string>(static_cast<std::size_t>(n),
                                                                                    keys.stimulated + " (predicted)")));
    if (!r.borrowedFrom.empty())  // the trained type whose response each cell borrowed (HeldOutToken::Nearest)
        out.obs.set("scdiff_response_from", Categorical::fromLabels(r.borrowedFrom));
    Dict rec;
    rec.set("cell_type", StringArray::scalar(r.cellType));
    if (r.structure.types >= 3) {  // HeldOutToken::Auto's test
        rec.set("auto_nearest_type_r2", NDArray::scalar(r.structure.nearestR2));
        rec.set("auto_mean_of_others_r2", NDArray::scalar(r.structure.othersR2));
    }
    rec.set("cell_type_token", StringArray::scalar(r.withCellTypeToken      ? "own"
                                                   : r.borrowedFrom.empty() ? "null"
                                                                            : "nearest trained type"));
    rec.set("description", StringArray::scalar("scDiff prediction of " + r.cellType + " " + keys.stimulated +
                                               " cells from its " + keys.control + " cells (log-normalised)"));
    taskUns(out, "perturbation").set("prediction", std::move(rec));
    return out;
}

std::vector<std::pair<std::string, std::int64_t>> responseSources(const PerturbationResult& r) {
    std::map<std::string, std::int64_t> counts;
    for (const auto& t : r.borrowedFrom) ++counts[t];
    std::vector<std::pair<std::string, std::int64_t>> out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

std::string responseSourceSentence(const PerturbationResult& r, const std::string& stimulated) {
    if (r.withCellTypeToken) return {};
    std::string s = r.cellType + " was never seen " + stimulated + ": ";
    const auto sources = responseSources(r);
    if (sources.empty()) {
        s += "its control cells were sampled with the null cell-type token (the response learned across all types)";
    } else {
        s += "its control cells borrowed the learned response of the nearest trained type: ";
        for (std::size_t i = 0; i < sources.size(); ++i)
            s += (i ? ", " : "") + sources[i].first + " (" + std::to_string(sources[i].second) + (i ? ")" : " cells)");
    }
    if (r.structure.types > 0) {
        auto number = [](double v) {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "%.2f", v);
            return std::string(buffer);
        };
        s += r.structure.types < 3
                 ? " (chosen automatically: fewer than 3 types were seen " + stimulated + " to compare their responses)"
                 : " (chosen automatically: the " + std::to_string(r.structure.types) + " types seen " + stimulated +
                       " respond " +
                       (sources.empty() ? "more like the mean of the others" : "more like their nearest type") +
                       ", R^2 " + number(sources.empty() ? r.structure.othersR2 : r.structure.nearestR2) + " vs " +
                       number(sources.empty() ? r.structure.nearestR2 : r.structure.othersR2) + ")";
    }
    return s;
}

void recordRun(AnnData& data, const Model& model, Task task, const std::map<std::string, double>& metrics) {
    auto& rec = taskUns(data, taskName(task));
    rec.set("config", StringArray::scalar(toJson(model.config())));
    rec.set("epochs_trained", NDArray::scalar<std::int64_t>(model.epochsTrained()));
    rec.set("parameters", NDArray::scalar<std::int64_t>(model.parameterCount()));
    rec.set("n_genes", NDArray::scalar<std::int64_t>(static_cast<std::int64_t>(model.genes().size())));
    Dict m;
    for (const auto& [k, v] : metrics) m.set(k, NDArray::scalar<double>(v));
    rec.set("metrics", std::move(m));
    Dict versions;
    versions.set("scdiff_studio", StringArray::scalar(SCDIFF_STUDIO_VERSION));
    versions.set("libtorch", StringArray::scalar(torchVersion()));
    versions.set("hdf5", StringArray::scalar(hdf5Version()));
    rec.set("versions", std::move(versions));
    if (model.typeTable().rows() > 0) prior::storeDatasetTypeTable(data, model.typeTable());
}

std::map<std::string, double> agreementWithLabels(const AnnData& data, const Model& model,
                                                  const AnnotationResult& result) {
    const std::string& key = model.cellTypes().key;
    if (key.empty() || !data.obs.find(key) || static_cast<std::int64_t>(result.labels.size()) != data.nObs()) return {};
    const auto labels = obsLabels(data, key, "cell-type labels");
    std::vector<std::string> truth, predicted;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (!labels[i].empty()) {
            truth.push_back(labels[i]);
            predicted.push_back(result.labels[i]);
        }
    if (truth.empty()) return {};
    const auto r = metrics::classification(truth, predicted);
    return {{"accuracy", r.accuracy}, {"macro_accuracy", r.macroAccuracy}, {"macro_f1", r.macroF1}};
}

}  // namespace scdiff::engine
