// h5ad reader: anndata >= 0.8 layouts, the 0.7 layout and the pre-0.7 compound layout. Every size
// in a header is checked against the dataset extent and the file size before anything is allocated.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <functional>

#include "io/h5ad_hdf5.hpp"
#include "scdiff/h5ad.hpp"

namespace scdiff::h5ad {
namespace {

using h5io::Hid;

std::string join(const std::string& parent, const std::string& name) {
    return parent == "/" ? "/" + name : parent + "/" + name;
}

class Reader {
public:
    Reader(std::filesystem::path file, Progress& progress) : path_(std::move(file)), progress_(progress) {}

    AnnData run();

private:
    [[noreturn]] void fail(const std::string& element, const std::string& problem) const {
        throw FileError(path_.string(), element, problem);
    }

    // ---- low level ---------------------------------------------------------------------------
    H5O_type_t objectType(hid_t loc, const std::string& name) const {
        H5O_info_t info;
        if (H5Oget_info_by_name(loc, name.c_str(), &info, H5P_DEFAULT) < 0) return H5O_TYPE_UNKNOWN;
        return info.type;
    }
    bool exists(hid_t loc, const std::string& name) const {
        return H5Lexists(loc, name.c_str(), H5P_DEFAULT) > 0 && objectType(loc, name) != H5O_TYPE_UNKNOWN;
    }
    Hid openGroup(hid_t loc, const std::string& name, const std::string& path) const {
        Hid g(H5Gopen2(loc, name.c_str(), H5P_DEFAULT));
        if (!g.valid()) fail(path, "cannot open this group (the file is damaged or it is not a group)");
        return g;
    }
    Hid openDataset(hid_t loc, const std::string& name, const std::string& path) const {
        Hid d(H5Dopen2(loc, name.c_str(), H5P_DEFAULT));
        if (!d.valid()) fail(path, "cannot open this dataset (the file is damaged or it is not a dataset)");
        return d;
    }
    std::vector<std::string> members(hid_t group, const std::string& path) const {
        std::vector<std::string> names;
        auto cb = [](hid_t, const char* name, const H5L_info_t*, void* data) -> herr_t {
            static_cast<std::vector<std::string>*>(data)->emplace_back(name);
            return 0;
        };
        // Creation order when tracked (anndata/h5py files track it), else by name.
        hsize_t idx = 0;
        if (H5Literate(group, H5_INDEX_CRT_ORDER, H5_ITER_INC, &idx, cb, &names) < 0) {
            names.clear();
            idx = 0;
            if (H5Literate(group, H5_INDEX_NAME, H5_ITER_INC, &idx, cb, &names) < 0)
                fail(path, "cannot list the members of this group (the file is damaged)");
        }
        return names;
    }
    std::vector<std::int64_t> extent(hid_t dset, const std::string& path) const {
        Hid space(H5Dget_space(dset));
        if (!space.valid()) fail(path, "cannot read the dataspace of this dataset");
        if (H5Sget_simple_extent_type(space) == H5S_NULL) return {-1};
        int rank = H5Sget_simple_extent_ndims(space);
        if (rank < 0 || rank > 32) fail(path, "has an invalid rank");
        std::vector<hsize_t> dims(static_cast<size_t>(rank));
        H5Sget_simple_extent_dims(space, dims.data(), nullptr);
        return {dims.begin(), dims.end()};
    }
    // Rejects unavailable filters (lzf, ...) and sizes a lying header could make huge.
    void checkReadable(hid_t dset, const std::string& path, std::uint64_t bytes) const {
        Hid plist(H5Dget_create_plist(dset));
        if (plist.valid()) {
            int nf = H5Pget_nfilters(plist);
            for (int i = 0; i < nf; ++i) {
                unsigned flags = 0, cd[16];
                size_t ncd = 16;
                char name[256] = {0};
                unsigned config = 0;
                H5Z_filter_t id = H5Pget_filter2(plist, static_cast<unsigned>(i), &flags, &ncd, cd, sizeof name, name,
                                                 &config);
                if (id < 0) fail(path, "has an unreadable filter pipeline");
                if (H5Zfilter_avail(id) <= 0) {
                    std::string n = name[0] ? name : "unknown";
                    if (id == 32000) n = "lzf";
                    fail(path, "is compressed with the HDF5 filter '" + n + "' (id " + std::to_string(id) +
                                   ") which this build of HDF5 cannot decode; re-save the file with gzip compression");
                }
            }
        }
        const std::uint64_t stored = H5Dget_storage_size(dset);
        // gzip compresses at most ~1000:1; unallocated datasets hold only fill values.
        const std::uint64_t limit = stored * 1100 + fileSize_ * 1100 + (std::uint64_t{64} << 20);
        if (bytes > limit)
            fail(path, "claims " + std::to_string(bytes) + " bytes of data, more than the file (" +
                           std::to_string(fileSize_) + " bytes) can hold");
    }

