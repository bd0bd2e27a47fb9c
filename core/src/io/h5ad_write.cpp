// h5ad writer: exactly anndata 0.8's encoding (see docs/h5ad.md), into a temporary file in
// the target folder that is renamed over the target only once everything was written.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>

#include "io/h5ad_hdf5.hpp"
#include "io/hdf5_output.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/h5ad_rows.hpp"

namespace scdiff::h5ad {
namespace {

using h5io::Hid;

std::string join(const std::string& parent, const std::string& name) {
    return parent == "/" ? "/" + name : parent + "/" + name;
}

using io::detail::WriteFailure;

class Writer {
public:
    Writer(const WriteOptions& options, Progress& progress) : opt_(options), progress_(progress) {}

    void run(hid_t file, const AnnData& ad) {
        Hid root(H5Gopen2(file, "/", H5P_DEFAULT));
        h5io::writeEncoding(root, "anndata", "0.1.0");
        progress_.stage("writing X");
        if (ad.X) writeMatrix(root, "X", "/X", *ad.X);
        if (!ad.expressionFile.empty()) copyFromExpressionFile(root, ad, "X");
        progress_.checkCancelled();
        writeRest(root, ad);
    }

    // X, raw or a layer of a dataset opened backed, copied from its file as stored there. The file's X must still
    // have the dataset's cells and genes (a backed dataset whose obs or var changed length cannot be written).
    void copyFromExpressionFile(hid_t root, const AnnData& ad, const std::string& element) {
        openExpressionFile(ad);
        if (H5Lexists(expressionSource_, element.c_str(), H5P_DEFAULT) <= 0) return;
        if (H5Ocopy(expressionSource_, element.c_str(), root, element.c_str(), H5P_DEFAULT, h5io::lcpl()) < 0)
            fail("/" + element, "cannot copy it from " + ad.expressionFile + " (disk full, or that file is damaged)");
    }
    void openExpressionFile(const AnnData& ad) {
        if (!expressionSource_.valid()) {
            h5io::silenceHdf5();
            // Closed as the readers close it (H5F_CLOSE_STRONG): HDF5 refuses to open one file twice in a process
            // with different close degrees, and a RowReader may have it open.
            Hid fapl(H5Pcreate(H5P_FILE_ACCESS));
            H5Pset_fclose_degree(fapl, H5F_CLOSE_STRONG);
            expressionSource_ = Hid(H5Fopen(ad.expressionFile.c_str(), H5F_ACC_RDONLY, fapl));
            if (!expressionSource_.valid())
                fail("/X", "cannot open " + ad.expressionFile + ", which holds the expression of this dataset");
            const RowReader x(ad.expressionFile);
            if (x.rows() != ad.nObs() || x.cols() != ad.nVars())
                fail("/X", "the X of " + ad.expressionFile + " is " + std::to_string(x.rows()) + " x " +
                               std::to_string(x.cols()) + " but the dataset has " + std::to_string(ad.nObs()) +
                               " cells and " + std::to_string(ad.nVars()) + " genes");
        }
    }

