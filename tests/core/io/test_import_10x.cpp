// 10x folders (plain and gzip-compressed) and their error messages.
#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "scdiff/error.hpp"
#include "scdiff/import.hpp"
#include "error_of.hpp"
#include "resource_limits.hpp"

using namespace scdiff;
namespace fs = std::filesystem;

namespace {
fs::path makeFolder(const std::string& name, const std::string& mtxBody, bool gzip) {
    const fs::path dir = fs::path(SCDIFF_TEST_DATA_DIR) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "matrix.mtx") << "%%MatrixMarket matrix coordinate integer general\n%comment\n" << mtxBody;
    std::ofstream(dir / "barcodes.tsv") << "AAAC-1\nAAAG-1\n";
    std::ofstream(dir / "features.tsv") << "ENSG1\tCD3E\tGene Expression\nENSG2\tMS4A1\tGene Expression\n"
                                           "ENSG3\tCD3E\tGene Expression\n";
    if (gzip &&
        std::system(("gzip -f " + (dir / "matrix.mtx").string() + " " + (dir / "features.tsv").string()).c_str()) != 0)
        return {};
    return dir;
}
}  // namespace

class TestImport10x : public QObject {
    Q_OBJECT
private slots:
    void readsPlainAndGzipFolders() {
        for (bool gz : {false, true}) {
            const auto dir = makeFolder(gz ? "tenx_gz" : "tenx", "3 2 3\n1 1 5\n3 1 2\n2 2 7\n", gz);
            const auto a = io::readAny(dir);
            QCOMPARE(a.nObs(), std::int64_t(2));
            QCOMPARE(a.nVars(), std::int64_t(3));
            QCOMPARE(a.obs.index[1], std::string("AAAG-1"));
            // Duplicate symbols are made unique as anndata's var_names_make_unique does.
            QCOMPARE(a.var.index, (std::vector<std::string>{"CD3E", "MS4A1", "CD3E-1"}));
            const auto& x = std::get<SparseMatrix>(*a.X);
            QCOMPARE(x.indptr, (std::vector<std::int64_t>{0, 2, 3}));
            QCOMPARE(x.indices, (std::vector<std::int32_t>{0, 2, 1}));
            QCOMPARE(x.values.data<float>()[2], 7.0f);
            QCOMPARE(std::get<StringArray>(a.var.find("gene_ids")->data).values[2], std::string("ENSG3"));
        }
    }
    void indexOutOfRangeNamesTheLine() {
        const auto dir = makeFolder("tenx_bad", "3 2 2\n1 1 5\n4 1 2\n", false);
        try {
            io::read10x(dir);
            QFAIL("expected FileError");
        } catch (const FileError& e) {
            QVERIFY2(std::string(e.what()).find("line 5") != std::string::npos, e.what());
            QVERIFY(std::string(e.what()).find("matrix.mtx") != std::string::npos);
        }
    }
    // A size line that announces billions of cells (found by libFuzzer: the row offsets, 8 bytes a cell, were made
    // before the barcodes were counted) is refused by the barcodes file, before anything of that size is made.
    void aSizeLineThatDisagreesWithTheBarcodesIsRefusedFirst() {
        const auto dir = makeFolder("tenx_huge", "3 4000000000 0\n", false);
        const std::string message = testing::errorOf([&] {
            const testing::AddressSpaceLimit limit(std::int64_t{256} << 20);
            io::read10x(dir);
        });
        QVERIFY2(message.find("barcodes.tsv") != std::string::npos &&
                     message.find("has 2 barcodes, the matrix has 4000000000 cells") != std::string::npos,
                 message.c_str());
        const std::string genes = testing::errorOf([&] { io::read10x(makeFolder("tenx_genes", "5 2 0\n", false)); });
        QVERIFY2(genes.find("has 3 features, the matrix has 5 genes") != std::string::npos, genes.c_str());
    }
    void truncatedMatrixIsReported() {
        const auto dir = makeFolder("tenx_short", "3 2 5\n1 1 5\n", false);
        QVERIFY_THROWS_EXCEPTION(FileError, io::read10x(dir));
    }
    void moreEntriesThanAnnouncedAreRefused() {
        const auto dir = makeFolder("tenx_long", "3 2 2\n1 1 5\n3 1 2\n2 2 7\n\n", false);
        try {
            io::read10x(dir);
            QFAIL("expected FileError");
        } catch (const FileError& e) {
            QVERIFY2(std::string(e.what()).find("line 6") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("announces 2 entries and the file has more, starting with '2 2 7'") !=
                         std::string::npos,
                     e.what());
        }
        // Trailing blank lines are not entries.
        QCOMPARE(io::read10x(makeFolder("tenx_blank", "3 2 1\n1 1 5\n\n \n", false)).nObs(), std::int64_t(2));
    }
    void anEntryListedTwiceIsSummed() {
        const auto a = io::read10x(makeFolder("tenx_twice", "3 2 3\n1 1 5\n1 1 2\n2 2 7\n", false));
        const auto& x = std::get<SparseMatrix>(*a.X);
        QCOMPARE(x.indptr, (std::vector<std::int64_t>{0, 1, 2}));
        QCOMPARE(x.indices, (std::vector<std::int32_t>{0, 1}));
        QCOMPARE(x.values.data<float>()[0], 7.0f);
    }
    void missingFilesAreNamed() {
        const fs::path dir = fs::path(SCDIFF_TEST_DATA_DIR) / "tenx_empty";
        fs::create_directories(dir);
        try {
            io::read10x(dir);
            QFAIL("expected FileError");
        } catch (const FileError& e) {
            QVERIFY(std::string(e.what()).find("matrix.mtx") != std::string::npos);
        }
    }
};

QTEST_APPLESS_MAIN(TestImport10x)
#include "test_import_10x.moc"