    std::vector<std::string> readStringDataset(hid_t dset, const std::string& path, std::int64_t n) const {
        Hid ftype(H5Dget_type(dset));
        if (H5Tget_class(ftype) != H5T_STRING) fail(path, "expected a string dataset");
        std::vector<std::string> out;
        if (n == 0) return out;
        checkReadable(dset, path, static_cast<std::uint64_t>(n) * 16);
        if (H5Tis_variable_str(ftype) > 0) {
            Hid mt(H5Tcopy(H5T_C_S1));
            H5Tset_size(mt, H5T_VARIABLE);
            H5Tset_cset(mt, H5Tget_cset(ftype));
            std::vector<char*> buf(static_cast<size_t>(n), nullptr);
            if (H5Dread(dset, mt, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf.data()) < 0)
                fail(path, "cannot read the strings of this dataset (the file is damaged)");
            out.reserve(buf.size());
            for (auto* p : buf) out.emplace_back(p ? p : "");
            Hid space(H5Dget_space(dset));
            H5Dvlen_reclaim(mt, space, H5P_DEFAULT, buf.data());
        } else {
            const size_t sz = H5Tget_size(ftype);
            Hid mt(H5Tcopy(ftype));
            std::vector<char> buf(sz * static_cast<size_t>(n) + 1, 0);
            if (H5Dread(dset, mt, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf.data()) < 0)
                fail(path, "cannot read the strings of this dataset (the file is damaged)");
            const bool space = H5Tget_strpad(ftype) == H5T_STR_SPACEPAD;
            out.reserve(static_cast<size_t>(n));
            for (std::int64_t i = 0; i < n; ++i) {
                const char* p = buf.data() + static_cast<size_t>(i) * sz;
                size_t len = strnlen(p, sz);
                while (space && len > 0 && p[len - 1] == ' ') --len;
                out.emplace_back(p, len);
            }
        }
        return out;
    }

    StringArray readStringArray(hid_t loc, const std::string& name, const std::string& path) const {
        Hid d = openDataset(loc, name, path);
        auto shape = extent(d, path);
        if (!shape.empty() && shape[0] < 0) fail(path, "expected strings but found an empty (null) dataspace");
        std::int64_t n = 1;
        for (auto s : shape) n *= s;
        StringArray a;
        a.shape = shape;
        a.values = readStringDataset(d, path, n);
        return a;
    }

    NDArray readNumeric(hid_t d, const std::string& path, std::optional<DType> want = std::nullopt) const {
        Hid ftype(H5Dget_type(d));
        auto dt = h5io::dtypeOf(ftype);
        if (!dt) fail(path, "expected a numeric or boolean dataset");
        if (want) {
            if (*dt == DType::Bool && *want != DType::Bool) fail(path, "expected integers, found booleans");
            if (*dt != DType::Bool && *want == DType::Bool) fail(path, "expected booleans (HDF5 enum FALSE/TRUE)");
            dt = want;
        }
        auto shape = extent(d, path);
        if (!shape.empty() && shape[0] < 0) fail(path, "expected numbers but found an empty (null) dataspace");
        std::uint64_t n = 1;
        for (auto s : shape) n *= static_cast<std::uint64_t>(s);
        checkReadable(d, path, n * dtypeSize(*dt));
        NDArray a(*dt, shape);
        if (n == 0) return a;
        Hid mt = (*dt == DType::Bool) ? Hid(H5Tget_native_type(ftype, H5T_DIR_ASCEND)) : h5io::memType(*dt);
        if (H5Dread(d, mt, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.raw()) < 0)
            fail(path, "cannot read the values of this dataset (the file is truncated or damaged)");
        return a;
    }
    NDArray readNumeric(hid_t loc, const std::string& name, const std::string& path,
                        std::optional<DType> want = std::nullopt) const {
        Hid d = openDataset(loc, name, path);
        return readNumeric(d, path, want);
    }

    template <class T>
    std::vector<T> readIntVector(hid_t loc, const std::string& name, const std::string& path) const {
        if (!exists(loc, name) || objectType(loc, name) != H5O_TYPE_DATASET) fail(path, "expected a dataset here");
        Hid d = openDataset(loc, name, path);
        Hid ftype(H5Dget_type(d));
        if (H5Tget_class(ftype) != H5T_INTEGER) fail(path, "expected an integer dataset");
        auto shape = extent(d, path);
        if (shape.size() != 1) fail(path, "expected a 1-D integer dataset");
        checkReadable(d, path, static_cast<std::uint64_t>(shape[0]) * sizeof(T));
        std::vector<T> v(static_cast<size_t>(shape[0]));
        if (!v.empty() && H5Dread(d, h5io::memType(dtypeOf<T>()), H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()) < 0)
            fail(path, "cannot read the values of this dataset (the file is truncated or damaged)");
        return v;
    }

