// RowReader: X's rows read from the file a selection at a time (h5ad_rows.hpp). The requested rows are sorted and
// joined into runs of consecutive rows, each run read with one hyperslab per dataset; the rows are then put in the
// order asked for.
#include "scdiff/h5ad_rows.hpp"

#include <algorithm>
#include <cstring>
#include <numeric>

#include "io/h5ad_source.hpp"
#include "scdiff/error.hpp"

namespace scdiff::h5ad {

using detail::join;
using h5io::Hid;

struct RowReader::Impl {
    std::filesystem::path path;
    detail::Source src;
    Hid file;
    bool dense = false;
    std::int64_t rows = 0, cols = 0;
    std::vector<std::int64_t> indptr;  // CSR only
    Hid data, indices;                 // CSR: both; dense: data only
    std::string dataPath, indicesPath;

    explicit Impl(std::filesystem::path p) : path(std::move(p)), src(path, nullProgress()) {}

    // A dataset whose chunks are compressed gets a chunk cache (521 slots, a prime as HDF5 advises, over
    // kChunkCacheBytes), so that the rows of one block do not decompress a chunk again each. An uncompressed one
    // gets none: HDF5 then reads the bytes asked for, where a cached chunk (anndata's are up to 1 MB) would be read
    // whole for a row of a few KB.
    Hid openCached(hid_t loc, const std::string& name, const std::string& where) {
        Hid plain(H5Dopen2(loc, name.c_str(), H5P_DEFAULT));
        if (!plain.valid()) src.fail(where, "cannot open this dataset (the file is damaged or it is not a dataset)");
        Hid dcpl(H5Dget_create_plist(plain));
        const bool compressed = dcpl.valid() && H5Pget_nfilters(dcpl) > 0;
        Hid dapl(H5Pcreate(H5P_DATASET_ACCESS));
        H5Pset_chunk_cache(dapl, compressed ? 521 : 0, compressed ? kChunkCacheBytes : 0, 1.0);
        Hid d(H5Dopen2(loc, name.c_str(), dapl));
        if (!d.valid()) src.fail(where, "cannot open this dataset (the file is damaged or it is not a dataset)");
        return d;
    }

    // Reads `count` elements of 1-D dataset `d` from `offset` as `memType` into out.
    void readSlab(hid_t d, const std::string& where, hid_t memType, std::int64_t offset, std::int64_t count,
                  void* out) const {
        if (count == 0) return;
        Hid space(H5Dget_space(d));
        const hsize_t start = static_cast<hsize_t>(offset), n = static_cast<hsize_t>(count);
        Hid mem(H5Screate_simple(1, &n, nullptr));
        if (H5Sselect_hyperslab(space, H5S_SELECT_SET, &start, nullptr, &n, nullptr) < 0 ||
            H5Dread(d, memType, mem, space, H5P_DEFAULT, out) < 0)
            src.fail(where,
                     "cannot read its values at " + std::to_string(offset) + " (the file is truncated or damaged)");
    }

    // Rows [a, b) of a dense X as float32, row-major, into out.
    void readDenseRows(std::int64_t a, std::int64_t b, float* out) const {
        Hid space(H5Dget_space(data));
        const hsize_t start[2] = {static_cast<hsize_t>(a), 0},
                      count[2] = {static_cast<hsize_t>(b - a), static_cast<hsize_t>(cols)};
        Hid mem(H5Screate_simple(2, count, nullptr));
        if (H5Sselect_hyperslab(space, H5S_SELECT_SET, start, nullptr, count, nullptr) < 0 ||
            H5Dread(data, H5T_NATIVE_FLOAT, mem, space, H5P_DEFAULT, out) < 0)
            src.fail(dataPath, "cannot read rows " + std::to_string(a) + " to " + std::to_string(b - 1) +
                                   " (the file is truncated or damaged)");
    }
};

namespace {

// Where each distinct requested row's entries lie in a staging buffer of the runs read.
struct Staged {
    std::vector<std::int64_t> row;    // distinct requested rows, sorted
    std::vector<std::int64_t> start;  // their first entry in the buffers
    std::vector<std::int64_t> length;
    std::vector<float> values;
    std::vector<std::int32_t> indices;

