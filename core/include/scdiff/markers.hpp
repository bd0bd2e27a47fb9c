#pragma once
// Marker genes per group, as scanpy.tl.rank_genes_groups(method="wilcoxon", reference="rest"), and
// per-group expression summaries for dot plots. Reads X (assumed log1p-normalised) or a layer.
//
// For gene j and group g (n1 cells) against the rest (n2 cells), n = n1 + n2:
//   ranks r_i: average ranks of x_ij over all n cells (ties share the mean rank)
//   tie correction T = 1 - sum_t (t^3 - t) / (n^3 - n) over the tie groups' sizes t
//   z = (sum_{i in g} r_i - n1 (n + 1) / 2) / sqrt(T n1 n2 (n + 1) / 12)      (no continuity correction)
//   p = 2 (1 - Phi(|z|)); pAdj: Benjamini-Hochberg over the genes of the group, capped at 1
//   logFoldChange = log2((mean_g expm1(x) + 1e-9) / (mean_rest expm1(x) + 1e-9))
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::markers {

struct GeneScore {
    std::int64_t gene = 0;  // var index
    std::string name;
    double score = 0, logFoldChange = 0, pValue = 1, pValueAdj = 1;
    double meanInGroup = 0, fractionInGroup = 0;  // of x (not expm1), fraction with x > 0
};

struct GroupMarkers {
    std::string group;
    std::int64_t cells = 0;
    std::vector<GeneScore> genes;  // by decreasing score
};

struct RankOptions {
    std::string groupBy;    // obs column (categorical or strings)
    std::string layer;      // "" = X
    std::int64_t nTop = 0;  // keep this many genes per group (0 = all)
    bool tieCorrect = true;
};

// Groups with fewer than 2 cells, or whose rest is empty, are skipped. Throws InvalidInput for a
// missing column/layer or an obs column that is not categorical-like.
std::vector<GroupMarkers> rankGenesGroups(const AnnData& data, const RankOptions& options,
                                          Progress& progress = nullProgress());

// Mean expression and fraction of cells with x > 0, per group (rows) and gene (columns, in the
// order of `genes`), for dot plots and heat maps. Missing labels are left out.
struct GroupSummary {
    std::vector<std::string> groups;
    std::vector<std::int64_t> cells;     // per group
    std::vector<double> mean, fraction;  // groups x genes, row-major
};
GroupSummary summarize(const AnnData& data, const std::string& groupBy, const std::vector<std::int64_t>& genes,
                       const std::string& layer = "");

// Group code per cell (-1 missing) and the group names of an obs column (categorical, strings, bool).
std::vector<std::int32_t> groupCodes(const AnnData& data, const std::string& groupBy, std::vector<std::string>& names);

}  // namespace scdiff::markers
