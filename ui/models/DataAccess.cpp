#include "models/DataAccess.h"

#include "scdiff/gene_names.hpp"

#include <QCoreApplication>
#include <algorithm>
#include <unordered_map>

#include "scdiff/engine/tasks.hpp"
#include "scdiff/error.hpp"
#include "scdiff/expression.hpp"

namespace scdiff::ui {

QString cellText(const ColumnData& c, std::int64_t r) {
    if (const auto* a = std::get_if<NDArray>(&c)) {
        if (a->dtype() == DType::Bool) return a->at(r) != 0 ? QStringLiteral("True") : QStringLiteral("False");
        return QString::number(a->at(r), 'g', 6);
    }
    if (const auto* s = std::get_if<StringArray>(&c)) return QString::fromStdString(s->values[r]);
    if (const auto* cat = std::get_if<Categorical>(&c)) {
        auto l = cat->label(r);
        return l ? QString::fromStdString(*l) : QString();
    }
    if (const auto* n = std::get_if<NullableArray>(&c)) {
        if (static_cast<std::size_t>(r) < n->mask.size() && n->mask[r]) return QString();
        if (n->kind == NullableArray::Kind::String) return QString::fromStdString(n->strings[r]);
        if (n->kind == NullableArray::Kind::Boolean) return n->values.at(r) != 0 ? "True" : "False";
        return QString::number(static_cast<qint64>(n->values.at(r)));
    }
    return QStringLiteral("…");
}

std::optional<double> cellNumber(const ColumnData& c, std::int64_t r) {
    if (const auto* a = std::get_if<NDArray>(&c)) return a->at(r);
    if (const auto* n = std::get_if<NullableArray>(&c)) {
        if (n->kind == NullableArray::Kind::String) return std::nullopt;
        if (static_cast<std::size_t>(r) < n->mask.size() && n->mask[r]) return std::nullopt;
        return n->values.at(r);
    }
    return std::nullopt;
}

QString columnTypeName(const ColumnData& c) {
    if (const auto* a = std::get_if<NDArray>(&c)) return QString::fromLatin1(dtypeName(a->dtype()));
    // Shown in table header tooltips, so translated (dtype names such as float32 are not).
    if (std::holds_alternative<StringArray>(c)) return QCoreApplication::translate("DataAccess", "string");
    if (const auto* cat = std::get_if<Categorical>(&c))
        return QCoreApplication::translate("DataAccess", "categorical (%1)").arg(cat->categoryCount());
    if (const auto* n = std::get_if<NullableArray>(&c)) {
        switch (n->kind) {
            case NullableArray::Kind::Integer:
                return QCoreApplication::translate("DataAccess", "nullable integer");
            case NullableArray::Kind::Boolean:
                return QCoreApplication::translate("DataAccess", "nullable boolean");
            case NullableArray::Kind::String:
                return QCoreApplication::translate("DataAccess", "nullable string");
        }
    }
    return QString::fromStdString(describe(c));
}

bool isCategoricalLike(const ColumnData& c) {
    if (std::holds_alternative<Categorical>(c) || std::holds_alternative<StringArray>(c)) return true;
    if (const auto* a = std::get_if<NDArray>(&c)) return a->dtype() == DType::Bool;
    if (const auto* n = std::get_if<NullableArray>(&c)) return n->kind != NullableArray::Kind::Integer;
    return false;
}

std::vector<float> geneColumn(const Matrix& x, std::int64_t j) {
    const std::int64_t rows = matrixRows(x);
    std::vector<float> out(static_cast<std::size_t>(rows), 0.0f);
    if (const auto* s = std::get_if<SparseMatrix>(&x)) {
        for (std::int64_t r = 0; r < rows; ++r) {
            const auto b = s->indices.begin() + s->indptr[r], e = s->indices.begin() + s->indptr[r + 1];
            auto it = std::lower_bound(b, e, static_cast<std::int32_t>(j));
            if (it != e && *it == j) out[r] = static_cast<float>(s->values.at(it - s->indices.begin()));
        }
    } else {
        const auto& a = std::get<NDArray>(x);
        const std::int64_t cols = a.rank() > 1 ? a.shape()[1] : 1;
        for (std::int64_t r = 0; r < rows; ++r) out[r] = static_cast<float>(a.at(r * cols + j));
    }
    return out;
}

namespace {
// x's columns (genes `from`) moved to the columns of genes `to` by name; genes `to` lacks are dropped.
SparseMatrix onColumnsOf(const SparseMatrix& x, const std::vector<std::string>& from,
                         const std::vector<std::string>& to) {
    std::unordered_map<std::string, std::int64_t> column;
    for (std::size_t j = 0; j < to.size(); ++j) column.emplace(to[j], static_cast<std::int64_t>(j));
    std::vector<std::int64_t> target(from.size(), -1);
    for (std::size_t j = 0; j < from.size(); ++j)
        if (auto it = column.find(from[j]); it != column.end()) target[j] = it->second;
    const auto values = x.values.data<float>();
    std::vector<float> outValues;
    std::vector<std::int64_t> indptr{0};
    std::vector<std::int32_t> indices;
    std::vector<std::pair<std::int64_t, float>> row;
    for (std::int64_t r = 0; r < x.rows; ++r) {
        row.clear();
        for (auto k = x.indptr[static_cast<std::size_t>(r)]; k < x.indptr[static_cast<std::size_t>(r) + 1]; ++k)
            if (const auto c = target[static_cast<std::size_t>(x.indices[static_cast<std::size_t>(k)])]; c >= 0)
                row.emplace_back(c, values[static_cast<std::size_t>(k)]);
        std::sort(row.begin(), row.end());
        for (const auto& [c, v] : row) {
            indices.push_back(static_cast<std::int32_t>(c));
            outValues.push_back(v);
        }
        indptr.push_back(static_cast<std::int64_t>(indices.size()));
    }
    SparseMatrix out = x;
    out.cols = static_cast<std::int64_t>(to.size());
    out.indptr = std::move(indptr);
    out.indices = std::move(indices);
    out.values = NDArray::fromVector(std::move(outValues), {static_cast<std::int64_t>(out.indptr.back())});
    return out;
}
}  // namespace

SparseMatrix engineScaleX(const AnnData& data, const std::string& expression) {
    try {
        const auto source = expression::view(data, expression);
        SparseMatrix x = expression::logNormalised(source);
        if (source.genes == &data.var.index || *source.genes == data.var.index) return x;
        return onColumnsOf(x, *source.genes, data.var.index);
    } catch (const InvalidInput&) {
        return data.X ? toCsrFloat32(*data.X) : SparseMatrix{};
    }
}

std::int64_t varIndex(const AnnData& data, const std::string& name) { return findGene(data.var, name); }

std::vector<std::string> embeddingKeys(const AnnData& data) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < data.obsm.size(); ++i) {
        // The engine's per-cell results (obsm['scdiff_probabilities'], one column per class) are not coordinates.
        if (data.obsm.keys()[i].rfind("scdiff_", 0) == 0) continue;
        // Nor are measured features kept beside X, e.g. a Cell Ranger file's antibody counts (obsm[key] with their
        // names in uns[key + '_names'], as io's 10x import and scanpy's gex_only=False store them).
        if (data.uns.find(data.obsm.keys()[i] + "_names")) continue;
        const auto* a = data.obsm.values()[i].getIf<NDArray>();
        if (a && a->rank() == 2 && a->shape()[0] == data.nObs() && a->shape()[1] >= 2)
            keys.push_back(data.obsm.keys()[i]);
    }
    return keys;
}

