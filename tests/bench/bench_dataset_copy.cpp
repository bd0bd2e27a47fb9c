// bench_dataset_copy [CELLS] [GENES] [DENSITY]: what the Studio's main thread pays when a job, an undo command or
// the autosave takes its copy of a dataset with a sparse X: `AnnData copy = data` (values, column indices and row
// offsets all shared until written), against the deep copy of the same structure that a CSR matrix held in plain
// std::vectors made (the layout before 2026-12-08), in the same run. Prints the medians of 7 and their ratio.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include "scdiff/anndata.hpp"

namespace {

double medianSeconds(const auto& work) {
    std::vector<double> s;
    for (int r = 0; r < 7; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        work();
        s.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(s.begin(), s.end());
    return s[3];
}

}  // namespace

int main(int argc, char** argv) {
    const std::int64_t cells = argc > 1 ? std::atoll(argv[1]) : 100000;
    const std::int64_t genes = argc > 2 ? std::atoll(argv[2]) : 2000;
    const double density = argc > 3 ? std::atof(argv[3]) : 0.1;
    const auto perRow = static_cast<std::int32_t>(genes * density);
    scdiff::SparseMatrix x;
    x.rows = cells;
    x.cols = genes;
    std::vector<std::int64_t> indptr{0};
    std::vector<std::int32_t> indices;
    indices.reserve(static_cast<std::size_t>(cells * perRow));
    std::mt19937 rng(1);
    for (std::int64_t r = 0; r < cells; ++r) {
        const auto step = static_cast<std::int32_t>(genes / std::max(perRow, 1));
        const auto first = static_cast<std::int32_t>(rng() % static_cast<unsigned>(std::max(step, 1)));
        for (std::int32_t k = 0; k < perRow; ++k) indices.push_back(first + k * step);
        indptr.push_back(static_cast<std::int64_t>(indices.size()));
    }
    x.values = scdiff::NDArray(scdiff::DType::Float32, {static_cast<std::int64_t>(indices.size())});
    x.indices = indices;
    x.indptr = indptr;
    scdiff::AnnData data;
    data.X = std::move(x);

    long sink = 0;
    const double shared = medianSeconds([&] {
        const scdiff::AnnData copy = data;
        sink += static_cast<long>(std::get<scdiff::SparseMatrix>(*copy.X).indices.size());
    });
    const double deep = medianSeconds([&] {  // the structure as the old layout copied it
        const std::vector<std::int32_t> i = std::get<scdiff::SparseMatrix>(*data.X).indices.vec();
        const std::vector<std::int64_t> p = std::get<scdiff::SparseMatrix>(*data.X).indptr.vec();
        sink += static_cast<long>(i.size() + p.size());
    });
    std::printf("cells=%lld genes=%lld nnz=%zu shared_copy_us=%.2f deep_structure_copy_us=%.1f ratio=%.6f (%ld)\n",
                static_cast<long long>(cells), static_cast<long long>(genes), indices.size(), shared * 1e6, deep * 1e6,
                shared / deep, sink % 7);
    return 0;
}
