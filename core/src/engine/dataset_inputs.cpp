#include "dataset_inputs.hpp"

#include <unordered_map>

#include "scdiff/engine/type_prior.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "scdiff/engine/problems.hpp"
#include "scdiff/engine/text_encoder.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/prior/dataset_table.hpp"
#include "scdiff/prior/lexical_encoder.hpp"
#include "scdiff/subset.hpp"

namespace scdiff::engine {

namespace {
std::string columnList(const DataFrame& obs) {
    std::string s;
    for (const auto& c : obs.columns) s += (s.empty() ? "" : ", ") + c.name;
    return s.empty() ? "(none)" : s;
}
}  // namespace

std::vector<std::int64_t> geneSelectionBatches(const AnnData& data, const RunConfig& config) {
    if (!config.genes.perBatch || config.keys.batchKey.empty()) return {};
    const auto labels = obsLabels(data, config.keys.batchKey, "batch labels");
    const auto batches = vocabularyOf(labels, config.keys.batchKey);
    std::vector<std::int64_t> out;
    out.reserve(labels.size());
    for (const auto& l : labels) out.push_back(batches.indexOf(l));
    return out;
}

SelectedGenes selectGenes(const SparseMatrix& x, const std::vector<std::string>& names, const GeneSelection& selection,
                          const std::vector<std::int64_t>& batchOfRow) {
    SelectedGenes out;
    const std::int64_t n = x.cols;
    if (selection.highlyVariable <= 0 || selection.highlyVariable >= n) {
        out.columns.resize(static_cast<std::size_t>(n));
        for (std::int64_t j = 0; j < n; ++j) out.columns[static_cast<std::size_t>(j)] = j;
        out.names = names;
        return out;
    }
    preprocess::HvgOptions hvg;
    hvg.nTopGenes = selection.highlyVariable;
    const auto flags = batchOfRow.empty() ? preprocess::highlyVariableSeurat(x, hvg)
                                          : preprocess::highlyVariableSeurat(x, hvg, batchOfRow);
    for (std::int64_t j = 0; j < n; ++j)
        if (flags[static_cast<std::size_t>(j)]) {
            out.columns.push_back(j);
            out.names.push_back(names[static_cast<std::size_t>(j)]);
        }
    if (out.columns.empty())
        throw InvalidInput("no highly variable genes were found: every gene is constant over the cells");
    out.all = static_cast<std::int64_t>(out.columns.size()) == n;
    return out;
}

SparseMatrix selectedColumns(SparseMatrix x, const SelectedGenes& genes) {
    if (genes.all) return x;
    return preprocess::takeCols(x, genes.columns);
}

std::vector<std::string> obsLabels(const AnnData& data, const std::string& key, const std::string& role) {
    const Column* col = data.obs.find(key);
    if (!col)
        throw InvalidInput("obs has no column '" + key + "' for the " + role + "; columns: " + columnList(data.obs));
    const auto n = static_cast<std::size_t>(data.nObs());
    std::vector<std::string> out(n);
    if (const auto* cat = std::get_if<Categorical>(&col->data)) {
        for (std::size_t i = 0; i < n; ++i) out[i] = cat->label(static_cast<std::int64_t>(i)).value_or("");
    } else if (const auto* str = std::get_if<StringArray>(&col->data)) {
        out = str->values;
    } else if (const auto* nul = std::get_if<NullableArray>(&col->data)) {
        for (std::size_t i = 0; i < n; ++i) {
            if (nul->mask.size() > i && nul->mask[i]) continue;
            if (nul->kind == NullableArray::Kind::String)
                out[i] = nul->strings[i];
            else
                out[i] = std::to_string(static_cast<long long>(nul->values.at(static_cast<std::int64_t>(i))));
        }
    } else if (const auto* arr = std::get_if<NDArray>(&col->data)) {
        if (!isInteger(arr->dtype()) && arr->dtype() != DType::Bool)
            throw InvalidInput("obs column '" + key + "' holds continuous numbers; the " + role +
                               " must be categorical, strings or integers");
        for (std::size_t i = 0; i < n; ++i)
            out[i] = std::to_string(static_cast<long long>(arr->at(static_cast<std::int64_t>(i))));
    } else {
        throw InvalidInput("obs column '" + key + "' (" + describe(col->data) + ") cannot be used for the " + role);
    }
    return out;
}

Vocabulary vocabularyOf(const std::vector<std::string>& labels, const std::string& key) {
    std::set<std::string> distinct;
    for (const auto& l : labels)
        if (!l.empty()) distinct.insert(l);
    return {key, {distinct.begin(), distinct.end()}};
}

std::vector<std::int64_t> indicesIn(const Vocabulary& vocab, const std::vector<std::string>& labels) {
    std::vector<std::int64_t> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) out[i] = labels[i].empty() ? 0 : vocab.indexOf(labels[i]);
    return out;
}

void checkTaskInputs(const AnnData& data, const RunConfig& config) {
    for (const auto& p : taskProblems(data, config))
        if (p.blocking) throw InvalidInput(p.message);
}