    // X as CSR, a block of rows at a time (writeWithRowBlocks): data and indices grow in ~1 MiB chunks, indptr
    // as the rows come; the shape attribute once the number of rows is known. Returns that number.
    std::int64_t runRowBlocks(hid_t file, std::int64_t cols, std::int64_t mostEntries,
                              const std::function<bool(SparseMatrix&)>& nextBlock) {
        Hid root(H5Gopen2(file, "/", H5P_DEFAULT));
        h5io::writeEncoding(root, "anndata", "0.1.0");
        progress_.stage("writing X");
        Hid g = group(root, "X", "/X");
        enc(g, "/X", "csr_matrix", "0.1.0");
        Hid data = growingDataset(g, "data", "/X/data", H5T_IEEE_F32LE);
        // indices and indptr of one type (anndata 0.8 cannot subset a matrix whose two differ): 32-bit when every
        // entry X may have can be counted in 32 bits, as anndata writes them.
        const bool wide = mostEntries > 0x7fffffff || cols > 0x7fffffff;
        const hid_t indexType = wide ? H5T_STD_I64LE : H5T_STD_I32LE;
        Hid indices = growingDataset(g, "indices", "/X/indices", indexType);
        Hid indptr = growingDataset(g, "indptr", "/X/indptr", indexType);
        std::int64_t rows = 0, nnz = 0;
        const std::int64_t zero = 0;
        append(indptr, "/X/indptr", H5T_NATIVE_INT64, &zero, 0, 1);
        SparseMatrix block;
        while (nextBlock(block)) {
            if (block.cols != cols || static_cast<std::int64_t>(block.indptr.size()) != block.rows + 1 ||
                block.values.dtype() != DType::Float32 || block.values.size() != block.nnz())
                fail("/X", "a block of rows is inconsistent (columns, indptr length or float32 values)");
            if (nnz + block.nnz() > mostEntries)
                fail("/X", "more entries than the " + std::to_string(mostEntries) + " announced");
            append(data, "/X/data", H5T_NATIVE_FLOAT, block.values.raw(), nnz, block.nnz());
            append(indices, "/X/indices", H5T_NATIVE_INT32, block.indices.data(), nnz, block.nnz());
            std::vector<std::int64_t> ends(block.indptr.begin() + 1, block.indptr.end());
            for (auto& e : ends) e += nnz;
            append(indptr, "/X/indptr", H5T_NATIVE_INT64, ends.data(), rows + 1, block.rows);
            rows += block.rows;
            nnz += block.nnz();
            progress_.report(rows, rows);
            progress_.checkCancelled();
        }
        hsize_t two = 2;
        Hid space(H5Screate_simple(1, &two, nullptr));
        Hid a(H5Acreate2(g, "shape", H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT));
        const std::int64_t shape[2] = {rows, cols};
        if (!a.valid() || H5Awrite(a, H5T_NATIVE_INT64, shape) < 0) fail("/X", "cannot write attribute 'shape'");
        return rows;
    }

    // A dense float32 layer filled by produce(put) a block of rows at a time (writeWithLayerRows): chunks of whole
    // rows (~1 MiB), so each block of rows touches few chunks; encoded as anndata's array at the end.
    void writeLayerRows(hid_t root, const AnnData& ad, const std::string& layer, std::int64_t cols,
                        const std::function<void(const PutRows&)>& produce) {
        const std::string path = "/layers/" + layer;
        if (ad.layers.contains(layer)) fail(path, "the dataset has this layer already");
        Hid layers(H5Gopen2(root, "layers", H5P_DEFAULT));
        const std::int64_t rows = ad.nObs();
        hsize_t dims[2] = {static_cast<hsize_t>(rows), static_cast<hsize_t>(cols)};
        Hid space(H5Screate_simple(2, dims, nullptr));
        Hid dcpl(H5Pcreate(H5P_DATASET_CREATE));
        if (rows > 0 && cols > 0) {
            hsize_t chunk[2] = {std::max<hsize_t>(1, std::min<hsize_t>(dims[0], (hsize_t{1} << 18) / dims[1])),
                                dims[1]};
            H5Pset_chunk(dcpl, 2, chunk);
            const float zero = 0;
            H5Pset_fill_value(dcpl, H5T_NATIVE_FLOAT, &zero);
            if (opt_.gzipLevel > 0) {
                H5Pset_shuffle(dcpl);
                H5Pset_deflate(dcpl, static_cast<unsigned>(std::min(opt_.gzipLevel, 9)));
            }
        }
        Hid d(H5Dcreate2(layers, layer.c_str(), H5T_IEEE_F32LE, space, h5io::lcpl(), dcpl, H5P_DEFAULT));
        if (!d.valid()) fail(path, "cannot create this dataset");
        produce([&](std::int64_t first, std::int64_t n, const float* values) {
            if (first < 0 || n < 0 || first + n > rows) fail(path, "rows outside the layer");
            if (n == 0) return;
            const hsize_t start[2] = {static_cast<hsize_t>(first), 0}, count[2] = {static_cast<hsize_t>(n), dims[1]};
            Hid fileSpace(H5Dget_space(d));
            Hid memSpace(H5Screate_simple(2, count, nullptr));
            if (H5Sselect_hyperslab(fileSpace, H5S_SELECT_SET, start, nullptr, count, nullptr) < 0 ||
                H5Dwrite(d, H5T_NATIVE_FLOAT, memSpace, fileSpace, H5P_DEFAULT, values) < 0)
                fail(path, "cannot write the values (disk full?)");
            progress_.checkCancelled();
        });
        enc(d, path, "array", "0.2.0");
    }

