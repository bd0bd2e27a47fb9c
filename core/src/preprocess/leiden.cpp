// Leiden clustering (clustering.hpp): the graph, and the clusters numbered as scanpy numbers them; the partition
// itself comes from igraph, in a module loaded on first use (igraph_module.hpp).
#include <algorithm>
#include <numeric>

#include "preprocess/igraph_module.hpp"
#include "scdiff/clustering.hpp"
#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"

namespace scdiff::embedding {

namespace {

double valueAt(const SparseMatrix& a, std::int64_t k) {
    return a.values.dtype() == DType::Float64 ? a.values.data<double>()[static_cast<std::size_t>(k)] : a.values.at(k);
}

}  // namespace

Clustering leidenClusters(const SparseMatrix& a, double resolution, unsigned seed) {
    if (a.rows != a.cols) throw InvalidInput("the kNN graph must be square (cells x cells) to cluster it");
    if (!(resolution > 0)) throw InvalidInput("the clustering resolution must be > 0");
    const auto n = a.rows;
    Clustering out;
    if (n == 0) return out;
    std::vector<std::int64_t> ends;
    std::vector<double> weights;
    for (std::int64_t i = 0; i < n; ++i)
        for (auto k = a.indptr[static_cast<std::size_t>(i)]; k < a.indptr[static_cast<std::size_t>(i) + 1]; ++k) {
            const auto j = static_cast<std::int64_t>(a.indices[static_cast<std::size_t>(k)]);
            const double w = valueAt(a, k);
            if (j > i && w > 0) {
                ends.push_back(i);
                ends.push_back(j);
                weights.push_back(w);
            }
        }
    const auto partition = detail::leidenPartition(n, ends, weights, resolution, seed);
    const auto clusters = partition.clusters;
    // Renumber by size (largest first; ties: the cluster met first), as leidenalg and scanpy do.
    std::vector<std::int64_t> size(static_cast<std::size_t>(clusters), 0), first(static_cast<std::size_t>(clusters), n);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto c = static_cast<std::size_t>(partition.membership[static_cast<std::size_t>(i)]);
        ++size[c];
        first[c] = std::min(first[c], i);
    }
    std::vector<std::int32_t> order(static_cast<std::size_t>(clusters));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::int32_t x, std::int32_t y) {
        return size[static_cast<std::size_t>(x)] != size[static_cast<std::size_t>(y)]
                   ? size[static_cast<std::size_t>(x)] > size[static_cast<std::size_t>(y)]
                   : first[static_cast<std::size_t>(x)] < first[static_cast<std::size_t>(y)];
    });
    std::vector<std::int32_t> rank(static_cast<std::size_t>(clusters));
    for (std::size_t r = 0; r < order.size(); ++r)
        rank[static_cast<std::size_t>(order[r])] = static_cast<std::int32_t>(r);
    out.membership.resize(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        out.membership[static_cast<std::size_t>(i)] =
            rank[static_cast<std::size_t>(partition.membership[static_cast<std::size_t>(i)])];
    out.clusters = static_cast<std::int32_t>(clusters);
    out.modularity = partition.modularity;
    return out;
}

Categorical clusterColumn(const Clustering& result) {
    Categorical c;
    std::vector<std::string> names;
    for (std::int32_t k = 0; k < result.clusters; ++k) names.push_back(std::to_string(k));
    c.categories = std::move(names);
    c.codes = result.membership;
    return c;
}

Dict leidenRecord(const LeidenOptions& o) {
    Dict params, record;
    params.set("resolution", NDArray::scalar(o.resolution));
    params.set("random_state", NDArray::scalar<std::int64_t>(o.seed));
    params.set("n_iterations", NDArray::scalar<std::int64_t>(-1));
    record.set("params", std::move(params));
    return record;
}

Clustering leiden(AnnData& data, const LeidenOptions& o, Progress& progress) {
    const auto& g = connectivities(data, progress);
    progress.stage("Leiden clustering");
    auto result = leidenClusters(g, o.resolution, o.seed);
    data.obs.set(o.key, clusterColumn(result));
    data.uns.set(o.key, leidenRecord(o));
    return result;
}

}  // namespace scdiff::embedding
