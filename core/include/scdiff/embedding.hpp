#pragma once
// Embeddings: PCA, kNN graph and UMAP, stored where scanpy stores them
// (obsm["X_pca"], varm["PCs"], uns["pca"], obsp["distances"/"connectivities"], uns["neighbors"], obsm["X_umap"]).
#include <cstdint>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::embedding {

struct PcaOptions {
    int nComps = 50;
    bool useHighlyVariable = true;  // when var["highly_variable"] exists
    bool zeroCenter = true;
    unsigned seed = 0;
};
// On X restricted to var["highly_variable"] genes when present and useHighlyVariable, centred
// implicitly (sparse X is never densified). Exact (Gram matrix X^T X - n mu mu^T, then the leading
// eigenpairs) up to 5000 genes; randomised SVD above. obsm["X_pca"] = (X - mu) V (float32, n x k),
// varm["PCs"] = V (float32, all genes x k, zero rows for genes not used), uns["pca"]["variance"] =
// eigenvalues of the covariance (ddof 1), ["variance_ratio"] = variance / total variance of the
// genes used. k = min(nComps, genes, cells - 1). Sign: the largest-|loading| entry of each component
// is positive (scanpy's svd_flip decides on U instead, so signs may differ from scanpy's).
void pca(AnnData& data, const PcaOptions& options = {}, Progress& progress = nullProgress());

struct NeighborsOptions {
    int nNeighbors = 15;
    int nPcs = 0;  // 0 = all of X_pca
    unsigned seed = 0;
    std::int64_t exactBelow = 5000;  // exact search below this many cells, hnswlib above
};
// kNN (euclidean, the cell itself counted as the first of nNeighbors, as scanpy) on X_pca; exact below
// exactBelow cells, hnswlib (M 16, ef_construction 200, ef max(k, 50)) above. obsp["distances"]: CSR
// with the k - 1 other neighbours' distances; obsp["connectivities"]: umap-learn's fuzzy simplicial
// set (rho_i = nearest non-zero distance, sigma_i from sum_j exp(-(d_ij - rho_i)/sigma_i) = log2 k,
// w_ij = exp(-(d_ij - rho_i)/sigma_i), W + W^T - W o W^T). uns["neighbors"] as scanpy writes it.
void neighbors(AnnData& data, const NeighborsOptions& options = {}, Progress& progress = nullProgress());

// obsp["connectivities"] checked (a cells x cells sparse matrix; InvalidInput naming what was found otherwise),
// computed first with neighbors() when missing: the kNN graph UMAP and Leiden work on.
const SparseMatrix& connectivities(AnnData& data, Progress& progress = nullProgress());

struct UmapOptions {
    int nComponents = 2;
    double minDist = 0.5, spread = 1.0;
    int nEpochs = 0;  // 0 = 500 below 10k cells, 200 above (as umap-learn)
    unsigned seed = 0;
};
// UMAP's curve parameters: least-squares fit of 1 / (1 + a d^(2b)) to 1 for d < minDist and
// exp(-(d - minDist) / spread) beyond, on 300 points of [0, 3 spread] (umap-learn's find_ab_params).
struct UmapCurve {
    double a = 0, b = 0;
};
UmapCurve fitUmapCurve(double minDist, double spread);

// Needs obsp["connectivities"] (runs neighbors() first when missing). umap-learn's SGD layout (see
// umap.cpp for the gradients), initialised from the first two columns of X_pca scaled to [0, 10],
// single-threaded so that one seed gives one layout. obsm["X_umap"] float32 n x 2, uns["umap"]["params"]{a, b}.
void umap(AnnData& data, const UmapOptions& options = {}, Progress& progress = nullProgress());

}  // namespace scdiff::embedding
