#include "io/h5ad_source.hpp"

#include <algorithm>
#include <cstring>

#include "scdiff/error.hpp"

namespace scdiff::h5ad::detail {

std::string join(const std::string& parent, const std::string& name) {
    return parent == "/" ? "/" + name : parent + "/" + name;
}

Hid Source::open() {
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
    return file;
}

void Source::fail(const std::string& element, const std::string& problem) const {
    throw FileError(path_.string(), element, problem);
}

H5O_type_t Source::objectType(hid_t loc, const std::string& name) const {
    H5O_info_t info;
    if (H5Oget_info_by_name(loc, name.c_str(), &info, H5P_DEFAULT) < 0) return H5O_TYPE_UNKNOWN;
    return info.type;
}

bool Source::exists(hid_t loc, const std::string& name) const {
    return H5Lexists(loc, name.c_str(), H5P_DEFAULT) > 0 && objectType(loc, name) != H5O_TYPE_UNKNOWN;
}

Hid Source::openGroup(hid_t loc, const std::string& name, const std::string& path) const {
    Hid g(H5Gopen2(loc, name.c_str(), H5P_DEFAULT));
    if (!g.valid()) fail(path, "cannot open this group (the file is damaged or it is not a group)");
    return g;
}

Hid Source::openDataset(hid_t loc, const std::string& name, const std::string& path) const {
    Hid d(H5Dopen2(loc, name.c_str(), H5P_DEFAULT));
    if (!d.valid()) fail(path, "cannot open this dataset (the file is damaged or it is not a dataset)");
    return d;
}

std::vector<std::string> Source::members(hid_t group, const std::string& path) const {
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

std::vector<std::int64_t> Source::extent(hid_t dset, const std::string& path) const {
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
void Source::checkReadable(hid_t dset, const std::string& path, std::uint64_t count, std::uint64_t bytesEach) const {
    std::uint64_t bytes = 0;
    if (__builtin_mul_overflow(count, bytesEach, &bytes))
        fail(path, "claims " + std::to_string(count) + " items, more than any file can hold");
    Hid plist(H5Dget_create_plist(dset));
    if (plist.valid()) {
        int nf = H5Pget_nfilters(plist);
        for (int i = 0; i < nf; ++i) {
            unsigned flags = 0, cd[16];
            size_t ncd = 16;
            char name[256] = {0};
            unsigned config = 0;
            H5Z_filter_t id =
                H5Pget_filter2(plist, static_cast<unsigned>(i), &flags, &ncd, cd, sizeof name, name, &config);
            if (id < 0) fail(path, "has an unreadable filter pipeline");
            if (H5Zfilter_avail(id) <= 0) {
                std::string n = name[0] ? name : "unknown";
                if (id == 32000) n = "lzf";
                fail(path, "is compressed with the HDF5 filter '" + n + "' (id " + std::to_string(id) +
                               ") which this build of HDF5 cannot decode; re-save the file with gzip compression");
            }
        }
    }
    // What the dataset says it stores, at most the file: a damaged layout message can claim any size.
    const std::uint64_t stored = std::min<std::uint64_t>(H5Dget_storage_size(dset), fileSize_);
    // gzip compresses at most ~1000:1; unallocated datasets hold only fill values.
    const std::uint64_t limit = stored * 1100 + fileSize_ * 1100 + (std::uint64_t{64} << 20);
    if (bytes > limit)
        fail(path, "claims " + std::to_string(bytes) + " bytes of data, more than the file (" +
                       std::to_string(fileSize_) + " bytes) can hold");
}

std::vector<std::string> Source::readStringDataset(hid_t dset, const std::string& path, std::int64_t n) const {
    Hid ftype(H5Dget_type(dset));
    if (H5Tget_class(ftype) != H5T_STRING) fail(path, "expected a string dataset");
    if (n == 0) return {};
    // A variable-length string takes 16 bytes in the dataset, a fixed-length one its type's size.
    checkReadable(dset, path, static_cast<std::uint64_t>(n), std::max<std::uint64_t>(16, H5Tget_size(ftype)));
    auto strings = h5io::readStrings(dset, ftype, n);
    if (!strings) fail(path, "cannot read the strings of this dataset (the file is damaged)");
    return std::move(*strings);
}

StringArray Source::readStringArray(hid_t loc, const std::string& name, const std::string& path) const {
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

NDArray Source::readNumeric(hid_t d, const std::string& path, std::optional<DType> want) const {
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
    for (auto s : shape)
        if (__builtin_mul_overflow(n, static_cast<std::uint64_t>(s), &n))
            fail(path, "claims a shape with more values than any file can hold");
    checkReadable(d, path, n, dtypeSize(*dt));
    NDArray a(*dt, shape);
    if (n == 0) return a;
    Hid mt = (*dt == DType::Bool) ? Hid(H5Tget_native_type(ftype, H5T_DIR_ASCEND)) : h5io::memType(*dt);
    if (H5Dread(d, mt, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.raw()) < 0)
        fail(path, "cannot read the values of this dataset (the file is truncated or damaged)");
    return a;
}

NDArray Source::readNumeric(hid_t loc, const std::string& name, const std::string& path,
                            std::optional<DType> want) const {
    Hid d = openDataset(loc, name, path);
    return readNumeric(d, path, want);
}

void Source::checkCodes(const Categorical& c, const std::string& path) const {
    const auto k = c.categoryCount();
    for (auto v : c.codes)
        if (v < -1 || v >= k)
            fail(path, "holds the category code " + std::to_string(v) + " but there are only " + std::to_string(k) +
                           " categories (-1 = missing)");
}

bool Source::readBoolAttr(hid_t obj, const char* name) const {
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

}  // namespace scdiff::h5ad::detail