    // ---- elements -----------------------------------------------------------------------------
    std::string encoding(hid_t obj) const { return h5io::stringAttr(obj, "encoding-type").value_or(""); }

    OpaqueElement opaque(hid_t loc, const std::string& name, const std::string& path, const std::string& enc,
                         const std::string& what) {
        if (!store_) store_ = std::make_shared<OpaqueStore>();
        if (store_->file < 0) fail(path, "cannot create the in-memory store for unknown elements");
        const std::string dest = "/e" + std::to_string(store_->counter++);
        if (H5Ocopy(loc, name.c_str(), store_->file, dest.c_str(), H5P_DEFAULT, H5P_DEFAULT) < 0)
            fail(path, "cannot copy this element (the file is damaged)");
        OpaqueElement o;
        o.store = store_;
        o.path = dest;
        o.encodingType = enc;
        o.description = what;
        return o;
    }

    SparseMatrix readSparse(hid_t loc, const std::string& name, const std::string& path, bool csc,
                            std::optional<std::pair<std::int64_t, std::int64_t>> shapeHint = std::nullopt) {
        Hid g = openGroup(loc, name, path);
        std::int64_t shape[2] = {-1, -1};
        const char* shapeAttr = h5io::hasAttr(g, "shape") ? "shape" : (h5io::hasAttr(g, "h5sparse_shape") ? "h5sparse_shape" : nullptr);
        if (shapeAttr) {
            Hid a(H5Aopen(g, shapeAttr, H5P_DEFAULT));
            Hid s(H5Aget_space(a));
            Hid t(H5Aget_type(a));
            if (H5Sget_simple_extent_npoints(s) != 2 || H5Tget_class(t) != H5T_INTEGER ||
                H5Aread(a, H5T_NATIVE_INT64, shape) < 0)
                fail(path, "attribute 'shape' must hold two integers (n_obs, n_vars)");
        } else if (shapeHint) {
            shape[0] = shapeHint->first;
            shape[1] = shapeHint->second;
        } else {
            fail(path, "sparse matrix has no 'shape' attribute");
        }
        if (shape[0] < 0 || shape[1] < 0 || shape[0] >= (std::int64_t{1} << 40) || shape[1] > 0x7fffffff)
            fail(path, "attribute 'shape' holds an impossible shape (" + std::to_string(shape[0]) + ", " +
                           std::to_string(shape[1]) + ")");
        for (const char* m : {"data", "indices", "indptr"})
            if (!exists(g, m)) fail(join(path, m), "missing: a sparse matrix needs data, indices and indptr");
        const std::int64_t major = csc ? shape[1] : shape[0], minor = csc ? shape[0] : shape[1];
        SparseMatrix sp;
        sp.rows = shape[0];
        sp.cols = shape[1];
        sp.storedAsCsc = csc;
        sp.indptr = readIntVector<std::int64_t>(g, "indptr", join(path, "indptr"));
        if (static_cast<std::int64_t>(sp.indptr.size()) != major + 1)
            fail(join(path, "indptr"), "has length " + std::to_string(sp.indptr.size()) + " but the shape needs " +
                                           std::to_string(major + 1));
        std::vector<std::int32_t> idx;
        {
            Hid d = openDataset(g, "indices", join(path, "indices"));
            auto ext = extent(d, join(path, "indices"));
            if (ext.size() != 1) fail(join(path, "indices"), "expected a 1-D integer dataset");
            if (ext[0] != sp.indptr.back())
                fail(join(path, "indices"), "has length " + std::to_string(ext[0]) + " but indptr ends at " +
                                                std::to_string(sp.indptr.back()));
        }
        if (sp.indptr.front() != 0) fail(join(path, "indptr"), "must start at 0");
        for (size_t i = 1; i < sp.indptr.size(); ++i)
            if (sp.indptr[i] < sp.indptr[i - 1]) fail(join(path, "indptr"), "must be non-decreasing");
        idx = readIntVector<std::int32_t>(g, "indices", join(path, "indices"));
        for (auto v : idx)
            if (v < 0 || v >= minor)
                fail(join(path, "indices"), "holds the index " + std::to_string(v) + ", outside 0.." +
                                                std::to_string(minor - 1));
        sp.values = readNumeric(g, "data", join(path, "data"));
        if (sp.values.rank() != 1 || sp.values.size() != static_cast<std::int64_t>(idx.size()))
            fail(join(path, "data"), "must be 1-D with one value per index (" + std::to_string(idx.size()) + ")");
        if (!csc) {
            sp.indices = std::move(idx);
            return sp;
        }
        // CSC -> CSR: count per row, then scatter (values moved bytewise, any dtype).
        const size_t nnz = idx.size(), es = dtypeSize(sp.values.dtype());
        std::vector<std::int64_t> ptr(static_cast<size_t>(sp.rows) + 1, 0);
        for (auto r : idx) ++ptr[static_cast<size_t>(r) + 1];
        for (size_t r = 0; r < static_cast<size_t>(sp.rows); ++r) ptr[r + 1] += ptr[r];
        std::vector<std::int32_t> cols(nnz);
        NDArray vals(sp.values.dtype(), {static_cast<std::int64_t>(nnz)});
        auto* src = static_cast<const std::byte*>(sp.values.raw());
        auto* dst = static_cast<std::byte*>(vals.raw());
        std::vector<std::int64_t> next(ptr.begin(), ptr.end() - 1);
        for (std::int64_t c = 0; c < sp.cols; ++c)
            for (std::int64_t k = sp.indptr[static_cast<size_t>(c)]; k < sp.indptr[static_cast<size_t>(c) + 1]; ++k) {
                const auto r = static_cast<size_t>(idx[static_cast<size_t>(k)]);
                const auto p = static_cast<size_t>(next[r]++);
                cols[p] = static_cast<std::int32_t>(c);
                std::memcpy(dst + p * es, src + static_cast<size_t>(k) * es, es);
            }
        sp.indptr = std::move(ptr);
        sp.indices = std::move(cols);
        sp.values = std::move(vals);
        return sp;
    }

