#include "support_h5ad_fixture.hpp"

#include <hdf5.h>

#include <filesystem>

namespace scdiff::testing {

std::string scratchFile(const std::string& name) {
    std::filesystem::path dir = std::filesystem::path(SCDIFF_TEST_DATA_DIR) / "io";
    std::filesystem::create_directories(dir);
    auto p = dir / name;
    std::filesystem::remove(p);
    return p.string();
}

AnnData fullAnnData(bool cscX) {
    AnnData ad;
    SparseMatrix x;
    x.rows = 4;
    x.cols = 3;
    x.indptr = {0, 2, 2, 3, 5};
    x.indices = {0, 2, 1, 0, 2};
    x.values = NDArray::fromVector(std::vector<float>{1.5f, 2.f, 3.f, 4.f, 5.25f});
    x.storedAsCsc = cscX;
    ad.X = x;
    ad.obs.indexName = "cell_id";
    ad.obs.index = {"c1", "zelle-ü", "细胞3", "c4"};
    ad.obs.set("n_counts", NDArray::fromVector(std::vector<double>{1.0, 2.5, 3.0, -4.0}));
    ad.obs.set("is_ok", NDArray::fromVector(std::vector<bool>{true, false, true, true}));
    Categorical ct;
    ct.codes = {0, -1, 1, 0};
    ct.categories = std::vector<std::string>{"T cell", "B-Zelle é"};
    ct.ordered = true;
    ad.obs.set("cell_type", ct);
    Categorical num;
    num.codes = {2, 1, 0, 2};
    num.categories = NDArray::fromVector(std::vector<std::int64_t>{5, 10, 15});
    ad.obs.set("dose", num);
    NullableArray ni;
    ni.kind = NullableArray::Kind::Integer;
    ni.values = NDArray::fromVector(std::vector<std::int64_t>{1, 0, 3, 4});
    ni.mask = {0, 1, 0, 0};
    ad.obs.set("nint", ni);
    NullableArray nb;
    nb.kind = NullableArray::Kind::Boolean;
    nb.values = NDArray::fromVector(std::vector<bool>{true, false, false, true});
    nb.mask = {0, 0, 1, 0};
    ad.obs.set("nbool", nb);
    NullableArray ns;
    ns.kind = NullableArray::Kind::String;
    ns.strings = {"a", "", "ç", "d"};
    ns.mask = {0, 1, 0, 0};
    ad.obs.set("nstr", ns);
    ad.obs.set("barcode", StringArray::fromVector({"AAA", "CCC", "GGG", "TTT"}));
    ad.var.index = {"g1", "g2", "g3"};
    ad.var.set("highly_variable", NDArray::fromVector(std::vector<bool>{true, false, true}));
    ad.var.set("mean", NDArray::fromVector(std::vector<float>{0.1f, 0.2f, 0.3f}));

    ad.layers.set("counts", NDArray::fromVector(std::vector<std::int32_t>(12, 7), {4, 3}));
    ad.obsm.set("X_pca", NDArray::fromVector(std::vector<float>{1, 2, 3, 4, 5, 6, 7, 8}, {4, 2}));
    DataFrame odf;
    odf.index = ad.obs.index;
    odf.set("a", NDArray::fromVector(std::vector<std::int64_t>{1, 2, 3, 4}));
    ad.obsm.set("meta", odf);
    ad.varm.set("PCs", NDArray::fromVector(std::vector<double>{1, 2, 3}, {3, 1}));
    SparseMatrix g;
    g.rows = 4;
    g.cols = 4;
    g.indptr = {0, 1, 2, 3, 4};
    g.indices = {1, 0, 3, 2};
    g.values = NDArray::fromVector(std::vector<float>{0.5f, 0.5f, 1.f, 1.f});
    ad.obsp.set("connectivities", g);
    ad.varp.set("corr", NDArray::fromVector(std::vector<float>(9, 0.25f), {3, 3}));

    Dict nested;
    nested.set("n_neighbors", NDArray::scalar<std::int64_t>(15));
    nested.set("method", StringArray::scalar("umap ✓"));
    nested.set("flag", NDArray::scalar<bool>(true));
    nested.set("empty", Dict{});
    ad.uns.set("neighbors", nested);
    ad.uns.set("cell_type_colors", StringArray::fromVector({"#ff0000", "#00ff00"}));
    ad.uns.set("cube", NDArray::fromVector(std::vector<std::int16_t>(8, 3), {2, 2, 2}));
    ad.uns.set("pi", NDArray::scalar<double>(3.14159));
    ad.uns.set("nothing", Null{});
    ad.uns.set("sp", g);
    ad.uns.set("cat", ct);

    Raw raw;
    raw.X = NDArray::fromVector(std::vector<float>(4 * 5, 1.f), {4, 5});
    raw.var.index = {"g1", "g2", "g3", "g4", "g5"};
    raw.var.set("gene_ids", StringArray::fromVector({"E1", "E2", "E3", "E4", "E5"}));
    raw.varm.set("loadings", NDArray::fromVector(std::vector<float>(5, 2.f), {5, 1}));
    ad.raw = raw;
    return ad;
}

void addRecArray(const std::string& file) {
    hid_t f = H5Fopen(file.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    hid_t t = H5Tcreate(H5T_COMPOUND, sizeof(Rec));
    H5Tinsert(t, "a", HOFFSET(Rec, a), H5T_NATIVE_INT32);
    H5Tinsert(t, "b", HOFFSET(Rec, b), H5T_NATIVE_DOUBLE);
    hsize_t n = 3;
    hid_t s = H5Screate_simple(1, &n, nullptr);
    hid_t d = H5Dcreate2(f, "/uns/names", t, s, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    const Rec r[3] = {{1, 1.5}, {2, 2.5}, {3, 3.5}};
    H5Dwrite(d, t, H5S_ALL, H5S_ALL, H5P_DEFAULT, r);
    H5Dclose(d);
    H5Sclose(s);
    H5Tclose(t);
    H5Fclose(f);
}

}  // namespace scdiff::testing
