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
// Throws InvalidInput unless the dataset holds X in memory: "<step> needs X, but ..." with why it has none (no X in
// the file, or X left in the file of a dataset opened backed, which a step that needs all of X cannot use).
void requireX(const AnnData& data, const std::string& step);

XKind detectXKind(const Matrix& x);
XKind detectXKind(const SparseMatrix& x);
XKind detectXKind(const NDArray& x);  // 2-D
const char* xKindName(XKind k);       // "counts", "log-normalised", "other", "empty"

// What the values of X look like, in more detail than XKind, for the sentence a user reads.
struct XValues {
    XKind kind = XKind::Empty;
    double minValue = 0, maxValue = 0;  // over the stored values (and 0 for a sparse matrix's zeros)
    bool nonInteger = false;
    std::int64_t negatives = 0, nonFinite = 0;
    // Non-negative, finite, not counts and not log-normalised: abundances such as FPKM or TPM, which
    // log1p (after an optional rescaling per cell) makes usable.
    bool abundances() const { return kind == XKind::Other && negatives == 0 && nonFinite == 0; }
    // One sentence: what was seen and what it looks like, e.g. "non-integer values from 0 to 47677 and
    // none negative: abundances such as FPKM or TPM, neither counts nor log-normalised".
    std::string describe() const;
};
XValues inspectX(const Matrix& x);
XValues inspectX(const SparseMatrix& x);
XValues inspectX(const NDArray& x);  // 2-D

// X log-transformed when it holds abundances (XValues::abundances): optionally each cell rescaled to
// targetSum first (0 = no rescaling), then x <- ln(1 + x). The untransformed values are kept for
// layers['abundance'] and the record for uns['scdiff_preprocess'] (input_kind, log1p, target_sum when
// rescaled), so that nothing downstream transforms it twice. Pure; throws InvalidInput naming what X holds
// when it is not abundances (counts are normalised instead, log-normalised X needs nothing, scaled or
// negative values cannot be turned back into expression).
struct LogTransformed {
    Matrix x;
    Element abundance, record;
};
LogTransformed logTransformedAbundances(const Matrix& x, double targetSum = 0);
// The same on a dataset: X replaced, layers['abundance'] and uns['scdiff_preprocess'] set.
void logTransformAbundances(AnnData& data, double targetSum = 0);

struct FilterOptions {
    double minCountsPerCell = 0, minGenesPerCell = 0;  // scanpy filter_cells(min_counts, min_genes)
    double minCountsPerGene = 0, minCellsPerGene = 0;  // scanpy filter_genes(min_counts, min_cells)
    bool dropAllZero = true;                           // drop all-zero cells and genes
};
struct FilterReport {
    std::int64_t cellsRemoved = 0, genesRemoved = 0;
};
// Subsets every obs/var-aligned element (obs, var, obsm, varm, obsp, varp, layers; raw keeps its genes).
// Cells first (total >= minCounts, detected genes >= minGenes, non-zero), then genes counted over the
// kept cells (total >= minCounts, cells >= minCells, non-zero), as filter_cells then filter_genes.
// Elements that cannot be subset (opaque copies) are dropped from the aligned mappings.
FilterReport filter(AnnData& data, const FilterOptions& options);

// Row subsets / column subsets of the whole AnnData (all aligned elements follow).
AnnData subsetObs(const AnnData& data, const std::vector<std::int64_t>& rows);
AnnData subsetVars(const AnnData& data, const std::vector<std::int64_t>& cols);

// x_ij <- x_ij * target / sum_j x_ij (cells with total 0 stay 0). The matrix becomes float32, in the same
// storage (dense stays dense, sparse stays sparse).
void normalizeTotal(Matrix& x, double targetSum = 1e4);
// x <- ln(1 + x), float32.
void log1p(Matrix& x);
// The same on a dataset's X (InvalidInput without X).
void normalizeTotal(AnnData& data, double targetSum = 1e4);
void log1p(AnnData& data);

