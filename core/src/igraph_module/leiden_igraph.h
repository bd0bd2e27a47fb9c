#pragma once
// The C interface of the igraph module (leiden_igraph.cpp), shared with its loader (preprocess/igraph_module.cpp).
#include <cstdint>

extern "C" {

struct ScdiffLeidenInput {
    std::int64_t cells;
    std::int64_t edges;
    const std::int64_t* ends;  // 2 x edges vertex indices, each edge once
    const double* weights;     // edges
    double resolution;
    unsigned seed;
};
struct ScdiffLeidenOutput {
    std::int64_t* membership;  // cells, filled: igraph's cluster of each cell
    std::int64_t clusters;
    double modularity;
    char error[256];  // set when the call returns non-zero
};
// 0 on success.
using ScdiffLeidenFunction = int (*)(const ScdiffLeidenInput*, ScdiffLeidenOutput*);
int scdiff_leiden_igraph(const ScdiffLeidenInput* in, ScdiffLeidenOutput* out);
}
