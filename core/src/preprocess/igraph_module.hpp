#pragma once
// igraph's Leiden, in a module loaded on first use (igraph_module.cpp).
#include <cstdint>
#include <vector>

namespace scdiff::embedding::detail {

struct LeidenPartition {
    std::vector<std::int64_t> membership;  // igraph's cluster of each cell
    std::int64_t clusters = 0;
    double modularity = 0;
};

// The Leiden partition of an undirected weighted graph on `cells` vertices: ends holds 2 vertex indices per edge
// (each edge once), weights one weight per edge. Throws Error when the module cannot be loaded or igraph fails.
LeidenPartition leidenPartition(std::int64_t cells, const std::vector<std::int64_t>& ends,
                                const std::vector<double>& weights, double resolution, unsigned seed);

}  // namespace scdiff::embedding::detail
