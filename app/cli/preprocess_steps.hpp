#pragma once
// The preprocessing sequence shared by `scdiff preprocess` and `scdiff demo`.
#include <CLI/CLI.hpp>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::cli {

struct PreprocessSteps {
    double minGenes = 0, minCells = 0, minCounts = 0, targetSum = 1e4;
    bool log1p = false;       // --log1p: log-transform abundances (FPKM/TPM) first
    bool rescale = false;     // --rescale: with --log1p, each cell to targetSum before the log
    std::int64_t hvg = 2000;  // 0 = no HVG selection
    std::string hvgFlavor = "seurat";
    std::string hvgBatchKey;  // seurat_v3 within each batch of this obs column
    int pcaComps = 50;   // 0 = no PCA
    int neighbors = 15;  // 0 = no kNN graph
    bool umap = true;
    double leiden = 0;  // > 0: Leiden clustering at this resolution
    std::uint64_t seed = 0;

    void addOptions(CLI::App& cmd);
    // Filter, normalise + log1p (unless already log-normalised), HVG, PCA, kNN, UMAP. Prints what it did.
    void run(AnnData& data, Progress& progress) const;
};

}  // namespace scdiff::cli
