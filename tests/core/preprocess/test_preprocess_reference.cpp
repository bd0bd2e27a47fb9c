// HVG flavours against numpy/pandas re-implementations of scanpy's formulas (scanpy itself is not
// installed), run through SCDIFF_PYTHON on the same matrix.
#include <QtTest>
#include <cmath>
#include <random>

#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "support_anndata.hpp"

using namespace scdiff;
using namespace scdiff::preprocess;

namespace {
// Poisson counts of three cell groups; a fifth of the genes differ by group; the last gene is all zero.
std::vector<float> makeCounts(std::int64_t n, std::int64_t g, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-2, 3);
    std::normal_distribution<double> z(0, 1.5);
    std::vector<double> base(static_cast<std::size_t>(g)), fold(static_cast<std::size_t>(3 * g), 1.0);
    for (std::int64_t j = 0; j < g; ++j) {
        base[static_cast<std::size_t>(j)] = std::exp(u(rng));
        if (j < g / 5)
            for (int k = 0; k < 3; ++k) fold[static_cast<std::size_t>(k * g + j)] = std::exp(z(rng));
    }
    std::vector<float> x(static_cast<std::size_t>(n * g), 0);
    for (std::int64_t i = 0; i < n; ++i)
        for (std::int64_t j = 0; j + 1 < g; ++j) {
            std::poisson_distribution<int> p(base[static_cast<std::size_t>(j)] *
                                             fold[static_cast<std::size_t>((i % 3) * g + j)]);
            x[static_cast<std::size_t>(i * g + j)] = static_cast<float>(p(rng));
        }
    return x;
}

std::vector<double> column(const AnnData& a, const char* name) {
    const Column* c = a.var.find(name);
    if (!c) return {};
    return std::get<NDArray>(c->data).toFloat64();
}

bool close(double a, double b, double rel) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

const char* kSeurat = R"PY(
import sys, warnings, numpy as np, pandas as pd
warnings.simplefilter("ignore")
f = open(sys.argv[1]); n, g = map(int, f.readline().split()); X = np.loadtxt(f).reshape(n, g)
X = np.expm1(X)
mean = X.mean(0); var = X.var(0, ddof=1)
mean[mean == 0] = 1e-12
disp = var / mean
disp[disp == 0] = np.nan
disp = np.log(disp); mean = np.log1p(mean)
df = pd.DataFrame({'means': mean, 'dispersions': disp})
df['mean_bin'] = pd.cut(df['means'], bins=20)
gr = df.groupby('mean_bin')['dispersions']
m = gr.mean(); s = gr.std(ddof=1)
one = s.isnull()
s[one.values] = m[one.values].values
m[one.values] = 0
df['dispersions_norm'] = (df['dispersions'].values - m[df['mean_bin'].values].values) / s[df['mean_bin'].values].values
dn = df['dispersions_norm'].values
d = dn[~np.isnan(dn)]; d[::-1].sort()
cut = d[min(50, d.size) - 1]
hv = np.nan_to_num(dn) >= cut
np.savetxt(sys.argv[2], np.concatenate([dn, hv.astype(float)]))
)PY";

// The matrix the test wrote, and skmisc's loess as Seurat v3 uses it (degree 2, tricube weights, evaluated
// exactly at each point).
const std::string kLoessPreamble = R"PY(
import sys, numpy as np
f = open(sys.argv[1]); n, g = map(int, f.readline().split()); X = np.loadtxt(f).reshape(n, g)
def loess(x, y, span):
    m = len(x); q = int(np.floor(span * m)); out = np.empty(m)
    for i in range(m):
        d = x - x[i]; a = np.abs(d); h = np.sort(a)[q - 1]
        u = a / h if h > 0 else np.zeros(m)
        w = np.where(u < 1, (1 - u ** 3) ** 3, 0.0)
        A = np.stack([np.ones(m), d, d * d], 1); sw = np.sqrt(w)
        out[i] = np.linalg.lstsq(A * sw[:, None], y * sw, rcond=None)[0][0]
    return out
)PY";

