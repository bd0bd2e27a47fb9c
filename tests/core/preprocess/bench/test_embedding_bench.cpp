// Timing of PCA (50 comps) + kNN (15, hnswlib) + UMAP (200 epochs) on a generated sparse
// log-normalised matrix: SCDIFF_BENCH_CELLS cells (default 100000) x 2000 genes, 10 % non-zero,
// 10 clusters. Prints seconds per step; fails only when the layout loses the clusters.
#include <QtTest>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <random>

#include "scdiff/embedding.hpp"

using namespace scdiff;

class TestEmbeddingBench : public QObject {
    Q_OBJECT
private slots:
    void pcaNeighborsUmapOnLargeSparseData() {
        const char* env = std::getenv("SCDIFF_BENCH_CELLS");
        const std::int64_t n = env ? std::atoll(env) : 100000, g = 2000;
        const int clusters = 10;
        std::mt19937_64 rng(1);
        std::uniform_real_distribution<double> u(0, 1);
        std::vector<double> prof(static_cast<std::size_t>(clusters * g));
        for (auto& p : prof) p = 0.5 + 2.5 * u(rng);
        SparseMatrix s;
        s.rows = n;
        s.cols = g;
        s.indptr.push_back(0);
        std::vector<float> vals;
        vals.reserve(static_cast<std::size_t>(n * g / 9));
        s.indices.reserve(static_cast<std::size_t>(n * g / 9));
        std::geometric_distribution<int> gap(0.1);
        for (std::int64_t i = 0; i < n; ++i) {
            for (std::int64_t j = gap(rng); j < g; j += 1 + gap(rng)) {
                s.indices.push_back(static_cast<std::int32_t>(j));
                vals.push_back(
                    static_cast<float>(prof[static_cast<std::size_t>((i % clusters) * g + j)] * (0.7 + 0.6 * u(rng))));
            }
            s.indptr.push_back(static_cast<std::int64_t>(s.indices.size()));
        }
        s.values = NDArray::fromVector(std::move(vals));
        AnnData a;
        for (std::int64_t i = 0; i < n; ++i) a.obs.index.push_back(std::to_string(i));
        for (std::int64_t j = 0; j < g; ++j) a.var.index.push_back(std::to_string(j));
        a.X = std::move(s);
        using Clock = std::chrono::steady_clock;
        auto secs = [](Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); };
        auto t0 = Clock::now();
        embedding::pca(a);
        const double tPca = secs(t0);
        t0 = Clock::now();
        embedding::neighbors(a);
        const double tKnn = secs(t0);
        t0 = Clock::now();
        embedding::umap(a);
        const double tUmap = secs(t0);
        qInfo("cells %lld genes %lld nnz %lld: PCA %.1f s, neighbors %.1f s, UMAP %.1f s, total %.1f s",
              static_cast<long long>(n), static_cast<long long>(g),
              static_cast<long long>(std::get<SparseMatrix>(*a.X).nnz()), tPca, tKnn, tUmap, tPca + tKnn + tUmap);
        // Cluster centroids in the layout must be further apart than the clusters are wide.
        const NDArray& y = a.obsm.at("X_umap").get<NDArray>();
        std::vector<double> cx(clusters, 0), cy(clusters, 0), spread(clusters, 0);
        for (std::int64_t i = 0; i < n; ++i) {
            cx[static_cast<std::size_t>(i % clusters)] += y.at(2 * i) / static_cast<double>(n / clusters);
            cy[static_cast<std::size_t>(i % clusters)] += y.at(2 * i + 1) / static_cast<double>(n / clusters);
        }
        for (std::int64_t i = 0; i < n; ++i) {
            const auto c = static_cast<std::size_t>(i % clusters);
            spread[c] += std::hypot(y.at(2 * i) - cx[c], y.at(2 * i + 1) - cy[c]) / static_cast<double>(n / clusters);
        }
        double minGap = INFINITY, maxSpread = 0;
        for (int c = 0; c < clusters; ++c) {
            maxSpread = std::max(maxSpread, spread[static_cast<std::size_t>(c)]);
            for (int d = c + 1; d < clusters; ++d)
                minGap =
                    std::min(minGap, std::hypot(cx[static_cast<std::size_t>(c)] - cx[static_cast<std::size_t>(d)],
                                                cy[static_cast<std::size_t>(c)] - cy[static_cast<std::size_t>(d)]));
        }
        qInfo("min centroid distance %.2f, max mean radius %.2f", minGap, maxSpread);
        QVERIFY(minGap > maxSpread);
    }
};

QTEST_APPLESS_MAIN(TestEmbeddingBench)
#include "test_embedding_bench.moc"
