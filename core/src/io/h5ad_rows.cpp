// RowReader: X's rows read from the file a selection at a time (h5ad_rows.hpp). The requested rows are sorted and
// joined into runs of consecutive rows, each run read with one hyperslab per dataset; the rows are then put in the
// order asked for.
#include "scdiff/h5ad_rows.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <numeric>
#include <optional>

#include "io/h5ad_source.hpp"
#include "scdiff/error.hpp"

namespace scdiff::h5ad {

using detail::join;
using h5io::Hid;

namespace {

// Where an uncompressed little-endian 1-D dataset's elements lie in the file, so that runs of them are read with
// pread. HDF5 reads a whole chunk (anndata's growing datasets are chunked by ~1 MB) to hand back the few KB of a row:
// 200 us a row, 5,000 random rows a second on the million-cell benchmark's file, which halved training.
class DirectElements {
public:
    // nullopt when the dataset is compressed or filtered, not little-endian integers or floats, or laid out in a way
    // this does not know (compact, a chunk missing): the caller reads through HDF5 then.
    static std::optional<DirectElements> of(hid_t d, int fd) {
        Hid type(H5Dget_type(d));
        const auto cls = H5Tget_class(type);
        if ((cls != H5T_INTEGER && cls != H5T_FLOAT) || H5Tget_order(type) != H5T_ORDER_LE) return std::nullopt;
        DirectElements e;
        e.fd_ = fd;
        e.float_ = cls == H5T_FLOAT;
        e.size_ = H5Tget_size(type);
        e.signed_ = cls == H5T_INTEGER && H5Tget_sign(type) == H5T_SGN_2;
        if (e.float_ ? (e.size_ != 4 && e.size_ != 8) : (e.size_ != 1 && e.size_ != 2 && e.size_ != 4 && e.size_ != 8))
            return std::nullopt;
        Hid dcpl(H5Dget_create_plist(d));
        if (!dcpl.valid() || H5Pget_nfilters(dcpl) != 0) return std::nullopt;
        Hid space(H5Dget_space(d));
        hsize_t n = 0;
        if (H5Sget_simple_extent_ndims(space) != 1 || H5Sget_simple_extent_dims(space, &n, nullptr) != 1)
            return std::nullopt;
        const auto layout = H5Pget_layout(dcpl);
        if (layout == H5D_CONTIGUOUS) {
            const haddr_t addr = H5Dget_offset(d);
            if (addr == HADDR_UNDEF) return std::nullopt;
            e.addr_.push_back(addr);
            return e;
        }
        if (layout != H5D_CHUNKED || H5Pget_chunk(dcpl, 1, &e.chunk_) != 1 || e.chunk_ == 0) return std::nullopt;
        const hsize_t chunks = (n + e.chunk_ - 1) / e.chunk_;
        hsize_t stored = 0;
        // A real dataspace: HDF5 1.10.8 refuses H5S_ALL here.
        if (H5Dget_num_chunks(d, space, &stored) < 0 || stored != chunks) return std::nullopt;
        e.addr_.assign(chunks, HADDR_UNDEF);
        for (hsize_t i = 0; i < stored; ++i) {
            hsize_t offset = 0, bytes = 0;
            unsigned mask = 0;
            haddr_t addr = HADDR_UNDEF;
            if (H5Dget_chunk_info(d, space, i, &offset, &mask, &addr, &bytes) < 0 || mask != 0 ||
                offset % e.chunk_ != 0 || offset / e.chunk_ >= chunks)
                return std::nullopt;
            e.addr_[offset / e.chunk_] = addr;
        }
        for (auto a : e.addr_)
            if (a == HADDR_UNDEF) return std::nullopt;
        return e;
    }