    // Everything but X.
    void writeRest(hid_t root, const AnnData& ad) {
        progress_.stage("writing obs/var");
        writeDataFrame(root, "obs", "/obs", ad.obs);
        writeDataFrame(root, "var", "/var", ad.var);
        progress_.stage("writing layers, embeddings and uns");
        writeDict(root, "layers", "/layers", ad.layers);
        if (!ad.expressionFile.empty()) copyLayersFromExpressionFile(root, ad);
        writeDict(root, "obsm", "/obsm", ad.obsm);
        writeDict(root, "varm", "/varm", ad.varm);
        writeDict(root, "obsp", "/obsp", ad.obsp);
        writeDict(root, "varp", "/varp", ad.varp);
        writeDict(root, "uns", "/uns", ad.uns);
        if (ad.raw) {
            Hid g = group(root, "raw", "/raw");
            enc(g, "/raw", "raw", "0.1.0");
            writeMatrix(g, "X", "/raw/X", ad.raw->X);
            writeDataFrame(g, "var", "/raw/var", ad.raw->var);
            writeDict(g, "varm", "/raw/varm", ad.raw->varm);
        } else if (!ad.expressionFile.empty()) {
            copyFromExpressionFile(root, ad, "raw");
        }
    }

    // The file's layers a backed dataset does not hold in memory.
    void copyLayersFromExpressionFile(hid_t root, const AnnData& ad) {
        openExpressionFile(ad);
        if (H5Lexists(expressionSource_, "layers", H5P_DEFAULT) <= 0) return;
        Hid from(H5Gopen2(expressionSource_, "layers", H5P_DEFAULT));
        Hid to(H5Gopen2(root, "layers", H5P_DEFAULT));
        std::vector<std::string> names;
        hsize_t idx = 0;
        H5Literate(
            from, H5_INDEX_NAME, H5_ITER_INC, &idx,
            [](hid_t, const char* name, const H5L_info_t*, void* out) -> herr_t {
                static_cast<std::vector<std::string>*>(out)->emplace_back(name);
                return 0;
            },
            &names);
        for (const auto& name : names)
            if (!ad.layers.contains(name) &&
                H5Ocopy(from, name.c_str(), to, name.c_str(), H5P_DEFAULT, h5io::lcpl()) < 0)
                fail("/layers/" + name, "cannot copy it from " + ad.expressionFile + " (disk full?)");
    }

private:
    [[noreturn]] static void fail(const std::string& path, const std::string& problem) {
        throw WriteFailure{path, problem};
    }
    Hid group(hid_t loc, const std::string& name, const std::string& path) {
        Hid g(H5Gcreate2(loc, name.c_str(), h5io::lcpl(), groupCpl_, H5P_DEFAULT));
        if (!g.valid()) fail(path, "cannot create this group (duplicate or invalid name?)");
        return g;
    }
    void enc(hid_t obj, const std::string& path, const char* type, const char* version) {
        try {
            h5io::writeEncoding(obj, type, version);
        } catch (const std::exception&) {
            fail(path, "cannot write the encoding attributes");
        }
    }
    Hid createDataset(hid_t loc, const std::string& name, const std::string& path, hid_t ftype,
                      const std::vector<std::int64_t>& shape, bool compressible) {
        std::vector<hsize_t> dims(shape.begin(), shape.end());
        Hid space(shape.empty() ? H5Screate(H5S_SCALAR)
                                : H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr));
        Hid dcpl(H5Pcreate(H5P_DATASET_CREATE));
        std::uint64_t total = 1;
        for (auto d : dims) total *= d;
        const bool gzip = compressible && opt_.gzipLevel > 0;
        // Large datasets are chunked (~1 MiB) like h5py's: measured faster to write here than one huge pwrite.
        const bool big = total * H5Tget_size(ftype) > (std::uint64_t{4} << 20) && H5Tis_variable_str(ftype) <= 0;
        if ((gzip || big) && !shape.empty() && total > 0) {
            // ~1 MiB chunks of whole trailing dimensions.
            std::vector<hsize_t> chunk(dims);
            std::uint64_t inner = H5Tget_size(ftype);
            for (size_t i = 1; i < chunk.size(); ++i) inner *= chunk[i];
            chunk[0] = std::max<hsize_t>(1, std::min<hsize_t>(dims[0], (1u << 20) / std::max<std::uint64_t>(inner, 1)));
            H5Pset_chunk(dcpl, static_cast<int>(chunk.size()), chunk.data());
            if (gzip) {
                H5Pset_shuffle(dcpl);
                H5Pset_deflate(dcpl, static_cast<unsigned>(std::min(opt_.gzipLevel, 9)));
            }
        }
        Hid d(H5Dcreate2(loc, name.c_str(), ftype, space, h5io::lcpl(), dcpl, H5P_DEFAULT));
        if (!d.valid()) fail(path, "cannot create this dataset (duplicate or invalid name?)");
        return d;
    }

