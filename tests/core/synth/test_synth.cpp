// The synthetic generator: deterministic per seed, integer counts, markers up in their type,
// a stimulated response with the stored sign, library-size variation.
#include <QtTest>
#include <cmath>

#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/parallel.hpp"
#include "scdiff/synth.hpp"

using namespace scdiff;

namespace {
// Mean of gene j over cells whose code in column `col` equals `code` (and optional condition).
double meanOf(const AnnData& a, std::int64_t gene, const std::vector<std::int32_t>& codes, int code,
              const std::vector<std::int32_t>* cond = nullptr, int condCode = -1) {
    const auto& x = std::get<SparseMatrix>(*a.X);
    const auto v = x.values.data<float>();
    double sum = 0;
    std::int64_t n = 0;
    for (std::int64_t r = 0; r < x.rows; ++r) {
        if (codes[static_cast<std::size_t>(r)] != code) continue;
        if (cond && (*cond)[static_cast<std::size_t>(r)] != condCode) continue;
        ++n;
        double total = 0, value = 0;
        for (auto k = x.indptr[r]; k < x.indptr[r + 1]; ++k) {
            total += v[static_cast<std::size_t>(k)];
            if (x.indices[static_cast<std::size_t>(k)] == gene) value = v[static_cast<std::size_t>(k)];
        }
        sum += total > 0 ? value / total * 1e4 : 0;
    }
    return n ? sum / static_cast<double>(n) : 0;
}
std::int64_t geneIndex(const AnnData& a, const std::string& name) {
    for (std::size_t j = 0; j < a.var.index.size(); ++j)
        if (a.var.index[j] == name) return static_cast<std::int64_t>(j);
    return -1;
}
}  // namespace

