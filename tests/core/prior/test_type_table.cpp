// Cell-type vector tables: each file format, the checks on bad tables, matching a label column and the
// coverage report.
#include <QProcess>
#include <QTest>
#include <fstream>

#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/prior/dataset_table.hpp"
#include "scdiff/prior/type_match.hpp"
#include "scdiff/prior/type_table.hpp"
#include "support_text_files.hpp"

using namespace scdiff;
using namespace scdiff::prior;

namespace {
using testing::dir;
using testing::writeText;

// The message readTypeTable throws for this file ("" when it reads).
std::string failure(const std::string& path, const std::string& names = {}) {
    try {
        readTypeTable(path, names);
    } catch (const FileError& e) {
        return e.what();
    }
    return {};
}
}  // namespace

class TestTypeTable : public QObject {
    Q_OBJECT
private slots:
    void readsTsvWithAndWithoutHeader() {
        const std::string path = dir() + "/types.tsv";
        writeText(path, "name\tv1\tv2\tv3\n# a comment\nB cell\t1\t-2.5\t+3e-1\n\nT cell\t0\t0.25\t7\r\n");
        const TypeTable t = readTypeTable(path);
        QCOMPARE(t.rows(), std::int64_t(2));
        QCOMPARE(t.width, std::int64_t(3));
        QCOMPARE(t.names[1], std::string("T cell"));
        QCOMPARE(t.values, (std::vector<float>{1, -2.5f, 0.3f, 0, 0.25f, 7}));
        QVERIFY(t.provenance.find("types.tsv") != std::string::npos);
        writeText(path, "B cell\t1\t2\nT cell\t3\t4\n");  // no header: the first row is data
        QCOMPARE(readTypeTable(path).rows(), std::int64_t(2));
    }

    void writesAndReadsBackTheSameFloats() {
        TypeTable t{{"a", "b"}, 2, {0.1f, -1e-7f, 3.14159274f, 12345.678f}, "test"};
        const std::string path = dir() + "/written.tsv";
        writeTypeTable(t, path);
        const TypeTable back = readTypeTable(path);
        QCOMPARE(back.names, t.names);
        QCOMPARE(back.values, t.values);  // bit for bit
    }

    void refusesBadTablesWithOneSentence() {
        const std::string path = dir() + "/bad.tsv";
        writeText(path, "a\t1\t2\nb\t1\n");
        QVERIFY2(failure(path).find("line 2: expected 2 values like the rows above, found 1") != std::string::npos,
                 failure(path).c_str());
        writeText(path, "a\t1\t2\nb\t1\tx\n");
        QVERIFY2(failure(path).find("line 2: field 3 ('x') is not a number") != std::string::npos,
                 failure(path).c_str());
        writeText(path, "a\t1\t2\na\t3\t4\n");
        QVERIFY2(failure(path).find("'a' appears twice (rows 1 and 2)") != std::string::npos, failure(path).c_str());
        writeText(path, "a\t1\t2\nb\tnan\t4\n");
        QVERIFY2(failure(path).find("row 2: the vector of 'b' holds a NaN") != std::string::npos,
                 failure(path).c_str());
        writeText(path, "name\tv1\n");
        QVERIFY2(failure(path).find("no rows") != std::string::npos, failure(path).c_str());
        writeText(dir() + "/table.csv", "a,1\n");
        QVERIFY(failure(dir() + "/table.csv").find("unknown table format '.csv'") != std::string::npos);
        QVERIFY(failure(dir() + "/missing.tsv").find("no such file") != std::string::npos);
    }