    // Elements [offset, offset + count) converted to T; false when the file could not be read.
    template <class T>
    bool read(std::int64_t offset, std::int64_t count, T* out) const {
        std::vector<unsigned char> bytes;
        while (count > 0) {
            const auto c = chunk_ ? static_cast<std::uint64_t>(offset) / chunk_ : 0;
            const auto within =
                chunk_ ? static_cast<std::uint64_t>(offset) - c * chunk_ : static_cast<std::uint64_t>(offset);
            const auto n = chunk_ ? std::min<std::uint64_t>(static_cast<std::uint64_t>(count), chunk_ - within)
                                  : static_cast<std::uint64_t>(count);
            bytes.resize(n * size_);
            if (!readAll(addr_[c] + within * size_, bytes.data(), bytes.size())) return false;
            convert(bytes.data(), n, out);
            out += n;
            offset += static_cast<std::int64_t>(n);
            count -= static_cast<std::int64_t>(n);
        }
        return true;
    }

private:
    bool readAll(std::uint64_t at, unsigned char* to, std::size_t n) const {
        while (n > 0) {
            const ssize_t got = ::pread(fd_, to, n, static_cast<off_t>(at));
            if (got <= 0) {
                if (got < 0 && errno == EINTR) continue;
                return false;
            }
            to += got;
            at += static_cast<std::uint64_t>(got);
            n -= static_cast<std::size_t>(got);
        }
        return true;
    }
    template <class T>
    void convert(const unsigned char* from, std::uint64_t n, T* out) const {
        auto each = [&](auto sample) {
            using S = decltype(sample);
            for (std::uint64_t i = 0; i < n; ++i) {
                S v;
                std::memcpy(&v, from + i * sizeof(S), sizeof(S));
                out[i] = static_cast<T>(v);
            }
        };
        if (float_) {
            if (size_ == 4)
                each(float{});
            else
                each(double{});
        } else if (signed_) {
            if (size_ == 1)
                each(std::int8_t{});
            else if (size_ == 2)
                each(std::int16_t{});
            else if (size_ == 4)
                each(std::int32_t{});
            else
                each(std::int64_t{});
        } else {
            if (size_ == 1)
                each(std::uint8_t{});
            else if (size_ == 2)
                each(std::uint16_t{});
            else if (size_ == 4)
                each(std::uint32_t{});
            else
                each(std::uint64_t{});
        }
    }

    int fd_ = -1;
    bool float_ = false, signed_ = false;
    std::size_t size_ = 0;
    hsize_t chunk_ = 0;          // elements a chunk; 0: contiguous
    std::vector<haddr_t> addr_;  // each chunk's file address (contiguous: the dataset's)
};

}  // namespace

struct RowReader::Impl {
    std::filesystem::path path;
    detail::Source src;
    Hid file;
    bool dense = false;
    std::int64_t rows = 0, cols = 0;
    std::vector<std::int64_t> indptr;  // CSR only
    Hid data, indices;                 // CSR: both; dense: data only
    std::string dataPath, indicesPath;
    int fd = -1;                                              // the file, for the direct reads
    std::optional<DirectElements> directData, directIndices;  // CSR without compression

    explicit Impl(std::filesystem::path p) : path(std::move(p)), src(path, nullProgress()) {}
    ~Impl() {
        if (fd >= 0) ::close(fd);
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

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

    // readSlab, by pread where the dataset allows it.
    template <class T>
    void readElements(const std::optional<DirectElements>& direct, hid_t d, const std::string& where, hid_t memType,
                      std::int64_t offset, std::int64_t count, T* out) const {
        if (!direct) return readSlab(d, where, memType, offset, count, out);
        if (!direct->read(offset, count, out))
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
    m.fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (m.fd >= 0) {
        m.directData = DirectElements::of(m.data, m.fd);
        m.directIndices = DirectElements::of(m.indices, m.fd);
    }
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
            m.readElements(m.directData, m.data, m.dataPath, H5T_NATIVE_FLOAT, first, count, s.values.data() + at);
            m.readElements(m.directIndices, m.indices, m.indicesPath, H5T_NATIVE_INT32, first, count,
                           s.indices.data() + at);
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
    auto* indices = out.indices.own().data();
    out.values = NDArray(DType::Float32, {nnz});
    auto* values = static_cast<float*>(out.values.raw());
    std::int64_t at = 0;
    for (auto r : requested) {
        const auto k = s.slot(r);
        const auto from = static_cast<std::size_t>(s.start[k]), n = static_cast<std::size_t>(s.length[k]);
        std::copy_n(s.indices.data() + from, n, indices + at);
        std::copy_n(s.values.data() + from, n, values + at);
        at += static_cast<std::int64_t>(n);
        out.indptr.push_back(at);
    }
    return out;
}

}  // namespace scdiff::h5ad
