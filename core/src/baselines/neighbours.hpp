#pragma once
// Exact k nearest neighbours by brute force (blocked |q|^2 + |r|^2 - 2 q.r products), and a tiny
// parallel-for over independent blocks. Exact and deterministic: ties in distance go to the lower index.
#include <Eigen/Dense>
#include <cstdint>
#include <functional>
#include <vector>

namespace scdiff::baselines::detail {

struct Neighbours {
    Eigen::Index k = 0;
    std::vector<std::int64_t> index;  // queries x k, row-major, nearest first
    std::vector<double> distance;     // Euclidean, same layout
};
// k nearest rows of `reference` for every row of `query`. excludeSelf: query == reference and
// row i must not be its own neighbour.
Neighbours nearest(const Eigen::MatrixXd& query, const Eigen::MatrixXd& reference, Eigen::Index k, bool excludeSelf);

// Runs body(block) for block in [0, blocks) on up to hardware_concurrency threads (capped at 8).
void parallelFor(std::int64_t blocks, const std::function<void(std::int64_t)>& body);

}  // namespace scdiff::baselines::detail