    // X, layers, raw/X: dense dataset or sparse group; anything else is an error.
    Matrix readMatrix(hid_t loc, const std::string& name, const std::string& path) {
        const auto type = objectType(loc, name);
        if (type == H5O_TYPE_DATASET) {
            NDArray a = readNumeric(loc, name, path);
            if (a.rank() != 2) fail(path, "expected a 2-D matrix, found rank " + std::to_string(a.rank()));
            return a;
        }
        if (type == H5O_TYPE_GROUP) {
            Hid g = openGroup(loc, name, path);
            std::string enc = encoding(g);
            if (enc.empty()) enc = h5io::stringAttr(g, "h5sparse_format").value_or("");
            if (enc == "csr_matrix" || enc == "csr") return readSparse(loc, name, path, false);
            if (enc == "csc_matrix" || enc == "csc") return readSparse(loc, name, path, true);
            fail(path, "has the unknown matrix encoding '" + enc + "' (expected an array, csr_matrix or csc_matrix)");
        }
        fail(path, "expected a matrix (dataset or sparse group)");
    }

    ColumnData readColumn(hid_t df, const std::string& name, const std::string& path, std::int64_t n) {
        ColumnData c = readColumnInner(df, name, path);
        if (columnLength(c) != n && !std::holds_alternative<OpaqueElement>(c))
            fail(path, "has " + std::to_string(columnLength(c)) + " values but the data frame has " +
                           std::to_string(n) + " rows");
        return c;
    }

    Categorical readCategorical(hid_t loc, const std::string& name, const std::string& path) {
        Hid g = openGroup(loc, name, path);
        if (!exists(g, "codes") || !exists(g, "categories"))
            fail(path, "categorical needs 'codes' and 'categories'");
        Categorical c;
        c.codes = readIntVector<std::int32_t>(g, "codes", join(path, "codes"));
        c.categories = readCategories(g, "categories", join(path, "categories"));
        c.ordered = readBoolAttr(g, "ordered");
        checkCodes(c, path);
        return c;
    }
    void checkCodes(const Categorical& c, const std::string& path) const {
        const auto k = c.categoryCount();
        for (auto v : c.codes)
            if (v < -1 || v >= k)
                fail(path, "holds the category code " + std::to_string(v) + " but there are only " +
                               std::to_string(k) + " categories (-1 = missing)");
    }
    std::variant<std::vector<std::string>, NDArray> readCategories(hid_t loc, const std::string& name,
                                                                  const std::string& path) {
        Hid d = openDataset(loc, name, path);
        Hid t(H5Dget_type(d));
        if (H5Tget_class(t) == H5T_STRING) return readStringArray(loc, name, path).values;
        NDArray a = readNumeric(d, path);
        if (a.rank() != 1) fail(path, "categories must be 1-D");
        return a;
    }
    bool readBoolAttr(hid_t obj, const char* name) const {
        if (!h5io::hasAttr(obj, name)) return false;
        Hid a(H5Aopen(obj, name, H5P_DEFAULT));
        Hid t(H5Aget_type(a));
        std::int64_t v = 0;
        if (h5io::isBoolEnum(t)) {
            std::int8_t b = 0;
            Hid mt(H5Tget_native_type(t, H5T_DIR_ASCEND));
            H5Aread(a, mt, &b);
            return b != 0;
        }
        if (H5Tget_class(t) == H5T_INTEGER && H5Aread(a, H5T_NATIVE_INT64, &v) >= 0) return v != 0;
        return false;
    }

