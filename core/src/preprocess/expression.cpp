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

}  // namespace

std::int64_t View::cells() const {
    if (sparse) return sparse->rows;
    return dense && dense->rank() >= 1 ? dense->shape()[0] : 0;
}

std::int64_t View::geneCount() const {
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
    if (data.X) out.push_back("X");
    if (data.raw) out.push_back("raw");
    for (std::size_t i = 0; i < data.layers.size(); ++i)
        if (isMatrix(data.layers.values()[i])) out.push_back("layers/" + data.layers.keys()[i]);
    return out;
}

View view(const AnnData& data, const std::string& source) {
    View v;
    v.source = source.empty() ? std::string("X") : source;
    v.data = &data;
    if (v.source == "X") {
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
    return v.sparse ? preprocess::inspectX(*v.sparse) : preprocess::inspectX(*v.dense);
}

SparseMatrix logNormalised(const View& v) {
    if (v.cells() == 0 || v.geneCount() == 0)
        throw InvalidInput("the dataset's expression matrix " + where(v) + " is empty (" + std::to_string(v.cells()) +
                           " cells x " + std::to_string(v.geneCount()) + " genes)");
    Matrix x = v.sparse ? toCsrFloat32(*v.sparse) : toCsrFloat32(*v.dense);
    auto& csr = std::get<SparseMatrix>(x);
    const auto values = csr.values.data<float>();
    const auto& cellNames = v.obs().index;
    for (std::int64_t r = 0; r < csr.rows; ++r) {
        for (auto k = csr.indptr[static_cast<std::size_t>(r)]; k < csr.indptr[static_cast<std::size_t>(r) + 1]; ++k) {
            const float value = values[static_cast<std::size_t>(k)];
            if (std::isfinite(value) && value >= 0) continue;
            const auto c = static_cast<std::size_t>(csr.indices[static_cast<std::size_t>(k)]);
            const auto at = "(first at cell '" +
                            (cellNames.size() > static_cast<std::size_t>(r) ? cellNames[static_cast<std::size_t>(r)]
                                                                            : std::to_string(r)) +
                            "', gene '" + (v.genes && v.genes->size() > c ? (*v.genes)[c] : std::to_string(c)) + "')";
            if (!std::isfinite(value))
                throw InvalidInput(where(v) + " contains NaN or infinite values " + at +
                                   "; scDiff needs finite counts or log-normalised expression");
            throw InvalidInput(where(v) + " contains negative values " + at +
                               "; scDiff needs counts or log-normalised expression, not scaled or centred data");
        }
    }
    const auto kind = preprocess::detectXKind(x);
    if (kind == preprocess::XKind::LogNormalized || v.log1pRecorded) return std::get<SparseMatrix>(std::move(x));
    if (kind == preprocess::XKind::Counts) {
        preprocess::normalizeTotal(x, 1e4);
        preprocess::log1p(x);
        return std::get<SparseMatrix>(std::move(x));
    }
    throw InvalidInput(where(v) + " holds " + preprocess::inspectX(x).describe() +
                       " (scdiff preprocess IN OUT --log1p, or Analysis > Log-transform X in the Studio); raw counts "
                       "are normalised here");
}

}  // namespace scdiff::expression
