// Round trips of every element kind through scdiff::h5ad::write/read, the exact anndata encoding on
// disk, elements kept opaque, and the atomic-write contract.
#include <hdf5.h>

#include <QtTest>
#include <filesystem>
#include <fstream>

#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "support_h5ad_fixture.hpp"

using namespace scdiff;
using scdiff::testing::fullAnnData;
using scdiff::testing::scratchFile;

namespace {
std::string attrString(hid_t obj, const char* name) {
    hid_t a = H5Aopen(obj, name, H5P_DEFAULT);
    if (a < 0) return "<missing>";
    hid_t t = H5Aget_type(a);
    char* s = nullptr;
    std::string out = "<not vlen>";
    if (H5Tis_variable_str(t) > 0 && H5Tget_cset(t) == H5T_CSET_UTF8) {
        hid_t mt = H5Tcopy(H5T_C_S1);
        H5Tset_size(mt, H5T_VARIABLE);
        H5Tset_cset(mt, H5T_CSET_UTF8);
        H5Aread(a, mt, &s);
        out = s ? s : "";
        H5free_memory(s);
        H5Tclose(mt);
    }
    H5Tclose(t);
    H5Aclose(a);
    return out;
}
std::string dsetTypeOf(hid_t file, const char* path) {
    hid_t d = H5Dopen2(file, path, H5P_DEFAULT);
    hid_t t = H5Dget_type(d);
    std::string out;
    if (H5Tget_class(t) == H5T_ENUM)
        out = "enum";
    else if (H5Tget_class(t) == H5T_INTEGER)
        out = std::string(H5Tget_sign(t) == H5T_SGN_2 ? "i" : "u").append(std::to_string(H5Tget_size(t) * 8));
    else if (H5Tget_class(t) == H5T_FLOAT)
        out = std::string("f").append(std::to_string(H5Tget_size(t) * 8));
    else
        out = "other";
    H5Tclose(t);
    H5Dclose(d);
    return out;
}
}  // namespace

