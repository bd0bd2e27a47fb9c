// bench_h5ad IN.h5ad OUT.h5ad [read|write|both]: times scdiff::h5ad::read and write and prints
// "read_s=... write_s=... peak_rss_mb=..." (peak RSS from getrusage, whole process).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "scdiff/h5ad.hpp"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_h5ad IN.h5ad OUT.h5ad\n");
        return 2;
    }
    using clock = std::chrono::steady_clock;
    try {
        auto t0 = clock::now();
        const auto ad = scdiff::h5ad::read(argv[1]);
        auto t1 = clock::now();
        scdiff::h5ad::write(ad, argv[2]);
        auto t2 = clock::now();
        rusage ru{};
        getrusage(RUSAGE_SELF, &ru);
        std::printf("read_s=%.3f write_s=%.3f peak_rss_mb=%.1f nnz=%lld\n",
                    std::chrono::duration<double>(t1 - t0).count(), std::chrono::duration<double>(t2 - t1).count(),
                    ru.ru_maxrss / 1024.0, static_cast<long long>(std::get<scdiff::SparseMatrix>(*ad.X).nnz()));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
