#pragma once
// Private helpers of the h5ad reader/writer: RAII HDF5 handles, string/bool types, attribute I/O,
// dtype mapping, and OpaqueStore (an in-memory HDF5 file that keeps elements we do not understand).
#include <hdf5.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/error.hpp"

namespace scdiff {

// Holds copies (H5Ocopy) of unknown elements of one read; closed when the last element is dropped.
struct OpaqueStore {
    hid_t file = -1;
    int counter = 0;  // next free "/eN" name
    OpaqueStore();
    ~OpaqueStore();
    // Replaces the store's file with an in-memory HDF5 file opened from this image (H5Fget_file_image's
    // bytes, as handed over by scdiff-reader); an empty image leaves no file.
    void adopt(const std::vector<char>& image);
    OpaqueStore(const OpaqueStore&) = delete;
    OpaqueStore& operator=(const OpaqueStore&) = delete;
};

namespace h5io {

// An owned hid_t; the close function is chosen from the id's type.
class Hid {
public:
    Hid() = default;
    explicit Hid(hid_t id) : id_(id) {}
    Hid(Hid&& o) noexcept : id_(std::exchange(o.id_, -1)) {}
    Hid& operator=(Hid&& o) noexcept {
        if (this != &o) {
            reset();
            id_ = std::exchange(o.id_, -1);
        }
        return *this;
    }
    ~Hid() { reset(); }
    hid_t get() const noexcept { return id_; }
    operator hid_t() const noexcept { return id_; }
    bool valid() const noexcept { return id_ >= 0; }
    void reset();

private:
    hid_t id_ = -1;
};

// Turns off HDF5's automatic error printing once per process.
void silenceHdf5();

// A vlen UTF-8 string type, the anndata bool enum {FALSE=0, TRUE=1} over int8.
Hid utf8Type();
Hid boolType();
bool isBoolEnum(hid_t type);

// Native memory type for a dtype (Bool = the enum).
Hid memType(DType t);
// dtype of a file type (integer, float, bool enum), or nullopt.
std::optional<DType> dtypeOf(hid_t type);

bool hasAttr(hid_t obj, const char* name);
// The strings of a string-typed attribute or dataset (obj) of file type ftype holding n strings: vlen or
// fixed length, ASCII or UTF-8, null- or space-padded. The one string decoder of the reader; nullopt
// when HDF5 cannot read them.
// compoundField: read that string member of a 1-D compound dataset (pre-0.7 dataframes); ftype is then the
// member's type.
std::optional<std::vector<std::string>> readStrings(hid_t obj, hid_t ftype, std::int64_t n,
                                                    const char* compoundField = nullptr);
// A string attribute (vlen or fixed, ASCII or UTF-8, scalar or 1-element); nullopt when absent or not a string.
std::optional<std::string> stringAttr(hid_t obj, const char* name);
// A string-array attribute (1-D), or empty when absent / numeric.
std::vector<std::string> stringArrayAttr(hid_t obj, const char* name);

void writeStringAttr(hid_t obj, const char* name, const std::string& value);
void writeStringArrayAttr(hid_t obj, const char* name, const std::vector<std::string>& values);
void writeEncoding(hid_t obj, const char* type, const char* version);

// Link-creation property list with UTF-8 names and intermediate groups off.
hid_t lcpl();

}  // namespace h5io
}  // namespace scdiff
