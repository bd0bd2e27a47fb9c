#pragma once
// The standard preprocessing sequence, in one place for the CLI, the GUI and the engine:
// filter -> normalise + log1p (only when X holds counts) -> HVG -> PCA -> kNN graph -> Leiden -> UMAP.
#include <cstdint>
#include <string>

#include "scdiff/preprocess.hpp"

namespace scdiff::preprocess {

struct PipelineOptions {
    bool filter = true;  // false: keep every cell and gene (the GUI must not drop cells silently)
    FilterOptions filterOptions;
    StandardOptions standard;
    std::int64_t hvg = 2000;  // highly variable genes to flag; 0 = none (PCA then uses every gene)
    HvgFlavor hvgFlavor = HvgFlavor::Seurat;
    std::string hvgBatchKey;  // seurat_v3: rank genes within each batch of this obs column, then combine
    int pcaComps = 50;   // 0 = stop before PCA; clamped to min(cells, genes) - 1
    int neighbors = 15;  // 0 = no kNN graph (and no UMAP)
    bool umap = true;
    double leiden = 0;  // > 0: Leiden clusters at this resolution on the kNN graph (obs['leiden'])
    unsigned seed = 0;
};

struct PipelineReport {
    FilterReport filtered;
    XKind inputKind = XKind::Empty;
    bool hvgFlagged = false;
    int pcaComps = 0;
    int clusters = 0;  // Leiden clusters found (0 without --leiden)
};

PipelineReport runPipeline(AnnData& data, const PipelineOptions& options, Progress& progress = nullProgress());

}  // namespace scdiff::preprocess
