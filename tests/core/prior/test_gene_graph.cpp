// Prior knowledge about genes: the Gene Ontology reader on a small org.Hs.eg.db-shaped SQLite database the
// test writes, matching dataset genes to it, the Jaccard top-k graph on hand-computed values, edge lists,
// the shuffled control graph and gene-perturbation labels.
#include <sqlite3.h>

#include <QTest>
#include <filesystem>
#include <fstream>

#include "scdiff/error.hpp"
#include "scdiff/prior/gene_graph.hpp"
#include "scdiff/prior/go_database.hpp"
#include "scdiff/prior/perturbation_labels.hpp"
#include "support_text_files.hpp"

using namespace scdiff;
using namespace scdiff::prior;

namespace {
using testing::dir;
using testing::writeText;

// org.Hs.eg.db's tables with a handful of genes. KLF1 has a GO term twice (two evidence codes).
void writeGoDatabase(const std::string& path, bool withCellularComponent = true) {
    std::filesystem::remove(path);
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    std::string sql = R"(
        CREATE TABLE metadata (name VARCHAR(80) PRIMARY KEY, value VARCHAR(255));
        INSERT INTO metadata VALUES ('GOSOURCEDATE', '2022-07-01'), ('EGSOURCEDATE', '2022-Sep12');
        CREATE TABLE genes (_id INTEGER PRIMARY KEY, gene_id VARCHAR(10) NOT NULL UNIQUE);
        CREATE TABLE gene_info (_id INTEGER NOT NULL UNIQUE, gene_name VARCHAR(255), symbol VARCHAR(80) NOT NULL);
        CREATE TABLE alias (_id INTEGER NOT NULL, alias_symbol VARCHAR(80) NOT NULL);
        CREATE TABLE ensembl (_id INTEGER NOT NULL, ensembl_id VARCHAR(20) NOT NULL);
        CREATE TABLE go_bp (_id INTEGER NOT NULL, go_id CHAR(10) NOT NULL, evidence CHAR(3) NOT NULL);
        CREATE TABLE go_mf (_id INTEGER NOT NULL, go_id CHAR(10) NOT NULL, evidence CHAR(3) NOT NULL);
        INSERT INTO genes VALUES (1, '10661'), (2, '6416'), (3, '1'), (4, '999');
        INSERT INTO gene_info VALUES (1, 'KLF transcription factor 1', 'KLF1'),
            (2, 'mitogen-activated protein kinase kinase 6', 'MAP2K6'), (3, 'alpha-1-B glycoprotein', 'A1BG'),
            (4, 'cadherin 1', 'CDH1');
        INSERT INTO alias VALUES (1, 'EKLF'), (2, 'MEK6'), (2, 'SHARED'), (3, 'SHARED');
        INSERT INTO ensembl VALUES (1, 'ENSG00000105610'), (2, 'ENSG00000108984');
        INSERT INTO go_bp VALUES (1, 'GO:0000001', 'IDA'), (1, 'GO:0000001', 'IEA'), (1, 'GO:0000002', 'IDA'),
            (2, 'GO:0000002', 'IDA'), (3, 'GO:0000009', 'ND');
        INSERT INTO go_mf VALUES (2, 'GO:0000003', 'IDA'), (4, 'GO:0000003', 'IEA');
    )";
    if (withCellularComponent)
        sql += R"(CREATE TABLE go_cc (_id INTEGER NOT NULL, go_id CHAR(10) NOT NULL, evidence CHAR(3) NOT NULL);
                  INSERT INTO go_cc VALUES (4, 'GO:0000005', 'IDA');)";
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error ? error : "");
    sqlite3_close(db);
}

std::vector<std::string> termsOf(const GeneAnnotations& a, const std::string& symbol) {
    std::vector<std::string> out;
    for (auto t : a.terms[static_cast<std::size_t>(a.bySymbol.at(symbol))])
        out.push_back(a.termIds[static_cast<std::size_t>(t)]);
    std::sort(out.begin(), out.end());
    return out;
}

template <class F>
std::string failure(F f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

// (from, to, weight) of every edge, names instead of indices, weights to 3 decimals.
std::vector<std::string> edgeTexts(const GeneGraph& g) {
    std::vector<std::string> out;
    for (const auto& e : g.edges)
        out.push_back(g.genes[static_cast<std::size_t>(e.from)] + ">" + g.genes[static_cast<std::size_t>(e.to)] + " " +
                      QString::number(e.weight, 'f', 3).toStdString());
    return out;
}
}  // namespace

