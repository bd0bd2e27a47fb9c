#include "scdiff/expression.hpp"

#include <cmath>

#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::expression {

namespace {

std::string offered(const AnnData& data) {
    std::string s;
    for (const auto& o : sources(data)) s += (s.empty() ? "" : ", ") + o;
    return s.empty() ? std::string("none") : s;
}

bool isMatrix(const Element& e) {
    return e.is<SparseMatrix>() || (e.is<NDArray>() && e.get<NDArray>().shape().size() == 2);
}

// "X", "raw/X", "layers/NAME": where the values were read, for messages.
std::string where(const View& v) { return v.source == "raw" ? std::string("raw/X") : v.source; }

void point(View& v, const Matrix& m) {
    if (const auto* s = std::get_if<SparseMatrix>(&m))
        v.sparse = s;
    else
        v.dense = &std::get<NDArray>(m);
}

// What needs the whole matrix in memory cannot run on a dataset whose X stays in its file.
void refuseBacked(const View& v) {
    if (v.backed)
        throw InvalidInput("the dataset is opened backed (its X stays in " + v.data->expressionFile +
                           "): this step needs X in memory; open the file whole");
}

// NaN, infinite or negative values: one sentence naming the first cell and gene. Row r of `rows` is cell cells[r]
// (cells empty: cell r).
void checkValues(const View& v, const SparseMatrix& csr, std::span<const std::int64_t> cells) {
    const auto values = csr.values.data<float>();
    const auto& cellNames = v.obs().index;
    for (std::int64_t r = 0; r < csr.rows; ++r) {
        for (auto k = csr.indptr[static_cast<std::size_t>(r)]; k < csr.indptr[static_cast<std::size_t>(r) + 1]; ++k) {
            const float value = values[static_cast<std::size_t>(k)];
            if (std::isfinite(value) && value >= 0) continue;
            const auto cell = cells.empty() ? r : cells[static_cast<std::size_t>(r)];
            const auto c = static_cast<std::size_t>(csr.indices[static_cast<std::size_t>(k)]);
            const auto at =
                "(first at cell '" +
                (cellNames.size() > static_cast<std::size_t>(cell) ? cellNames[static_cast<std::size_t>(cell)]
                                                                   : std::to_string(cell)) +
                "', gene '" + (v.genes && v.genes->size() > c ? (*v.genes)[c] : std::to_string(c)) + "')";
            if (!std::isfinite(value))
                throw InvalidInput(where(v) + " contains NaN or infinite values " + at +
                                   "; scDiff needs finite counts or log-normalised expression");
            throw InvalidInput(where(v) + " contains negative values " + at +
                               "; scDiff needs counts or log-normalised expression, not scaled or centred data");
        }
    }
}

// Counts to 1e4 per cell, log1p'd; log-normalised values as they are.
SparseMatrix normalised(SparseMatrix rows, bool counts) {
    if (!counts) return rows;
    Matrix x = std::move(rows);
    preprocess::normalizeTotal(x, 1e4);
    preprocess::log1p(x);
    return std::get<SparseMatrix>(std::move(x));
}

}  // namespace

std::int64_t View::cells() const {
    if (backed) return data->nObs();
    if (sparse) return sparse->rows;
    return dense && dense->rank() >= 1 ? dense->shape()[0] : 0;
}

std::int64_t View::geneCount() const {
    if (backed) return data->nVars();
    if (sparse) return sparse->cols;
    return dense && dense->rank() >= 2 ? dense->shape()[1] : 0;
}

std::vector<std::string> View::geneNames() const {
    if (genes && genes->size() == static_cast<std::size_t>(geneCount())) return *genes;
    std::vector<std::string> g;
    for (std::int64_t i = 0; i < geneCount(); ++i) g.push_back("gene" + std::to_string(i));
    return g;
}

std::vector<std::string> sources(const AnnData& data) {
    std::vector<std::string> out;
    if (data.X || !data.expressionFile.empty()) out.push_back("X");
    if (data.raw) out.push_back("raw");
    for (std::size_t i = 0; i < data.layers.size(); ++i)
        if (isMatrix(data.layers.values()[i])) out.push_back("layers/" + data.layers.keys()[i]);
    return out;
}

View view(const AnnData& data, const std::string& source) {
    View v;
    v.source = source.empty() ? std::string("X") : source;
    v.data = &data;
    if (!data.expressionFile.empty() && v.source != "X")
        throw InvalidInput("the dataset is opened backed, so its expression is read from X only, not from '" +
                           v.source + "'; open the file whole to use it");
    if (v.source == "X" && !data.expressionFile.empty()) {
        v.backed = true;
        v.genes = &data.var.index;
        v.log1pRecorded = preprocess::recordsLog1p(data);
    } else if (v.source == "X") {
        if (!data.X) throw InvalidInput("the dataset has no expression matrix X (it offers: " + offered(data) + ")");
        point(v, *data.X);
        v.genes = &data.var.index;
        v.log1pRecorded = preprocess::recordsLog1p(data);
    } else if (v.source == "raw") {
        if (!data.raw)
            throw InvalidInput("the expression source 'raw' was asked for but the dataset has no raw/X (it offers: " +
                               offered(data) + ")");
        point(v, data.raw->X);
        v.genes = &data.raw->var.index;
    } else if (v.source.rfind("layers/", 0) == 0) {
        const std::string name = v.source.substr(7);
        const Element* e = data.layers.find(name);
        if (!e || !isMatrix(*e))
            throw InvalidInput("the expression source '" + v.source + "' was asked for but the dataset has no layer '" +
                               name + "' (it offers: " + offered(data) + ")");
        if (e->is<SparseMatrix>())
            v.sparse = &e->get<SparseMatrix>();
        else
            v.dense = &e->get<NDArray>();
        v.genes = &data.var.index;
    } else {
        throw InvalidInput("unknown expression source '" + v.source +
                           "': use X, raw or layers/NAME (this dataset offers: " + offered(data) + ")");
    }
    return v;
}

preprocess::XValues inspect(const View& v) {
    refuseBacked(v);
    return v.sparse ? preprocess::inspectX(*v.sparse) : preprocess::inspectX(*v.dense);
}

SparseMatrix logNormalised(const View& v) {
    refuseBacked(v);
    if (v.cells() == 0 || v.geneCount() == 0)
        throw InvalidInput("the dataset's expression matrix " + where(v) + " is empty (" + std::to_string(v.cells()) +
                           " cells x " + std::to_string(v.geneCount()) + " genes)");
    SparseMatrix x = v.sparse ? toCsrFloat32(*v.sparse) : toCsrFloat32(*v.dense);
    const bool counts = isCounts(v, x, {});  // checks the values too
    return normalised(std::move(x), counts);
}

bool isCounts(const View& v, const SparseMatrix& rows, std::span<const std::int64_t> cells) {
    checkValues(v, rows, cells);
    const auto kind = preprocess::detectXKind(rows);
    if (kind == preprocess::XKind::LogNormalized || v.log1pRecorded) return false;
    if (kind == preprocess::XKind::Counts) return true;
    throw InvalidInput(where(v) + " holds " + preprocess::inspectX(rows).describe() +
                       " (scdiff preprocess IN OUT --log1p, or Analysis > Log-transform X in the Studio); raw counts "
                       "are normalised here");
}

SparseMatrix logNormalisedRows(const View& v, SparseMatrix rows, std::span<const std::int64_t> cells, bool counts) {
    checkValues(v, rows, cells);
    return normalised(std::move(rows), counts);
}

}  // namespace scdiff::expression
