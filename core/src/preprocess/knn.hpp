#pragma once
// Internal: k nearest neighbours (euclidean, self included as the first neighbour) of the rows of a
// dense row-major float matrix. Exact brute force, or hnswlib (M = 16, ef_construction = 200,
// ef = max(k, 50)) built and queried with two threads.
#include <cstdint>
#include <vector>

#include "scdiff/progress.hpp"

namespace scdiff::embedding::detail {

struct Knn {
    int k = 0;
    std::vector<std::int32_t> indices;  // n x k
    std::vector<float> distances;       // n x k, euclidean
};
Knn exactKnn(const std::vector<float>& x, std::int64_t n, int dim, int k, Progress& progress);
Knn hnswKnn(const std::vector<float>& x, std::int64_t n, int dim, int k, unsigned seed, Progress& progress);

}  // namespace scdiff::embedding::detail
