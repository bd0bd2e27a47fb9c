#pragma once
// Writing an HDF5 file the safe way, for every writer of io (h5ad, loom): into a temporary file in the target
// folder (creation order tracked, as h5py does) that is renamed over the target only once everything was
// written; the target's input file is never overwritten. Private to io.
#include <hdf5.h>

#include <filesystem>
#include <functional>
#include <string>

#include "scdiff/h5ad.hpp"

namespace scdiff::io::detail {

// Thrown by a body with the element's path; becomes a FileError naming the file.
struct WriteFailure {
    std::string element, problem;
};

// body(file, groupCreationProperties) writes the content; any failure removes the temporary file.
void writeHdf5Atomically(const std::filesystem::path& file, const h5ad::WriteOptions& options,
                         const std::function<void(hid_t file, hid_t groupCpl)>& body);

}  // namespace scdiff::io::detail
