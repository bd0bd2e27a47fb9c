#pragma once
// One h5ad file open for reading: the reader's checked HDF5 reads. Every error names the file and the
// element (FileError); sizes in a header are checked against the dataset's extent and the file's size
// before anything is allocated, and filters this HDF5 cannot decode are refused by name. Private to io.
#include <hdf5.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "data/huge_pages.hpp"
#include "io/h5ad_hdf5.hpp"
#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::h5ad::detail {

using h5io::Hid;

// "/obs" + "cell_type" -> "/obs/cell_type" (the element paths errors name).
std::string join(const std::string& parent, const std::string& name);

class Source {
public:
    Source(std::filesystem::path file, Progress& progress) : path_(std::move(file)), progress_(progress) {}
    // Opens the file read-only; throws FileError when it is missing, not HDF5 or damaged.
    Hid open();
    Progress& progress() const { return progress_; }

    [[noreturn]] void fail(const std::string& element, const std::string& problem) const;
    H5O_type_t objectType(hid_t loc, const std::string& name) const;
    bool exists(hid_t loc, const std::string& name) const;
    Hid openGroup(hid_t loc, const std::string& name, const std::string& path) const;
    Hid openDataset(hid_t loc, const std::string& name, const std::string& path) const;
    std::vector<std::string> members(hid_t group, const std::string& path) const;
    std::vector<std::int64_t> extent(hid_t dset, const std::string& path) const;
    // Rejects unavailable filters (lzf, ...) and sizes a lying header could make huge: `count` items of `bytesEach`
    // bytes (their product may not overflow, and must fit what the file can hold).
    void checkReadable(hid_t dset, const std::string& path, std::uint64_t count, std::uint64_t bytesEach = 1) const;
    std::vector<std::string> readStringDataset(hid_t dset, const std::string& path, std::int64_t n) const;
    StringArray readStringArray(hid_t loc, const std::string& name, const std::string& path) const;
    NDArray readNumeric(hid_t d, const std::string& path, std::optional<DType> want = std::nullopt) const;
    NDArray readNumeric(hid_t loc, const std::string& name, const std::string& path,
                        std::optional<DType> want = std::nullopt) const;
    template <class T>
    std::vector<T> readIntVector(hid_t loc, const std::string& name, const std::string& path) const {
        if (!exists(loc, name) || objectType(loc, name) != H5O_TYPE_DATASET) fail(path, "expected a dataset here");
        Hid d = openDataset(loc, name, path);
        Hid ftype(H5Dget_type(d));
        if (H5Tget_class(ftype) != H5T_INTEGER) fail(path, "expected an integer dataset");
        auto shape = extent(d, path);
        if (shape.size() != 1) fail(path, "expected a 1-D integer dataset");
        checkReadable(d, path, static_cast<std::uint64_t>(shape[0]), sizeof(T));
        auto v = scdiff::detail::largeVector<T>(static_cast<size_t>(shape[0]));
        if (!v.empty() && H5Dread(d, h5io::memType(dtypeOf<T>()), H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()) < 0)
            fail(path, "cannot read the values of this dataset (the file is truncated or damaged)");
        return v;
    }
    std::string encoding(hid_t obj) const { return h5io::stringAttr(obj, "encoding-type").value_or(""); }
    void checkCodes(const Categorical& c, const std::string& path) const;
    bool readBoolAttr(hid_t obj, const char* name) const;

private:
    std::filesystem::path path_;
    Progress& progress_;
    std::uint64_t fileSize_ = 0;
};

}  // namespace scdiff::h5ad::detail