    NullableArray readNullable(hid_t loc, const std::string& name, const std::string& path, const std::string& enc) {
        Hid g = openGroup(loc, name, path);
        if (!exists(g, "values") || !exists(g, "mask")) fail(path, "nullable array needs 'values' and 'mask'");
        NullableArray a;
        NDArray mask = readNumeric(g, "mask", join(path, "mask"));
        a.mask.resize(static_cast<size_t>(mask.size()));
        for (std::int64_t i = 0; i < mask.size(); ++i) a.mask[static_cast<size_t>(i)] = mask.at(i) != 0;
        if (enc == "nullable-string-array") {
            a.kind = NullableArray::Kind::String;
            a.strings = readStringArray(g, "values", join(path, "values")).values;
            a.naValue = h5io::stringAttr(g, "na-value").value_or("NA");
        } else {
            a.kind = enc == "nullable-boolean" ? NullableArray::Kind::Boolean : NullableArray::Kind::Integer;
            a.values = readNumeric(g, "values", join(path, "values"));
        }
        if (static_cast<std::int64_t>(a.mask.size()) != a.size()) fail(path, "values and mask differ in length");
        return a;
    }

    ColumnData readColumnInner(hid_t df, const std::string& name, const std::string& path) {
        const auto type = objectType(df, name);
        if (type == H5O_TYPE_GROUP) {
            Hid g = openGroup(df, name, path);
            const std::string enc = encoding(g);
            if (enc == "categorical") return readCategorical(df, name, path);
            if (enc.rfind("nullable-", 0) == 0) return readNullable(df, name, path, enc);
            return opaque(df, name, path, enc, "group");
        }
        if (type != H5O_TYPE_DATASET) fail(path, "expected a column (dataset or group)");
        Hid d = openDataset(df, name, path);
        const std::string enc = encoding(d);
        Hid t(H5Dget_type(d));
        const auto cls = H5Tget_class(t);
        if (cls == H5T_STRING) {
            StringArray s = readStringArray(df, name, path);
            if (s.shape.size() != 1) fail(path, "expected a 1-D column");
            return s;
        }
        if (cls == H5T_INTEGER || cls == H5T_FLOAT || cls == H5T_ENUM) {
            // 0.7 layout: integer codes with an object reference to __categories/<col>.
            if (h5io::hasAttr(d, "categories")) {
                Hid a(H5Aopen(d, "categories", H5P_DEFAULT));
                Hid at(H5Aget_type(a));
                if (H5Tget_class(at) == H5T_REFERENCE) {
                    hobj_ref_t ref;
                    if (H5Aread(a, H5T_STD_REF_OBJ, &ref) < 0) fail(path, "cannot read the 'categories' reference");
                    Hid cat(H5Rdereference2(d, H5P_DEFAULT, H5R_OBJECT, &ref));
                    if (!cat.valid()) fail(path, "attribute 'categories' points nowhere");
                    Categorical c;
                    c.codes = readIntVector<std::int32_t>(df, name, path);
                    c.categories = readCategories(cat, ".", path + " (categories)");
                    c.ordered = readBoolAttr(cat, "ordered");
                    checkCodes(c, path);
                    return c;
                }
            }
            NDArray a = readNumeric(d, path);
            if (a.rank() != 1) fail(path, "expected a 1-D column");
            return a;
        }
        return opaque(df, name, path, enc, "dataset");
    }

