#pragma once
// Large arrays on transparent huge pages. Filling 400 MB of fresh memory in 4 kB pages takes 100,000 page faults,
// each zeroing its page: measured here, that is more than half of reading a 100k x 2k h5ad file (0.34 s, 0.15 s
// with huge pages). Debian's kernels give huge pages to memory that asks for them (transparent_hugepage
// "madvise"); where the kernel does not, the advice is ignored and nothing changes.
#include <cstddef>
#include <vector>

namespace scdiff::detail {

// Asks for huge pages on the whole 2 MB pages inside [p, p + bytes), before they are first touched. Does nothing
// for buffers too small to hold a few of them.
void adviseHugePages(void* p, std::size_t bytes) noexcept;

// A zero-filled vector of n values whose memory was advised before it was filled.
template <class T>
std::vector<T> largeVector(std::size_t n) {
    std::vector<T> v;
    v.reserve(n);
    adviseHugePages(v.data(), n * sizeof(T));
    v.resize(n);
    return v;
}

}  // namespace scdiff::detail
