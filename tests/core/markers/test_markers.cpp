// Wilcoxon marker ranking against scipy.stats.mannwhitneyu (asymptotic, no continuity correction,
// tie-corrected), Benjamini-Hochberg and scanpy's expm1 log fold change computed with numpy.
#include <QProcess>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <random>

#include "scdiff/error.hpp"
#include "scdiff/markers.hpp"
#include "resource_limits.hpp"

using namespace scdiff;

namespace {
AnnData makeData(std::int64_t n, std::int64_t genes) {
    AnnData d;
    std::mt19937 rng(7);
    std::vector<std::string> labels;
    std::vector<float> x;
    for (std::int64_t i = 0; i < n; ++i) {
        d.obs.index.push_back(std::to_string(i));
        const int g = static_cast<int>(rng() % 3);
        labels.push_back(g == 0 ? "A" : g == 1 ? "B" : "C");
        for (std::int64_t j = 0; j < genes; ++j) {
            // Small integer counts (many ties), shifted up in one group per gene.
            std::poisson_distribution<int> pois(j % 3 == g ? 3.0 : 0.8);
            x.push_back(static_cast<float>(std::log1p(pois(rng))));
        }
    }
    for (std::int64_t j = 0; j < genes; ++j) d.var.index.push_back("gene" + std::to_string(j));
    d.obs.set("group", Categorical::fromLabels(labels));
    d.X = NDArray::fromVector(x, {n, genes});
    return d;
}
}  // namespace

class TestMarkers : public QObject {
    Q_OBJECT
private slots:
    void matchesScipyMannWhitney() {
        const std::int64_t n = 90, genes = 12;
        AnnData d = makeData(n, genes);
        const QString csv = QString(SCDIFF_TEST_DATA_DIR) + "/markers_x.csv";
        {
            std::ofstream f(csv.toStdString());
            const auto& x = std::get<NDArray>(*d.X);
            const auto& c = std::get<Categorical>(d.obs.find("group")->data);
            for (std::int64_t i = 0; i < n; ++i) {
                f << c.codes[i];
                for (std::int64_t j = 0; j < genes; ++j) f << ',' << x.at(i * genes + j);
                f << '\n';
            }
        }
        const char* script = R"(
import sys, numpy as np
from scipy.stats import mannwhitneyu
a = np.loadtxt(sys.argv[1], delimiter=',', dtype=np.float64)
g, x = a[:, 0].astype(int), a[:, 1:].astype(np.float32).astype(np.float64)
for k in range(3):
    p = np.array([mannwhitneyu(x[g == k, j], x[g != k, j], use_continuity=False, alternative='two-sided',
                               method='asymptotic').pvalue for j in range(x.shape[1])])
    m = len(p); o = np.argsort(p); adj = np.minimum.accumulate((p[o] * m / np.arange(1, m + 1))[::-1])[::-1]
    padj = np.empty(m); padj[o] = np.minimum(adj, 1)
    e = np.expm1(x); lfc = np.log2((e[g == k].mean(0) + 1e-9) / (e[g != k].mean(0) + 1e-9))
    for j in range(x.shape[1]):
        print(k, j, repr(p[j]), repr(padj[j]), repr(lfc[j]))
)";
        QProcess py;
        py.start(SCDIFF_PYTHON, {"-c", script, csv});
        QVERIFY(py.waitForFinished(60000));
        QCOMPARE(py.exitCode(), 0);
        const auto lines = QString::fromUtf8(py.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3 * genes);

        markers::RankOptions o;
        o.groupBy = "group";
        const auto result = markers::rankGenesGroups(d, o);
        QCOMPARE(result.size(), std::size_t(3));
        int checked = 0;
        for (const QString& line : lines) {
            const auto f = line.split(' ');
            const auto& group = result[f[0].toInt()];
            const auto gene = f[1].toLongLong();
            auto it = std::find_if(group.genes.begin(), group.genes.end(), [&](auto& s) { return s.gene == gene; });
            QVERIFY(it != group.genes.end());
            const double p = f[2].toDouble(), padj = f[3].toDouble(), lfc = f[4].toDouble();
            QVERIFY2(std::abs(it->pValue - p) <= 1e-9 + 1e-6 * p, qPrintable(line));
            QVERIFY2(std::abs(it->pValueAdj - padj) <= 1e-9 + 1e-6 * padj, qPrintable(line));
            QVERIFY2(std::abs(it->logFoldChange - lfc) <= 1e-4, qPrintable(line));
            ++checked;
        }
        QCOMPARE(checked, 36);
        // The planted markers (gene j up in group j % 3) rank first with positive scores.
        QCOMPARE(result[0].genes.front().gene % 3, std::int64_t(0));
        QVERIFY(result[0].genes.front().score > 3);
        QCOMPARE(result[1].group, std::string("B"));
    }

    void summarisesMeanAndFraction() {
        AnnData d;
        d.obs.index = {"a", "b", "c", "d"};
        d.var.index = {"g0", "g1"};
        d.obs.set("t", Categorical::fromLabels({"x", "x", "y", "y"}));
        d.X = NDArray::fromVector<float>({1, 0, 3, 2, 0, 0, 4, 6}, {4, 2});
        const auto s = markers::summarize(d, "t", {1, 0});
        QCOMPARE(s.groups, (std::vector<std::string>{"x", "y"}));
        QCOMPARE(s.mean, (std::vector<double>{1, 2, 3, 2}));
        QCOMPARE(s.fraction, (std::vector<double>{0.5, 1, 0.5, 0.5}));
    }

    // A matrix that fits, whose by-column copy would not: one sentence before anything large is allocated.
    void tooLargeForMemoryIsRefused() {
        const AnnData d = makeData(20000, 500);  // dense: 40 MB, copied by columns as 40 MB more
        markers::RankOptions o;
        o.groupBy = "group";
        std::string message;
        try {
            testing::AddressSpaceLimit limit(20 << 20);
            markers::rankGenesGroups(d, o);
        } catch (const InvalidInput& e) {
            message = e.what();
        }
        QVERIFY2(message.rfind("finding the marker genes of 20000 cells needs about", 0) == 0, message.c_str());
        QVERIFY2(message.find("a subset of the cells") != std::string::npos, message.c_str());
    }

    void rejectsMissingColumn() {
        AnnData d = makeData(10, 2);
        markers::RankOptions o;
        o.groupBy = "nope";
        QVERIFY_THROWS_EXCEPTION(InvalidInput, markers::rankGenesGroups(d, o));
    }
};

QTEST_APPLESS_MAIN(TestMarkers)
#include "test_markers.moc"
