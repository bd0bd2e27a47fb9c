#pragma once
// Versions of the libraries the core was built with, for About dialogs and bug reports.
#include <string>

namespace scdiff {

// The HDF5 library linked at run time, "1.10.8" (H5get_libversion).
std::string hdf5Version();

}  // namespace scdiff
