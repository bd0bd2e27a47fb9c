#pragma once
// Internal: visit the non-zero values of X whatever its storage and dtype.
#include <cstdint>

#include "scdiff/anndata.hpp"

namespace scdiff::preprocess::detail {

template <class F>
void visitValues(const NDArray& a, F&& f) {
    switch (a.dtype()) {
        case DType::Float32:
            f(a.data<float>());
            break;
        case DType::Float64:
            f(a.data<double>());
            break;
        case DType::Int32:
            f(a.data<std::int32_t>());
            break;
        case DType::Int64:
            f(a.data<std::int64_t>());
            break;
        case DType::Int16:
            f(a.data<std::int16_t>());
            break;
        case DType::Int8:
            f(a.data<std::int8_t>());
            break;
        case DType::UInt8:
            f(a.data<std::uint8_t>());
            break;
        case DType::UInt16:
            f(a.data<std::uint16_t>());
            break;
        case DType::UInt32:
            f(a.data<std::uint32_t>());
            break;
        case DType::UInt64:
            f(a.data<std::uint64_t>());
            break;
        case DType::Bool:
            f(a.data<bool>());
            break;
    }
}

// f(row, col, value) for every stored non-zero value, row by row.
template <class F>
void forEachNonZero(const SparseMatrix& s, F&& f) {
    visitValues(s.values, [&](auto v) {
        for (std::int64_t r = 0; r < s.rows; ++r)
            for (std::int64_t p = s.indptr[static_cast<std::size_t>(r)]; p < s.indptr[static_cast<std::size_t>(r) + 1];
                 ++p) {
                const double x = static_cast<double>(v[static_cast<std::size_t>(p)]);
                if (x != 0) f(r, static_cast<std::int64_t>(s.indices[static_cast<std::size_t>(p)]), x);
            }
    });
}
template <class F>
void forEachNonZero(const Matrix& m, F&& f) {
    if (const auto* s = std::get_if<SparseMatrix>(&m)) return forEachNonZero(*s, f);
    const auto& d = std::get<NDArray>(m);
    const std::int64_t rows = matrixRows(m), cols = matrixCols(m);
    visitValues(d, [&](auto v) {
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t c = 0; c < cols; ++c) {
                const double x = static_cast<double>(v[static_cast<std::size_t>(r * cols + c)]);
                if (x != 0) f(r, c, x);
            }
    });
}

inline std::int64_t rowsOf(const SparseMatrix& s) { return s.rows; }
inline std::int64_t colsOf(const SparseMatrix& s) { return s.cols; }
inline std::int64_t rowsOf(const Matrix& m) { return matrixRows(m); }
inline std::int64_t colsOf(const Matrix& m) { return matrixCols(m); }

// Per-gene mean and variance (ddof = 1) of a matrix, optionally after transforming each value.
struct MeanVar {
    std::vector<double> mean, var;
};
template <class M, class T>
MeanVar geneMeanVar(const M& m, T&& transform) {  // M: Matrix or SparseMatrix
    const std::int64_t n = rowsOf(m), g = colsOf(m);
    MeanVar out{std::vector<double>(static_cast<std::size_t>(g), 0.0),
                std::vector<double>(static_cast<std::size_t>(g), 0.0)};
    std::vector<double> sq(static_cast<std::size_t>(g), 0.0);
    forEachNonZero(m, [&](std::int64_t, std::int64_t c, double x) {
        const double y = transform(x);
        out.mean[static_cast<std::size_t>(c)] += y;
        sq[static_cast<std::size_t>(c)] += y * y;
    });
    for (std::size_t j = 0; j < out.mean.size(); ++j) {
        const double mu = out.mean[j] / static_cast<double>(n);
        out.mean[j] = mu;
        // E[x^2] - mu^2 as scanpy's _get_mean_var, scaled by n / (n - 1).
        const double v = sq[j] / static_cast<double>(n) - mu * mu;
        out.var[j] = n > 1 ? v * static_cast<double>(n) / static_cast<double>(n - 1) : 0.0;
    }
    return out;
}

}  // namespace scdiff::preprocess::detail
