// detectXKind / inspectX: one pass over the stored values (sparse zeros are integers and non-negative).
#include <cmath>
#include <iomanip>
#include <sstream>

#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::preprocess {

namespace {
XKind classify(const NDArray& values) {
    bool nonInteger = false;
    double maxValue = 0;
    const std::int64_t n = values.size();
    if (isInteger(values.dtype()) || values.dtype() == DType::Bool) {
        for (std::int64_t i = 0; i < n; ++i)
            if (values.at(i) < 0) return XKind::Other;
        return XKind::Counts;
    }
    auto scan = [&](auto span) {
        for (auto v : span) {
            const double d = static_cast<double>(v);
            if (!(d >= 0)) return false;  // negative or NaN
            if (d > maxValue) maxValue = d;
            if (!nonInteger && d != std::floor(d)) nonInteger = true;
        }
        return true;
    };
    const bool ok = values.dtype() == DType::Float32 ? scan(values.data<float>()) : scan(values.data<double>());
    if (!ok || !std::isfinite(maxValue)) return XKind::Other;
    if (!nonInteger) return XKind::Counts;
    return maxValue <= 20 ? XKind::LogNormalized : XKind::Other;
}
}  // namespace

XKind detectXKind(const Matrix& x) {
    return std::visit([](const auto& m) { return detectXKind(m); }, x);
}
XKind detectXKind(const SparseMatrix& x) { return x.rows == 0 || x.cols == 0 ? XKind::Empty : classify(x.values); }
XKind detectXKind(const NDArray& x) {
    const std::int64_t rows = x.rank() >= 1 ? x.shape()[0] : 0;
    const std::int64_t cols = x.rank() >= 2 ? x.shape()[1] : (x.rank() == 1 ? 1 : 0);
    return rows == 0 || cols == 0 ? XKind::Empty : classify(x);
}

namespace {
// values: the stored values; sparseZeros: the matrix also holds implicit zeros.
XValues inspectValues(XKind kind, const NDArray& values, bool sparseZeros) {
    XValues v;
    v.kind = kind;
    if (v.kind == XKind::Empty) return v;
    bool first = !sparseZeros;
    const std::int64_t n = values.size();
    for (std::int64_t i = 0; i < n; ++i) {
        const double d = values.at(i);
        if (!std::isfinite(d)) {
            ++v.nonFinite;
            continue;
        }
        if (d < 0) ++v.negatives;
        if (d != std::floor(d)) v.nonInteger = true;
        if (first) {
            v.minValue = v.maxValue = d;
            first = false;
        } else {
            v.minValue = std::min(v.minValue, d);
            v.maxValue = std::max(v.maxValue, d);
        }
    }
    return v;
}
}  // namespace

XValues inspectX(const Matrix& x) {
    return std::visit([](const auto& m) { return inspectX(m); }, x);
}
XValues inspectX(const SparseMatrix& x) {
    return inspectValues(detectXKind(x), x.values, x.values.size() < x.rows * x.cols);
}
XValues inspectX(const NDArray& x) { return inspectValues(detectXKind(x), x, false); }

std::string XValues::describe() const {
    std::ostringstream s;
    s << std::defaultfloat << std::setprecision(6);
    switch (kind) {
        case XKind::Empty:
            return "X is empty";
        case XKind::Counts:
            s << "non-negative integers up to " << maxValue << ": raw counts";
            return s.str();
        case XKind::LogNormalized:
            s << "non-integer values up to " << maxValue << ": log-normalised";
            return s.str();
        case XKind::Other:
            break;
    }
    if (nonFinite > 0) {
        s << nonFinite << " values are NaN or infinite";
        return s.str();
    }
    if (negatives > 0) {
        s << negatives << " negative values (down to " << minValue
          << "): scaled or centred data (such as scanpy's pp.scale leaves), which cannot be turned back into "
             "expression; use raw counts (raw/X or a counts layer)";
        return s.str();
    }
    s << (nonInteger ? "non-integer" : "integer") << " values from " << minValue << " to " << maxValue
      << " and none negative: abundances such as FPKM or TPM, neither counts nor log-normalised (log1p after "
         "normalisation stays below 20); log-transform them first";
    return s.str();
}

const char* xKindName(XKind k) {
    switch (k) {
        case XKind::Counts:
            return "counts";
        case XKind::LogNormalized:
            return "log-normalised";
        case XKind::Other:
            return "other";
        case XKind::Empty:
            return "empty";
    }
    return "other";
}

}  // namespace scdiff::preprocess

namespace scdiff::preprocess {

void requireX(const AnnData& data, const std::string& step) {
    if (data.X) return;
    if (!data.expressionFile.empty())
        throw InvalidInput(step + " needs X in memory, but the dataset is opened backed (its X stays in " +
                           data.expressionFile + "); open the file whole");
    throw InvalidInput(step + " needs X, but this dataset has no X.");
}

}  // namespace scdiff::preprocess
