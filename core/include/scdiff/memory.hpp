#pragma once
// Checking memory before a large allocation, so that a dataset or a result too large for the machine is
// refused with a sentence instead of the out-of-memory killer ending the program (and the Studio with the
// user's work).
#include <cstdint>
#include <string>

namespace scdiff {

// What this process can still allocate: the machine's available memory (MemAvailable in /proc/meminfo)
// and, under an address-space limit (ulimit -v), that limit less what the process has mapped already,
// whichever is smaller. -1 when neither can be read.
std::int64_t availableMemory();

// "1.2 GB", "350 MB", "12 kB" (powers of 1000, as file managers show sizes).
std::string formatBytes(std::int64_t bytes);

// Throws InvalidInput when `bytes` (with a 10 % margin) exceed availableMemory(): "<what> needs about
// 8.1 GB of memory and 3.0 GB are available; <advice>". Does nothing when the available memory is unknown.
void requireMemory(std::int64_t bytes, const std::string& what, const std::string& advice);

}  // namespace scdiff
