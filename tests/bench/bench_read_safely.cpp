// bench_read_safely IN [runs]: what reading in the scdiff-reader child costs. Times h5ad::read in this
// process and io::readSafely on the same file, alternating, `runs` times each (default 3), and prints the
// medians and their ratio: "read_s=... read_safely_s=... ratio=...".
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "scdiff/h5ad.hpp"
#include "scdiff/read_safely.hpp"

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
template <class F>
double seconds(F&& f) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_read_safely IN.h5ad [runs]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::stoi(argv[2])) : 3;
    try {
        std::vector<double> direct, safe;
        for (int r = 0; r < runs; ++r) {
            direct.push_back(seconds([&] { scdiff::h5ad::read(argv[1]); }));
            safe.push_back(seconds([&] { scdiff::io::readSafely(argv[1]); }));
        }
        std::printf("read_s=%.3f read_safely_s=%.3f ratio=%.2f runs=%d\n", median(direct), median(safe),
                    median(safe) / median(direct), runs);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