    // .npy files as numpy writes them (float32 and float64), the names next to them or given.
    void readsNpyWrittenByNumpy() {
        QVERIFY2(!QString(SCDIFF_PYTHON).isEmpty(), "needs /usr/bin/python3 with numpy (installer/setup.sh)");
        const std::string f32 = dir() + "/emb32.npy", f64 = dir() + "/emb64.npy", bad = dir() + "/emb3d.npy";
        QProcess py;
        py.start(SCDIFF_PYTHON,
                 {"-c",
                  "import sys, numpy as np\n"
                  "a = np.arange(12, dtype=np.float64).reshape(3, 4) / 8 - 0.5\n"
                  "np.save(sys.argv[1], a.astype(np.float32)); np.save(sys.argv[2], a)\n"
                  "np.save(sys.argv[3], np.zeros((2, 2, 2), np.float32))\n",
                  QString::fromStdString(f32), QString::fromStdString(f64), QString::fromStdString(bad)});
        QVERIFY(py.waitForFinished(60000));
        QCOMPARE(py.exitCode(), 0);
        writeText(dir() + "/emb32.names.txt", "alpha\nbeta\ngamma\n");
        const TypeTable t = readTypeTable(f32);
        QCOMPARE(t.rows(), std::int64_t(3));
        QCOMPARE(t.width, std::int64_t(4));
        QCOMPARE(t.names[2], std::string("gamma"));
        QCOMPARE(t.values[5], 5.0f / 8 - 0.5f);
        // Without a names file next to it: one sentence saying what is missing; with one given, it reads.
        QVERIFY2(failure(f64).find("needs its cell type names") != std::string::npos, failure(f64).c_str());
        QCOMPARE(readTypeTable(f64, dir() + "/emb32.names.txt").values, t.values);
        writeText(dir() + "/two.txt", "alpha\nbeta\n");
        QVERIFY2(failure(f64, dir() + "/two.txt").find("holds 2 names for the 3 rows") != std::string::npos,
                 failure(f64, dir() + "/two.txt").c_str());
        QVERIFY2(failure(bad, dir() + "/two.txt").find("expected a 2-D array") != std::string::npos,
                 failure(bad, dir() + "/two.txt").c_str());
        writeText(dir() + "/fake.npy", "not numpy at all");
        QVERIFY(failure(dir() + "/fake.npy").find("not a .npy file") != std::string::npos);
    }

    void readsAnH5adWhoseObsNamesAreTheTypes() {
        AnnData d;
        d.obs.index = {"B cell", "T cell"};
        d.var.index = {"d0", "d1", "d2"};
        d.X = Matrix(NDArray::fromVector<double>({1, 2, 3, 4, 5, 6}, {2, 3}));
        const std::string path = dir() + "/types.h5ad";
        h5ad::write(d, path);
        const TypeTable t = readTypeTable(path);
        QCOMPARE(t.names, (std::vector<std::string>{"B cell", "T cell"}));
        QCOMPARE(t.values, (std::vector<float>{1, 2, 3, 4, 5, 6}));
    }

    void matchesByNameThenLooselyThenByOntologyId() {
        const TypeTable t{
            {"B cell", "CD4-positive, alpha-beta T cell", "CL:0000623", "CL:0000236"}, 1, {1, 2, 3, 4}, "test"};
        const std::vector<std::string> labels{"B cell", "cd4-positive, alpha-beta t_cell", "NK", "Monocyte"};
        const std::vector<std::string> ids{"", "", "CL_0000623", "CL:0000576"};
        const TypeMatch m = matchTypes(t, labels, ids);
        QCOMPARE(m.row, (std::vector<std::int64_t>{0, 1, 2, -1}));
        QCOMPARE(m.how, (std::vector<MatchedBy>{MatchedBy::Name, MatchedBy::LooseName, MatchedBy::OntologyId,
                                                MatchedBy::None}));
        QCOMPARE(m.unmatched(), std::vector<std::string>{"Monocyte"});
        const std::string report = m.report(t.rows());
        QVERIFY2(report ==
                     "3 of 4 cell types have a row in the table: 1 by name, 1 ignoring case and spaces, 1 by "
                     "Cell Ontology ID. No row for: Monocyte. 1 row of the table name no type of this column "
                     "and are not used.",
                 report.c_str());
        // Without IDs the NK cells find no row.
        QCOMPARE(matchTypes(t, labels).row[2], std::int64_t(-1));
    }

