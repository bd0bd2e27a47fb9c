// PCA, kNN, connectivities and UMAP against numpy references and structural checks.
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>
#include <map>
#include <set>

#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "support_anndata.hpp"

using namespace scdiff;

namespace {
// Gaussian blobs: cell i belongs to blob i % nBlobs; centres 10 apart per axis, unit noise.
std::vector<float> blobs(std::int64_t n, int dim, int nBlobs, unsigned seed, double sep = 10) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> z(0, 1);
    std::vector<double> centres(static_cast<std::size_t>(nBlobs * dim));
    for (auto& c : centres) c = sep * z(rng);
    std::vector<float> x(static_cast<std::size_t>(n * dim));
    for (std::int64_t i = 0; i < n; ++i)
        for (int d = 0; d < dim; ++d)
            x[static_cast<std::size_t>(i * dim + d)] =
                static_cast<float>(centres[static_cast<std::size_t>((i % nBlobs) * dim + d)] + z(rng));
    return x;
}

AnnData withPca(std::int64_t n, int dim, std::vector<float> x) {
    AnnData a = testing::denseData(n, 1, std::vector<float>(static_cast<std::size_t>(n), 0));
    a.obsm.set("X_pca", NDArray::fromVector(std::move(x), {n, static_cast<std::int64_t>(dim)}));
    return a;
}

// Log-normalised expression of three groups: 200 cells x 60 genes with distinct group profiles.
AnnData expression(unsigned seed) {
    const std::int64_t n = 200, g = 60;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.2, 4);
    std::vector<double> prof(static_cast<std::size_t>(3 * g));
    for (auto& p : prof) p = u(rng);
    std::vector<float> x(static_cast<std::size_t>(n * g));
    for (std::int64_t i = 0; i < n; ++i)
        for (std::int64_t j = 0; j < g; ++j) {
            std::poisson_distribution<int> p(prof[static_cast<std::size_t>((i % 3) * g + j)] *
                                             (1 + 0.02 * static_cast<double>(j)));
            x[static_cast<std::size_t>(i * g + j)] = static_cast<float>(p(rng));
        }
    AnnData a = testing::denseData(n, g, x);
    a.X = testing::toSparse(n, g, x);
    preprocess::standardPipeline(a);
    return a;
}

const char* kPca = R"PY(
import sys, numpy as np
f = open(sys.argv[1]); n, g = map(int, f.readline().split()); X = np.loadtxt(f).reshape(n, g)
Xc = X - X.mean(0)
u, s, vt = np.linalg.svd(Xc, full_matrices=False)
var = s ** 2 / (n - 1)
ratio = var / X.var(0, ddof=1).sum()
k = 10
np.savetxt(sys.argv[2], np.concatenate([var[:k], ratio[:k], np.abs(vt[:k]).ravel()]))
)PY";

const char* kKnn = R"PY(
import sys, numpy as np
f = open(sys.argv[1]); n, d = map(int, f.readline().split()); X = np.loadtxt(f).reshape(n, d)
k = 10
D = np.sqrt(np.maximum(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1), 0))
idx = np.argsort(D, axis=1, kind='stable')[:, :k]
for i in range(n):  # self first
    if idx[i, 0] != i:
        idx[i] = np.concatenate([[i], [j for j in idx[i] if j != i]])[:k]
dist = np.take_along_axis(D, idx, 1)
# umap-learn smooth_knn_dist + fuzzy union
target = np.log2(k); mean_all = dist.mean()
W = np.zeros((n, n))
for i in range(n):
    nz = dist[i][dist[i] > 0]; rho = nz[0] if nz.size else 0.0
    lo, hi, mid = 0.0, np.inf, 1.0
    for it in range(64):
        t = dist[i, 1:] - rho
        psum = np.where(t > 0, np.exp(-t / mid), 1.0).sum()
        if abs(psum - target) < 1e-5: break
        if psum > target: hi = mid; mid = (lo + hi) / 2
        else:
            lo = mid; mid = mid * 2 if hi == np.inf else (lo + hi) / 2
    sigma = max(mid, 1e-3 * (dist[i].mean() if rho > 0 else mean_all))
    for q in range(k):
        j = idx[i, q]
        if j == i: continue
        t = dist[i, q] - rho
        W[i, j] = 1.0 if t <= 0 else np.exp(-t / sigma)
