#include "io/h5ad_legacy.hpp"

#include <cstring>
#include <functional>

namespace scdiff::h5ad::detail {

DataFrame readCompoundFrame(const Source& src, hid_t loc, const std::string& name, const std::string& path) {
    Hid d = src.openDataset(loc, name, path);
    Hid t(H5Dget_type(d));
    if (H5Tget_class(t) != H5T_COMPOUND) src.fail(path, "expected a dataframe group or a compound dataset");
    auto shape = src.extent(d, path);
    if (shape.size() != 1) src.fail(path, "expected a 1-D compound dataset");
    const std::int64_t n = shape[0];
    src.checkReadable(d, path, static_cast<std::uint64_t>(n), H5Tget_size(t));
    DataFrame df;
    df.indexName = "index";
    const int nm = H5Tget_nmembers(t);
    for (int i = 0; i < nm; ++i) {
        char* cname = H5Tget_member_name(t, static_cast<unsigned>(i));
        std::string field = cname ? cname : "";
        H5free_memory(cname);
        Hid mt(H5Tget_member_type(t, static_cast<unsigned>(i)));
        const auto cls = H5Tget_class(mt);
        const std::string fpath = path + "[" + field + "]";
        if (cls == H5T_STRING) {
            auto strings = h5io::readStrings(d, mt, n, field.c_str());
            if (!strings) src.fail(fpath, "cannot read this field");
            std::vector<std::string> vals = std::move(*strings);
            if (field == "index")
                df.index = std::move(vals);
            else
                df.columns.push_back({field, StringArray::fromVector(std::move(vals))});
            continue;
        }
        std::vector<std::int64_t> colShape{n};
        Hid base;
        if (cls == H5T_ARRAY) {
            base = Hid(H5Tget_super(mt));
            int r = H5Tget_array_ndims(mt);
            std::vector<hsize_t> dims(static_cast<size_t>(std::max(r, 0)));
            H5Tget_array_dims2(mt, dims.data());
            for (auto x : dims) colShape.push_back(static_cast<std::int64_t>(x));
        } else {
            base = Hid(H5Tcopy(mt));
        }
        auto dt = h5io::dtypeOf(base);
        if (!dt) src.fail(fpath, "has a field type that is neither numeric nor a string");
        NDArray a(*dt, colShape);
        Hid memBase = *dt == DType::Bool ? Hid(H5Tget_native_type(base, H5T_DIR_ASCEND)) : h5io::memType(*dt);
        Hid memField;
        if (cls == H5T_ARRAY) {
            std::vector<hsize_t> dims(colShape.begin() + 1, colShape.end());
            memField = Hid(H5Tarray_create2(memBase, static_cast<unsigned>(dims.size()), dims.data()));
        } else {
            memField = Hid(H5Tcopy(memBase));
        }
        const size_t rowBytes = H5Tget_size(memField);
        Hid comp(H5Tcreate(H5T_COMPOUND, rowBytes));
        H5Tinsert(comp, field.c_str(), 0, memField);
        if (n && H5Dread(d, comp, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.raw()) < 0)
            src.fail(fpath, "cannot read this field");
        df.columns.push_back({field, std::move(a)});
    }
    if (df.index.empty() && n > 0)
        for (std::int64_t r = 0; r < n; ++r) df.index.push_back(std::to_string(r));
    return df;
}

void categoriesFromUns(AnnData& ad, const Source& src) {
    for (DataFrame* df : {&ad.obs, &ad.var}) {
        for (auto& col : df->columns) {
            const std::string key = col.name + "_categories";
            const Element* e = ad.uns.find(key);
            auto* codes = std::get_if<NDArray>(&col.data);
            if (!e || !codes || !isInteger(codes->dtype())) continue;
            Categorical c;
            for (std::int64_t i = 0; i < codes->size(); ++i) c.codes.push_back(static_cast<std::int32_t>(codes->at(i)));
            if (auto* s = e->getIf<StringArray>())
                c.categories = s->values;
            else if (auto* a = e->getIf<NDArray>())
                c.categories = *a;
            else
                continue;
            src.checkCodes(c, "/uns/" + key);
            col.data = std::move(c);
            ad.uns.erase(key);
        }
    }
}

void unwrapPre07Uns(AnnData& ad) {
    std::function<void(Dict&)> unwrap = [&](Dict& d) {
        for (auto& v : d.values()) {
            if (auto* a = v.getIf<NDArray>(); a && a->rank() == 1 && a->size() == 1) {
                NDArray s(a->dtype(), {});
                std::memcpy(s.raw(), a->raw(), dtypeSize(a->dtype()));
                v = std::move(s);
            } else if (auto* s = v.getIf<StringArray>(); s && s->shape.size() == 1 && s->values.size() == 1) {
                v = StringArray::scalar(s->values[0]);
            } else if (auto* sub = v.getIf<Dict>()) {
                unwrap(*sub);
            }
        }
    };
    unwrap(ad.uns);
    // pre-0.7 kept the neighbour graphs in uns/neighbors; anndata moves them to obsp.
    if (auto* nb = ad.uns.find("neighbors"); nb && nb->is<Dict>()) {
        auto& nd = nb->get<Dict>();
        for (const char* k : {"distances", "connectivities"})
            if (auto* m = nd.find(k); m && m->is<SparseMatrix>()) {
                ad.obsp.set(k, std::move(*m));
                nd.erase(k);
            }
    }
}

}  // namespace scdiff::h5ad::detail
