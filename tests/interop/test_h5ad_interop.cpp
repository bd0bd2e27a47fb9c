// Files written by Python anndata 0.8 are read by scdiff, written back, and checked again in Python.
#include <array>
#include <QtTest>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"

using namespace scdiff;

namespace {
// Where each test's files go (emptied first), the Python the tests run, and this folder's scripts.
std::filesystem::path freshDir(const char* name) {
    const auto dir = std::filesystem::path(SCDIFF_TEST_DATA_DIR) / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}
const std::string py = SCDIFF_PYTHON;
const std::string src = std::string(SCDIFF_SOURCE_DIR) + "/tests/interop/";
}  // namespace

class H5adInterop : public QObject {
    Q_OBJECT
private slots:
    void roundTripsAnndataFiles() {
        namespace fs = std::filesystem;
        const fs::path dir = freshDir("interop_h5ad");
        const std::string list = (dir / "files.txt").string();
        QCOMPARE(std::system((py + " " + src + "h5ad_make.py " + dir.string() + " > " + list).c_str()), 0);
        std::ifstream in(list);
        std::string name;
        int checked = 0;
        while (std::getline(in, name)) {
            if (name.empty()) continue;
            const auto orig = dir / name;
            const auto back = dir / ("back_" + name);
            AnnData ad = h5ad::read(orig);
            h5ad::write(ad, back);
            // uns holds a kept rec-array (OpaqueElement compares by store identity), so compare the rest.
            const AnnData again = h5ad::read(back);
            QVERIFY2(again.X == ad.X && again.obs == ad.obs && again.var == ad.var && again.obsm == ad.obsm &&
                         again.varm == ad.varm && again.obsp == ad.obsp && again.layers == ad.layers &&
                         again.raw == ad.raw,
                     name.c_str());
            const std::string cmd = py + " " + src + "h5ad_check.py " + orig.string() + " " + back.string();
            QVERIFY2(std::system(cmd.c_str()) == 0, ("python check failed for " + name).c_str());
            ++checked;
        }
        QCOMPARE(checked, 7);
    }

