#include "dataset_inputs.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "scdiff/engine/problems.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::engine {

namespace {
std::string columnList(const DataFrame& obs) {
    std::string s;
    for (const auto& c : obs.columns) s += (s.empty() ? "" : ", ") + c.name;
    return s.empty() ? "(none)" : s;
}
}  // namespace

std::vector<std::string> expressionSources(const AnnData& data) {
    std::vector<std::string> sources;
    if (data.X) sources.push_back("X");
    if (data.raw) sources.push_back("raw");
    for (std::size_t i = 0; i < data.layers.size(); ++i) {
        const Element& e = data.layers.values()[i];
        const bool matrix = e.is<SparseMatrix>() || (e.is<NDArray>() && e.get<NDArray>().shape().size() == 2);
        if (matrix) sources.push_back("layers/" + data.layers.keys()[i]);
    }
    return sources;
}

const AnnData& withExpression(const AnnData& data, const std::string& source, std::optional<AnnData>& holder) {
    if (source.empty() || source == "X") return data;
    const auto offered = [&] {
        std::string s;
        for (const auto& o : expressionSources(data)) s += (s.empty() ? "" : ", ") + o;
        return s.empty() ? std::string("none") : s;
    };
    AnnData view;
    view.obs = data.obs;
    if (source == "raw") {
        if (!data.raw)
            throw InvalidInput("the expression source 'raw' was asked for but the dataset has no raw/X (it offers: " +
                               offered() + ")");
        view.X = data.raw->X;
        view.var = data.raw->var;
    } else if (source.rfind("layers/", 0) == 0) {
        const std::string name = source.substr(7);
        const Element* e = data.layers.find(name);
        if (!e || !(e->is<SparseMatrix>() || e->is<NDArray>()))
            throw InvalidInput("the expression source '" + source + "' was asked for but the dataset has no layer '" +
                               name + "' (it offers: " + offered() + ")");
        if (e->is<SparseMatrix>())
            view.X = e->get<SparseMatrix>();
        else
            view.X = e->get<NDArray>();
        view.var = data.var;
    } else {
        throw InvalidInput("unknown expression source '" + source +
                           "': use X, raw or layers/NAME (this dataset offers: " + offered() + ")");
    }
    holder = std::move(view);
    return *holder;
}

const std::vector<std::string>& expressionGenes(const AnnData& data, const std::string& source) {
    if (source == "raw") {
        std::optional<AnnData> unused;
        if (!data.raw) withExpression(data, source, unused);  // throws the message naming the sources
        return data.raw->var.index;
    }
    if (!source.empty() && source != "X" &&
        !(source.rfind("layers/", 0) == 0 && data.layers.contains(source.substr(7)))) {
        std::optional<AnnData> unused;
        withExpression(data, source, unused);  // throws
    }
    return data.var.index;
}

SparseMatrix logNormalisedX(const AnnData& data) {
    if (!data.X || matrixRows(*data.X) == 0 || matrixCols(*data.X) == 0)
        throw InvalidInput("the dataset has no expression matrix X (or it is empty)");
    SparseMatrix x = toCsrFloat32(*data.X);
    auto values = x.values.data<float>();
    for (std::int64_t r = 0; r < x.rows; ++r) {
        for (auto k = x.indptr[static_cast<std::size_t>(r)]; k < x.indptr[static_cast<std::size_t>(r) + 1]; ++k) {
            const float v = values[static_cast<std::size_t>(k)];
            if (std::isfinite(v) && v >= 0) continue;
            const auto c = static_cast<std::size_t>(x.indices[static_cast<std::size_t>(k)]);
            const auto where =
                "(first at cell '" +
                (data.obs.index.empty() ? std::to_string(r) : data.obs.index[static_cast<std::size_t>(r)]) +
                "', gene '" + (data.var.index.empty() ? std::to_string(c) : data.var.index[c]) + "')";
            if (!std::isfinite(v))
                throw InvalidInput("X contains NaN or infinite values " + where +
                                   "; scDiff needs finite counts or log-normalised expression");
            throw InvalidInput("X contains negative values " + where +
                               "; scDiff needs counts or log-normalised expression, not scaled or centred data");
        }
    }
    const auto kind = preprocess::detectXKind(x);
    if (kind == preprocess::XKind::LogNormalized || preprocess::recordsLog1p(data)) return x;
    if (kind == preprocess::XKind::Counts) {
        Matrix normalised = std::move(x);
        preprocess::normalizeTotal(normalised, 1e4);
        preprocess::log1p(normalised);
        return std::get<SparseMatrix>(std::move(normalised));
    }
    throw InvalidInput("X holds " + preprocess::inspectX(x).describe() +
                       " (scdiff preprocess IN OUT --log1p, or Analysis > Log-transform X in the Studio); raw counts "
                       "are normalised here");
}

SelectedGenes selectGenes(const SparseMatrix& x, const std::vector<std::string>& names,
                          const GeneSelection& selection) {
    SelectedGenes out;
    const std::int64_t n = x.cols;
    if (selection.highlyVariable <= 0 || selection.highlyVariable >= n) {
        out.columns.resize(static_cast<std::size_t>(n));
        for (std::int64_t j = 0; j < n; ++j) out.columns[static_cast<std::size_t>(j)] = j;
        out.names = names;
        return out;
    }
    AnnData view;  // x as a log-normalised dataset: what highlyVariableGenes reads
    view.X = x;
    view.obs.index.resize(static_cast<std::size_t>(x.rows));
    view.var.index = names;
    preprocess::HvgOptions hvg;
    hvg.flavor = preprocess::HvgFlavor::Seurat;
    hvg.nTopGenes = selection.highlyVariable;
    preprocess::highlyVariableGenes(view, hvg);
    const auto& flags = std::get<NDArray>(view.var.find("highly_variable")->data);
    for (std::int64_t j = 0; j < n; ++j)
        if (flags.at(j) != 0) {
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
    AnnData view;
    const auto rows = x.rows, cols = x.cols;
    view.X = std::move(x);
    view.obs.index.resize(static_cast<std::size_t>(rows));
    view.var.index.resize(static_cast<std::size_t>(cols));
    return std::get<SparseMatrix>(std::move(*preprocess::subsetVars(view, genes.columns).X));
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
    if (!model.conditions().key.empty() && data.obs.find(model.conditions().key))
        c.condition = indicesIn(model.conditions(), obsLabels(data, model.conditions().key, "perturbation state"));
    return c;
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