C = W + W.T - W * W.T
np.savetxt(sys.argv[2], np.concatenate([idx.ravel().astype(float), dist.ravel(), C.ravel()]))
)PY";

// Fraction of points whose k nearest neighbours (in the rows of y) mostly share their label.
double knnLabelAgreement(const std::vector<float>& y, std::int64_t n, int dim, int nBlobs, int k) {
    std::int64_t agree = 0, total = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        std::vector<std::pair<double, std::int64_t>> d;
        for (std::int64_t j = 0; j < n; ++j) {
            if (j == i) continue;
            double s = 0;
            for (int c = 0; c < dim; ++c) {
                const double t = y[static_cast<std::size_t>(i * dim + c)] - y[static_cast<std::size_t>(j * dim + c)];
                s += t * t;
            }
            d.emplace_back(s, j);
        }
        std::partial_sort(d.begin(), d.begin() + k, d.end());
        for (int q = 0; q < k; ++q) {
            agree += (d[static_cast<std::size_t>(q)].second % nBlobs) == (i % nBlobs);
            ++total;
        }
    }
    return static_cast<double>(agree) / static_cast<double>(total);
}

std::vector<double> dense(const SparseMatrix& s) { return testing::denseValues(Matrix(s)); }
}  // namespace

class TestEmbeddingReference : public QObject {
    Q_OBJECT
private slots:
    void pcaMatchesNumpySvd() {
        AnnData a = expression(3);
        preprocess::HvgOptions h;
        h.nTopGenes = 40;
        preprocess::highlyVariableGenes(a, h);
        embedding::PcaOptions o;
        o.nComps = 10;
        embedding::pca(a, o);
        std::vector<std::int64_t> hvg;
        const auto flags = std::get<NDArray>(a.var.find("highly_variable")->data).toFloat64();
        for (std::size_t j = 0; j < flags.size(); ++j)
            if (flags[j] != 0) hvg.push_back(static_cast<std::int64_t>(j));
        QCOMPARE(hvg.size(), std::size_t(40));
        const AnnData sub = preprocess::subsetVars(a, hvg);
        const auto ref = testing::runPython(kPca, testing::denseValues(*sub.X), a.nObs(), 40, "pca");
        QCOMPARE(ref.size(), std::size_t(20 + 10 * 40));
        const auto var = a.uns.at("pca").get<Dict>().at("variance").get<NDArray>().toFloat64();
        const auto ratio = a.uns.at("pca").get<Dict>().at("variance_ratio").get<NDArray>().toFloat64();
        const NDArray& pcs = a.varm.at("PCs").get<NDArray>();
        QCOMPARE(pcs.shape(), (std::vector<std::int64_t>{60, 10}));
        const NDArray& xp = a.obsm.at("X_pca").get<NDArray>();
        QCOMPARE(xp.shape(), (std::vector<std::int64_t>{200, 10}));
        QCOMPARE(xp.dtype(), DType::Float32);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(std::abs(var[static_cast<std::size_t>(i)] - ref[static_cast<std::size_t>(i)]) < 1e-4 * ref[0]);
            QVERIFY(std::abs(ratio[static_cast<std::size_t>(i)] - ref[static_cast<std::size_t>(10 + i)]) < 1e-5);
        }
        // Loadings of the well-separated leading components (eigen-gap > 5 %) match up to sign.
        for (int i = 0; i < 10; ++i) {
            const double gapPrev = i == 0 ? 1
                                          : (ref[static_cast<std::size_t>(i - 1)] - ref[static_cast<std::size_t>(i)]) /
                                                ref[static_cast<std::size_t>(i)];
            const double gapNext =
                (ref[static_cast<std::size_t>(i)] - ref[static_cast<std::size_t>(i + 1 < 10 ? i + 1 : i)]) /
                ref[static_cast<std::size_t>(i)];
            if (i < 2) QVERIFY(gapPrev > 0.05 && gapNext > 0.05);  // the blobs make the first two distinct
            if (gapPrev < 0.05 || (i < 9 && gapNext < 0.05)) continue;
            for (std::size_t j = 0; j < hvg.size(); ++j) {
                const double mine = std::abs(pcs.at(hvg[j] * 10 + i)),
                             theirs = ref[20 + static_cast<std::size_t>(i) * 40 + j];
                QVERIFY2(std::abs(mine - theirs) < 1e-3,
                         qPrintable(QString("PC %1 gene %2: %3 vs %4").arg(i).arg(j).arg(mine).arg(theirs)));
            }
        }
        // Non-HVG genes get zero loadings; the largest |loading| of each component is positive.
        for (std::int64_t j = 0; j < 60; ++j)
            if (flags[static_cast<std::size_t>(j)] == 0)
                for (int i = 0; i < 10; ++i) QCOMPARE(pcs.at(j * 10 + i), 0.0);
        for (int i = 0; i < 10; ++i) {
            double best = 0;
            for (std::int64_t j = 0; j < 60; ++j)
                if (std::abs(pcs.at(j * 10 + i)) > std::abs(best)) best = pcs.at(j * 10 + i);
            QVERIFY(best > 0);
        }
    }

    void lanczosPcaMatchesNumpySvdAbove400Genes() {
        // 700 genes takes the Lanczos path of the exact solver.
        const std::int64_t n = 150, g = 700;
        std::mt19937 rng(9);
        std::uniform_real_distribution<double> u(0, 3);
        std::vector<double> prof(static_cast<std::size_t>(5 * g));
        for (auto& p : prof) p = u(rng);
        std::vector<float> x(static_cast<std::size_t>(n * g));
        for (std::int64_t i = 0; i < n; ++i)
            for (std::int64_t j = 0; j < g; ++j) {
                std::poisson_distribution<int> p(prof[static_cast<std::size_t>((i % 5) * g + j)]);
                x[static_cast<std::size_t>(i * g + j)] = static_cast<float>(std::log1p(p(rng)));
            }
        AnnData a = testing::denseData(n, g, x);
        embedding::PcaOptions o;
        o.nComps = 10;
        embedding::pca(a, o);
        const auto ref = testing::runPython(kPca, testing::denseValues(*a.X), n, g, "pca_lanczos");
        const auto var = a.uns.at("pca").get<Dict>().at("variance").get<NDArray>().toFloat64();
        const NDArray& pcs = a.varm.at("PCs").get<NDArray>();
        for (int i = 0; i < 10; ++i)
            QVERIFY2(std::abs(var[static_cast<std::size_t>(i)] - ref[static_cast<std::size_t>(i)]) < 1e-6 * ref[0],
                     qPrintable(QString("%1: %2 vs %3")
                                    .arg(i)
                                    .arg(var[static_cast<std::size_t>(i)])
                                    .arg(ref[static_cast<std::size_t>(i)])));
        for (int i = 0; i < 4; ++i)  // the four group directions are well separated from the noise
            for (std::int64_t j = 0; j < g; ++j)
                QVERIFY(std::abs(std::abs(pcs.at(j * 10 + i)) - ref[20 + static_cast<std::size_t>(i * g + j)]) < 1e-4);
    }

    void randomisedPcaMatchesNumpyOnLeadingVariances() {
        // 6000 genes takes the randomised path; the structure lives in a few directions.
        const std::int64_t n = 300, g = 6000;
        std::mt19937 rng(5);
        std::normal_distribution<double> z(0, 1);
        std::vector<float> x(static_cast<std::size_t>(n * g), 0);
        std::vector<double> dirs(static_cast<std::size_t>(3 * g));
        for (auto& d : dirs) d = z(rng);
        for (std::int64_t i = 0; i < n; ++i)
            for (std::int64_t j = 0; j < g; ++j)
                if ((i + j) % 4 == 0)
                    x[static_cast<std::size_t>(i * g + j)] = static_cast<float>(
                        std::abs(5 + 3 * dirs[static_cast<std::size_t>((i % 3) * g + j)] + 0.1 * z(rng)));
        AnnData big = testing::denseData(n, g, x);
        embedding::PcaOptions o;
        o.nComps = 3;
        embedding::pca(big, o);
        const auto var = big.uns.at("pca").get<Dict>().at("variance").get<NDArray>().toFloat64();
        const auto ref = testing::runPython(kPca, testing::denseValues(*big.X), n, g, "pca_randomised");
        for (int c = 0; c < 3; ++c)
            QVERIFY2(
                std::abs(var[static_cast<std::size_t>(c)] - ref[static_cast<std::size_t>(c)]) <
                    1e-3 * ref[static_cast<std::size_t>(c)],
                qPrintable(
                    QString("%1 vs %2").arg(var[static_cast<std::size_t>(c)]).arg(ref[static_cast<std::size_t>(c)])));
        const NDArray& xp = big.obsm.at("X_pca").get<NDArray>();
        for (int c = 0; c < 3; ++c) {
            double m = 0, s = 0;
            for (std::int64_t i = 0; i < n; ++i) m += xp.at(i * 3 + c);
            m /= static_cast<double>(n);
            for (std::int64_t i = 0; i < n; ++i) s += (xp.at(i * 3 + c) - m) * (xp.at(i * 3 + c) - m);
            QVERIFY(std::abs(m) < 1e-2 * std::sqrt(var[static_cast<std::size_t>(c)]));
            QVERIFY(std::abs(s / static_cast<double>(n - 1) - var[static_cast<std::size_t>(c)]) <
                    1e-3 * var[static_cast<std::size_t>(c)]);
        }
        QVERIFY(var[0] >= var[1] && var[1] >= var[2] && var[2] > 0);
        const NDArray& pcs = big.varm.at("PCs").get<NDArray>();
        for (int a = 0; a < 3; ++a)
            for (int b = 0; b < 3; ++b) {
                double dot = 0;
                for (std::int64_t j = 0; j < g; ++j) dot += pcs.at(j * 3 + a) * pcs.at(j * 3 + b);
                QVERIFY(std::abs(dot - (a == b ? 1.0 : 0.0)) < 1e-4);
            }
    }

    void exactNeighboursAndConnectivitiesMatchNumpy() {
        const std::int64_t n = 150;
        const int dim = 5;
        auto x = blobs(n, dim, 3, 21, 2);
        AnnData a = withPca(n, dim, x);
        embedding::NeighborsOptions o;
        o.nNeighbors = 10;
        embedding::neighbors(a, o);
        std::vector<double> xd(x.begin(), x.end());
        const auto ref = testing::runPython(kKnn, xd, n, dim, "knn");
        QCOMPARE(ref.size(), static_cast<std::size_t>(n * 10 * 2 + n * n));
        const auto dist = dense(a.obsp.at("distances").get<SparseMatrix>());
        const auto conn = dense(a.obsp.at("connectivities").get<SparseMatrix>());
        for (std::int64_t i = 0; i < n; ++i) {
            std::set<std::int64_t> mine, theirs;
            for (std::int64_t j = 0; j < n; ++j)
                if (dist[static_cast<std::size_t>(i * n + j)] > 0) mine.insert(j);
            for (int q = 1; q < 10; ++q) {
                const auto j = static_cast<std::int64_t>(ref[static_cast<std::size_t>(i * 10 + q)]);
                theirs.insert(j);
                QVERIFY(std::abs(dist[static_cast<std::size_t>(i * n + j)] -
                                 ref[static_cast<std::size_t>(n * 10 + i * 10 + q)]) < 1e-4);
            }
            QCOMPARE(mine, theirs);
        }
        double maxDiff = 0;
        for (std::size_t p = 0; p < conn.size(); ++p)
            maxDiff = std::max(maxDiff, std::abs(conn[p] - ref[static_cast<std::size_t>(n * 20) + p]));
        QVERIFY2(maxDiff < 1e-4, qPrintable(QString::number(maxDiff)));
        for (std::int64_t i = 0; i < n; ++i)
            for (std::int64_t j = 0; j < n; ++j)
                QCOMPARE(conn[static_cast<std::size_t>(i * n + j)], conn[static_cast<std::size_t>(j * n + i)]);
        const Dict& u = a.uns.at("neighbors").get<Dict>();
        QCOMPARE(u.at("connectivities_key").get<StringArray>().values[0], std::string("connectivities"));
        QCOMPARE(u.at("params").get<Dict>().at("n_neighbors").get<NDArray>().at(0), 10.0);
        QCOMPARE(u.at("params").get<Dict>().at("method").get<StringArray>().values[0], std::string("umap"));
    }

    void hnswRecallIsHighAgainstExact() {
        const std::int64_t n = 3000;
        const int dim = 20;
        const auto x = blobs(n, dim, 5, 8, 1.5);
        AnnData exact = withPca(n, dim, x), approx = withPca(n, dim, x);
        embedding::NeighborsOptions o;
        o.exactBelow = n + 1;
        embedding::neighbors(exact, o);
        o.exactBelow = 100;
        embedding::neighbors(approx, o);
        QCOMPARE(approx.uns.at("neighbors")
                     .get<Dict>()
                     .at("params")
                     .get<Dict>()
                     .at("knn_search")
                     .get<StringArray>()
                     .values[0],
                 std::string("hnswlib"));
        const auto& e = exact.obsp.at("distances").get<SparseMatrix>();
        const auto& h = approx.obsp.at("distances").get<SparseMatrix>();
        std::int64_t hit = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            std::set<std::int32_t> s(e.indices.begin() + e.indptr[static_cast<std::size_t>(i)],
                                     e.indices.begin() + e.indptr[static_cast<std::size_t>(i) + 1]);
            for (auto p = h.indptr[static_cast<std::size_t>(i)]; p < h.indptr[static_cast<std::size_t>(i) + 1]; ++p)
                hit += s.count(h.indices[static_cast<std::size_t>(p)]);
        }
        const double recall = static_cast<double>(hit) / static_cast<double>(e.nnz());
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    }

    void umapCurveMatchesUmapLearn() {
        // umap-learn find_ab_params(1.0, 0.5) = (0.5830, 1.3341); (1.0, 0.1) = (1.5769, 0.8951).
        const auto c = embedding::fitUmapCurve(0.5, 1.0);
        QVERIFY2(std::abs(c.a - 0.5830) < 2e-3 && std::abs(c.b - 1.3341) < 2e-3,
                 qPrintable(QString("%1 %2").arg(c.a).arg(c.b)));
        const auto d = embedding::fitUmapCurve(0.1, 1.0);
        QVERIFY2(std::abs(d.a - 1.5769) < 5e-3 && std::abs(d.b - 0.8951) < 2e-3,
                 qPrintable(QString("%1 %2").arg(d.a).arg(d.b)));
    }

    void longStepsStopWhenCancelled() {
        struct Cancelling : Progress {
            int reports = 0;
            void report(std::int64_t, std::int64_t, const std::map<std::string, double>&) override { ++reports; }
            bool cancelled() const override { return true; }
        } cancel;
        AnnData a = withPca(300, 5, blobs(300, 5, 3, 4));
        QVERIFY_THROWS_EXCEPTION(Cancelled, embedding::neighbors(a, {}, cancel));
        embedding::neighbors(a);
        QVERIFY_THROWS_EXCEPTION(Cancelled, embedding::umap(a, {}, cancel));
        QVERIFY(!a.obsm.contains("X_umap"));
        AnnData e = expression(2);
        QVERIFY_THROWS_EXCEPTION(Cancelled, embedding::pca(e, {}, cancel));
        QVERIFY(!e.obsm.contains("X_pca"));
        QVERIFY(cancel.reports > 0);
    }

    void umapKeepsBlobsApartAndIsDeterministic() {
        const std::int64_t n = 400;
        const int dim = 10;
        AnnData a = withPca(n, dim, blobs(n, dim, 4, 3));
        embedding::neighbors(a);
        AnnData b = a;
        embedding::UmapOptions o;
        o.seed = 42;
        embedding::umap(a, o);
        embedding::umap(b, o);
        const NDArray& y = a.obsm.at("X_umap").get<NDArray>();
        QCOMPARE(y.shape(), (std::vector<std::int64_t>{n, 2}));
        QCOMPARE(y.dtype(), DType::Float32);
        QVERIFY(y == b.obsm.at("X_umap").get<NDArray>());
        const auto yv = y.toFloat32();
        const double agreement = knnLabelAgreement(yv, n, 2, 4, 10);
        QVERIFY2(agreement > 0.95, qPrintable(QString::number(agreement)));
        const Dict& p = a.uns.at("umap").get<Dict>().at("params").get<Dict>();
        QVERIFY(std::abs(p.at("a").get<NDArray>().at(0) - 0.583) < 2e-3);
        for (float v : yv) QVERIFY(std::isfinite(v));
    }
};

QTEST_APPLESS_MAIN(TestEmbeddingReference)
#include "test_embedding_reference.moc"