class TestGeneGraph : public QObject {
    Q_OBJECT
private slots:
    void readsTheGeneOntologyDatabase() {
        const std::string path = dir() + "/org_small.sqlite";
        writeGoDatabase(path);
        const auto all = readGoDatabase(path);
        QCOMPARE(all.symbols, (std::vector<std::string>{"KLF1", "MAP2K6", "A1BG", "CDH1"}));
        QCOMPARE(termsOf(all, "KLF1"), (std::vector<std::string>{"GO:0000001", "GO:0000002"}));  // one per term
        QCOMPARE(termsOf(all, "MAP2K6"), (std::vector<std::string>{"GO:0000002", "GO:0000003"}));
        QCOMPARE(termsOf(all, "CDH1"), (std::vector<std::string>{"GO:0000003", "GO:0000005"}));
        QCOMPARE(all.source, std::string("org_small.sqlite (GO 2022-07-01, Entrez Gene 2022-Sep12)"));
        const auto process = readGoDatabase(path, goAspectsFromNames("bp"));
        QCOMPARE(termsOf(process, "MAP2K6"), (std::vector<std::string>{"GO:0000002"}));
        QVERIFY(termsOf(process, "CDH1").empty());
        QCOMPARE(goAspectsFromNames("cc, MF"), unsigned(GoComponent | GoFunction));
        QVERIFY(failure([] { goAspectsFromNames("bp,kegg"); }).find("not 'kegg'") != std::string::npos);
    }

    void matchesDatasetGenesBySymbolAliasAndEnsembl() {
        const std::string path = dir() + "/org_small.sqlite";
        writeGoDatabase(path);
        const auto a = readGoDatabase(path);
        const std::vector<std::string> names{"KLF1", "map2k6", "EKLF", "ENSG00000108984.7", "SHARED", "LINC00115"};
        const auto m = matchGenes(a, names);
        QCOMPARE(m.gene, (std::vector<std::int32_t>{0, 1, 0, 1, -1, -1}));  // SHARED names two genes: not used
        QCOMPARE(m.found(), std::int64_t(4));
        QCOMPARE(m.report(names),
                 std::string("4 of 6 genes found in the Gene Ontology database: 1 by symbol, 1 by symbol in upper "
                             "case, 1 by alias, 1 by Ensembl ID. Not found: SHARED, LINC00115."));
    }

    void refusesAMissingOrBrokenDatabase() {
        QVERIFY(failure([] { readGoDatabase(dir() + "/no_such.sqlite"); }).find("there is no such file") !=
                std::string::npos);
        const std::string text = dir() + "/not_a_database.sqlite";
        writeText(text, "this is not SQLite\n");
        const auto notSqlite = failure([&] { readGoDatabase(text); });
        QVERIFY2(notSqlite.find("not_a_database.sqlite") != std::string::npos &&
                     notSqlite.find("table gene_info") != std::string::npos &&
                     notSqlite.find("file is not a database") != std::string::npos,
                 notSqlite.c_str());
        const std::string partial = dir() + "/org_no_cc.sqlite";
        writeGoDatabase(partial, false);
        const auto noCc = failure([&] { readGoDatabase(partial); });
        QVERIFY2(noCc.find("table go_cc") != std::string::npos && noCc.find("no such table") != std::string::npos,
                 noCc.c_str());
        QVERIFY(failure([&] { readGoDatabase(partial, GoProcess | GoFunction); }).empty());  // not asked for
    }

    void jaccardKeepsTheTopNeighboursOfEachGene() {
        // A{1,2,3} B{2,3} C{3,4} D{5} E{}: J(A,B) = 2/3, J(B,C) = 1/3, J(A,C) = 1/4; D and E have no neighbour.
        const std::vector<std::vector<std::int32_t>> terms{{1, 2, 3}, {2, 3}, {3, 4}, {5}, {}};
        const auto g = jaccardGraph({"A", "B", "C", "D", "E"}, terms, 2);
        QCOMPARE(edgeTexts(g), (std::vector<std::string>{"B>A 0.667", "C>A 0.250", "A>B 0.667", "C>B 0.333",
                                                         "B>C 0.333", "A>C 0.250"}));
        const auto one = jaccardGraph({"A", "B", "C", "D", "E"}, terms, 1);
        QCOMPARE(edgeTexts(one), (std::vector<std::string>{"B>A 0.667", "A>B 0.667", "B>C 0.333"}));
        QCOMPARE(one.degree(2), std::int64_t(1));
        QCOMPARE(one.indexOf("D"), 3);
        QVERIFY(failure([&] { jaccardGraph({"A"}, terms, 2); }).find("one term set per gene") != std::string::npos);
    }