void embeddingXY(const AnnData& data, const std::string& key, std::vector<double>& x, std::vector<double>& y) {
    x.clear();
    y.clear();
    const Element* e = data.obsm.find(key);
    const auto* a = e ? e->getIf<NDArray>() : nullptr;
    if (!a || a->rank() != 2 || a->shape()[1] < 2) return;
    const std::int64_t n = a->shape()[0], d = a->shape()[1];
    x.resize(n);
    y.resize(n);
    const auto v = a->toFloat64();
    for (std::int64_t i = 0; i < n; ++i) {
        x[i] = v[i * d];
        y[i] = v[i * d + 1];
    }
}

std::shared_ptr<AnnData> engineInputs(const AnnData& d, const std::string& expression) {
    auto copy = std::make_shared<AnnData>();
    copy->obs = d.obs;
    copy->var = d.var;
    copy->uns = d.uns;
    copy->expressionFile = d.expressionFile;  // a dataset opened backed: the engine reads X's rows from the file
    if (expression.empty() || expression == "X") {
        copy->X = d.X;
    } else if (expression == "raw") {
        copy->raw = d.raw;
    } else if (expression.rfind("layers/", 0) == 0) {
        const std::string layer = expression.substr(7);
        if (const Element* e = d.layers.find(layer)) copy->layers.set(layer, *e);
    }
    return copy;
}

}  // namespace scdiff::ui