    // A 1-D dataset that starts empty and grows (unlimited, chunked: 256 Ki elements, gzip as the options say).
    Hid growingDataset(hid_t loc, const std::string& name, const std::string& path, hid_t ftype) {
        hsize_t now = 0, most = H5S_UNLIMITED, chunk = hsize_t{1} << 18;
        Hid space(H5Screate_simple(1, &now, &most));
        Hid dcpl(H5Pcreate(H5P_DATASET_CREATE));
        H5Pset_chunk(dcpl, 1, &chunk);
        if (opt_.gzipLevel > 0) {
            H5Pset_shuffle(dcpl);
            H5Pset_deflate(dcpl, static_cast<unsigned>(std::min(opt_.gzipLevel, 9)));
        }
        Hid d(H5Dcreate2(loc, name.c_str(), ftype, space, h5io::lcpl(), dcpl, H5P_DEFAULT));
        if (!d.valid()) fail(path, "cannot create this dataset");
        return d;
    }
    // Writes n values at [at, at + n) of a growing dataset, growing it first.
    void append(hid_t d, const std::string& path, hid_t memType, const void* values, std::int64_t at, std::int64_t n) {
        if (n <= 0) return;
        const hsize_t size = static_cast<hsize_t>(at + n), start = static_cast<hsize_t>(at),
                      count = static_cast<hsize_t>(n);
        if (H5Dset_extent(d, &size) < 0) fail(path, "cannot grow the dataset (disk full?)");
        Hid fileSpace(H5Dget_space(d));
        Hid memSpace(H5Screate_simple(1, &count, nullptr));
        if (H5Sselect_hyperslab(fileSpace, H5S_SELECT_SET, &start, nullptr, &count, nullptr) < 0 ||
            H5Dwrite(d, memType, memSpace, fileSpace, H5P_DEFAULT, values) < 0)
            fail(path, "cannot write the values (disk full?)");
    }

    void writeArray(hid_t loc, const std::string& name, const std::string& path, const NDArray& a, bool encode,
                    const char* type = nullptr) {
        Hid ft = fileType(a.dtype());
        Hid d = createDataset(loc, name, path, ft, a.shape(), true);
        Hid mt = h5io::memType(a.dtype());
        if (a.size() > 0 && H5Dwrite(d, mt, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.raw()) < 0)
            fail(path, "cannot write the values (disk full?)");
        if (encode) enc(d, path, type ? type : (a.isScalar() ? "numeric-scalar" : "array"), "0.2.0");
    }
    static Hid fileType(DType t) {
        switch (t) {
            case DType::Bool:
                return h5io::boolType();
            case DType::Int8:
                return Hid(H5Tcopy(H5T_STD_I8LE));
            case DType::Int16:
                return Hid(H5Tcopy(H5T_STD_I16LE));
            case DType::Int32:
                return Hid(H5Tcopy(H5T_STD_I32LE));
            case DType::Int64:
                return Hid(H5Tcopy(H5T_STD_I64LE));
            case DType::UInt8:
                return Hid(H5Tcopy(H5T_STD_U8LE));
            case DType::UInt16:
                return Hid(H5Tcopy(H5T_STD_U16LE));
            case DType::UInt32:
                return Hid(H5Tcopy(H5T_STD_U32LE));
            case DType::UInt64:
                return Hid(H5Tcopy(H5T_STD_U64LE));
            case DType::Float32:
                return Hid(H5Tcopy(H5T_IEEE_F32LE));
            case DType::Float64:
                return Hid(H5Tcopy(H5T_IEEE_F64LE));
        }
        return Hid(H5Tcopy(H5T_IEEE_F64LE));
    }
    template <class T>
    void writeVector(hid_t loc, const std::string& name, const std::string& path, const std::vector<T>& v, hid_t ftype,
                     hid_t mtype) {
        Hid d = createDataset(loc, name, path, ftype, {static_cast<std::int64_t>(v.size())}, true);
        if (!v.empty() && H5Dwrite(d, mtype, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()) < 0)
            fail(path, "cannot write the values (disk full?)");
    }
    void writeStrings(hid_t loc, const std::string& name, const std::string& path, const std::vector<std::string>& v,
                      const std::vector<std::int64_t>& shape, bool encode) {
        Hid t = h5io::utf8Type();
        Hid d = createDataset(loc, name, path, t, shape, true);
        std::vector<const char*> ptrs;
        ptrs.reserve(v.size());
        for (const auto& s : v) ptrs.push_back(s.c_str());
        if (!ptrs.empty() && H5Dwrite(d, t, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data()) < 0)
            fail(path, "cannot write the strings (disk full?)");
        if (encode) enc(d, path, shape.empty() ? "string" : "string-array", "0.2.0");
    }

