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
void pca(AnnData& data, const PcaOptions& options = {}, Progress& progress = nullProgress());

struct NeighborsOptions {
    int nNeighbors = 15;
    int nPcs = 0;  // 0 = all of X_pca
    unsigned seed = 0;
    std::int64_t exactBelow = 5000;  // exact search below this many cells, hnswlib above
};
void neighbors(AnnData& data, const NeighborsOptions& options = {}, Progress& progress = nullProgress());

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

// Needs obsp["connectivities"] (runs neighbors() first when missing).
void umap(AnnData& data, const UmapOptions& options = {}, Progress& progress = nullProgress());

}  // namespace scdiff::embedding