    // uns['scdiff_text_embeddings']: written, read back by anndata without a warning, read back here the same;
    // malformed entries get one sentence naming the element.
    void aTableCarriedInTheDataset() {
        QVERIFY2(!QString(SCDIFF_PYTHON).isEmpty(), "needs /usr/bin/python3 with anndata (installer/setup.sh)");
        AnnData d;
        d.obs.index = {"c0", "c1"};
        d.var.index = {"g0"};
        d.X = Matrix(NDArray::fromVector<float>({1, 2}, {2, 1}));
        QVERIFY(!hasDatasetTypeTable(d));
        const TypeTable t{{"B cell", "T cell", "NK cell"}, 2, {0.5f, -1, 2, 0.25f, 3, 4}, "lexical embedding"};
        storeDatasetTypeTable(d, t);
        const std::string path = dir() + "/carries_table.h5ad";
        h5ad::write(d, path);
        QProcess py;
        py.start(SCDIFF_PYTHON, {"-c",
                                 "import sys, warnings\n"
                                 "import anndata\n"
                                 "warnings.simplefilter('error')\n"
                                 "a = anndata.read_h5ad(sys.argv[1])\n"
                                 "e = a.uns['scdiff_text_embeddings']\n"
                                 "assert list(e['names']) == ['B cell', 'T cell', 'NK cell'], e['names']\n"
                                 "assert e['vectors'].shape == (3, 2) and e['vectors'][2, 1] == 4\n"
                                 "assert e['provenance'] == 'lexical embedding'\n",
                                 QString::fromStdString(path)});
        QVERIFY(py.waitForFinished(120000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const TypeTable back = datasetTypeTable(h5ad::read(path));
        QCOMPARE(back.names, t.names);
        QCOMPARE(back.values, t.values);
        QCOMPARE(back.provenance, std::string("the dataset's uns['scdiff_text_embeddings'] (lexical embedding)"));

        auto message = [](const AnnData& a) {
            try {
                datasetTypeTable(a);
            } catch (const Error& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        AnnData bad = d;
        bad.uns.at(kDatasetTableKey).get<Dict>().set("vectors", NDArray::fromVector<float>({1, 2, 3}));
        QVERIFY2(message(bad).find("['vectors'] is missing or not a 2-D float array") != std::string::npos,
                 message(bad).c_str());
        bad = d;
        bad.uns.at(kDatasetTableKey).get<Dict>().set("names", StringArray::fromVector({"B cell", "T cell"}));
        QVERIFY2(message(bad).find("holds 2 names for 3 vectors") != std::string::npos, message(bad).c_str());
        bad = d;
        bad.uns.at(kDatasetTableKey).get<Dict>().set("names", StringArray::fromVector({"B cell", "B cell", "x"}));
        QVERIFY2(message(bad).find("'B cell'") != std::string::npos, message(bad).c_str());
        bad.uns.erase(kDatasetTableKey);
        QVERIFY(message(bad).find("has no uns['scdiff_text_embeddings']") != std::string::npos);
    }

    void distinctLabelsTakeTheMostCommonId() {
        const auto d = distinctLabels({"T", "B", "T", "", "T"}, {"CL:1", "CL:2", "CL:3", "CL:9", "CL:3"});
        QCOMPARE(d.labels, (std::vector<std::string>{"B", "T"}));
        QCOMPARE(d.ontologyIds, (std::vector<std::string>{"CL:2", "CL:3"}));
        QCOMPARE(canonicalTermId("http://purl.obolibrary.org/obo/CL_0000236"), std::string("CL:0000236"));
        QCOMPARE(canonicalTermId("B_cell"), std::string("B_cell"));  // not an ID: unchanged
    }
};

QTEST_APPLESS_MAIN(TestTypeTable)
#include "test_type_table.moc"