    std::size_t slot(std::int64_t r) const {
        return static_cast<std::size_t>(std::lower_bound(row.begin(), row.end(), r) - row.begin());
    }
};

}  // namespace

RowReader::RowReader(const std::filesystem::path& file) : impl_(std::make_unique<Impl>(file)) {
    auto& m = *impl_;
    auto& src = m.src;
    m.file = src.open();
    Hid root = src.openGroup(m.file, "/", "/");
    if (!src.exists(root, "X")) src.fail("/X", "the file has no X to read rows from");
    const auto type = src.objectType(root, "X");
    if (type == H5O_TYPE_DATASET) {
        m.dense = true;
        m.dataPath = "/X";
        m.data = m.openCached(root, "X", "/X");
        const auto shape = src.extent(m.data, "/X");
        if (shape.size() != 2 || shape[0] < 0)
            src.fail("/X", "expected a 2-D matrix, found rank " + std::to_string(shape.size()));
        Hid ftype(H5Dget_type(m.data));
        const auto cls = H5Tget_class(ftype);
        if (cls != H5T_INTEGER && cls != H5T_FLOAT) src.fail("/X", "expected numbers");
        m.rows = shape[0];
        m.cols = shape[1];
        src.checkReadable(m.data, "/X", 0);
        return;
    }
    if (type != H5O_TYPE_GROUP) src.fail("/X", "expected a matrix (dataset or sparse group)");
    Hid g = src.openGroup(root, "X", "/X");
    std::string enc = src.encoding(g);
    if (enc.empty()) enc = h5io::stringAttr(g, "h5sparse_format").value_or("");
    if (enc == "csc_matrix" || enc == "csc")
        src.fail("/X",
                 "is stored by columns (csc_matrix), so its rows cannot be read one block at a time; store it by rows "
                 "(csr_matrix, e.g. adata.X = adata.X.tocsr() in Python) to open it backed");
    if (enc != "csr_matrix" && enc != "csr")
        src.fail("/X", "has the unknown matrix encoding '" + enc + "' (expected an array, csr_matrix or csc_matrix)");
    const char* shapeAttr =
        h5io::hasAttr(g, "shape") ? "shape" : (h5io::hasAttr(g, "h5sparse_shape") ? "h5sparse_shape" : nullptr);
    if (!shapeAttr) src.fail("/X", "sparse matrix has no 'shape' attribute");
    std::int64_t shape[2] = {-1, -1};
    {
        Hid a(H5Aopen(g, shapeAttr, H5P_DEFAULT));
        Hid space(H5Aget_space(a));
        if (!a.valid() || H5Sget_simple_extent_npoints(space) != 2 || H5Aread(a, H5T_NATIVE_INT64, shape) < 0)
            src.fail("/X", "attribute 'shape' must hold two integers (n_obs, n_vars)");
    }
    if (shape[0] < 0 || shape[1] < 0 || shape[0] >= (std::int64_t{1} << 40) || shape[1] > 0x7fffffff)
        src.fail("/X", "attribute 'shape' holds an impossible shape (" + std::to_string(shape[0]) + ", " +
                           std::to_string(shape[1]) + ")");
    m.rows = shape[0];
    m.cols = shape[1];
    m.indptr = src.readIntVector<std::int64_t>(g, "indptr", "/X/indptr");
    if (static_cast<std::int64_t>(m.indptr.size()) != m.rows + 1)
        src.fail("/X/indptr", "has length " + std::to_string(m.indptr.size()) + " but the shape needs " +
                                  std::to_string(m.rows + 1));
    if (m.indptr.front() != 0) src.fail("/X/indptr", "must start at 0");
    for (std::size_t i = 1; i < m.indptr.size(); ++i)
        if (m.indptr[i] < m.indptr[i - 1]) src.fail("/X/indptr", "must be non-decreasing");
    m.dataPath = "/X/data";
    m.indicesPath = "/X/indices";
    for (const char* name : {"data", "indices"})
        if (!src.exists(g, name) || src.objectType(g, name) != H5O_TYPE_DATASET)
            src.fail(join("/X", name), "expected a dataset here");
    m.data = m.openCached(g, "data", m.dataPath);
    m.indices = m.openCached(g, "indices", m.indicesPath);
    for (auto [d, path] : {std::pair<hid_t, const std::string*>{m.data, &m.dataPath}, {m.indices, &m.indicesPath}}) {
        const auto ext = src.extent(d, *path);
        if (ext.size() != 1 || ext[0] != m.indptr.back())
            src.fail(*path, "has " + (ext.size() == 1 ? std::to_string(ext[0]) : std::string("not 1-D")) +
                                " entries but indptr ends at " + std::to_string(m.indptr.back()));
        src.checkReadable(d, *path, 0);
    }
    Hid itype(H5Dget_type(m.indices));
    if (H5Tget_class(itype) != H5T_INTEGER) src.fail(m.indicesPath, "expected an integer dataset");
    Hid vtype(H5Dget_type(m.data));
    if (H5Tget_class(vtype) != H5T_INTEGER && H5Tget_class(vtype) != H5T_FLOAT)
        src.fail(m.dataPath, "expected numbers");
}

RowReader::~RowReader() = default;
RowReader::RowReader(RowReader&&) noexcept = default;
RowReader& RowReader::operator=(RowReader&&) noexcept = default;

std::int64_t RowReader::rows() const { return impl_->rows; }
std::int64_t RowReader::cols() const { return impl_->cols; }
std::int64_t RowReader::entries() const { return impl_->dense ? impl_->rows * impl_->cols : impl_->indptr.back(); }
const std::filesystem::path& RowReader::file() const { return impl_->path; }

SparseMatrix RowReader::readRange(std::int64_t begin, std::int64_t end) const {
    if (begin < 0 || end < begin || end > impl_->rows)
        throw InvalidInput("rows " + std::to_string(begin) + " to " + std::to_string(end) + " are outside the " +
                           std::to_string(impl_->rows) + " rows of " + impl_->path.string());
    std::vector<std::int64_t> rows(static_cast<std::size_t>(end - begin));
    std::iota(rows.begin(), rows.end(), begin);
    return read(rows);
}

SparseMatrix RowReader::read(std::span<const std::int64_t> requested) const {
    const auto& m = *impl_;
    for (auto r : requested)
        if (r < 0 || r >= m.rows)
            throw InvalidInput("row " + std::to_string(r) + " is outside the " + std::to_string(m.rows) + " rows of " +
                               m.path.string());
    Staged s;
    s.row.assign(requested.begin(), requested.end());
    std::sort(s.row.begin(), s.row.end());
    s.row.erase(std::unique(s.row.begin(), s.row.end()), s.row.end());
    s.start.resize(s.row.size());
    s.length.resize(s.row.size());

    // Runs of consecutive rows, each read at once.
    for (std::size_t i = 0; i < s.row.size();) {
        std::size_t j = i + 1;
        while (j < s.row.size() && s.row[j] == s.row[j - 1] + 1) ++j;
        const std::int64_t a = s.row[i], b = s.row[j - 1] + 1;
        const auto at = static_cast<std::int64_t>(s.values.size());
        if (m.dense) {
            std::vector<float> block(static_cast<std::size_t>((b - a) * m.cols));
            m.readDenseRows(a, b, block.data());
            for (std::int64_t r = a; r < b; ++r) {
                const auto k = i + static_cast<std::size_t>(r - a);
                s.start[k] = static_cast<std::int64_t>(s.values.size());
                for (std::int64_t c = 0; c < m.cols; ++c)
                    if (const float v = block[static_cast<std::size_t>((r - a) * m.cols + c)]; v != 0) {
                        s.values.push_back(v);
                        s.indices.push_back(static_cast<std::int32_t>(c));
                    }
                s.length[k] = static_cast<std::int64_t>(s.values.size()) - s.start[k];
            }
        } else {
            const std::int64_t first = m.indptr[static_cast<std::size_t>(a)],
                               count = m.indptr[static_cast<std::size_t>(b)] - first;
            s.values.resize(static_cast<std::size_t>(at + count));
            s.indices.resize(static_cast<std::size_t>(at + count));
            m.readSlab(m.data, m.dataPath, H5T_NATIVE_FLOAT, first, count, s.values.data() + at);
            m.readSlab(m.indices, m.indicesPath, H5T_NATIVE_INT32, first, count, s.indices.data() + at);
            for (std::int64_t k = at; k < at + count; ++k)
                if (const auto c = s.indices[static_cast<std::size_t>(k)]; c < 0 || c >= m.cols)
                    m.src.fail(m.indicesPath,
                               "holds the index " + std::to_string(c) + ", outside 0.." + std::to_string(m.cols - 1));
            for (std::int64_t r = a; r < b; ++r) {
                const auto k = i + static_cast<std::size_t>(r - a);
                s.start[k] = at + m.indptr[static_cast<std::size_t>(r)] - first;
                s.length[k] = m.indptr[static_cast<std::size_t>(r) + 1] - m.indptr[static_cast<std::size_t>(r)];
            }
        }
        i = j;
    }

    SparseMatrix out;
    out.rows = static_cast<std::int64_t>(requested.size());
    out.cols = m.cols;
    out.indptr.assign(1, 0);
    out.indptr.reserve(requested.size() + 1);
    std::int64_t nnz = 0;
    for (auto r : requested) nnz += s.length[s.slot(r)];
    out.indices.resize(static_cast<std::size_t>(nnz));
    out.values = NDArray(DType::Float32, {nnz});
    auto* values = static_cast<float*>(out.values.raw());
    std::int64_t at = 0;
    for (auto r : requested) {
        const auto k = s.slot(r);
        const auto from = static_cast<std::size_t>(s.start[k]), n = static_cast<std::size_t>(s.length[k]);
        std::copy_n(s.indices.data() + from, n, out.indices.data() + at);
        std::copy_n(s.values.data() + from, n, values + at);
        at += static_cast<std::int64_t>(n);
        out.indptr.push_back(at);
    }
    return out;
}

}  // namespace scdiff::h5ad