const std::string kSeuratV3 = kLoessPreamble + R"PY(
mean = X.mean(0); var = X.var(0, ddof=1)
nc = var > 0
x = np.log10(mean[nc]); y = np.log10(var[nc])
est = np.zeros(g); est[nc] = loess(x, y, 0.3)
reg_std = np.sqrt(10 ** est)
clip = reg_std * np.sqrt(n) + mean
Xc = np.minimum(X, clip[None, :])
nv = 1 / ((n - 1) * reg_std ** 2) * (n * mean ** 2 + (Xc ** 2).sum(0) - 2 * Xc.sum(0) * mean)
rank = np.argsort(np.argsort(-nv, kind='stable'), kind='stable').astype(float)
rank[rank >= 50] = np.nan
np.savetxt(sys.argv[2], np.concatenate([nv, rank]))
)PY";
// scanpy's seurat_v3 with batch_key (SelectIntegrationFeatures): rows < n/2 are batch "a", the rest "b".
const std::string kSeuratV3Batches = kLoessPreamble + R"PY(
nvs = []
for B in (X[: n // 2], X[n // 2 :]):
    N = B.shape[0]; mean = B.mean(0); var = B.var(0, ddof=1); nc = var > 0
    est = np.zeros(g); est[nc] = loess(np.log10(mean[nc]), np.log10(var[nc]), 0.3)
    reg_std = np.sqrt(10 ** est); Bc = np.minimum(B, (reg_std * np.sqrt(N) + mean)[None, :])
    nvs.append(1 / ((N - 1) * reg_std ** 2) * (N * mean ** 2 + (Bc ** 2).sum(0) - 2 * Bc.sum(0) * mean))
nvs = np.array(nvs)
ranks = np.argsort(np.argsort(-nvs, axis=1, kind='stable'), axis=1, kind='stable').astype(float)
nb = (ranks < 50).sum(0)
ranks[ranks >= 50] = np.nan
med = np.ma.median(np.ma.masked_invalid(ranks), axis=0).filled(np.nan)
order = sorted(range(g), key=lambda j: (-nb[j], np.isnan(med[j]), 0 if np.isnan(med[j]) else med[j]))
hv = np.zeros(g); hv[order[:50]] = 1
np.savetxt(sys.argv[2], np.concatenate([nvs.mean(0), med, nb, hv]))
)PY";
}  // namespace

class TestPreprocessReference : public QObject {
    Q_OBJECT
private slots:
    void seuratDispersionsMatchScanpyFormulas() {
        const std::int64_t n = 300, g = 400;
        AnnData a = testing::denseData(n, g, makeCounts(n, g, 7));
        standardPipeline(a);
        HvgOptions o;
        o.nTopGenes = 50;
        highlyVariableGenes(a, o);
        const auto ref = testing::runPython(kSeurat, testing::denseValues(*a.X), n, g, "hvg_seurat");
        QCOMPARE(ref.size(), static_cast<std::size_t>(2 * g));
        const auto dn = column(a, "dispersions_norm"), hv = column(a, "highly_variable");
        int selected = 0, nanCount = 0;
        for (std::int64_t j = 0; j < g; ++j) {
            const auto i = static_cast<std::size_t>(j);
            if (!close(dn[i], ref[i], 1e-4))
                QFAIL(qPrintable(QString("gene %1: %2 vs %3").arg(j).arg(dn[i]).arg(ref[i])));
            QCOMPARE(hv[i], ref[static_cast<std::size_t>(g) + i]);
            selected += hv[i] != 0;
            nanCount += std::isnan(dn[i]);
        }
        QCOMPARE(selected, 50);
        QCOMPARE(nanCount, 1);  // the all-zero gene
        QCOMPARE(a.uns.at("hvg").get<Dict>().at("flavor").get<StringArray>().values[0], std::string("seurat"));
    }

    void seuratCutoffsSelectByMeanAndDispersion() {
        const std::int64_t n = 300, g = 400;
        AnnData a = testing::denseData(n, g, makeCounts(n, g, 7));
        standardPipeline(a);
        HvgOptions o;
        o.nTopGenes = 0;
        highlyVariableGenes(a, o);
        const auto mean = column(a, "means"), dn = column(a, "dispersions_norm"), hv = column(a, "highly_variable");
        int selected = 0;
        for (std::size_t j = 0; j < hv.size(); ++j) {
            const double d = std::isnan(dn[j]) ? 0 : dn[j];
            QCOMPARE(hv[j] != 0, mean[j] > 0.0125 && mean[j] < 3 && d > 0.5);
            selected += hv[j] != 0;
        }
        QVERIFY(selected > 0 && selected < g);
    }

