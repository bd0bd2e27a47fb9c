// normalize_total, log1p and the standard pipeline.
#include <cmath>

#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "matrix_ops.hpp"

namespace scdiff::preprocess {

namespace {
// X as float32 in the same storage (dense stays dense, sparse stays sparse).
void makeFloat32(Matrix& x) {
    if (auto* s = std::get_if<SparseMatrix>(&x)) {
        if (s->values.dtype() != DType::Float32) s->values = s->values.astype(DType::Float32);
    } else {
        auto& d = std::get<NDArray>(x);
        if (d.dtype() != DType::Float32) d = d.astype(DType::Float32);
    }
}
std::span<float> values(Matrix& x) {
    if (auto* s = std::get_if<SparseMatrix>(&x)) return s->values.data<float>();
    return std::get<NDArray>(x).data<float>();
}
// A copy of the matrix as a layer element (counts or abundances kept before X is transformed).
Element elementCopy(const Matrix& x) {
    return std::visit([](const auto& m) { return Element(m); }, x);
}
Matrix& xOf(AnnData& data, const char* what) {
    requireX(data, what);
    return *data.X;
}
}  // namespace

void normalizeTotal(Matrix& x, double targetSum) {
    const std::int64_t n = matrixRows(x), g = matrixCols(x);
    std::vector<double> totals(static_cast<std::size_t>(n), 0);
    detail::forEachNonZero(x,
                           [&](std::int64_t r, std::int64_t, double v) { totals[static_cast<std::size_t>(r)] += v; });
    makeFloat32(x);
    auto v = values(x);
    auto scale = [&](std::int64_t r) {
        const double t = totals[static_cast<std::size_t>(r)];
        return t > 0 ? targetSum / t : 0.0;
    };
    if (auto* s = std::get_if<SparseMatrix>(&x)) {
        for (std::int64_t r = 0; r < n; ++r) {
            const double f = scale(r);
            for (auto p = s->indptr[static_cast<std::size_t>(r)]; p < s->indptr[static_cast<std::size_t>(r) + 1]; ++p)
                v[static_cast<std::size_t>(p)] = static_cast<float>(v[static_cast<std::size_t>(p)] * f);
        }
    } else {
        for (std::int64_t r = 0; r < n; ++r) {
            const double f = scale(r);
            for (std::int64_t c = 0; c < g; ++c) {
                auto& e = v[static_cast<std::size_t>(r * g + c)];
                e = static_cast<float>(e * f);
            }
        }
    }
}

void log1p(Matrix& x) {
    makeFloat32(x);
    for (auto& e : values(x)) e = std::log1p(e);
}

void normalizeTotal(AnnData& data, double targetSum) { normalizeTotal(xOf(data, "normalize_total"), targetSum); }

void log1p(AnnData& data) { log1p(xOf(data, "log1p")); }

namespace {
// Counts normalised in place (normalizeTotal, then log1p), and the record of it for
// uns['scdiff_preprocess'] (counts_layer named when the caller keeps the counts there).
Dict normaliseCountsInPlace(Matrix& x, double targetSum, bool countsKept) {
    Dict record;
    record.set("input_kind", StringArray::scalar(xKindName(XKind::Counts)));
    if (countsKept) record.set("counts_layer", StringArray::scalar("counts"));
    normalizeTotal(x, targetSum);
    record.set("normalize_total", NDArray::scalar<bool>(true));
    record.set("target_sum", NDArray::scalar<double>(targetSum));
    log1p(x);
    record.set("log1p", NDArray::scalar<bool>(true));
    return record;
}
}  // namespace

NormalisedCounts normalisedCounts(const Matrix& counts, double targetSum) {
    if (detectXKind(counts) != XKind::Counts)
        throw InvalidInput("the matrix holds " + inspectX(counts).describe() +
                           ", not raw counts (non-negative integers), so it is not normalised");
    NormalisedCounts out;
    out.counts = elementCopy(counts);
    out.x = counts;
    out.record = Element(normaliseCountsInPlace(out.x, targetSum, true));
    return out;
}

bool recordsLog1p(const AnnData& data) {
    const auto* rec = data.uns.find("scdiff_preprocess");
    if (!rec || !rec->is<Dict>()) return false;
    const auto* done = rec->get<Dict>().find("log1p");
    return done && done->is<NDArray>() && done->get<NDArray>().at(0) != 0;
}

XKind standardPipeline(AnnData& data, const StandardOptions& o, Progress& progress) {
    Matrix& x = xOf(data, "the standard preprocessing");
    progress.stage("checking X");
    const XKind kind = detectXKind(x);
    // Never normalise twice: a previous run recorded here, or X already log-normalised.
    if (recordsLog1p(data) || kind != XKind::Counts) return kind;
    progress.stage("normalising totals");
    progress.checkCancelled();
    // In place, as the pipeline owns X: one copy of the counts (when kept), not a second of X.
    if (o.keepCounts) data.layers.set("counts", elementCopy(x));
    data.uns.set("scdiff_preprocess", normaliseCountsInPlace(x, o.targetSum, o.keepCounts));
    progress.report(1, 1);
    return kind;
}

LogTransformed logTransformedAbundances(const Matrix& x, double targetSum) {
    const XValues seen = inspectX(x);
    if (!seen.abundances()) {
        const std::string what = seen.describe();
        if (seen.kind == XKind::Counts)
            throw InvalidInput("X holds " + what +
                               ": normalise it (1e4 per cell, then log1p) instead of log-transforming it");
        if (seen.kind == XKind::LogNormalized)
            throw InvalidInput("X holds " + what + " values already: it is not log-transformed again");
        throw InvalidInput("X cannot be log-transformed: " + what);
    }
    if (targetSum < 0) throw InvalidInput("the target sum for rescaling must be positive (or 0: no rescaling)");
    LogTransformed out;
    out.abundance = elementCopy(x);
    out.x = x;
    Dict record;
    record.set("input_kind", StringArray::scalar("abundances"));
    record.set("abundance_layer", StringArray::scalar("abundance"));
    if (targetSum > 0) {
        normalizeTotal(out.x, targetSum);
        record.set("normalize_total", NDArray::scalar<bool>(true));
        record.set("target_sum", NDArray::scalar<double>(targetSum));
    }
    log1p(out.x);
    record.set("log1p", NDArray::scalar<bool>(true));
    out.record = Element(std::move(record));
    return out;
}

void logTransformAbundances(AnnData& data, double targetSum) {
    Matrix& x = xOf(data, "log-transforming X");
    auto t = logTransformedAbundances(x, targetSum);
    x = std::move(t.x);
    data.layers.set("abundance", std::move(t.abundance));
    data.uns.set("scdiff_preprocess", std::move(t.record));
}

}  // namespace scdiff::preprocess