class H5adRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void roundTripsEveryElementKind() {
        const auto path = scratchFile("full.h5ad");
        const AnnData ad = fullAnnData();
        h5ad::write(ad, path);
        const AnnData back = h5ad::read(path);
        QCOMPARE(back.obs.indexName, std::string("cell_id"));
        QCOMPARE(back.obs.index[2], std::string("细胞3"));
        QVERIFY(back.obs == ad.obs);
        QVERIFY(back.var == ad.var);
        QVERIFY(*back.X == *ad.X);
        QVERIFY(back.layers == ad.layers);
        QVERIFY(back.obsm == ad.obsm);
        QVERIFY(back.varm == ad.varm);
        QVERIFY(back.obsp == ad.obsp);
        QVERIFY(back.varp == ad.varp);
        QVERIFY(back.uns == ad.uns);
        QVERIFY(back.raw == ad.raw);
        QVERIFY(back == ad);
        // read -> write -> read is stable too
        const auto path2 = scratchFile("full2.h5ad");
        h5ad::WriteOptions gz;
        gz.gzipLevel = 4;
        h5ad::write(back, path2, gz);
        QVERIFY(h5ad::read(path2) == ad);
    }

    void roundTripsCscXAsCsc() {
        const auto path = scratchFile("csc.h5ad");
        const AnnData ad = fullAnnData(true);
        h5ad::write(ad, path);
        hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        hid_t x = H5Gopen2(f, "/X", H5P_DEFAULT);
        QCOMPARE(attrString(x, "encoding-type"), std::string("csc_matrix"));
        hsize_t n = 0;
        hid_t ip = H5Dopen2(f, "/X/indptr", H5P_DEFAULT);
        hid_t sp = H5Dget_space(ip);
        H5Sget_simple_extent_dims(sp, &n, nullptr);
        QCOMPARE(n, hsize_t(4));  // n_vars + 1
        H5Sclose(sp);
        H5Dclose(ip);
        H5Gclose(x);
        H5Fclose(f);
        const AnnData back = h5ad::read(path);
        const auto& s = std::get<SparseMatrix>(*back.X);
        QVERIFY(s.storedAsCsc);
        QCOMPARE(s.indptr, (std::vector<std::int64_t>{0, 2, 2, 3, 5}));
        QCOMPARE(s.values.data<float>()[4], 5.25f);
        QVERIFY(back == ad);
    }

    void writesAnndataEncodingExactly() {
        const auto path = scratchFile("enc.h5ad");
        AnnData ad = fullAnnData();
        ad.var.columns.clear();
        h5ad::write(ad, path);
        hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        hid_t root = H5Gopen2(f, "/", H5P_DEFAULT);
        QCOMPARE(attrString(root, "encoding-type"), std::string("anndata"));
        QCOMPARE(attrString(root, "encoding-version"), std::string("0.1.0"));
        for (const char* g : {"obsm", "varm", "obsp", "varp", "layers", "uns"})
            QVERIFY(H5Lexists(f, g, H5P_DEFAULT) > 0);
        H5G_info_t info;
        H5Gget_info(root, &info);
        QCOMPARE(info.nlinks, hsize_t(10));  // X obs var layers obsm varm obsp varp uns raw
        hid_t xd = H5Dopen2(f, "/X/data", H5P_DEFAULT);
        QCOMPARE(H5Aexists(xd, "encoding-type"), 0);
        H5Dclose(xd);
        QCOMPARE(dsetTypeOf(f, "/X/indices"), std::string("i32"));
        QCOMPARE(dsetTypeOf(f, "/X/indptr"), std::string("i32"));
        QCOMPARE(dsetTypeOf(f, "/obs/is_ok"), std::string("enum"));
        QCOMPARE(dsetTypeOf(f, "/obs/cell_type/codes"), std::string("i8"));
        QCOMPARE(dsetTypeOf(f, "/obs/nbool/mask"), std::string("enum"));
        hid_t obs = H5Gopen2(f, "/obs", H5P_DEFAULT);
        QCOMPARE(attrString(obs, "_index"), std::string("cell_id"));
        H5Gclose(obs);
        hid_t codes = H5Dopen2(f, "/obs/cell_type/codes", H5P_DEFAULT);
        QCOMPARE(attrString(codes, "encoding-type"), std::string("array"));
        H5Dclose(codes);
        // empty column-order: 1-D float64 of length 0, as anndata writes it
        hid_t var = H5Gopen2(f, "/var", H5P_DEFAULT);
        hid_t co = H5Aopen(var, "column-order", H5P_DEFAULT);
        hid_t cs = H5Aget_space(co);
        QCOMPARE(H5Sget_simple_extent_ndims(cs), 1);
        QCOMPARE(H5Sget_simple_extent_npoints(cs), hssize_t(0));
        hid_t ct = H5Aget_type(co);
        QCOMPARE(int(H5Tget_class(ct)), int(H5T_FLOAT));
        H5Tclose(ct);
        H5Sclose(cs);
        H5Aclose(co);
        H5Gclose(var);
        hid_t pi = H5Dopen2(f, "/uns/pi", H5P_DEFAULT);
        QCOMPARE(attrString(pi, "encoding-type"), std::string("numeric-scalar"));
        H5Dclose(pi);
        hid_t m = H5Dopen2(f, "/uns/neighbors/method", H5P_DEFAULT);
        QCOMPARE(attrString(m, "encoding-type"), std::string("string"));
        H5Dclose(m);
        H5Gclose(root);
        H5Fclose(f);
    }

    void readsFilesWithoutX() {
        const auto path = scratchFile("nox.h5ad");
        AnnData ad = fullAnnData();
        ad.X.reset();
        h5ad::write(ad, path);
        const AnnData back = h5ad::read(path);
        QVERIFY(!back.X.has_value());
        QCOMPARE(back.nObs(), std::int64_t(4));
        QVERIFY(back == ad);
    }

    void keepsUnknownElementsUnchanged() {
        const auto path = scratchFile("opaque.h5ad");
        h5ad::write(fullAnnData(), path);
        testing::addRecArray(path);  // a rec-array like rank_genes_groups/names
        const AnnData ad = h5ad::read(path);
        const auto* e = ad.uns.find("names");
        QVERIFY(e && e->is<OpaqueElement>());
        const auto path2 = scratchFile("opaque2.h5ad");
        h5ad::write(ad, path2);
        hid_t f = H5Fopen(path2.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        hid_t d = H5Dopen2(f, "/uns/names", H5P_DEFAULT);
        QVERIFY(d >= 0);
        hid_t mt = H5Tcreate(H5T_COMPOUND, sizeof(double));
        H5Tinsert(mt, "b", 0, H5T_NATIVE_DOUBLE);
        double b[3] = {0, 0, 0};
        H5Dread(d, mt, H5S_ALL, H5S_ALL, H5P_DEFAULT, b);
        QCOMPARE(b[2], 3.5);
        H5Tclose(mt);
        H5Dclose(d);
        H5Fclose(f);
        const AnnData back = h5ad::read(path2);
        QVERIFY(back.uns.find("names")->is<OpaqueElement>());
        QVERIFY(back.obs == ad.obs);
    }

    void failingWriteLeavesNoFileAndKeepsTarget() {
        const auto path = scratchFile("atomic.h5ad");
        { std::ofstream(path) << "precious"; }
        AnnData ad = fullAnnData();
        ad.uns.set("bad/key", NDArray::scalar<double>(1.0));
        bool threw = false;
        try {
            h5ad::write(ad, path);
        } catch (const FileError& e) {
            threw = true;
            QVERIFY(std::string(e.what()).find("atomic.h5ad") != std::string::npos);
            QVERIFY(e.element().find("/uns/bad/key") != std::string::npos);
        }
        QVERIFY(threw);
        std::ifstream in(path);
        std::string s;
        in >> s;
        QCOMPARE(s, std::string("precious"));
        // This write's temporary file (.atomic.h5ad.tmp-N); other tests write beside it at the same time.
        for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
            QVERIFY2(entry.path().filename().string().rfind(".atomic.h5ad.tmp-", 0) != 0, "temp file left behind");
        // a failing write with no target leaves nothing
        const auto fresh = scratchFile("atomic_fresh.h5ad");
        QVERIFY_THROWS_EXCEPTION(FileError, h5ad::write(ad, fresh));
        QVERIFY(!std::filesystem::exists(fresh));
    }

    void respectsOverwriteAndProtectedInput() {
        const auto path = scratchFile("protect.h5ad");
        const AnnData ad = fullAnnData();
        h5ad::write(ad, path);
        h5ad::WriteOptions noOverwrite;
        noOverwrite.allowOverwrite = false;
        QVERIFY_THROWS_EXCEPTION(FileError, h5ad::write(ad, path, noOverwrite));
        h5ad::WriteOptions prot;
        prot.protectedInput = path;
        QVERIFY_THROWS_EXCEPTION(FileError, h5ad::write(ad, path, prot));
        QVERIFY(h5ad::read(path) == ad);
    }

    void widensInt64IndicesAndReadsGzip() {
        const auto path = scratchFile("int64.h5ad");
        h5ad::WriteOptions gz;
        gz.gzipLevel = 6;
        h5ad::write(fullAnnData(), path, gz);
        {  // replace X/indices and X/indptr by int64 copies
            hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
            H5Ldelete(f, "/X/indices", H5P_DEFAULT);
            H5Ldelete(f, "/X/indptr", H5P_DEFAULT);
            std::int64_t idx[5] = {0, 2, 1, 0, 2}, ptr[5] = {0, 2, 2, 3, 5};
            hsize_t n = 5;
            hid_t s = H5Screate_simple(1, &n, nullptr);
            hid_t d = H5Dcreate2(f, "/X/indices", H5T_STD_I64LE, s, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            H5Dwrite(d, H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, idx);
            H5Dclose(d);
            d = H5Dcreate2(f, "/X/indptr", H5T_STD_U64LE, s, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            H5Dwrite(d, H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptr);
            H5Dclose(d);
            H5Sclose(s);
            H5Fclose(f);
        }
        const AnnData back = h5ad::read(path);
        QVERIFY(*back.X == *fullAnnData().X);
    }
};

QTEST_APPLESS_MAIN(H5adRoundTrip)
#include "test_h5ad_roundtrip.moc"
