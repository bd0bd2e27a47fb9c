// An h5ad file read in this process: h5ad::read whole, then opened backed and its rows read with h5ad::RowReader
// (the programs read whole files through the scdiff-reader child, which survives libhdf5's own crashes, but a
// fault in our decoding of what libhdf5 returns must not hide there, and a backed dataset's rows are read in the
// program itself). libhdf5 is not instrumented: a crash whose stack stops inside libhdf5 is the library's (run.sh
// sorts them).
#include <cstdlib>
#include <numeric>
#include <vector>

#include "fuzz_files.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/h5ad_rows.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = scdiff::fuzz::writeScratch("in.h5ad", data, size);
    scdiff::fuzz::expectDatasetOrSentence([&] { return scdiff::h5ad::read(file); });
    scdiff::fuzz::expectDatasetOrSentence([&] {
        scdiff::AnnData backed = scdiff::h5ad::read(file, scdiff::nullProgress(), {.expression = false});
        const scdiff::h5ad::RowReader rows(file);
        // Every row once, in reverse (the direct reads and HDF5's both), at most a few thousand of them.
        std::vector<std::int64_t> order(static_cast<std::size_t>(std::min<std::int64_t>(rows.rows(), 4096)));
        std::iota(order.rbegin(), order.rend(), std::int64_t{0});
        const scdiff::SparseMatrix m = rows.read(order);
        if (m.rows != static_cast<std::int64_t>(order.size())) std::abort();
        return backed;
    });
    return 0;
}
