#pragma once
// Leiden community detection on the kNN graph, as scanpy's sc.tl.leiden: modularity with a resolution
// parameter (leidenalg's RBConfigurationVertexPartition) on obsp["connectivities"], iterated until the
// partition no longer changes, clusters named "0", "1", ... from the largest. Runs igraph's C library
// (Debian's libigraph), whose Leiden with node weights = strength and resolution / 2m is that objective.
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::embedding {

struct LeidenOptions {
    double resolution = 1.0;
    unsigned seed = 0;
    std::string key = "leiden";  // obs column written
};

struct Clustering {
    std::vector<std::int32_t> membership;  // per cell, 0 = the largest cluster
    std::int32_t clusters = 0;
    double modularity = 0;  // of the partition, at resolution 1 (igraph_modularity)
};
// On a symmetric weighted adjacency (CSR, n x n; the upper triangle is read). Deterministic per seed.
Clustering leidenClusters(const SparseMatrix& adjacency, double resolution = 1.0, unsigned seed = 0);

// What leiden() writes, for callers that apply it themselves (the Studio's undoable step): the obs column
// (categories "0", "1", ...) and uns[key] = {params: resolution, random_state, n_iterations}.
Categorical clusterColumn(const Clustering& clustering);
Dict leidenRecord(const LeidenOptions& options);

// Needs obsp["connectivities"] (runs neighbors() first when missing). obs[key]: categorical of cluster names,
// uns[key]["params"]: resolution, random_state, n_iterations (-1), as scanpy writes them.
Clustering leiden(AnnData& data, const LeidenOptions& options = {}, Progress& progress = nullProgress());

}  // namespace scdiff::embedding
