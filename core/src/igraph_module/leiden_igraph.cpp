// The Leiden partition through igraph's C library, as a module the preprocess library loads on first use
// (preprocess/igraph_module.cpp says why). A C entry point: no C++ types or exceptions cross the boundary.
#include <igraph.h>

#include <cstdint>
#include <cstdio>

#include "igraph_module/leiden_igraph.h"

namespace {

struct Failure {
    const char* what;
    igraph_error_t rc;
};
void check(igraph_error_t rc, const char* what) {
    if (rc != IGRAPH_SUCCESS) throw Failure{what, rc};
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

}  // namespace

extern "C" __attribute__((visibility("default"))) int scdiff_leiden_igraph(const ScdiffLeidenInput* in,
                                                                           ScdiffLeidenOutput* out) {
    static_assert(sizeof(igraph_integer_t) == sizeof(std::int64_t), "igraph's integers are 64-bit here");
    try {
        igraph_vector_int_t edgeView{};
        igraph_vector_int_view(&edgeView, reinterpret_cast<const igraph_integer_t*>(in->ends), 2 * in->edges);
        Graph graph(&edgeView, in->cells);
        igraph_vector_t weightView{};
        igraph_vector_view(&weightView, in->weights, in->edges);
        // Modularity as the Leiden (CPM-form) objective: node weights = strength, resolution / (2m).
        RealVector strength(in->cells);
        check(igraph_strength(&graph.g, &strength.v, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &weightView),
              "strength");
        double total = 0;
        for (std::int64_t e = 0; e < in->edges; ++e) total += 2 * in->weights[e];
        IntVector membership(in->cells);
        igraph_integer_t clusters = 0;
        igraph_real_t quality = 0;
        igraph_rng_seed(igraph_rng_default(), in->seed);
        check(igraph_community_leiden(&graph.g, &weightView, &strength.v,
                                      total > 0 ? in->resolution / total : in->resolution, 0.01, false, -1,
                                      &membership.v, &clusters, &quality),
              "Leiden");
        for (std::int64_t i = 0; i < in->cells; ++i) out->membership[i] = VECTOR(membership.v)[i];
        out->clusters = clusters;
        check(igraph_modularity(&graph.g, &membership.v, &weightView, 1.0, false, &out->modularity), "modularity");
        return 0;
    } catch (const Failure& f) {
        std::snprintf(out->error, sizeof out->error, "%s: %s", f.what, igraph_strerror(f.rc));
    } catch (...) {
        std::snprintf(out->error, sizeof out->error, "out of memory");
    }
    return 1;
}