CellConditions cellConditions(const AnnData& data, const Model& model) {
    CellConditions c;
    if (!model.cellTypes().key.empty() && data.obs.find(model.cellTypes().key))
        c.cellType = indicesIn(model.cellTypes(), obsLabels(data, model.cellTypes().key, "cell-type labels"));
    if (!model.batches().key.empty() && data.obs.find(model.batches().key))
        c.batch = indicesIn(model.batches(), obsLabels(data, model.batches().key, "batch labels"));
    const bool genePerturbation = model.config().task == Task::GenePerturbation;
    if (!genePerturbation && !model.conditions().key.empty() && data.obs.find(model.conditions().key))
        c.condition = indicesIn(model.conditions(), obsLabels(data, model.conditions().key, "perturbation state"));
    if (genePerturbation && data.obs.find(model.config().keys.conditionKey)) {
        std::unordered_map<std::string, std::int64_t> node;
        const auto& graphGenes = model.geneGraph().genes;
        for (std::size_t i = 0; i < graphGenes.size(); ++i)
            node.emplace(graphGenes[i], static_cast<std::int64_t>(i) + 1);
        for (const auto& label : perturbationLabels(data, model.config().keys)) {
            GraphGenes g{0, 0};
            for (std::size_t k = 0; k < label.genes.size() && k < 2; ++k) {
                const auto it = node.find(label.genes[k]);
                g[k] = it == node.end() ? -1 : it->second;
            }
            if (g[0] < 0 || g[1] < 0) g = {-1, -1};
            c.perturbedGenes.push_back(g);
        }
    }
    return c;
}

CellConditions conditionsOf(const CellConditions& all, std::span<const std::int64_t> cells) {
    const auto pick = [&](const auto& v) {
        std::remove_cvref_t<decltype(v)> out;
        if (v.empty()) return out;
        out.reserve(cells.size());
        for (auto c : cells) out.push_back(v[static_cast<std::size_t>(c)]);
        return out;
    };
    return {pick(all.cellType), pick(all.batch), pick(all.condition), pick(all.perturbedGenes)};
}

void densifyRows(const SparseMatrix& x, std::span<const std::int64_t> rows, const std::vector<std::int32_t>& map,
                 std::int64_t modelGenes, float* out) {
    std::fill(out, out + static_cast<std::ptrdiff_t>(rows.size()) * modelGenes, 0.0f);
    const auto values = x.values.data<float>();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        float* row = out + static_cast<std::ptrdiff_t>(i) * modelGenes;
        const auto r = rows[i];
        for (auto k = x.indptr[static_cast<std::size_t>(r)]; k < x.indptr[static_cast<std::size_t>(r) + 1]; ++k) {
            const auto c = x.indices[static_cast<std::size_t>(k)];
            const auto m = map.empty() ? c : map[static_cast<std::size_t>(c)];
            if (m >= 0) row[m] = values[static_cast<std::size_t>(k)];
        }
    }
}

}  // namespace scdiff::engine

namespace scdiff::engine {

prior::DatasetLabels cellTypeLabels(const AnnData& data, const std::string& labelKey) {
    const auto labels = obsLabels(data, labelKey, "cell-type labels");
    const std::string idKey = labelKey + "_ontology_term_id";  // CELLxGENE's convention
    if (!data.obs.find(idKey)) return prior::distinctLabels(labels);
    return prior::distinctLabels(labels, obsLabels(data, idKey, "cell-type ontology IDs"));
}

prior::TypeTable cellTypeTable(const AnnData& data, const std::string& labelKey, const prior::TypeSource& source) {
    prior::checkTypeSource(source);
    if (!source.table.empty()) return prior::readTypeTable(source.table, source.tableNames);
    if (source.fromDataset) return prior::datasetTypeTable(data);
    const auto described = prior::describeTypes(source, cellTypeLabels(data, labelKey).labels);
    auto table = source.languageModel.empty()
                     ? prior::lexicalTable(described.names, described.texts, {source.width})
                     : languageModelTable(source.languageModel, described.names, described.texts);
    table.provenance += ", of " + described.from;
    return table;
}

prior::TypeMatch cellTypeCoverage(const AnnData& data, const std::string& labelKey, const prior::TypeTable& table) {
    const auto labels = cellTypeLabels(data, labelKey);
    return prior::matchTypes(table, labels.labels, labels.ontologyIds);
}

}  // namespace scdiff::engine

namespace scdiff::engine {

std::vector<std::pair<std::string, std::int64_t>> fineTuneTypes(const Model& model, const AnnData& data,
                                                                const std::vector<std::int64_t>& cells) {
    if (cells.empty()) throw InvalidInput("no cells to fine-tune on");
    const std::string& key = model.cellTypes().key;
    if (key.empty()) throw InvalidInput("the model has no cell-type conditioner to fine-tune");
    if (!data.obs.find(key))
        throw InvalidInput("fine-tuning needs the cells' labels in obs['" + key +
                           "'] (the model's cell-type column), "
                           "which the dataset lacks");
    const auto labels = obsLabels(data, key, "cell-type labels");
    std::map<std::string, std::int64_t> counts;
    std::int64_t unlabelled = 0;
    std::set<std::string> unknown;
    for (auto c : cells) {
        if (c < 0 || c >= data.nObs())
            throw InvalidInput("fine-tuning: cell " + std::to_string(c) + " is not a cell of the dataset (" +
                               std::to_string(data.nObs()) + " cells)");
        const auto& label = labels[static_cast<std::size_t>(c)];
        if (label.empty())
            ++unlabelled;
        else if (model.cellTypes().indexOf(label) <= 0)
            unknown.insert(label);
        else
            ++counts[label];
    }
    if (unlabelled > 0)
        throw InvalidInput(std::to_string(unlabelled) + " of the " + std::to_string(cells.size()) +
                           " cells to fine-tune on have no label in obs['" + key + "']: label them first");
    if (!unknown.empty()) {
        std::string names;
        for (const auto& u : unknown) names += (names.empty() ? "'" : ", '") + u + "'";
        throw InvalidInput(names + (unknown.size() == 1 ? " is not a cell type" : " are not cell types") +
                           " of the model (obs['" + key +
                           "']): fine-tuning teaches the model's own types; a new "
                           "type needs a model trained with it among the labels (with a text table, as zero-shot)");
    }
    return {counts.begin(), counts.end()};
}

}  // namespace scdiff::engine
