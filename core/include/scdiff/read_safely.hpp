#pragma once
// Opening a file the user picked, so that no file can take the program down with it. The HDF5 library
// (1.10 in Debian) crashes or hangs on some corrupted files inside its own code, where no check of ours
// can catch it; and a lying header can ask for more memory than the machine has. So the file is read
// by a child process (scdiff-reader, installed beside the core libraries), which hands the dataset back
// as a plain stream of its fields and arrays; the caller never touches the file's bytes itself. A crash, a hang or the
// out-of-memory killer ends only the child, and becomes one FileError naming the file.
#include <chrono>
#include <filesystem>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::io {

struct ReadSafelyOptions {
    // The reader reports progress while it works; this long without a report counts as a hang (the child
    // is stopped). 0: SCDIFF_READ_SILENCE_LIMIT seconds from the environment, else 120 s.
    std::chrono::seconds silenceLimit{0};
    // The helper program; empty: SCDIFF_READER from the environment, else scdiff-reader next to the
    // io library.
    std::filesystem::path helper;
    // false: open an .h5ad file backed (h5ad::ReadOptions::expression): X, layers and raw stay in the file, X's rows
    // offsets are checked by the reader. Other formats are refused then.
    bool expression = true;
};

// io::readAny in the scdiff-reader child process. Throws FileError naming the file for every way reading
// can fail: readAny's FileErrors with the same sentences, its other errors with the file's name in front,
// a crash, hang or memory exhaustion of the reader; Cancelled when progress is cancelled (the child is
// stopped); Error when the helper cannot be started.
AnnData readSafely(const std::filesystem::path& path, Progress& progress = nullProgress(),
                   const ReadSafelyOptions& options = {});

// The helper the calls above start, for messages and tests.
std::filesystem::path readerHelper(const ReadSafelyOptions& options = {});

}  // namespace scdiff::io
