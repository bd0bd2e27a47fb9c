#include "io/h5ad_elements.hpp"

#include <cstring>

#include "io/h5ad_legacy.hpp"

namespace scdiff::h5ad::detail {

OpaqueElement ElementReader::opaque(hid_t loc, const std::string& name, const std::string& path, const std::string& enc,
                                    const std::string& what) {
    if (!store_) store_ = std::make_shared<OpaqueStore>();
    if (store_->file < 0) src_.fail(path, "cannot create the in-memory store for unknown elements");
    const std::string dest = "/e" + std::to_string(store_->counter++);
    if (H5Ocopy(loc, name.c_str(), store_->file, dest.c_str(), H5P_DEFAULT, H5P_DEFAULT) < 0)
        src_.fail(path, "cannot copy this element (the file is damaged)");
    OpaqueElement o;
    o.store = store_;
    o.path = dest;
    o.encodingType = enc;
    o.description = what;
    return o;
}

SparseMatrix ElementReader::readSparse(hid_t loc, const std::string& name, const std::string& path, bool csc,
                                       std::optional<std::pair<std::int64_t, std::int64_t>> shapeHint) {
    Hid g = src_.openGroup(loc, name, path);
    std::int64_t shape[2] = {-1, -1};
    const char* shapeAttr =
        h5io::hasAttr(g, "shape") ? "shape" : (h5io::hasAttr(g, "h5sparse_shape") ? "h5sparse_shape" : nullptr);
    if (shapeAttr) {
        Hid a(H5Aopen(g, shapeAttr, H5P_DEFAULT));
        Hid s(H5Aget_space(a));
        Hid t(H5Aget_type(a));
        if (H5Sget_simple_extent_npoints(s) != 2 || H5Tget_class(t) != H5T_INTEGER ||
            H5Aread(a, H5T_NATIVE_INT64, shape) < 0)
            src_.fail(path, "attribute 'shape' must hold two integers (n_obs, n_vars)");
    } else if (shapeHint) {
        shape[0] = shapeHint->first;
        shape[1] = shapeHint->second;
    } else {
        src_.fail(path, "sparse matrix has no 'shape' attribute");
    }
    if (shape[0] < 0 || shape[1] < 0 || shape[0] >= (std::int64_t{1} << 40) || shape[1] > 0x7fffffff)
        src_.fail(path, "attribute 'shape' holds an impossible shape (" + std::to_string(shape[0]) + ", " +
                            std::to_string(shape[1]) + ")");
    for (const char* m : {"data", "indices", "indptr"})
        if (!src_.exists(g, m)) src_.fail(join(path, m), "missing: a sparse matrix needs data, indices and indptr");
    const std::int64_t major = csc ? shape[1] : shape[0], minor = csc ? shape[0] : shape[1];
    SparseMatrix sp;
    sp.rows = shape[0];
    sp.cols = shape[1];
    sp.storedAsCsc = csc;
    sp.indptr = src_.readIntVector<std::int64_t>(g, "indptr", join(path, "indptr"));
    if (static_cast<std::int64_t>(sp.indptr.size()) != major + 1)
        src_.fail(join(path, "indptr"), "has length " + std::to_string(sp.indptr.size()) + " but the shape needs " +
                                            std::to_string(major + 1));
    std::vector<std::int32_t> idx;
    {
        Hid d = src_.openDataset(g, "indices", join(path, "indices"));
        auto ext = src_.extent(d, join(path, "indices"));
        if (ext.size() != 1) src_.fail(join(path, "indices"), "expected a 1-D integer dataset");
        if (ext[0] != sp.indptr.back())
            src_.fail(join(path, "indices"), "has length " + std::to_string(ext[0]) + " but indptr ends at " +
                                                 std::to_string(sp.indptr.back()));
    }
    if (sp.indptr.front() != 0) src_.fail(join(path, "indptr"), "must start at 0");
    for (size_t i = 1; i < sp.indptr.size(); ++i)
        if (sp.indptr[i] < sp.indptr[i - 1]) src_.fail(join(path, "indptr"), "must be non-decreasing");
    idx = src_.readIntVector<std::int32_t>(g, "indices", join(path, "indices"));
    for (auto v : idx)
        if (v < 0 || v >= minor)
            src_.fail(join(path, "indices"),
                      "holds the index " + std::to_string(v) + ", outside 0.." + std::to_string(minor - 1));
    sp.values = src_.readNumeric(g, "data", join(path, "data"));
    if (sp.values.rank() != 1 || sp.values.size() != static_cast<std::int64_t>(idx.size()))
        src_.fail(join(path, "data"), "must be 1-D with one value per index (" + std::to_string(idx.size()) + ")");
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
Matrix ElementReader::readMatrix(hid_t loc, const std::string& name, const std::string& path) {
    const auto type = src_.objectType(loc, name);
    if (type == H5O_TYPE_DATASET) {
        NDArray a = src_.readNumeric(loc, name, path);
        if (a.rank() != 2) src_.fail(path, "expected a 2-D matrix, found rank " + std::to_string(a.rank()));
        return a;
    }
    if (type == H5O_TYPE_GROUP) {
        Hid g = src_.openGroup(loc, name, path);
        std::string enc = src_.encoding(g);
        if (enc.empty()) enc = h5io::stringAttr(g, "h5sparse_format").value_or("");
        if (enc == "csr_matrix" || enc == "csr") return readSparse(loc, name, path, false);
        if (enc == "csc_matrix" || enc == "csc") return readSparse(loc, name, path, true);
        src_.fail(path, "has the unknown matrix encoding '" + enc + "' (expected an array, csr_matrix or csc_matrix)");
    }
    src_.fail(path, "expected a matrix (dataset or sparse group)");
}

ColumnData ElementReader::readColumn(hid_t df, const std::string& name, const std::string& path, std::int64_t n) {
    ColumnData c = readColumnInner(df, name, path);
    if (columnLength(c) != n && !std::holds_alternative<OpaqueElement>(c))
        src_.fail(path, "has " + std::to_string(columnLength(c)) + " values but the data frame has " +
                            std::to_string(n) + " rows");
    return c;
}

Categorical ElementReader::readCategorical(hid_t loc, const std::string& name, const std::string& path) {
    Hid g = src_.openGroup(loc, name, path);
    if (!src_.exists(g, "codes") || !src_.exists(g, "categories"))
        src_.fail(path, "categorical needs 'codes' and 'categories'");
    Categorical c;
    c.codes = src_.readIntVector<std::int32_t>(g, "codes", join(path, "codes"));
    c.categories = readCategories(g, "categories", join(path, "categories"));
    c.ordered = src_.readBoolAttr(g, "ordered");
    src_.checkCodes(c, path);
    return c;
}

std::variant<std::vector<std::string>, NDArray> ElementReader::readCategories(hid_t loc, const std::string& name,
                                                                              const std::string& path) {
    Hid d = src_.openDataset(loc, name, path);
    Hid t(H5Dget_type(d));
    if (H5Tget_class(t) == H5T_STRING) return src_.readStringArray(loc, name, path).values;
    NDArray a = src_.readNumeric(d, path);
    if (a.rank() != 1) src_.fail(path, "categories must be 1-D");
    return a;
}

NullableArray ElementReader::readNullable(hid_t loc, const std::string& name, const std::string& path,
                                          const std::string& enc) {
    Hid g = src_.openGroup(loc, name, path);
    if (!src_.exists(g, "values") || !src_.exists(g, "mask"))
        src_.fail(path, "nullable array needs 'values' and 'mask'");
    NullableArray a;
    NDArray mask = src_.readNumeric(g, "mask", join(path, "mask"));
    a.mask.resize(static_cast<size_t>(mask.size()));
    for (std::int64_t i = 0; i < mask.size(); ++i) a.mask[static_cast<size_t>(i)] = mask.at(i) != 0;
    if (enc == "nullable-string-array") {
        a.kind = NullableArray::Kind::String;
        a.strings = src_.readStringArray(g, "values", join(path, "values")).values;
        a.naValue = h5io::stringAttr(g, "na-value").value_or("NA");
    } else {
        a.kind = enc == "nullable-boolean" ? NullableArray::Kind::Boolean : NullableArray::Kind::Integer;
        a.values = src_.readNumeric(g, "values", join(path, "values"));
    }
    if (static_cast<std::int64_t>(a.mask.size()) != a.size()) src_.fail(path, "values and mask differ in length");
    return a;
}

ColumnData ElementReader::readColumnInner(hid_t df, const std::string& name, const std::string& path) {
    const auto type = src_.objectType(df, name);
    if (type == H5O_TYPE_GROUP) {
        Hid g = src_.openGroup(df, name, path);
        const std::string enc = src_.encoding(g);
        if (enc == "categorical") return readCategorical(df, name, path);
        if (enc.rfind("nullable-", 0) == 0) return readNullable(df, name, path, enc);
        return opaque(df, name, path, enc, "group");
    }
    if (type != H5O_TYPE_DATASET) src_.fail(path, "expected a column (dataset or group)");
    Hid d = src_.openDataset(df, name, path);
    const std::string enc = src_.encoding(d);
    Hid t(H5Dget_type(d));
    const auto cls = H5Tget_class(t);
    if (cls == H5T_STRING) {
        StringArray s = src_.readStringArray(df, name, path);
        if (s.shape.size() != 1) src_.fail(path, "expected a 1-D column");
        return s;
    }
    if (cls == H5T_INTEGER || cls == H5T_FLOAT || cls == H5T_ENUM) {
        // 0.7 layout: integer codes with an object reference to __categories/<col>.
        if (h5io::hasAttr(d, "categories")) {
            Hid a(H5Aopen(d, "categories", H5P_DEFAULT));
            Hid at(H5Aget_type(a));
            if (H5Tget_class(at) == H5T_REFERENCE) {
                hobj_ref_t ref;
                if (H5Aread(a, H5T_STD_REF_OBJ, &ref) < 0) src_.fail(path, "cannot read the 'categories' reference");
                Hid cat(H5Rdereference2(d, H5P_DEFAULT, H5R_OBJECT, &ref));
                if (!cat.valid()) src_.fail(path, "attribute 'categories' points nowhere");
                Categorical c;
                c.codes = src_.readIntVector<std::int32_t>(df, name, path);
                c.categories = readCategories(cat, ".", path + " (categories)");
                c.ordered = src_.readBoolAttr(cat, "ordered");
                src_.checkCodes(c, path);
                return c;
            }
        }
        NDArray a = src_.readNumeric(d, path);
        if (a.rank() != 1) src_.fail(path, "expected a 1-D column");
        return a;
    }
    return opaque(df, name, path, enc, "dataset");
}

DataFrame ElementReader::readDataFrame(hid_t loc, const std::string& name, const std::string& path,
                                       std::optional<std::int64_t> expectRows) {
    if (src_.objectType(loc, name) == H5O_TYPE_DATASET) return readCompoundFrame(src_, loc, name, path);
    if (src_.objectType(loc, name) != H5O_TYPE_GROUP) src_.fail(path, "expected a dataframe group");
    Hid g = src_.openGroup(loc, name, path);
    DataFrame df;
    df.indexName = h5io::stringAttr(g, "_index").value_or("_index");
    if (!src_.exists(g, df.indexName))
        src_.fail(path, "attribute _index names '" + df.indexName + "' but there is no such member");
    const std::string ipath = join(path, df.indexName);
    if (src_.objectType(g, df.indexName) == H5O_TYPE_GROUP) {
        NullableArray a = readNullable(g, df.indexName, ipath, "nullable-string-array");
        df.index = std::move(a.strings);
    } else {
        Hid d = src_.openDataset(g, df.indexName, ipath);
        Hid t(H5Dget_type(d));
        if (H5Tget_class(t) == H5T_STRING) {
            df.index = src_.readStringArray(g, df.indexName, ipath).values;
        } else {  // integer index: format it
            NDArray a = src_.readNumeric(d, ipath);
            for (std::int64_t i = 0; i < a.size(); ++i)
                df.index.push_back(std::to_string(static_cast<long long>(a.at(i))));
        }
    }
    if (expectRows && df.rows() != *expectRows)
        src_.fail(path, "has " + std::to_string(df.rows()) + " rows but " + std::to_string(*expectRows) +
                            " were expected (the matrix dimension)");
    std::vector<std::string> order = h5io::stringArrayAttr(g, "column-order");
    for (const auto& col : order) {
        if (!src_.exists(g, col)) src_.fail(path, "column-order lists '" + col + "' but there is no such member");
        df.columns.push_back({col, readColumn(g, col, join(path, col), df.rows())});
    }
    return df;
}

// Generic element (uns, obsm, ...).
Element ElementReader::readElement(hid_t loc, const std::string& name, const std::string& path, int depth) {
    if (depth > 64) src_.fail(path, "is nested too deeply");
    src_.progress().checkCancelled();
    const auto type = src_.objectType(loc, name);
    if (type == H5O_TYPE_GROUP) {
        Hid g = src_.openGroup(loc, name, path);
        std::string enc = src_.encoding(g);
        if (enc.empty() && h5io::hasAttr(g, "h5sparse_format"))
            enc = h5io::stringAttr(g, "h5sparse_format").value_or("") + "_matrix";
        if (enc == "dict" || enc.empty()) return readDict(g, path, depth);
        if (enc == "csr_matrix" || enc == "csc_matrix") return readSparse(loc, name, path, enc == "csc_matrix");
        if (enc == "dataframe") return readDataFrame(loc, name, path);
        if (enc == "categorical") return readCategorical(loc, name, path);
        if (enc == "nullable-integer" || enc == "nullable-boolean" || enc == "nullable-string-array")
            return readNullable(loc, name, path, enc);
        return opaque(loc, name, path, enc, "group (" + enc + ")");
    }
    if (type != H5O_TYPE_DATASET) src_.fail(path, "is neither a group nor a dataset");
    Hid d = src_.openDataset(loc, name, path);
    const std::string enc = src_.encoding(d);
    auto shape = src_.extent(d, path);
    if (!shape.empty() && shape[0] < 0) return Null{};
    Hid t(H5Dget_type(d));
    const auto cls = H5Tget_class(t);
    if (enc == "null") return Null{};
    if (cls == H5T_STRING) return src_.readStringArray(loc, name, path);
    if ((cls == H5T_INTEGER || cls == H5T_FLOAT || cls == H5T_ENUM) && h5io::dtypeOf(t) &&
        (enc.empty() || enc == "array" || enc == "numeric-scalar"))
        return src_.readNumeric(d, path);
    return opaque(loc, name, path, enc, cls == H5T_COMPOUND ? "compound dataset" : "dataset");
}

Dict ElementReader::readDict(hid_t g, const std::string& path, int depth) {
    Dict dict;
    for (const auto& m : src_.members(g, path)) dict.set(m, readElement(g, m, join(path, m), depth + 1));
    return dict;
}

Dict ElementReader::readMapping(hid_t root, const std::string& name, std::int64_t rows, bool square) {
    if (!src_.exists(root, name)) return {};
    const std::string path = "/" + name;
    if (src_.objectType(root, name) == H5O_TYPE_DATASET) {  // pre-0.7 compound obsm/varm
        DataFrame df = readCompoundFrame(src_, root, name, path);
        Dict out;
        for (auto& c : df.columns) out.set(c.name, std::get<NDArray>(std::move(c.data)));
        return out;
    }
    Hid g = src_.openGroup(root, name, path);
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
            src_.fail(ep, "has " + std::to_string(r) + " rows but " + std::to_string(rows) + " were expected");
        if (square && c >= 0 && c != rows) src_.fail(ep, "must be square (" + std::to_string(rows) + " columns)");
    }
    return d;
}

}  // namespace scdiff::h5ad::detail
