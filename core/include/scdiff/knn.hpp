#pragma once
// k nearest neighbours (euclidean) of the rows of a dense row-major float matrix, the one kNN
// search of the core (the embedding's graph and the evaluation baselines). Exact brute force, or hnswlib
// (M = 16, ef_construction = 200, ef = max(k, 50)) built and queried with two threads.
#include <cstdint>
#include <vector>

#include "scdiff/progress.hpp"

namespace scdiff::embedding {

struct Knn {
    int k = 0;
    std::vector<std::int32_t> indices;  // n x k
    std::vector<float> distances;       // n x k, euclidean
};
// Within one set: every row's first neighbour is itself (distance 0, even among duplicates), then its
// k - 1 nearest other rows. k <= n. Ties in distance go to the lower index.
Knn exactKnn(const std::vector<float>& x, std::int64_t n, int dim, int k, Progress& progress);
// Between two sets: the k nearest rows of `reference` (nReference x dim) for every row of `query`
// (nQuery x dim); no row is special. The kNN classifier baseline needs this (test cells searched among
// the training cells), the embedding graph does not. k <= nReference. Ties go to the lower index.
Knn exactKnn(const std::vector<float>& reference, std::int64_t nReference, const std::vector<float>& query,
             std::int64_t nQuery, int dim, int k, Progress& progress);
// Within one set, self first as exactKnn's; approximate.
Knn hnswKnn(const std::vector<float>& x, std::int64_t n, int dim, int k, unsigned seed, Progress& progress);

}  // namespace scdiff::embedding
