// neighbors(): kNN on X_pca and UMAP's fuzzy simplicial set (umap-learn 0.5, local_connectivity 1,
// bandwidth 1, set_op_mix_ratio 1):
//   rho_i = distance to the nearest neighbour at distance > 0,
//   sigma_i solves sum_{j>=1} exp(-max(0, d_ij - rho_i) / sigma_i) = log2(k) by bisection (64 steps,
//   tolerance 1e-5), floored at 1e-3 * mean distance,
//   w_ij = exp(-max(0, d_ij - rho_i) / sigma_i) (1 when d_ij <= rho_i), w_ii = 0,
//   connectivities = W + W^T - W o W^T.
#include <algorithm>
#include <cmath>

#include "scdiff/knn.hpp"
#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"

namespace scdiff::embedding {

namespace detail {
void smoothKnnDist(const Knn& knn, std::int64_t n, std::vector<double>& sigma, std::vector<double>& rho) {
    const int k = knn.k;
    const double target = std::log2(static_cast<double>(k));
    double meanAll = 0;
    for (float d : knn.distances) meanAll += d;
    meanAll /= static_cast<double>(std::max<std::size_t>(knn.distances.size(), 1));
    sigma.assign(static_cast<std::size_t>(n), 0);
    rho.assign(static_cast<std::size_t>(n), 0);
    for (std::int64_t i = 0; i < n; ++i) {
        const float* d = knn.distances.data() + i * k;
        double r = 0;
        for (int j = 0; j < k; ++j)
            if (d[j] > 0) {
                r = d[j];
                break;
            }
        double lo = 0, hi = INFINITY, mid = 1;
        for (int it = 0; it < 64; ++it) {
            double psum = 0;
            for (int j = 1; j < k; ++j) {
                const double t = d[j] - r;
                psum += t > 0 ? std::exp(-(t / mid)) : 1.0;
            }
            if (std::abs(psum - target) < 1e-5) break;
            if (psum > target) {
                hi = mid;
                mid = (lo + hi) / 2;
            } else {
                lo = mid;
                mid = std::isinf(hi) ? mid * 2 : (lo + hi) / 2;
            }
        }
        double meanI = 0;
        for (int j = 0; j < k; ++j) meanI += d[j];
        meanI /= k;
        const double floorV = 1e-3 * (r > 0 ? meanI : meanAll);
        sigma[static_cast<std::size_t>(i)] = std::max(mid, floorV);
        rho[static_cast<std::size_t>(i)] = r;
    }
}

using Row = std::vector<std::pair<std::int32_t, double>>;  // (column, value), sorted by column

SparseMatrix toCsr(std::int64_t n, const std::vector<Row>& rows) {
    SparseMatrix s;
    s.rows = s.cols = n;
    s.indptr.assign(static_cast<std::size_t>(n) + 1, 0);
    std::vector<float> v;
    for (std::int64_t i = 0; i < n; ++i) {
        for (const auto& [j, w] : rows[static_cast<std::size_t>(i)])
            if (w != 0) {
                s.indices.push_back(j);
                v.push_back(static_cast<float>(w));
            }
        s.indptr.own()[static_cast<std::size_t>(i) + 1] = static_cast<std::int64_t>(s.indices.size());
    }
    s.values = NDArray::fromVector(std::move(v));
    return s;
}

double lookup(const Row& row, std::int32_t j) {
    const auto it =
        std::lower_bound(row.begin(), row.end(), j, [](const auto& e, std::int32_t c) { return e.first < c; });
    return it != row.end() && it->first == j ? it->second : -1.0;  // -1: absent
}
}  // namespace detail

void neighbors(AnnData& data, const NeighborsOptions& o, Progress& progress) {
    const Element* e = data.obsm.find("X_pca");
    if (!e || !e->is<NDArray>() || e->get<NDArray>().rank() != 2)
        throw InvalidInput("neighbors needs obsm['X_pca'] (run PCA first).");
    const NDArray& pcs = e->get<NDArray>();
    const std::int64_t n = pcs.shape()[0], total = pcs.shape()[1];
    const int dim = static_cast<int>(o.nPcs > 0 ? std::min<std::int64_t>(o.nPcs, total) : total);
    if (o.nNeighbors < 2)
        throw InvalidInput("neighbors needs n_neighbors >= 2, got " + std::to_string(o.nNeighbors) + ".");
    if (n < 2) throw InvalidInput("neighbors needs at least 2 cells.");
    const int k = static_cast<int>(std::min<std::int64_t>(o.nNeighbors, n));
    const auto all = pcs.toFloat32();
    std::vector<float> x(static_cast<std::size_t>(n * dim));
    for (std::int64_t i = 0; i < n; ++i) std::copy_n(all.begin() + i * total, dim, x.begin() + i * dim);
    progress.stage("nearest neighbours");
    const bool exact = n < o.exactBelow;
    const Knn knn = exact ? exactKnn(x, n, dim, k, progress) : hnswKnn(x, n, dim, k, o.seed, progress);

    progress.stage("connectivities");
    std::vector<double> sigma, rho;
    detail::smoothKnnDist(knn, n, sigma, rho);
    std::vector<detail::Row> w(static_cast<std::size_t>(n)), dist(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        auto& wi = w[static_cast<std::size_t>(i)];
        auto& di = dist[static_cast<std::size_t>(i)];
        for (int q = 0; q < k; ++q) {
            const std::int32_t j = knn.indices[static_cast<std::size_t>(i * k + q)];
            if (j == i) continue;
            const double d = knn.distances[static_cast<std::size_t>(i * k + q)];
            const double t = d - rho[static_cast<std::size_t>(i)];
            const double s = sigma[static_cast<std::size_t>(i)];
            wi.emplace_back(j, (t <= 0 || s == 0) ? 1.0 : std::exp(-(t / s)));
            di.emplace_back(j, d);
        }
        std::sort(wi.begin(), wi.end());
        std::sort(di.begin(), di.end());
        // hnswlib may repeat a neighbour when it found fewer than k; keep one.
        wi.erase(std::unique(wi.begin(), wi.end(), [](const auto& x, const auto& y) { return x.first == y.first; }),
                 wi.end());
        di.erase(std::unique(di.begin(), di.end(), [](const auto& x, const auto& y) { return x.first == y.first; }),
                 di.end());
    }
    progress.checkCancelled();
    // Fuzzy union; every non-zero (i, j) is emitted once: by row i when j is i's neighbour, else by row j.
    std::vector<detail::Row> sym(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        for (const auto& [j, a] : w[static_cast<std::size_t>(i)]) {
            const double found = detail::lookup(w[static_cast<std::size_t>(j)], static_cast<std::int32_t>(i));
            const double b = std::max(found, 0.0);
            const double v = a + b - a * b;
            sym[static_cast<std::size_t>(i)].emplace_back(j, v);
            if (found < 0) sym[static_cast<std::size_t>(j)].emplace_back(static_cast<std::int32_t>(i), v);
        }
    for (auto& row : sym) std::sort(row.begin(), row.end());
    data.obsp.set("distances", detail::toCsr(n, dist));
    data.obsp.set("connectivities", detail::toCsr(n, sym));
    Dict params;
    params.set("n_neighbors", NDArray::scalar<std::int64_t>(k));
    params.set("method", StringArray::scalar("umap"));
    params.set("metric", StringArray::scalar("euclidean"));
    params.set("use_rep", StringArray::scalar("X_pca"));
    params.set("n_pcs", NDArray::scalar<std::int64_t>(dim));
    params.set("random_state", NDArray::scalar<std::int64_t>(o.seed));
    params.set("knn_search", StringArray::scalar(exact ? "exact" : "hnswlib"));
    Dict u;
    u.set("connectivities_key", StringArray::scalar("connectivities"));
    u.set("distances_key", StringArray::scalar("distances"));
    u.set("params", std::move(params));
    data.uns.set("neighbors", std::move(u));
    progress.report(n, n);
}

}  // namespace scdiff::embedding