// Counts normalised as scDiff does everywhere: normalizeTotal(targetSum), then log1p. The counts are kept
// for layers['counts'] and the record for uns['scdiff_preprocess'] (input_kind, counts_layer,
// normalize_total, target_sum, log1p). Pure; throws InvalidInput naming what the matrix holds when it is
// not counts (non-negative integers).
struct NormalisedCounts {
    Matrix x;
    Element counts, record;
};
NormalisedCounts normalisedCounts(const Matrix& counts, double targetSum = 1e4);

// Whether uns['scdiff_preprocess'] records that X was log-transformed (by the standard pipeline or the
// abundance log-transform), so that nothing transforms it twice.
bool recordsLog1p(const AnnData& data);

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
    std::string batchKey;  // SeuratV3: obs column of batches; genes ranked within each batch, then combined
};
// Adds var columns highly_variable (bool), means, dispersions, dispersions_norm (seurat) or
// variances, variances_norm, highly_variable_rank (seurat_v3), like scanpy.pp.highly_variable_genes
// (single batch), and uns["hvg"]["flavor"].
// seurat (X log-normalised): y = expm1(x); m_j = mean, v_j = var (ddof 1); m_j = 0 -> 1e-12;
//   dispersion d_j = ln(v_j / m_j) (NaN when v_j = 0), means = ln(1 + m_j); genes binned by means into
//   nBins equal-width bins (pandas.cut); dispersions_norm = (d_j - mean_bin) / std_bin (ddof 1, NaN
//   skipped; a bin with one gene: std := its mean, mean := 0). Selection: the nTopGenes largest
//   dispersions_norm (NaN as 0, ties included), or minMean < means < maxMean and dispersions_norm > minDisp.
// seurat_v3 (counts in X or `layer`): m_j, v_j (ddof 1); for v_j > 0 a loess (degree 2, span 0.3,
//   tricube weights, evaluated exactly at each gene: no kd-tree interpolation as skmisc does) of
//   log10 v on log10 m gives s_j = sqrt(10^fit) (s_j = 1 for constant genes); counts clipped at
//   m_j + sqrt(n) s_j; variances_norm = (n m^2 + sum x^2 - 2 m sum x) / ((n - 1) s^2) over clipped x;
//   the nTopGenes largest are highly variable, highly_variable_rank 0.. (NaN for the others).
//   With batchKey (scanpy's batch_key): the above per batch; a gene's highly_variable_nbatches is the number
//   of batches ranking it in their top nTopGenes, highly_variable_rank the median of those ranks, variances_norm
//   the mean over batches; the nTopGenes genes in most batches' top lists, then by median rank, are chosen.
void highlyVariableGenes(AnnData& data, const HvgOptions& options);
// The seurat flavour's highly_variable flags alone (options.flavor is not read), per column of a
// log-normalised matrix: the same selection without a dataset around it (the engine's gene selection).
std::vector<bool> highlyVariableSeurat(const SparseMatrix& logNormalised, const HvgOptions& options);
// The same per batch, as scanpy's batch_key does it for the seurat flavour: batchOfRow[i] is row i's batch
// (0..B-1); in each batch the genes expressed there are scored (the others score 0) and flagged in its top
// nTopGenes; a gene's number of batches flagging it, then its mean dispersions_norm over the batches, rank it
// (equal ranks: the lower column first; scanpy breaks them by name), and the nTopGenes first are chosen.
std::vector<bool> highlyVariableSeurat(const SparseMatrix& logNormalised, const HvgOptions& options,
                                       const std::vector<std::int64_t>& batchOfRow);

// z-score every gene like scanpy.pp.scale: (x - mean) / std with ddof = 1 (std 0 -> 1), values above
// maxValue set to maxValue when maxValue > 0 (scanpy 1.9 clips the upper side only).
// Returns a dense row-major float32 matrix (rows = cells); X is not changed.
std::vector<float> scaledDense(const AnnData& data, double maxValue = 10, const std::vector<std::int64_t>& genes = {});

}  // namespace scdiff::preprocess