    void writeSparse(hid_t loc, const std::string& name, const std::string& path, const SparseMatrix& s) {
        Hid g = group(loc, name, path);
        enc(g, path, s.storedAsCsc ? "csc_matrix" : "csr_matrix", "0.1.0");
        {
            hsize_t two = 2;
            Hid space(H5Screate_simple(1, &two, nullptr));
            Hid a(H5Acreate2(g, "shape", H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT));
            const std::int64_t shape[2] = {s.rows, s.cols};
            if (!a.valid() || H5Awrite(a, H5T_NATIVE_INT64, shape) < 0) fail(path, "cannot write attribute 'shape'");
        }
        if (static_cast<std::int64_t>(s.indptr.size()) != s.rows + 1 || s.values.size() != s.nnz())
            fail(path, "the sparse matrix is inconsistent (indptr length or value count)");
        constexpr std::int64_t lim = 0x7fffffff;
        const bool wide = s.nnz() > lim || s.rows > lim || s.cols > lim;
        Hid it(H5Tcopy(wide ? H5T_STD_I64LE : H5T_STD_I32LE));
        if (!s.storedAsCsc) {
            writeArray(g, "data", join(path, "data"), s.values, false);
            writeVector(g, "indices", join(path, "indices"), s.indices.vec(), it, H5T_NATIVE_INT32);
            writeVector(g, "indptr", join(path, "indptr"), s.indptr.vec(), it, H5T_NATIVE_INT64);
            return;
        }
        // CSR -> CSC for storage.
        const size_t nnz = static_cast<size_t>(s.nnz()), es = dtypeSize(s.values.dtype());
        std::vector<std::int64_t> ptr(static_cast<size_t>(s.cols) + 1, 0);
        for (auto c : s.indices) ++ptr[static_cast<size_t>(c) + 1];
        for (size_t c = 0; c < static_cast<size_t>(s.cols); ++c) ptr[c + 1] += ptr[c];
        std::vector<std::int32_t> rows(nnz);
        NDArray vals(s.values.dtype(), {static_cast<std::int64_t>(nnz)});
        auto* src = static_cast<const std::byte*>(s.values.raw());
        auto* dst = static_cast<std::byte*>(vals.raw());
        std::vector<std::int64_t> next(ptr.begin(), ptr.end() - 1);
        for (std::int64_t r = 0; r < s.rows; ++r)
            for (std::int64_t k = s.indptr[static_cast<size_t>(r)]; k < s.indptr[static_cast<size_t>(r) + 1]; ++k) {
                const auto c = static_cast<size_t>(s.indices[static_cast<size_t>(k)]);
                const auto p = static_cast<size_t>(next[c]++);
                rows[p] = static_cast<std::int32_t>(r);
                std::memcpy(dst + p * es, src + static_cast<size_t>(k) * es, es);
            }
        writeArray(g, "data", join(path, "data"), vals, false);
        writeVector(g, "indices", join(path, "indices"), rows, it, H5T_NATIVE_INT32);
        writeVector(g, "indptr", join(path, "indptr"), ptr, it, H5T_NATIVE_INT64);
    }

    void writeMatrix(hid_t loc, const std::string& name, const std::string& path, const Matrix& m) {
        if (auto* d = std::get_if<NDArray>(&m))
            writeArray(loc, name, path, *d, true);
        else
            writeSparse(loc, name, path, std::get<SparseMatrix>(m));
    }