    void seuratV3VariancesMatchLoessReference() {
        const std::int64_t n = 300, g = 400;
        AnnData a = testing::denseData(n, g, makeCounts(n, g, 11));
        standardPipeline(a);
        HvgOptions o;
        o.flavor = HvgFlavor::SeuratV3;
        o.nTopGenes = 50;
        o.layer = "counts";
        highlyVariableGenes(a, o);
        const auto ref =
            testing::runPython(kSeuratV3, testing::denseValues(a.layers.at("counts").get<NDArray>()), n, g, "hvg_v3");
        QCOMPARE(ref.size(), static_cast<std::size_t>(2 * g));
        const auto vn = column(a, "variances_norm"), rank = column(a, "highly_variable_rank"),
                   hv = column(a, "highly_variable");
        for (std::int64_t j = 0; j < g; ++j) {
            const auto i = static_cast<std::size_t>(j);
            if (!close(vn[i], ref[i], 1e-6))
                QFAIL(qPrintable(QString("gene %1: %2 vs %3").arg(j).arg(vn[i]).arg(ref[i])));
            QVERIFY(close(rank[i], ref[static_cast<std::size_t>(g) + i], 0));
            QCOMPARE(hv[i] != 0, !std::isnan(rank[i]));
        }
        QVERIFY(std::abs(vn[0]) > 0);
    }

    // With a batch key, as scanpy's seurat_v3 with batch_key: ranked within each batch, then combined.
    void seuratV3WithBatchesMatchesTheReference() {
        const std::int64_t n = 300, g = 400;
        AnnData a = testing::denseData(n, g, makeCounts(n, g, 13));
        std::vector<std::string> batch;
        for (std::int64_t i = 0; i < n; ++i) batch.push_back(i < n / 2 ? "a" : "b");
        a.obs.set("batch", Categorical::fromLabels(batch));
        HvgOptions o;
        o.flavor = HvgFlavor::SeuratV3;
        o.nTopGenes = 50;
        o.batchKey = "batch";
        highlyVariableGenes(a, o);
        const auto ref =
            testing::runPython(kSeuratV3Batches, testing::denseValues(std::get<NDArray>(*a.X)), n, g, "hvg_v3_batches");
        QCOMPARE(ref.size(), static_cast<std::size_t>(4 * g));
        const auto vn = column(a, "variances_norm"), rank = column(a, "highly_variable_rank"),
                   nb = column(a, "highly_variable_nbatches"), hv = column(a, "highly_variable");
        int selected = 0, inBoth = 0;
        for (std::int64_t j = 0; j < g; ++j) {
            const auto i = static_cast<std::size_t>(j), G = static_cast<std::size_t>(g);
            if (!close(vn[i], ref[i], 1e-6))
                QFAIL(qPrintable(QString("gene %1: %2 vs %3").arg(j).arg(vn[i]).arg(ref[i])));
            QVERIFY(close(rank[i], ref[G + i], 0));
            QCOMPARE(nb[i], ref[2 * G + i]);
            QCOMPARE(hv[i], ref[3 * G + i]);
            selected += hv[i] != 0;
            inBoth += nb[i] == 2;
        }
        QCOMPARE(selected, 50);
        QVERIFY(inBoth > 0 && inBoth < 50);  // the batches disagree on some genes: the combination is exercised
        o.batchKey = "no_such_column";
        QVERIFY_THROWS_EXCEPTION(InvalidInput, highlyVariableGenes(a, o));
    }

    void seuratV3RefusesLogNormalisedData() {
        AnnData a = testing::denseData(3, 2, {0.5f, 1, 1.5f, 0.2f, 0, 1});
        HvgOptions o;
        o.flavor = HvgFlavor::SeuratV3;
        QVERIFY_THROWS_EXCEPTION(InvalidInput, highlyVariableGenes(a, o));
    }
};

QTEST_APPLESS_MAIN(TestPreprocessReference)
#include "test_preprocess_reference.moc"
