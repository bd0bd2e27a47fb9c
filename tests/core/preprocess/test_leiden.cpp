// Leiden clustering (igraph's C library) against leidenalg run as scanpy runs it, on the same kNN graph:
// the partitions agree (adjusted Rand index) and reach the same modularity.
#include <QtTest>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "scdiff/clustering.hpp"
#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"

using namespace scdiff;

namespace {
double adjustedRand(const std::vector<std::int32_t>& a, const std::vector<std::int32_t>& b) {
    std::map<std::pair<int, int>, double> both;
    std::map<int, double> ra, rb;
    for (std::size_t i = 0; i < a.size(); ++i) ++both[{a[i], b[i]}], ++ra[a[i]], ++rb[b[i]];
    auto pairs = [](double x) { return x * (x - 1) / 2; };
    double sumBoth = 0, sumA = 0, sumB = 0;
    for (const auto& [k, v] : both) sumBoth += pairs(v);
    for (const auto& [k, v] : ra) sumA += pairs(v);
    for (const auto& [k, v] : rb) sumB += pairs(v);
    const double expected = sumA * sumB / pairs(static_cast<double>(a.size()));
    return (sumBoth - expected) / (0.5 * (sumA + sumB) - expected);
}

// Cells around 6 centres in 10 dimensions, close enough that the kNN graph joins neighbouring groups.
AnnData blobData(std::int64_t n, double separation, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> z(0, 1);
    const int dim = 10, groups = 6;
    std::vector<double> centres(groups * dim);
    for (auto& c : centres) c = separation * z(rng);
    NDArray pcs(DType::Float32, {n, dim});
    auto x = pcs.data<float>();
    for (std::int64_t i = 0; i < n; ++i)
        for (int d = 0; d < dim; ++d)
            x[static_cast<std::size_t>(i * dim + d)] =
                static_cast<float>(centres[static_cast<std::size_t>((i % groups) * dim + d)] + z(rng));
    AnnData data;
    for (std::int64_t i = 0; i < n; ++i) data.obs.index.push_back("c" + std::to_string(i));
    data.obsm.set("X_pca", std::move(pcs));
    return data;
}
}  // namespace

class TestLeiden : public QObject {
    Q_OBJECT
private slots:
    void agreesWithLeidenalgAsScanpyRunsIt() {
        AnnData data = blobData(600, 1.2, 4);
        embedding::neighbors(data);
        const auto result = embedding::leiden(data);
        const auto& g = data.obsp.at("connectivities").get<SparseMatrix>();
        const std::string path = std::string(SCDIFF_TEST_DATA_DIR) + "/leiden_graph.txt";
        {
            std::ofstream out(path);
            out.precision(17);
            out << g.rows << "\n";
            for (auto v : g.indptr) out << v << ' ';
            out << "\n";
            for (auto v : g.indices) out << v << ' ';
            out << "\n";
            for (std::int64_t k = 0; k < static_cast<std::int64_t>(g.indices.size()); ++k) out << g.values.at(k) << ' ';
            out << "\n";
        }
        const std::string reference = std::string(SCDIFF_TEST_DATA_DIR) + "/leiden_reference.txt";
        const std::string cmd = std::string(SCDIFF_PYTHON) + " " + SCDIFF_SOURCE_DIR +
                                "/tests/core/preprocess/leiden_reference.py " + path + " > " + reference;
        QCOMPARE(std::system(cmd.c_str()), 0);
        std::ifstream in(reference);
        std::string line;
        std::getline(in, line);
        std::vector<std::int32_t> theirs;
        std::istringstream ls(line);
        for (std::int32_t v; ls >> v;) theirs.push_back(v);
        double theirModularity = 0;
        in >> theirModularity;
        QCOMPARE(theirs.size(), result.membership.size());
        const double ari = adjustedRand(result.membership, theirs);
        const QByteArray said = QString("ARI %1, modularity %2 vs leidenalg %3, %4 clusters")
                                    .arg(ari)
                                    .arg(result.modularity)
                                    .arg(theirModularity)
                                    .arg(result.clusters)
                                    .toUtf8();
        qInfo("%s", said.constData());
        QVERIFY2(ari > 0.8, said.constData());
        QVERIFY2(result.modularity > theirModularity - 0.01, said.constData());
        // What lands in the dataset, as scanpy writes it: "0" the largest cluster.
        const auto& column = std::get<Categorical>(data.obs.find("leiden")->data);
        QCOMPARE(column.categoryNames().size(), static_cast<std::size_t>(result.clusters));
        std::vector<std::int64_t> sizes(static_cast<std::size_t>(result.clusters), 0);
        for (auto c : column.codes) ++sizes[static_cast<std::size_t>(c)];
        QVERIFY(std::is_sorted(sizes.rbegin(), sizes.rend()));
        QCOMPARE(data.uns.at("leiden").get<Dict>().at("params").get<Dict>().at("resolution").get<NDArray>().at(0), 1.0);
        // One seed, one partition; a higher resolution, more clusters.
        QCOMPARE(embedding::leidenClusters(g, 1.0, 0).membership, result.membership);
        QVERIFY(embedding::leidenClusters(g, 3.0, 0).clusters > result.clusters);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, embedding::leidenClusters(g, 0.0, 0));
    }
};

QTEST_APPLESS_MAIN(TestLeiden)
#include "test_leiden.moc"
