// Imputation baselines: gene mean, and MAGIC-like diffusion over a kNN graph.
#include <Eigen/SparseCore>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <functional>
#include <map>
#include <mutex>

#include "baselines/pca_features.hpp"
#include "scdiff/knn.hpp"
#include "scdiff/parallel.hpp"
#include "scdiff/baselines.hpp"
#include "scdiff/error.hpp"

namespace scdiff::baselines {
namespace {

struct Neighbours {
    Eigen::Index k = 0;
    std::vector<std::int64_t> index;  // cells x k, row-major, nearest first
    std::vector<double> distance;     // Euclidean, same layout
};

void checkEntries(const SparseMatrix& x, const std::vector<std::int64_t>& rows, const std::vector<std::int64_t>& cols) {
    if (rows.size() != cols.size())
        throw InvalidInput("Imputation needs one column per requested row, but got " + std::to_string(rows.size()) +
                           " rows and " + std::to_string(cols.size()) + " columns.");
    detail::checkRows(x, rows, "entries to impute");
    for (auto c : cols)
        if (c < 0 || c >= x.cols)
            throw InvalidInput("The entries to impute contain column " + std::to_string(c) + ", but the matrix has " +
                               std::to_string(x.cols) + " columns.");
}

}  // namespace

std::vector<double> geneMeanImpute(const SparseMatrix& observed, const std::vector<std::int64_t>& rows,
                                   const std::vector<std::int64_t>& cols) {
    checkEntries(observed, rows, cols);
    if (observed.rows < 1) return {};
    const std::vector<double> v = observed.values.toFloat64();
    std::vector<double> mean(static_cast<std::size_t>(observed.cols), 0);
    for (std::size_t e = 0; e < v.size(); ++e) mean[static_cast<std::size_t>(observed.indices[e])] += v[e];
    for (auto& m : mean) m /= static_cast<double>(observed.rows);  // zeros (and hidden entries) count as 0
    std::vector<double> out;
    out.reserve(cols.size());
    for (auto c : cols) out.push_back(mean[static_cast<std::size_t>(c)]);
    return out;
}

// Graph: each cell's k nearest other cells in PCA space plus itself, weights
// K_ij = exp(-(d_ij / sigma_i)^2) with sigma_i the distance to the max(1, k/3)-th neighbour (MAGIC's
// adaptive bandwidth with its alpha-decay exponent fixed to 2, i.e. a plain Gaussian). K is made
// symmetric as (K + K^T)/2 and row-normalised into M; imputed = (M^t X)[row, col], computed one block
// of needed columns at a time with sparse products, never forming M^t.
std::vector<double> knnSmoothImpute(const SparseMatrix& observed, const std::vector<std::int64_t>& rows,
                                    const std::vector<std::int64_t>& cols, int k, int t, int nComps) {
    checkEntries(observed, rows, cols);
    if (k < 1) throw InvalidInput("kNN smoothing needs k >= 1, but got " + std::to_string(k) + ".");
    if (t < 0) throw InvalidInput("kNN smoothing needs t >= 0 diffusion steps, but got " + std::to_string(t) + ".");
    if (rows.empty()) return {};
    const auto n = static_cast<Eigen::Index>(observed.rows);

    std::vector<std::int64_t> all(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) all[static_cast<std::size_t>(i)] = i;
    // Each cell's k nearest other cells: the embedding's within-one-set search, whose first neighbour is
    // the cell itself, asked for one more and that first column dropped (the cell gets its own weight below).
    Neighbours nb;
    if (n >= 2) {
        const auto pca = detail::fitPcaOnRows(observed, all, nComps, 0);
        const auto kk = static_cast<int>(std::min<Eigen::Index>(k + 1, n));
        const auto knn = embedding::exactKnn(detail::rowMajorFloat(pca.scores), n,
                                             static_cast<int>(pca.components.cols()), kk, nullProgress());
        nb.k = kk - 1;
        for (Eigen::Index i = 0; i < n; ++i)
            for (int j = 1; j < kk; ++j) {
                nb.index.push_back(knn.indices[static_cast<std::size_t>(i * kk + j)]);
                nb.distance.push_back(knn.distances[static_cast<std::size_t>(i * kk + j)]);
            }
    }

    using Triplet = Eigen::Triplet<double, std::int64_t>;
    std::vector<Triplet> kt;
    kt.reserve(static_cast<std::size_t>(n * (nb.k + 1)));
    const Eigen::Index bandwidthAt = std::min<Eigen::Index>(nb.k, std::max(1, k / 3)) - 1;
    for (Eigen::Index i = 0; i < n; ++i) {
        kt.emplace_back(i, i, 1.0);
        if (nb.k == 0) continue;
        const std::size_t base = static_cast<std::size_t>(i * nb.k);
        // A floor keeps duplicated cells (distance 0) finite: their kernel is 1 to twins, ~0 elsewhere.
        const double sigma = std::max(nb.distance[base + static_cast<std::size_t>(bandwidthAt)], 1e-12);
        for (Eigen::Index j = 0; j < nb.k; ++j) {
            const double r = nb.distance[base + static_cast<std::size_t>(j)] / sigma;
            kt.emplace_back(i, nb.index[base + static_cast<std::size_t>(j)], std::exp(-r * r));
        }
    }
    using RowSparse = Eigen::SparseMatrix<double, Eigen::RowMajor, std::int64_t>;
    RowSparse kernel(n, n);
    kernel.setFromTriplets(kt.begin(), kt.end());
    RowSparse m = 0.5 * (kernel + RowSparse(kernel.transpose()));
    for (Eigen::Index i = 0; i < n; ++i) {
        double s = 0;
        for (RowSparse::InnerIterator it(m, i); it; ++it) s += it.value();
        for (RowSparse::InnerIterator it(m, i); it; ++it) it.valueRef() /= s;  // s >= 1 (self weight)
    }

    // Requested entries grouped by column; columns processed in blocks.
    std::map<std::int64_t, std::vector<std::size_t>> byColumn;
    for (std::size_t e = 0; e < cols.size(); ++e) byColumn[cols[e]].push_back(e);
    std::vector<std::int64_t> needed;
    for (const auto& [c, entries] : byColumn) needed.push_back(c);

    // Column-major copy of X so that a block of columns is cheap to gather.
    const std::vector<double> v = observed.values.toFloat64();
    std::vector<std::vector<std::pair<std::int64_t, double>>> columns(static_cast<std::size_t>(observed.cols));
    {
        std::vector<char> want(static_cast<std::size_t>(observed.cols), 0);
        for (auto c : needed) want[static_cast<std::size_t>(c)] = 1;
        for (Eigen::Index r = 0; r < n; ++r)
            for (auto e = observed.indptr[r]; e < observed.indptr[r + 1]; ++e)
                if (want[static_cast<std::size_t>(observed.indices[e])])
                    columns[static_cast<std::size_t>(observed.indices[e])].emplace_back(r, v[e]);
    }

    std::vector<double> out(rows.size());
    constexpr std::int64_t kBlock = 128;
    const auto blocks = (static_cast<std::int64_t>(needed.size()) + kBlock - 1) / kBlock;
    // The diffusion's column blocks are independent: one block per chunk on the core's worker threads.
    scdiff::parallelFor(blocks, 1, [&](std::int64_t b, std::int64_t) {
        const auto first = static_cast<std::size_t>(b * kBlock);
        const auto width = std::min<std::size_t>(kBlock, needed.size() - first);
        Eigen::MatrixXd y = Eigen::MatrixXd::Zero(n, static_cast<Eigen::Index>(width));
        for (std::size_t j = 0; j < width; ++j)
            for (const auto& [r, val] : columns[static_cast<std::size_t>(needed[first + j])])
                y(r, static_cast<Eigen::Index>(j)) = val;
        for (int step = 0; step < t; ++step) y = m * y;
        for (std::size_t j = 0; j < width; ++j)
            for (auto e : byColumn.at(needed[first + j])) out[e] = y(rows[e], static_cast<Eigen::Index>(j));
    });
    return out;
}

}  // namespace scdiff::baselines
