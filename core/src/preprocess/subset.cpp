// Row/column subsetting of every aligned AnnData element. Elements that cannot be subset (opaque
// HDF5 copies in obs/var/obsm/...) are dropped, because keeping them would misalign the object.
#include <algorithm>
#include <cstring>

#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/subset.hpp"

namespace scdiff::preprocess {

NDArray takeRows(const NDArray& a, const std::vector<std::int64_t>& rows) {
    if (a.rank() == 0) return a;
    std::vector<std::int64_t> shape = a.shape();
    const std::int64_t n = shape[0];
    const std::size_t rowBytes = n == 0 ? 0 : a.byteSize() / static_cast<std::size_t>(n);
    shape[0] = static_cast<std::int64_t>(rows.size());
    NDArray out(a.dtype(), shape);
    auto* dst = static_cast<std::byte*>(out.raw());
    const auto* src = static_cast<const std::byte*>(a.raw());
    for (std::size_t i = 0; i < rows.size(); ++i)
        std::memcpy(dst + i * rowBytes, src + static_cast<std::size_t>(rows[i]) * rowBytes, rowBytes);
    return out;
}

NDArray takeCols(const NDArray& a, const std::vector<std::int64_t>& cols) {
    if (a.rank() != 2)
        throw InvalidInput("a column subset needs a 2-D array, got rank " + std::to_string(a.rank()) + ".");
    const std::int64_t n = a.shape()[0], m = a.shape()[1];
    const std::size_t es = dtypeSize(a.dtype());
    NDArray out(a.dtype(), {n, static_cast<std::int64_t>(cols.size())});
    auto* dst = static_cast<std::byte*>(out.raw());
    const auto* src = static_cast<const std::byte*>(a.raw());
    for (std::int64_t r = 0; r < n; ++r)
        for (std::size_t c = 0; c < cols.size(); ++c)
            std::memcpy(dst + (static_cast<std::size_t>(r) * cols.size() + c) * es,
                        src + (static_cast<std::size_t>(r * m + cols[c])) * es, es);
    return out;
}

SparseMatrix takeRows(const SparseMatrix& s, const std::vector<std::int64_t>& rows) {
    SparseMatrix out;
    out.rows = static_cast<std::int64_t>(rows.size());
    out.cols = s.cols;
    out.storedAsCsc = s.storedAsCsc;
    out.indptr.assign(rows.size() + 1, 0);
    std::vector<std::int64_t> pos;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto r = static_cast<std::size_t>(rows[i]);
        for (std::int64_t p = s.indptr[r]; p < s.indptr[r + 1]; ++p) {
            out.indices.push_back(s.indices[static_cast<std::size_t>(p)]);
            pos.push_back(p);
        }
        out.indptr.own()[i + 1] = static_cast<std::int64_t>(out.indices.size());
    }
    out.values = takeRows(s.values, pos);
    return out;
}

SparseMatrix takeCols(const SparseMatrix& s, const std::vector<std::int64_t>& cols) {
    std::vector<std::int32_t> newIndex(static_cast<std::size_t>(s.cols), -1);
    for (std::size_t c = 0; c < cols.size(); ++c)
        newIndex[static_cast<std::size_t>(cols[c])] = static_cast<std::int32_t>(c);
    // A sorted column list keeps indices sorted; otherwise sort each row below.
    SparseMatrix out;
    out.rows = s.rows;
    out.cols = static_cast<std::int64_t>(cols.size());
    out.storedAsCsc = s.storedAsCsc;
    out.indptr.assign(static_cast<std::size_t>(s.rows) + 1, 0);
    std::vector<std::int64_t> pos;
    std::vector<std::pair<std::int32_t, std::int64_t>> row;
    for (std::int64_t r = 0; r < s.rows; ++r) {
        row.clear();
        for (std::int64_t p = s.indptr[static_cast<std::size_t>(r)]; p < s.indptr[static_cast<std::size_t>(r) + 1];
             ++p) {
            const std::int32_t c = newIndex[static_cast<std::size_t>(s.indices[static_cast<std::size_t>(p)])];
            if (c >= 0) row.emplace_back(c, p);
        }
        std::sort(row.begin(), row.end());
        for (auto& [c, p] : row) {
            out.indices.push_back(c);
            pos.push_back(p);
        }
        out.indptr.own()[static_cast<std::size_t>(r) + 1] = static_cast<std::int64_t>(out.indices.size());
    }
    out.values = takeRows(s.values, pos);
    return out;
}

Matrix takeRows(const Matrix& m, const std::vector<std::int64_t>& rows) {
    return std::visit([&](const auto& x) -> Matrix { return takeRows(x, rows); }, m);
}
Matrix takeCols(const Matrix& m, const std::vector<std::int64_t>& cols) {
    return std::visit([&](const auto& x) -> Matrix { return takeCols(x, cols); }, m);
}

