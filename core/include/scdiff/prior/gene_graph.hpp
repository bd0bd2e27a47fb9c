#pragma once
// The gene-gene graph behind the gene-perturbation conditioner, built as GEARS builds its GO graph: the
// similarity of two genes is the Jaccard index of their GO-term sets, and each gene keeps its k most similar
// other genes (GEARS: k = 20) as weighted edges. A user graph (e.g. from STRING) can be read as an edge list.
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/prior/go_database.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::prior {

struct GeneEdge {
    std::int32_t from = 0, to = 0;  // node indices; GEARS's message direction: from -> to
    float weight = 0;
};

struct GeneGraph {
    std::vector<std::string> genes;                // node names
    std::vector<GeneEdge> edges;                   // sorted by (to, weight descending, from)
    std::string source;                            // "GO Jaccard, top 20 (org.Hs.eg.sqlite ...)" or the edge-list file
    std::int64_t degree(std::int32_t node) const;  // edges into node
    std::int32_t indexOf(const std::string& gene) const;  // -1 when absent
};

// termSets[i]: the sorted term indices of node i (genes without terms get no edges). For each node, the
// topK other nodes with the highest Jaccard index > 0 (ties: the lower index first), as edges neighbour ->
// node with the index as weight. Runs on the core's worker threads; cancellable through progress.
GeneGraph jaccardGraph(std::vector<std::string> genes, const std::vector<std::vector<std::int32_t>>& termSets,
                       int topK = 20, Progress& progress = nullProgress());

// The GO graph over the given gene names (a dataset's genes and its perturbed genes): its nodes are the names
// the annotations know (matchGenes; spelled as given, a second name of the same gene left out), in the given
// order. match reports how many were found.
struct NamedGoGraph {
    GeneGraph graph;
    GeneMatch match;
};
NamedGoGraph goGraph(const GeneAnnotations& annotations, const std::vector<std::string>& names, int topK = 20,
                     Progress& progress = nullProgress());

// A tab- or comma-separated edge list: gene_a, gene_b[, weight] per line (weight 1 when absent), an optional
// header line (a non-numeric weight), '#' comments. Edges are taken as undirected (both directions), and a
// pair given twice keeps its larger weight. Throws FileError with the line number for a malformed line, a
// self-loop, or a negative or non-finite weight.
GeneGraph readEdgeList(const std::string& path);
// The graph as such a file (gene_a, gene_b, weight; one line per directed edge, a header line).
void writeEdgeList(const GeneGraph& graph, const std::string& path);

// The same nodes with the edges' endpoints shuffled (degree of each node kept, neighbours random): the
// control that must lose any advantage the real graph gives.
GeneGraph shuffledGraph(const GeneGraph& graph, std::uint64_t seed);

}  // namespace scdiff::prior