    void readsAndWritesEdgeLists() {
        const std::string path = dir() + "/edges.tsv";
        writeText(path,
                  "# from STRING\ngene_a\tgene_b\tweight\nKLF1\tGATA1\t0.9\nGATA1,TAL1,0.5\n"
                  "KLF1  TAL1  0.2\nGATA1\tKLF1\t0.95\n\nTAL1\tLMO2\n");
        const auto g = readEdgeList(path);
        QCOMPARE(g.genes, (std::vector<std::string>{"KLF1", "GATA1", "TAL1", "LMO2"}));
        QCOMPARE(edgeTexts(g), (std::vector<std::string>{"GATA1>KLF1 0.950", "TAL1>KLF1 0.200", "KLF1>GATA1 0.950",
                                                         "TAL1>GATA1 0.500", "LMO2>TAL1 1.000", "GATA1>TAL1 0.500",
                                                         "KLF1>TAL1 0.200", "TAL1>LMO2 1.000"}));
        // A directed graph (the GO top-k graph is one) survives writing and reading as it was.
        const auto directed = jaccardGraph({"A", "B", "C"}, {{1, 2, 3}, {2, 3}, {3, 4}}, 1);
        writeEdgeList(directed, dir() + "/directed.tsv");
        const auto back = readEdgeList(dir() + "/directed.tsv");
        auto sorted = [](std::vector<std::string> v) {  // the file lists nodes in the order their edges come
            std::sort(v.begin(), v.end());
            return v;
        };
        QCOMPARE(sorted(edgeTexts(back)), sorted(edgeTexts(directed)));

        auto bad = [&](const std::string& text) {
            writeText(path, text);
            return failure([&] { readEdgeList(path); });
        };
        QVERIFY(bad("A\tB\t1\nA\tB\tx\n").find("line 2: the weight 'x' is not a number") != std::string::npos);
        QVERIFY(bad("A\tB\t1\nC\tC\t1\n").find("line 2: the edge joins C to itself") != std::string::npos);
        QVERIFY(bad("A\tB\t-1\n").find("line 1: the weight must be a finite number >= 0") != std::string::npos);
        QVERIFY(bad("A\tB\t1\t2\n").find("found 4 field(s)") != std::string::npos);
        QVERIFY(bad("# nothing\n").find("has no edges") != std::string::npos);
    }

    void theShuffledGraphKeepsDegreesButNotNeighbours() {
        std::vector<std::string> genes;
        std::vector<std::vector<std::int32_t>> terms;
        for (int i = 0; i < 60; ++i) {
            genes.push_back("G" + std::to_string(i));
            terms.push_back({i / 6, 10 + i / 3});  // blocks of similar genes
        }
        const auto g = jaccardGraph(genes, terms, 5);
        const auto s = shuffledGraph(g, 7);
        QCOMPARE(s.edges.size(), g.edges.size());
        std::int64_t same = 0;
        for (std::int32_t node = 0; node < 60; ++node) QCOMPARE(s.degree(node), g.degree(node));
        for (std::size_t i = 0; i < g.edges.size(); ++i) {
            QVERIFY(s.edges[i].from != s.edges[i].to);
            same += std::any_of(g.edges.begin(), g.edges.end(),
                                [&](const GeneEdge& e) { return e.from == s.edges[i].from && e.to == s.edges[i].to; });
        }
        QVERIFY2(same < static_cast<std::int64_t>(g.edges.size()) / 5, std::to_string(same).c_str());
    }

    void parsesPerturbationLabels() {
        QCOMPARE(parsePerturbationLabel("KLF1").genes, (std::vector<std::string>{"KLF1"}));
        QCOMPARE(parsePerturbationLabel(" KLF1+MAP2K6 ").genes, (std::vector<std::string>{"KLF1", "MAP2K6"}));
        QCOMPARE(parsePerturbationLabel("MAP2K6+KLF1").canonical(), std::string("KLF1+MAP2K6"));
        QCOMPARE(parsePerturbationLabel("KLF1+ctrl").genes, (std::vector<std::string>{"KLF1"}));
        QCOMPARE(parsePerturbationLabel("ctrl+KLF1").canonical(), std::string("KLF1"));
        for (const char* control : {"ctrl", "Control", "non-targeting"})
            QVERIFY(parsePerturbationLabel(control).control());
        QVERIFY(parsePerturbationLabel("NTC", {"NTC"}).control());
        QVERIFY(!parsePerturbationLabel("ctrl", {"NTC"}).control());  // the control value is a setting
        QVERIFY(failure([] { parsePerturbationLabel("KLF1++MAP2K6"); }).find("has an empty gene") != std::string::npos);
        QVERIFY(failure([] { parsePerturbationLabel("KLF1+KLF1"); }).find("names KLF1 twice") != std::string::npos);
        QVERIFY(failure([] { parsePerturbationLabel("A+B+C"); }).find("names 3 genes; at most 2") != std::string::npos);
        QVERIFY(failure([] { parsePerturbationLabel("  "); }).find("is empty") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestGeneGraph)
#include "test_gene_graph.moc"
