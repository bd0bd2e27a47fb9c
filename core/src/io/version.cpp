#include "scdiff/version.hpp"

#include <hdf5.h>

namespace scdiff {

std::string hdf5Version() {
    unsigned major = 0, minor = 0, release = 0;
    if (H5get_libversion(&major, &minor, &release) < 0) return "unknown";
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(release);
}

}  // namespace scdiff