class TestSynth : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameData() {
        auto o = synth::preset("tiny");
        o.seed = 7;
        QVERIFY(synth::generate(o) == synth::generate(o));
        auto o2 = o;
        o2.seed = 8;
        QVERIFY(!(synth::generate(o2) == synth::generate(o)));
    }
    // Written a wave of blocks at a time (3,000 cells are 6 blocks of 512: two waves of 4 blocks with one thread,
    // one wave with three), the file reads back as the dataset generate() makes; the dataset returned is that one
    // without X.
    void writtenInBlocksReadsBackAsGenerated() {
        auto o = synth::preset("tiny");
        o.nCells = 3000;
        o.nGenePerturbations = 0;
        o.seed = 11;
        const AnnData whole = synth::generate(o);
        const QString dir = QString(SCDIFF_TEST_DATA_DIR);
        for (const int threads : {1, 3}) {
            setWorkerThreads(threads);
            const std::string file = (dir + "/synth_streamed.h5ad").toStdString();
            const AnnData described = synth::generateToFile(o, file);
            AnnData back = h5ad::read(file);
            QVERIFY(!described.X);
            QCOMPARE(described.nObs(), std::int64_t(3000));
            QVERIFY(back.obs == whole.obs);
            QVERIFY(back.var == whole.var);
            QVERIFY(back.uns == whole.uns);
            const auto& a = std::get<SparseMatrix>(*back.X);
            const auto& b = std::get<SparseMatrix>(*whole.X);
            QCOMPARE(a.rows, b.rows);
            QCOMPARE(a.cols, b.cols);
            QCOMPARE(a.indptr, b.indptr);
            QCOMPARE(a.indices, b.indices);
            QVERIFY(a.values == b.values);
        }
        setWorkerThreads(0);
    }
    void presetsHaveTheirShape() {
        auto a = synth::generate(synth::preset("tiny"));
        QCOMPARE(a.nObs(), std::int64_t(300));
        QCOMPARE(a.nVars(), std::int64_t(200));
        QCOMPARE(matrixRows(*a.X), std::int64_t(300));
        QVERIFY(a.obs.find("cell_type") && a.obs.find("batch") && a.obs.find("condition"));
        QCOMPARE(synth::preset("small").nCells, std::int64_t(2000));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, synth::preset("huge"));
    }
    void countsAreIntegersWithLibrarySizeVariation() {
        auto a = synth::generate(synth::preset("tiny"));
        const auto& x = std::get<SparseMatrix>(*a.X);
        for (float v : x.values.data<float>()) QVERIFY(v == std::floor(v) && v > 0);
        const auto counts = std::get<NDArray>(a.obs.find("n_counts")->data).toFloat64();
        const auto [lo, hi] = std::minmax_element(counts.begin(), counts.end());
        QVERIFY(*hi > 1.5 * *lo);
    }
    void markersAreHigherInTheirType() {
        auto o = synth::preset("small");
        o.nCells = 1200;
        auto a = synth::generate(o);
        const auto& types = std::get<Categorical>(a.obs.find("cell_type")->data);
        const auto& markers = a.uns.at("synth").get<Dict>().at("marker_genes").get<Dict>();
        int higher = 0, total = 0;
        for (std::size_t t = 0; t < markers.size(); ++t) {
            for (const auto& g : markers.values()[t].get<StringArray>().values) {
                const auto j = geneIndex(a, g);
                double others = 0;
                for (std::size_t u = 0; u < markers.size(); ++u)
                    if (u != t) others += meanOf(a, j, types.codes, static_cast<int>(u));
                others /= static_cast<double>(markers.size() - 1);
                higher += meanOf(a, j, types.codes, static_cast<int>(t)) > others;
                ++total;
            }
        }
        QVERIFY2(higher > 0.9 * total, qPrintable(QString("%1 of %2").arg(higher).arg(total)));
    }
    void stimulatedResponseHasTheStoredSign() {
        auto o = synth::preset("small");
        o.nCells = 1500;
        auto a = synth::generate(o);
        const auto& types = std::get<Categorical>(a.obs.find("cell_type")->data);
        const auto& cond = std::get<Categorical>(a.obs.find("condition")->data);
        const auto& lfc = a.uns.at("synth").get<Dict>().at("response_log_fold_change").get<Dict>();
        const auto truth = lfc.at("Type01").get<NDArray>().toFloat64();
        int agree = 0, total = 0;
        for (std::size_t j = 0; j < truth.size(); ++j) {
            if (std::fabs(truth[j]) < 0.8) continue;
            const double stim = meanOf(a, static_cast<std::int64_t>(j), types.codes, 0, &cond.codes, 1);
            const double ctrl = meanOf(a, static_cast<std::int64_t>(j), types.codes, 0, &cond.codes, 0);
            agree += (stim > ctrl) == (truth[j] > 0);
            ++total;
        }
        QVERIFY(total >= 5);
        QVERIFY2(agree >= 0.85 * total, qPrintable(QString("%1 of %2").arg(agree).arg(total)));
    }
    // The batch effect's sd sets how far batches differ: the mean |log fold change| between two batches
    // over the genes, on the same seed, grows with it and is near the sampling noise without it.
    void batchEffectSetsHowFarBatchesDiffer() {
        const auto spread = [](double sd) {
            auto o = synth::preset("small");
            o.nCells = 1500;
            o.nBatches = 2;
            o.batchEffectSd = sd;
            o.seed = 5;
            const auto a = synth::generate(o);
            const auto& batch = std::get<Categorical>(a.obs.find("batch")->data);
            double sum = 0;
            for (std::int64_t j = 0; j < 200; ++j)
                sum += std::fabs(std::log((meanOf(a, j, batch.codes, 1) + 1) / (meanOf(a, j, batch.codes, 0) + 1)));
            return sum / 200;
        };
        const double none = spread(0.0), usual = spread(0.2), strong = spread(1.0);
        QVERIFY2(none < usual && usual < strong && strong > 3 * none,
                 qPrintable(QString("%1 / %2 / %3").arg(none).arg(usual).arg(strong)));
        auto bad = synth::preset("tiny");
        bad.batchEffectSd = -1;
        QVERIFY_THROWS_EXCEPTION(InvalidInput, synth::generate(bad));
    }
    // The stimulated response's lineage share: with 1 the two types of a lineage respond on the same genes
    // apart from their own (correlation of their true log fold changes near 1, up to the type-specific genes)
    // and types of different lineages on other genes; with 0 every type shares one programme.
    void lineageResponseMakesSiblingsRespondAlike() {
        const auto correlations = [](double share) {
            auto o = synth::preset("tiny");
            o.nCellTypes = 4;  // two lineages: Type01/Type03 and Type02/Type04
            o.lineageResponse = share;
            const auto a = synth::generate(o);
            const auto& lfc = a.uns.at("synth").get<Dict>().at("response_log_fold_change").get<Dict>();
            const auto r = [&](const char* x, const char* y) {
                const auto u = lfc.at(x).get<NDArray>().toFloat64(), v = lfc.at(y).get<NDArray>().toFloat64();
                double su = 0, sv = 0, suv = 0, suu = 0, svv = 0;
                const auto n = static_cast<double>(u.size());
                for (std::size_t j = 0; j < u.size(); ++j) {
                    su += u[j], sv += v[j], suv += u[j] * v[j], suu += u[j] * u[j], svv += v[j] * v[j];
                }
                return (suv - su * sv / n) / std::sqrt((suu - su * su / n) * (svv - sv * sv / n));
            };
            return std::pair{r("Type01", "Type03"), r("Type01", "Type02")};
        };
        const auto [siblingsShared, othersShared] = correlations(0.0);
        const auto [siblingsLineage, othersLineage] = correlations(1.0);
        const QByteArray said = QString("shared %1 %2, lineage %3 %4")
                                    .arg(siblingsShared).arg(othersShared).arg(siblingsLineage).arg(othersLineage)
                                    .toUtf8();
        QVERIFY2(siblingsShared > 0.3 && othersShared > 0.3, said.constData());
        QVERIFY2(siblingsLineage > 0.3 && std::fabs(othersLineage) < 0.1, said.constData());
        // 0 is the generator as it was: the same data as without the option.
        auto plain = synth::preset("tiny");
        auto zero = plain;
        zero.lineageResponse = 0.0;
        QVERIFY(synth::generate(plain) == synth::generate(zero));
    }
    void genePerturbationsAreLabelled() {
        auto o = synth::preset("tiny");
        o.nGenePerturbations = 4;
        auto a = synth::generate(o);
        const auto& p = std::get<Categorical>(a.obs.find("perturbation")->data);
        const auto names = p.categoryNames();
        QCOMPARE(names.front(), std::string("ctrl"));
        QCOMPARE(names.size(), std::size_t(1 + 4 + 2));
        QVERIFY(names.back().find('+') != std::string::npos);
    }
    // Along a gene graph: genes named after graph genes, targets in connected clusters, and targets whose
    // neighbourhoods overlap respond alike (two cliques: within a clique the responses correlate, across not).
    void genePerturbationsFollowAGeneGraph() {
        auto o = synth::preset("tiny");
        o.nGenePerturbations = 10;
        const int nodes = 300;
        for (int i = 0; i < nodes; ++i) o.graphGenes.push_back("G" + std::to_string(i));
        o.graphNeighbours.resize(nodes);
        for (int clique : {0, 1})  // genes 0-29 and 30-59: every gene a neighbour of every other in its clique
            for (int i = 30 * clique; i < 30 * clique + 30; ++i)
                for (int j = 30 * clique; j < 30 * clique + 30; ++j)
                    if (i != j) o.graphNeighbours[static_cast<std::size_t>(i)].emplace_back(j, 0.5F);
        for (int i = 60; i < nodes; ++i)  // the rest: a ring, weakly tied
            o.graphNeighbours[static_cast<std::size_t>(i)].emplace_back(60 + (i - 59) % (nodes - 60), 0.1F);
        const auto a = synth::generate(o);
        QCOMPARE(a.var.index.size(), std::size_t(200));
        for (const auto& g : a.var.index) QCOMPARE(g.substr(0, 1), std::string("G"));
        const auto& lfc = a.uns.at("synth").get<Dict>().at("perturbation_log_fold_change").get<Dict>();
        QCOMPARE(lfc.size(), std::size_t(10));
        std::vector<std::pair<int, std::vector<double>>> singles;  // (clique, response)
        for (std::size_t k = 0; k < lfc.size(); ++k) {
            const int gene = std::stoi(lfc.keys()[k].substr(1));
            QVERIFY2(gene < 60, lfc.keys()[k].c_str());  // targets are well-connected genes
            singles.emplace_back(gene / 30, lfc.values()[k].get<NDArray>().toFloat64());
        }
        auto r = [](const std::vector<double>& u, const std::vector<double>& v) {
            double su = 0, sv = 0, suv = 0, suu = 0, svv = 0;
            const auto n = static_cast<double>(u.size());
            for (std::size_t j = 0; j < u.size(); ++j)
                su += u[j], sv += v[j], suv += u[j] * v[j], suu += u[j] * u[j], svv += v[j] * v[j];
            return (suv - su * sv / n) / std::sqrt((suu - su * su / n) * (svv - sv * sv / n));
        };
        double within = 0, across = 0;
        int nWithin = 0, nAcross = 0;
        for (std::size_t i = 0; i < singles.size(); ++i)
            for (std::size_t j = i + 1; j < singles.size(); ++j) {
                const double c = r(singles[i].second, singles[j].second);
                if (singles[i].first == singles[j].first)
                    within += c, ++nWithin;
                else
                    across += c, ++nAcross;
            }
        QVERIFY(nWithin > 0 && nAcross > 0);
        const QByteArray said = QString("within %1, across %2").arg(within / nWithin).arg(across / nAcross).toUtf8();
        QVERIFY2(within / nWithin > 0.8 && std::fabs(across / nAcross) < 0.5, said.constData());
        const auto& p = std::get<Categorical>(a.obs.find("perturbation")->data);
        QCOMPARE(p.categoryNames().size(), std::size_t(1 + 10 + 5));
        QVERIFY(synth::generate(o) == a);  // deterministic

        o.nGenes = 400;  // more genes than the graph can name
        o.graphGenes.resize(100);
        o.graphNeighbours.resize(100);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, synth::generate(o));
    }
};

QTEST_APPLESS_MAIN(TestSynth)
#include "test_synth.moc"
