// detectXKind: one pass over the stored values (sparse zeros are integers and non-negative).
#include <cmath>

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
    if (matrixRows(x) == 0 || matrixCols(x) == 0) return XKind::Empty;
    if (const auto* s = std::get_if<SparseMatrix>(&x)) return classify(s->values);
    return classify(std::get<NDArray>(x));
}

const char* xKindName(XKind k) {
    switch (k) {
        case XKind::Counts: return "counts";
        case XKind::LogNormalized: return "log-normalised";
        case XKind::Other: return "other";
        case XKind::Empty: return "empty";
    }
    return "other";
}

}  // namespace scdiff::preprocess
