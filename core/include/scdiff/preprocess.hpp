#pragma once
// Preprocessing as scanpy defines it. Each function states its formula; results are tested against
// values computed independently with numpy.
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::preprocess {

// What X holds. Counts: all values non-negative integers. LogNormalized: non-negative, non-integer
// values present and max <= 20 (log1p of normalised counts). Other: anything else (scaled, negative).
enum class XKind { Counts, LogNormalized, Other, Empty };
XKind detectXKind(const Matrix& x);
const char* xKindName(XKind k);  // "counts", "log-normalised", "other", "empty"

struct FilterOptions {
    double minCountsPerCell = 0, minGenesPerCell = 0;  // scanpy filter_cells(min_counts, min_genes)
    double minCountsPerGene = 0, minCellsPerGene = 0;  // scanpy filter_genes(min_counts, min_cells)
    bool dropAllZero = true;                           // drop all-zero cells and genes
};
struct FilterReport {
    std::int64_t cellsRemoved = 0, genesRemoved = 0;
};
// Subsets every obs/var-aligned element (obs, var, obsm, varm, obsp, varp, layers; raw keeps its genes).
FilterReport filter(AnnData& data, const FilterOptions& options);

// Row subsets / column subsets of the whole AnnData (all aligned elements follow).
AnnData subsetObs(const AnnData& data, const std::vector<std::int64_t>& rows);
AnnData subsetVars(const AnnData& data, const std::vector<std::int64_t>& cols);

// x_ij <- x_ij * target / sum_j x_ij (cells with total 0 stay 0). X becomes float32.
void normalizeTotal(AnnData& data, double targetSum = 1e4);
// x <- ln(1 + x).
void log1p(AnnData& data);

struct StandardOptions {
    double targetSum = 1e4;
    bool keepCounts = true;  // copy raw counts into layers["counts"] first (when X holds counts)
};
// The scDiff pipeline: detect the X kind; counts -> layers["counts"], normalize_total, log1p;
// already log-normalised -> unchanged. Records what was done in uns["scdiff_preprocess"].
// Returns the kind detected before.
XKind standardPipeline(AnnData& data, const StandardOptions& options = {}, Progress& progress = nullProgress());

enum class HvgFlavor { Seurat, SeuratV3 };
struct HvgOptions {
    HvgFlavor flavor = HvgFlavor::Seurat;
    std::int64_t nTopGenes = 2000;  // 0 with Seurat flavour: use the cut-offs below
    double minMean = 0.0125, maxMean = 3, minDisp = 0.5;
    int nBins = 20;
    std::string layer;  // SeuratV3 expects counts: "" = X
};
// Adds var columns highly_variable (bool), means, dispersions, dispersions_norm (seurat) or
// variances, variances_norm, highly_variable_rank (seurat_v3), like scanpy.pp.highly_variable_genes.
void highlyVariableGenes(AnnData& data, const HvgOptions& options);

// z-score every gene like scanpy.pp.scale: (x - mean) / std with ddof = 1, clipped at maxValue if > 0.
// Returns a dense row-major float32 matrix (rows = cells); X is not changed.
std::vector<float> scaledDense(const AnnData& data, double maxValue = 10, const std::vector<std::int64_t>& genes = {});

}  // namespace scdiff::preprocess