std::optional<ColumnData> takeRows(const ColumnData& c, const std::vector<std::int64_t>& rows) {
    if (const auto* a = std::get_if<NDArray>(&c)) return ColumnData(takeRows(*a, rows));
    if (const auto* s = std::get_if<StringArray>(&c)) {
        StringArray out;
        out.shape = {static_cast<std::int64_t>(rows.size())};
        for (auto r : rows) out.values.push_back(s->values[static_cast<std::size_t>(r)]);
        return ColumnData(std::move(out));
    }
    if (const auto* k = std::get_if<Categorical>(&c)) {
        Categorical out;
        out.categories = k->categories;
        out.ordered = k->ordered;
        for (auto r : rows) out.codes.push_back(k->codes[static_cast<std::size_t>(r)]);
        return ColumnData(std::move(out));
    }
    if (const auto* n = std::get_if<NullableArray>(&c)) {
        NullableArray out;
        out.kind = n->kind;
        out.naValue = n->naValue;
        if (n->kind == NullableArray::Kind::String)
            for (auto r : rows) out.strings.push_back(n->strings[static_cast<std::size_t>(r)]);
        else
            out.values = takeRows(n->values, rows);
        for (auto r : rows) out.mask.push_back(n->mask[static_cast<std::size_t>(r)]);
        return ColumnData(std::move(out));
    }
    return std::nullopt;  // opaque
}

DataFrame takeRows(const DataFrame& df, const std::vector<std::int64_t>& rows) {
    DataFrame out;
    out.indexName = df.indexName;
    for (auto r : rows) out.index.push_back(df.index[static_cast<std::size_t>(r)]);
    for (const auto& col : df.columns)
        if (auto c = takeRows(col.data, rows)) out.columns.push_back({col.name, std::move(*c)});
    return out;
}

std::optional<Element> takeRows(const Element& e, const std::vector<std::int64_t>& rows) {
    if (const auto* a = e.getIf<NDArray>()) return Element(takeRows(*a, rows));
    if (const auto* s = e.getIf<SparseMatrix>()) return Element(takeRows(*s, rows));
    if (const auto* d = e.getIf<DataFrame>()) return Element(takeRows(*d, rows));
    if (const auto* s = e.getIf<StringArray>()) {
        if (auto c = takeRows(ColumnData(*s), rows)) return Element(std::get<StringArray>(*c));
    }
    if (const auto* k = e.getIf<Categorical>()) {
        if (auto c = takeRows(ColumnData(*k), rows)) return Element(std::get<Categorical>(*c));
    }
    return std::nullopt;
}

std::optional<Element> takeCols(const Element& e, const std::vector<std::int64_t>& cols) {
    if (const auto* a = e.getIf<NDArray>(); a && a->rank() == 2) return Element(takeCols(*a, cols));
    if (const auto* s = e.getIf<SparseMatrix>()) return Element(takeCols(*s, cols));
    return std::nullopt;
}

Dict takeRows(const Dict& d, const std::vector<std::int64_t>& rows, bool alsoCols) {
    Dict out;
    for (std::size_t i = 0; i < d.size(); ++i) {
        auto e = takeRows(d.values()[i], rows);
        if (e && alsoCols) e = takeCols(*e, rows);
        if (e) out.set(d.keys()[i], std::move(*e));
    }
    return out;
}

void checkIndices(const std::vector<std::int64_t>& idx, std::int64_t n, const char* what) {
    for (auto i : idx)
        if (i < 0 || i >= n)
            throw InvalidInput(std::string("the ") + what + " index " + std::to_string(i) + " is outside 0.." +
                               std::to_string(n - 1) + ".");
}

AnnData subsetObs(const AnnData& data, const std::vector<std::int64_t>& rows) {
    checkIndices(rows, data.nObs(), "cell");
    AnnData out;
    if (data.X) out.X = takeRows(*data.X, rows);
    out.obs = takeRows(data.obs, rows);
    out.var = data.var;
    out.obsm = takeRows(data.obsm, rows, false);
    out.obsp = takeRows(data.obsp, rows, true);
    out.varm = data.varm;
    out.varp = data.varp;
    out.layers = takeRows(data.layers, rows, false);
    out.uns = data.uns;
    if (data.raw) {
        out.raw = Raw{takeRows(data.raw->X, rows), data.raw->var, data.raw->varm};
    }
    return out;
}

AnnData subsetVars(const AnnData& data, const std::vector<std::int64_t>& cols) {
    checkIndices(cols, data.nVars(), "gene");
    AnnData out;
    if (data.X) out.X = takeCols(*data.X, cols);
    out.obs = data.obs;
    out.var = takeRows(data.var, cols);
    out.obsm = data.obsm;
    out.obsp = data.obsp;
    out.varm = takeRows(data.varm, cols, false);
    out.varp = takeRows(data.varp, cols, true);
    for (std::size_t i = 0; i < data.layers.size(); ++i)
        if (auto e = takeCols(data.layers.values()[i], cols)) out.layers.set(data.layers.keys()[i], std::move(*e));
    out.uns = data.uns;
    out.raw = data.raw;
    return out;
}

}  // namespace scdiff::preprocess
