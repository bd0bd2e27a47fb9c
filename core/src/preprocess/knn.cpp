#include "scdiff/knn.hpp"

#include <hnswalg.h>
#include <hnswlib.h>

#include <Eigen/Dense>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

#include "scdiff/error.hpp"
#include "scdiff/parallel.hpp"

namespace scdiff::embedding {

namespace {
// body(i) for i in [0, n) on the core's worker threads (scdiff::parallelFor); the calling thread reports
// progress and polls cancellation.
template <class F>
void forEachRow(std::int64_t n, Progress& progress, F&& body) {
    scdiff::parallelFor(
        n, 256,
        [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t i = begin; i < end; ++i) body(i);
        },
        progress);
}

// Brute force: query row i against every reference row. self: query is reference and row i is put
// first whatever its distance to twins (the within-one-set convention of exactKnn).
Knn bruteForce(const std::vector<float>& reference, std::int64_t nRef, const std::vector<float>& query,
               std::int64_t nQuery, int dim, int k, bool self, Progress& progress) {
    if (k < 1 || k > nRef)
        throw InvalidInput("kNN search needs 1 <= k <= " + std::to_string(nRef) +
                           " reference cells, got k = " + std::to_string(k) + ".");
    Knn out;
    out.k = k;
    out.indices.assign(static_cast<std::size_t>(nQuery * k), 0);
    out.distances.assign(static_cast<std::size_t>(nQuery * k), 0);
    using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Eigen::Map<const RowMat> r(reference.data(), nRef, dim);
    Eigen::Map<const RowMat> q(query.data(), nQuery, dim);
    forEachRow(nQuery, progress, [&](std::int64_t i) {
        // Squared distances in double for the ranking to be stable against float cancellation.
        std::vector<std::pair<double, std::int32_t>> d(static_cast<std::size_t>(nRef));
        for (std::int64_t j = 0; j < nRef; ++j) {
            double s = 0;
            for (int c = 0; c < dim; ++c) {
                const double t = static_cast<double>(q(i, c)) - r(j, c);
                s += t * t;
            }
            d[static_cast<std::size_t>(j)] = {self && j == i ? -1.0 : s, static_cast<std::int32_t>(j)};
        }
        std::partial_sort(d.begin(), d.begin() + k, d.end());
        for (int p = 0; p < k; ++p) {
            out.indices[static_cast<std::size_t>(i * k + p)] = d[static_cast<std::size_t>(p)].second;
            out.distances[static_cast<std::size_t>(i * k + p)] =
                static_cast<float>(std::sqrt(std::max(0.0, d[static_cast<std::size_t>(p)].first)));
        }
    });
    return out;
}
}  // namespace

Knn exactKnn(const std::vector<float>& x, std::int64_t n, int dim, int k, Progress& progress) {
    return bruteForce(x, n, x, n, dim, k, true, progress);
}

Knn exactKnn(const std::vector<float>& reference, std::int64_t nReference, const std::vector<float>& query,
             std::int64_t nQuery, int dim, int k, Progress& progress) {
    return bruteForce(reference, nReference, query, nQuery, dim, k, false, progress);
}

Knn hnswKnn(const std::vector<float>& x, std::int64_t n, int dim, int k, unsigned seed, Progress& progress) {
    hnswlib::L2Space space(static_cast<std::size_t>(dim));
    hnswlib::HierarchicalNSW<float> index(&space, static_cast<std::size_t>(n), 16, 200, seed);
    progress.stage("building the neighbour index");
    index.addPoint(x.data(), 0);  // the entry point first, so that parallel inserts have one
    forEachRow(n - 1, progress, [&](std::int64_t i) {
        index.addPoint(x.data() + static_cast<std::size_t>((i + 1) * dim), static_cast<hnswlib::labeltype>(i + 1));
    });
    index.setEf(static_cast<std::size_t>(std::max(k, 50)));
    Knn out;
    out.k = k;
    out.indices.assign(static_cast<std::size_t>(n * k), 0);
    out.distances.assign(static_cast<std::size_t>(n * k), 0);
    progress.stage("searching neighbours");
    forEachRow(n, progress, [&](std::int64_t i) {
        auto pq = index.searchKnn(x.data() + static_cast<std::size_t>(i * dim), static_cast<std::size_t>(k + 1));
        std::vector<std::pair<float, std::int32_t>> res;
        while (!pq.empty()) {
            res.emplace_back(pq.top().first, static_cast<std::int32_t>(pq.top().second));
            pq.pop();
        }
        std::sort(res.begin(), res.end());
        // Self first (distance 0), then the others in order.
        std::size_t q = 0;
        out.indices[static_cast<std::size_t>(i * k)] = static_cast<std::int32_t>(i);
        out.distances[static_cast<std::size_t>(i * k)] = 0;
        for (const auto& [d2, j] : res) {
            if (j == i) continue;
            if (++q >= static_cast<std::size_t>(k)) break;
            out.indices[static_cast<std::size_t>(i * k) + q] = j;
            out.distances[static_cast<std::size_t>(i * k) + q] = std::sqrt(std::max(0.0f, d2));
        }
        for (++q; q < static_cast<std::size_t>(k); ++q) {  // fewer results than asked: repeat the last
            out.indices[static_cast<std::size_t>(i * k) + q] = out.indices[static_cast<std::size_t>(i * k) + q - 1];
            out.distances[static_cast<std::size_t>(i * k) + q] = out.distances[static_cast<std::size_t>(i * k) + q - 1];
        }
    });
    return out;
}

}  // namespace scdiff::embedding