    DataFrame readDataFrame(hid_t loc, const std::string& name, const std::string& path,
                            std::optional<std::int64_t> expectRows = std::nullopt) {
        if (objectType(loc, name) == H5O_TYPE_DATASET) return readCompoundFrame(loc, name, path);
        if (objectType(loc, name) != H5O_TYPE_GROUP) fail(path, "expected a dataframe group");
        Hid g = openGroup(loc, name, path);
        DataFrame df;
        df.indexName = h5io::stringAttr(g, "_index").value_or("_index");
        if (!exists(g, df.indexName))
            fail(path, "attribute _index names '" + df.indexName + "' but there is no such member");
        const std::string ipath = join(path, df.indexName);
        if (objectType(g, df.indexName) == H5O_TYPE_GROUP) {
            NullableArray a = readNullable(g, df.indexName, ipath, "nullable-string-array");
            df.index = std::move(a.strings);
        } else {
            Hid d = openDataset(g, df.indexName, ipath);
            Hid t(H5Dget_type(d));
            if (H5Tget_class(t) == H5T_STRING) {
                df.index = readStringArray(g, df.indexName, ipath).values;
            } else {  // integer index: format it
                NDArray a = readNumeric(d, ipath);
                for (std::int64_t i = 0; i < a.size(); ++i) df.index.push_back(std::to_string(static_cast<long long>(a.at(i))));
            }
        }
        if (expectRows && df.rows() != *expectRows)
            fail(path, "has " + std::to_string(df.rows()) + " rows but " + std::to_string(*expectRows) +
                           " were expected (the matrix dimension)");
        std::vector<std::string> order = h5io::stringArrayAttr(g, "column-order");
        for (const auto& col : order) {
            if (!exists(g, col)) fail(path, "column-order lists '" + col + "' but there is no such member");
            df.columns.push_back({col, readColumn(g, col, join(path, col), df.rows())});
        }
        return df;
    }

    // Pre-0.7: a compound dataset with an 'index' field and one field per column.
    DataFrame readCompoundFrame(hid_t loc, const std::string& name, const std::string& path) {
        Hid d = openDataset(loc, name, path);
        Hid t(H5Dget_type(d));
        if (H5Tget_class(t) != H5T_COMPOUND) fail(path, "expected a dataframe group or a compound dataset");
        auto shape = extent(d, path);
        if (shape.size() != 1) fail(path, "expected a 1-D compound dataset");
        const std::int64_t n = shape[0];
        checkReadable(d, path, static_cast<std::uint64_t>(n) * H5Tget_size(t));
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
                const size_t sz = H5Tis_variable_str(mt) > 0 ? sizeof(char*) : H5Tget_size(mt);
                Hid memStr(H5Tcopy(mt));
                Hid comp(H5Tcreate(H5T_COMPOUND, sz));
                H5Tinsert(comp, field.c_str(), 0, memStr);
                std::vector<char> buf(sz * static_cast<size_t>(n) + 1, 0);
                if (n && H5Dread(d, comp, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf.data()) < 0)
                    fail(fpath, "cannot read this field");
                std::vector<std::string> vals;
                for (std::int64_t r = 0; r < n; ++r) {
                    const char* p = buf.data() + static_cast<size_t>(r) * sz;
                    if (H5Tis_variable_str(mt) > 0) {
                        char* s = nullptr;
                        std::memcpy(&s, p, sizeof s);
                        vals.emplace_back(s ? s : "");
                        free(s);
                    } else {
                        vals.emplace_back(p, strnlen(p, sz));
                    }
                }
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
            if (!dt) fail(fpath, "has a field type that is neither numeric nor a string");
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
            if (n && H5Dread(d, comp, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.raw()) < 0) fail(fpath, "cannot read this field");
            df.columns.push_back({field, std::move(a)});
        }
        if (df.index.empty() && n > 0)
            for (std::int64_t r = 0; r < n; ++r) df.index.push_back(std::to_string(r));
        return df;
    }

    // Generic element (uns, obsm, ...).
    Element readElement(hid_t loc, const std::string& name, const std::string& path, int depth = 0) {
        if (depth > 64) fail(path, "is nested too deeply");
        progress_.checkCancelled();
        const auto type = objectType(loc, name);
        if (type == H5O_TYPE_GROUP) {
            Hid g = openGroup(loc, name, path);
            std::string enc = encoding(g);
            if (enc.empty() && h5io::hasAttr(g, "h5sparse_format")) enc = h5io::stringAttr(g, "h5sparse_format").value_or("") + "_matrix";
            if (enc == "dict" || enc.empty()) return readDict(g, path, depth);
            if (enc == "csr_matrix" || enc == "csc_matrix")
                return readSparse(loc, name, path, enc == "csc_matrix");
            if (enc == "dataframe") return readDataFrame(loc, name, path);
            if (enc == "categorical") return readCategorical(loc, name, path);
            if (enc == "nullable-integer" || enc == "nullable-boolean" || enc == "nullable-string-array")
                return readNullable(loc, name, path, enc);
            return opaque(loc, name, path, enc, "group (" + enc + ")");
        }
        if (type != H5O_TYPE_DATASET) fail(path, "is neither a group nor a dataset");
        Hid d = openDataset(loc, name, path);
        const std::string enc = encoding(d);
        auto shape = extent(d, path);
        if (!shape.empty() && shape[0] < 0) return Null{};
        Hid t(H5Dget_type(d));
        const auto cls = H5Tget_class(t);
        if (enc == "null") return Null{};
        if (cls == H5T_STRING) return readStringArray(loc, name, path);
        if ((cls == H5T_INTEGER || cls == H5T_FLOAT || cls == H5T_ENUM) && h5io::dtypeOf(t) &&
            (enc.empty() || enc == "array" || enc == "numeric-scalar"))
            return readNumeric(d, path);
        return opaque(loc, name, path, enc, cls == H5T_COMPOUND ? "compound dataset" : "dataset");
    }

