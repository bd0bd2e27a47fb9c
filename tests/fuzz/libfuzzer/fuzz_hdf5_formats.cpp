// The other HDF5 formats read in this process's decoders: Cell Ranger's .h5 matrix (io::read10xH5) and loom
// (io::readLoom); the first byte picks which, the rest is the file. As in fuzz_h5ad, libhdf5 itself is not
// instrumented and run.sh sorts its own crashes apart.
#include "fuzz_files.hpp"
#include "scdiff/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const bool loom = data[0] & 1;
    const auto file = scdiff::fuzz::writeScratch(loom ? "in.loom" : "in.h5", data + 1, size - 1);
    if (loom)
        scdiff::fuzz::expectDatasetOrSentence([&] { return scdiff::io::readLoom(file); });
    else
        scdiff::fuzz::expectDatasetOrSentence([&] { return scdiff::io::read10xH5(file); });
    return 0;
}