    void writeCategorical(hid_t loc, const std::string& name, const std::string& path, const Categorical& c) {
        Hid g = group(loc, name, path);
        enc(g, path, "categorical", "0.2.0");
        {
            Hid bt = h5io::boolType();
            Hid space(H5Screate(H5S_SCALAR));
            Hid a(H5Acreate2(g, "ordered", bt, space, H5P_DEFAULT, H5P_DEFAULT));
            const std::int8_t v = c.ordered ? 1 : 0;
            if (!a.valid() || H5Awrite(a, bt, &v) < 0) fail(path, "cannot write attribute 'ordered'");
        }
        // Signed codes as pandas makes them: int8 up to 127 categories, then int16, then int32.
        const auto k = c.categoryCount();
        NDArray codes;
        if (k <= 127) {
            std::vector<std::int8_t> v(c.codes.begin(), c.codes.end());
            codes = NDArray::fromVector(std::move(v));
        } else if (k <= 32767) {
            std::vector<std::int16_t> v(c.codes.begin(), c.codes.end());
            codes = NDArray::fromVector(std::move(v));
        } else {
            codes = NDArray::fromVector(c.codes);
        }
        writeArray(g, "codes", join(path, "codes"), codes, true);
        if (auto* s = std::get_if<std::vector<std::string>>(&c.categories))
            writeStrings(g, "categories", join(path, "categories"), *s, {static_cast<std::int64_t>(s->size())}, true);
        else
            writeArray(g, "categories", join(path, "categories"), std::get<NDArray>(c.categories), true);
    }

    void writeNullable(hid_t loc, const std::string& name, const std::string& path, const NullableArray& a) {
        Hid g = group(loc, name, path);
        const char* type = a.kind == NullableArray::Kind::Integer   ? "nullable-integer"
                           : a.kind == NullableArray::Kind::Boolean ? "nullable-boolean"
                                                                    : "nullable-string-array";
        enc(g, path, type, "0.1.0");
        if (a.kind == NullableArray::Kind::String) {
            try {
                h5io::writeStringAttr(g, "na-value", a.naValue);
            } catch (const std::exception&) {
                fail(path, "cannot write attribute 'na-value'");
            }
            writeStrings(g, "values", join(path, "values"), a.strings, {static_cast<std::int64_t>(a.strings.size())},
                         true);
        } else {
            writeArray(g, "values", join(path, "values"), a.values, true);
        }
        std::vector<bool> m(a.mask.begin(), a.mask.end());
        writeArray(g, "mask", join(path, "mask"), NDArray::fromVector(std::move(m)), true);
    }

    void writeOpaque(hid_t loc, const std::string& name, const std::string& path, const OpaqueElement& o) {
        if (!o.store || o.store->file < 0) fail(path, "the kept element has no store");
        if (H5Ocopy(o.store->file, o.path.c_str(), loc, name.c_str(), H5P_DEFAULT, h5io::lcpl()) < 0)
            fail(path, "cannot copy the kept element back");
    }