    Dict readDict(hid_t g, const std::string& path, int depth = 0) {
        Dict dict;
        for (const auto& m : members(g, path)) dict.set(m, readElement(g, m, join(path, m), depth + 1));
        return dict;
    }
    Dict readMapping(hid_t root, const std::string& name, std::int64_t rows, bool square = false) {
        if (!exists(root, name)) return {};
        const std::string path = "/" + name;
        if (objectType(root, name) == H5O_TYPE_DATASET) {  // pre-0.7 compound obsm/varm
            DataFrame df = readCompoundFrame(root, name, path);
            Dict out;
            for (auto& c : df.columns) out.set(c.name, std::get<NDArray>(std::move(c.data)));
            return out;
        }
        Hid g = openGroup(root, name, path);
        Dict d = readDict(g, path);
        for (size_t i = 0; i < d.size(); ++i) {
            const auto& e = d.values()[i];
            std::int64_t r = -1, c = -1;
            if (auto* a = e.getIf<NDArray>()) {
                r = a->rank() >= 1 ? a->shape()[0] : -1;
                c = a->rank() >= 2 ? a->shape()[1] : -1;
            } else if (auto* s = e.getIf<SparseMatrix>()) {
                r = s->rows;
                c = s->cols;
            } else if (auto* f = e.getIf<DataFrame>()) {
                r = f->rows();
            }
            const std::string ep = join(path, d.keys()[i]);
            if (r >= 0 && r != rows)
                fail(ep, "has " + std::to_string(r) + " rows but " + std::to_string(rows) + " were expected");
            if (square && c >= 0 && c != rows) fail(ep, "must be square (" + std::to_string(rows) + " columns)");
        }
        return d;
    }

