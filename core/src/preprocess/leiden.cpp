// Leiden clustering through igraph's C library (clustering.hpp).
#include <igraph.h>

#include <algorithm>
#include <mutex>
#include <numeric>

#include "scdiff/clustering.hpp"
#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"

namespace scdiff::embedding {

namespace {

// igraph's random generator is a process-wide default: one clustering at a time sets and uses it.
std::mutex& igraphLock() {
    static std::mutex m;
    return m;
}

void check(igraph_error_t rc, const char* what) {
    if (rc != IGRAPH_SUCCESS)
        throw Error(std::string("the clustering failed in igraph (") + what + ": " + igraph_strerror(rc) + ")");
}

// RAII for igraph's C objects.
struct Graph {
    igraph_t g;
    Graph(const igraph_vector_int_t* edges, igraph_integer_t n) {
        check(igraph_create(&g, edges, n, IGRAPH_UNDIRECTED), "building the graph");
    }
    ~Graph() { igraph_destroy(&g); }
};
struct RealVector {
    igraph_vector_t v;
    explicit RealVector(igraph_integer_t n) { check(igraph_vector_init(&v, n), "allocating"); }
    ~RealVector() { igraph_vector_destroy(&v); }
};
struct IntVector {
    igraph_vector_int_t v;
    explicit IntVector(igraph_integer_t n) { check(igraph_vector_int_init(&v, n), "allocating"); }
    ~IntVector() { igraph_vector_int_destroy(&v); }
};

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
    std::vector<igraph_integer_t> ends;
    std::vector<double> weights;
    for (std::int64_t i = 0; i < n; ++i)
        for (auto k = a.indptr[static_cast<std::size_t>(i)]; k < a.indptr[static_cast<std::size_t>(i) + 1]; ++k) {
            const auto j = static_cast<std::int64_t>(a.indices[static_cast<std::size_t>(k)]);
            const double w = valueAt(a, k);
            if (j > i && w > 0) {
                ends.push_back(static_cast<igraph_integer_t>(i));
                ends.push_back(static_cast<igraph_integer_t>(j));
                weights.push_back(w);
            }
        }
    std::lock_guard lock(igraphLock());
    igraph_vector_int_t edgeView;
    igraph_vector_int_view(&edgeView, ends.data(), static_cast<igraph_integer_t>(ends.size()));
    Graph graph(&edgeView, static_cast<igraph_integer_t>(n));
    igraph_vector_t weightView;
    igraph_vector_view(&weightView, weights.data(), static_cast<igraph_integer_t>(weights.size()));
    // Modularity as the Leiden (CPM-form) objective: node weights = strength, resolution / (2m).
    RealVector strength(static_cast<igraph_integer_t>(n));
    check(igraph_strength(&graph.g, &strength.v, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &weightView), "strength");
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0) * 2.0;
    IntVector membership(static_cast<igraph_integer_t>(n));
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0;
    igraph_rng_seed(igraph_rng_default(), seed);
    check(igraph_community_leiden(&graph.g, &weightView, &strength.v, total > 0 ? resolution / total : resolution, 0.01,
                                  false, -1, &membership.v, &clusters, &quality),
          "Leiden");
    // Renumber by size (largest first; ties: the cluster met first), as leidenalg and scanpy do.
    std::vector<std::int64_t> size(static_cast<std::size_t>(clusters), 0), first(static_cast<std::size_t>(clusters), n);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto c = static_cast<std::size_t>(VECTOR(membership.v)[i]);
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
        out.membership[static_cast<std::size_t>(i)] = rank[static_cast<std::size_t>(VECTOR(membership.v)[i])];
    out.clusters = static_cast<std::int32_t>(clusters);
    check(igraph_modularity(&graph.g, &membership.v, &weightView, 1.0, false, &out.modularity), "modularity");
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