    void writeColumn(hid_t loc, const std::string& name, const std::string& path, const ColumnData& c) {
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, NDArray>)
                    writeArray(loc, name, path, v, true, "array");
                else if constexpr (std::is_same_v<T, StringArray>)
                    writeStrings(loc, name, path, v.values, v.shape, true);
                else if constexpr (std::is_same_v<T, Categorical>)
                    writeCategorical(loc, name, path, v);
                else if constexpr (std::is_same_v<T, NullableArray>)
                    writeNullable(loc, name, path, v);
                else
                    writeOpaque(loc, name, path, v);
            },
            c);
    }

    void writeDataFrame(hid_t loc, const std::string& name, const std::string& path, const DataFrame& df) {
        Hid g = group(loc, name, path);
        enc(g, path, "dataframe", "0.2.0");
        const std::string indexName = df.indexName.empty() ? "_index" : df.indexName;
        std::vector<std::string> order;
        for (const auto& c : df.columns) {
            if (c.name == indexName || c.name == "_index")
                fail(join(path, c.name), "a column cannot have the name of the index ('" + indexName + "')");
            if (columnLength(c.data) != df.rows() && !std::holds_alternative<OpaqueElement>(c.data))
                fail(join(path, c.name), "has " + std::to_string(columnLength(c.data)) +
                                             " values but the data frame has " + std::to_string(df.rows()) + " rows");
            order.push_back(c.name);
        }
        try {
            h5io::writeStringAttr(g, "_index", indexName);
            h5io::writeStringArrayAttr(g, "column-order", order);
        } catch (const std::exception&) {
            fail(path, "cannot write the dataframe attributes");
        }
        writeStrings(g, indexName, join(path, indexName), df.index, {df.rows()}, true);
        for (const auto& c : df.columns) {
            progress_.checkCancelled();
            writeColumn(g, c.name, join(path, c.name), c.data);
        }
    }

    void writeElement(hid_t loc, const std::string& name, const std::string& path, const Element& e) {
        if (name.find('/') != std::string::npos || name.empty() || name == ".")
            fail(path, "the key '" + name + "' is not a valid HDF5 name (no '/' allowed)");
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, Dict>)
                    writeDict(loc, name, path, v);
                else if constexpr (std::is_same_v<T, NDArray>)
                    writeArray(loc, name, path, v, true);
                else if constexpr (std::is_same_v<T, StringArray>)
                    writeStrings(loc, name, path, v.values, v.shape, true);
                else if constexpr (std::is_same_v<T, SparseMatrix>)
                    writeSparse(loc, name, path, v);
                else if constexpr (std::is_same_v<T, DataFrame>)
                    writeDataFrame(loc, name, path, v);
                else if constexpr (std::is_same_v<T, Categorical>)
                    writeCategorical(loc, name, path, v);
                else if constexpr (std::is_same_v<T, NullableArray>)
                    writeNullable(loc, name, path, v);
                else if constexpr (std::is_same_v<T, OpaqueElement>)
                    writeOpaque(loc, name, path, v);
                else {  // Null: anndata >= 0.12's encoding (0.8 drops None)
                    Hid space(H5Screate(H5S_NULL));
                    Hid d(H5Dcreate2(loc, name.c_str(), H5T_IEEE_F32LE, space, h5io::lcpl(), H5P_DEFAULT, H5P_DEFAULT));
                    if (!d.valid()) fail(path, "cannot create this dataset");
                    enc(d, path, "null", "0.1.0");
                }
            },
            e.value);
    }

    void writeDict(hid_t loc, const std::string& name, const std::string& path, const Dict& d) {
        Hid g = group(loc, name, path);
        enc(g, path, "dict", "0.1.0");
        for (size_t i = 0; i < d.size(); ++i) writeElement(g, d.keys()[i], join(path, d.keys()[i]), d.values()[i]);
    }

public:
    hid_t groupCpl_ = H5P_DEFAULT;

private:
    Hid expressionSource_;  // a backed dataset's file, opened when first needed
    const WriteOptions& opt_;
    Progress& progress_;
};

}  // namespace

void writeWithLayerRows(const AnnData& data, const std::filesystem::path& file, const std::string& layer,
                        std::int64_t cols, const std::function<void(const PutRows& put)>& produce,
                        const WriteOptions& options, Progress& progress) {
    io::detail::writeHdf5Atomically(file, options, [&](hid_t f, hid_t groupCpl) {
        Writer w(options, progress);
        w.groupCpl_ = groupCpl;
        w.run(f, data);
        Hid root(H5Gopen2(f, "/", H5P_DEFAULT));
        w.writeLayerRows(root, data, layer, cols, produce);
    });
}

void writeWithRowBlocks(const std::filesystem::path& file, std::int64_t cols, std::int64_t mostEntries,
                        const std::function<bool(SparseMatrix& block)>& nextBlock, const std::function<AnnData()>& rest,
                        const WriteOptions& options, Progress& progress) {
    io::detail::writeHdf5Atomically(file, options, [&](hid_t f, hid_t groupCpl) {
        Writer w(options, progress);
        w.groupCpl_ = groupCpl;
        const std::int64_t rows = w.runRowBlocks(f, cols, mostEntries, nextBlock);
        const AnnData others = rest();
        if (others.nObs() != rows || others.nVars() != cols)
            throw io::detail::WriteFailure{"/obs", "the cells and genes described (" + std::to_string(others.nObs()) +
                                                       " x " + std::to_string(others.nVars()) +
                                                       ") are not the rows and columns written (" +
                                                       std::to_string(rows) + " x " + std::to_string(cols) + ")"};
        Hid root(H5Gopen2(f, "/", H5P_DEFAULT));
        w.writeRest(root, others);
    });
}

void write(const AnnData& data, const std::filesystem::path& file, const WriteOptions& options, Progress& progress) {
    io::detail::writeHdf5Atomically(file, options, [&](hid_t f, hid_t groupCpl) {
        Writer w(options, progress);
        w.groupCpl_ = groupCpl;
        w.run(f, data);
    });
}

}  // namespace scdiff::h5ad