    void readsLegacyLayouts() {
        namespace fs = std::filesystem;
        const fs::path dir = freshDir("interop_legacy");
        QCOMPARE(std::system((py + " " + src + "h5ad_make_legacy.py " + dir.string() + " > /dev/null").c_str()), 0);
        for (const std::string v : {"v07", "v06"}) {
            AnnData ad = h5ad::read(dir / (v + ".h5ad"));
            const auto* col = ad.obs.find("louvain");
            QVERIFY(col && std::holds_alternative<Categorical>(col->data));
            QVERIFY(!ad.uns.contains("louvain_categories"));
            const auto& n = ad.uns.at("n_pcs").get<NDArray>();
            QVERIFY(n.isScalar());
            QCOMPARE(n.at(0), 5.0);
            if (v == "v06") {  // a variable-length UTF-8 member of the compound obs
                const auto* donor = ad.obs.find("donor");
                QVERIFY(donor && std::holds_alternative<StringArray>(donor->data));
                QCOMPARE(std::get<StringArray>(donor->data).values,
                         (std::vector<std::string>{"d1", "Z\u00fcrich", "", "d1"}));
            }
            const auto back = dir / (v + "_back.h5ad");
            h5ad::write(ad, back);
            const std::string cmd = py + " " + src + "h5ad_check_legacy.py " + back.string() + " " + v;
            QVERIFY2(std::system(cmd.c_str()) == 0, ("python check failed for " + v).c_str());
        }
    }
    // Cell Ranger's HDF5 matrices of both layouts, written by h5py as Cell Ranger writes them.
    void readsCellRangerHdf5() {
        namespace fs = std::filesystem;
        const fs::path dir = freshDir("interop_10x_h5");
        QCOMPARE(std::system((py + " " + src + "tenx_h5_make.py " + dir.string()).c_str()), 0);
        auto dense = [](const SparseMatrix& x) {
            std::vector<float> d(static_cast<std::size_t>(x.rows * x.cols), 0);
            const auto v = x.values.data<float>();
            for (std::int64_t r = 0; r < x.rows; ++r)
                for (auto k = x.indptr[r]; k < x.indptr[r + 1]; ++k)
                    d[static_cast<std::size_t>(r * x.cols + x.indices[static_cast<std::size_t>(k)])] =
                        v[static_cast<std::size_t>(k)];
            return d;
        };
        QVERIFY(io::isTenXH5(dir / "v3.h5"));
        const AnnData v3 = io::readAny(dir / "v3.h5");  // dispatched by content, not only by ".h5"
        QCOMPARE(v3.obs.index, (std::vector<std::string>{"AAAC-1", "AAAG-1", "AAAT-1"}));
        QCOMPARE(v3.var.index, (std::vector<std::string>{"MT1", "CD4", "MT1-1"}));  // made unique as anndata does
        QCOMPARE(std::get<StringArray>(v3.var.find("gene_ids")->data).values,
                 (std::vector<std::string>{"ENSG1", "ENSG2", "ENSG3"}));
        // genes x cells [[1,0,3],[0,2,0],[4,0,0]] as cells x genes
        QCOMPARE(dense(std::get<SparseMatrix>(*v3.X)), (std::vector<float>{1, 0, 4, 0, 2, 0, 3, 0, 0}));
        const auto& adt = v3.obsm.at("antibody_capture").get<NDArray>();
        QCOMPARE(adt.shape(), (std::vector<std::int64_t>{3, 2}));
        const auto a = adt.data<float>();
        QCOMPARE((std::vector<float>(a.begin(), a.end())), (std::vector<float>{5, 0, 0, 7, 1, 0}));
        QCOMPARE(v3.uns.at("antibody_capture_names").get<StringArray>().values,
                 (std::vector<std::string>{"CD3_TotalSeqB", "CD19_TotalSeqB"}));
        const AnnData v2 = io::read10xH5(dir / "v2.h5");
        QCOMPARE(v2.var.index, (std::vector<std::string>{"MT1", "CD4", "GAPDH"}));
        QCOMPARE(dense(std::get<SparseMatrix>(*v2.X)), (std::vector<float>{1, 0, 4, 0, 2, 0, 3, 0, 0}));
        QCOMPARE(std::get<Categorical>(v2.var.find("genome")->data).categoryNames(),
                 (std::vector<std::string>{"GRCh38"}));
        // What it writes opens in anndata with the same values.
        h5ad::write(v3, dir / "v3.h5ad");
        const std::string check = py + " -c \"import anndata as ad, numpy as np; a = ad.read_h5ad('" +
                                  (dir / "v3.h5ad").string() +
                                  "'); assert a.X.toarray().tolist() == [[1,0,4],[0,2,0],[3,0,0]]; "
                                  "assert a.obsm['antibody_capture'].tolist() == [[5,0],[0,7],[1,0]]\"";
        QCOMPARE(std::system(check.c_str()), 0);
        // Damaged files: one sentence naming the element.
        auto failure = [&](const char* name) {
            try {
                io::readAny(dir / name);
            } catch (const FileError& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        // Each damaged file: the element its sentence names, and what the sentence says about it.
        const std::vector<std::array<const char*, 3>> damaged{
            {"bad_indptr.h5", "/matrix/indptr", "must rise from 0"},
            {"bad_shape.h5", "/matrix/indptr", "the shape says 4 barcodes"},
            {"short_genome.h5", "/matrix/features", "lists 2 features; the shape says 5"},
            {"huge_names.h5", "/matrix/features/name", "more than the file"},
            {"huge_shape.h5", "/matrix/shape", "claims 2305843009213693952 items, more than any file can hold"}};
        for (const auto& [file, element, says] : damaged) {
            const auto message = failure(file);
            QVERIFY2(message.find(element) != std::string::npos && message.find(says) != std::string::npos,
                     (std::string(file) + ": " + message).c_str());
        }
        QVERIFY(!io::isTenXH5(dir / "v3.h5ad"));
    }
    // loom: a file loompy writes is read; what scdiff writes opens in loompy and anndata.read_loom.
    void readsAndWritesLoom() {
        namespace fs = std::filesystem;
        const fs::path dir = freshDir("interop_loom");
        QCOMPARE(std::system((py + " " + src + "loom_make.py " + dir.string()).c_str()), 0);
        const AnnData a = io::readAny(dir / "made.loom");
        QCOMPARE(a.obs.index, (std::vector<std::string>{"c1", "Z\u00fcrich & co", "c3", "c4"}));  // XML refs undone
        QCOMPARE(a.var.index, (std::vector<std::string>{"MT1", "CD4", "MT1-1"}));
        const auto& x = std::get<SparseMatrix>(*a.X);
        QCOMPARE(x.rows, std::int64_t(4));
        QCOMPARE(x.indptr, (std::vector<std::int64_t>{0, 2, 3, 4, 5}));  // cell c1: genes 0 (1) and 2 (4)
        QCOMPARE(x.indices, (std::vector<std::int32_t>{0, 2, 1, 0, 2}));
        QCOMPARE(std::get<StringArray>(a.obs.find("cluster")->data).values,
                 (std::vector<std::string>{"a", "b", "a", "b"}));
        QCOMPARE(std::get<NDArray>(a.var.find("score")->data).at(2), 2.5);
        QCOMPARE(a.obsm.at("X_umap").get<NDArray>().shape(), (std::vector<std::int64_t>{4, 2}));
        const auto& spliced = a.layers.at("spliced").get<SparseMatrix>();
        QCOMPARE(spliced.indices, x.indices);
        QCOMPARE(spliced.values.at(0), 2.0);  // twice the matrix
        io::writeLoom(a, dir / "back.loom");
        QCOMPARE(std::system((py + " " + src + "loom_check.py " + (dir / "back.loom").string()).c_str()), 0);
        try {
            io::readAny(dir / "bad.loom");
            QFAIL("a column attribute of the wrong length was read");
        } catch (const FileError& e) {
            const std::string said = e.what();
            QVERIFY2(said.find("/col_attrs/CellID") != std::string::npos &&
                         said.find("has 2 rows; the matrix has 4") != std::string::npos,
                     said.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(H5adInterop)
#include "test_h5ad_interop.moc"