    std::filesystem::path path_;
    Progress& progress_;
    std::uint64_t fileSize_ = 0;
    std::shared_ptr<OpaqueStore> store_;
};

AnnData Reader::run() {
    h5io::silenceHdf5();
    const std::string fname = path_.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path_, ec)) fail("", "the file does not exist or is not a regular file");
    fileSize_ = std::filesystem::file_size(path_, ec);
    if (H5Fis_hdf5(fname.c_str()) <= 0) fail("", "is not an HDF5 file (expected an .h5ad file written by anndata)");
    Hid fapl(H5Pcreate(H5P_FILE_ACCESS));
    H5Pset_fclose_degree(fapl, H5F_CLOSE_STRONG);
    Hid file(H5Fopen(fname.c_str(), H5F_ACC_RDONLY, fapl));
    if (!file.valid()) fail("", "cannot be opened as HDF5 (the file is truncated or damaged)");
    Hid root = openGroup(file, "/", "/");
    const std::string rootEnc = encoding(root);
    const bool modern = rootEnc == "anndata";
    if (!rootEnc.empty() && !modern) fail("/", "has encoding-type '" + rootEnc + "' (expected 'anndata')");
    if (!exists(root, "obs") && !exists(root, "var") && !exists(root, "X"))
        fail("/", "is an HDF5 file but not AnnData: it has no obs, var or X");
    const bool pre07 = objectType(root, "obs") == H5O_TYPE_DATASET || objectType(root, "var") == H5O_TYPE_DATASET;

    AnnData ad;
    progress_.stage("reading X");
    if (exists(root, "X")) ad.X = readMatrix(root, "X", "/X");
    progress_.checkCancelled();
    progress_.stage("reading obs/var");
    std::optional<std::int64_t> nObs, nVars;
    if (ad.X) {
        nObs = matrixRows(*ad.X);
        nVars = matrixCols(*ad.X);
    }
    if (exists(root, "obs"))
        ad.obs = readDataFrame(root, "obs", "/obs", nObs);
    else if (nObs)
        for (std::int64_t i = 0; i < *nObs; ++i) ad.obs.index.push_back(std::to_string(i));
    if (exists(root, "var"))
        ad.var = readDataFrame(root, "var", "/var", nVars);
    else if (nVars)
        for (std::int64_t i = 0; i < *nVars; ++i) ad.var.index.push_back(std::to_string(i));

    progress_.stage("reading layers and embeddings");
    ad.layers = readMapping(root, "layers", ad.nObs());
    for (size_t i = 0; i < ad.layers.size(); ++i) {
        const auto& e = ad.layers.values()[i];
        std::int64_t c = -1;
        if (auto* a = e.getIf<NDArray>()) c = a->rank() == 2 ? a->shape()[1] : -2;
        if (auto* s = e.getIf<SparseMatrix>()) c = s->cols;
        if (c != -1 && c != ad.nVars())
            fail("/layers/" + ad.layers.keys()[i], "must have shape (n_obs, n_vars) = (" + std::to_string(ad.nObs()) +
                                                       ", " + std::to_string(ad.nVars()) + ")");
    }
    ad.obsm = readMapping(root, "obsm", ad.nObs());
    ad.varm = readMapping(root, "varm", ad.nVars());
    ad.obsp = readMapping(root, "obsp", ad.nObs(), true);
    ad.varp = readMapping(root, "varp", ad.nVars(), true);
    progress_.stage("reading uns");
    if (exists(root, "uns")) {
        if (objectType(root, "uns") != H5O_TYPE_GROUP) fail("/uns", "expected a group");
        Hid g = openGroup(root, "uns", "/uns");
        ad.uns = readDict(g, "/uns");
    }
    // Pre-0.7: categories live in uns/<col>_categories; they are consumed here and never written back.
    if (!modern) {
        for (DataFrame* df : {&ad.obs, &ad.var}) {
            for (auto& col : df->columns) {
                const std::string key = col.name + "_categories";
                const Element* e = ad.uns.find(key);
                auto* codes = std::get_if<NDArray>(&col.data);
                if (!e || !codes || !isInteger(codes->dtype())) continue;
                Categorical c;
                for (std::int64_t i = 0; i < codes->size(); ++i) c.codes.push_back(static_cast<std::int32_t>(codes->at(i)));
                if (auto* s = e->getIf<StringArray>()) c.categories = s->values;
                else if (auto* a = e->getIf<NDArray>()) c.categories = *a;
                else continue;
                checkCodes(c, "/uns/" + key);
                col.data = std::move(c);
                ad.uns.erase(key);
            }
        }
    }
    if (pre07) {  // uns scalars were stored as 1-element arrays
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

    progress_.stage("reading raw");
    const bool rawGroup = exists(root, "raw"), rawLegacy = exists(root, "raw.X");
    if (rawGroup && rawLegacy) fail("/raw", "both /raw and the legacy /raw.X exist; expected only one");
    if (rawGroup || rawLegacy) {
        Raw raw;
        Hid g = rawGroup ? openGroup(root, "raw", "/raw") : Hid(H5Gopen2(root, "/", H5P_DEFAULT));
        const std::string px = rawGroup ? "X" : "raw.X", pv = rawGroup ? "var" : "raw.var", pm = rawGroup ? "varm" : "raw.varm";
        const std::string base = rawGroup ? "/raw/" : "/";
        if (!exists(g, px)) fail(base + px, "raw has no X");
        raw.X = readMatrix(g, px, base + px);
        if (matrixRows(raw.X) != ad.nObs())
            fail(base + px, "has " + std::to_string(matrixRows(raw.X)) + " rows but n_obs is " + std::to_string(ad.nObs()));
        if (exists(g, pv))
            raw.var = readDataFrame(g, pv, base + pv);
        else
            for (std::int64_t i = 0; i < matrixCols(raw.X); ++i) raw.var.index.push_back(std::to_string(i));
        if (exists(g, pm)) {
            if (objectType(g, pm) == H5O_TYPE_GROUP) {
                Hid m = openGroup(g, pm, base + pm);
                raw.varm = readDict(m, base + pm);
            } else {
                DataFrame df = readCompoundFrame(g, pm, base + pm);
                for (auto& c : df.columns) raw.varm.set(c.name, std::get<NDArray>(std::move(c.data)));
            }
        }
        ad.raw = std::move(raw);
    }
    return ad;
}

}  // namespace

AnnData read(const std::filesystem::path& file, Progress& progress) {
    Reader r(file, progress);
    try {
        return r.run();
    } catch (const Error&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw FileError(file.string(), "", "needs more memory than is available to read it");
    } catch (const std::exception& e) {
        throw FileError(file.string(), "", std::string("cannot be read: ") + e.what());
    }
}

}  // namespace scdiff::h5ad
