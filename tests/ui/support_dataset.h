#pragma once
// A small, fully known dataset for the UI tests: three well separated clusters in X_umap.
#include "scdiff/anndata.hpp"

namespace scdiff::testing {

// nCells cells (cell i has type i % 3: "alpha", "beta", "gamma"), nGenes genes "g0".."g{n-1}";
// X: CSR float32 integer counts where gene j is expressed (value j % 5 + 1) in cells of type j % 3;
// obsm["X_umap"] centred at (10 * type, 5 * type) with a small deterministic jitter;
// uns["cell_type_colors"] = red, green, blue.
AnnData makeDataset(std::int64_t nCells = 300, std::int64_t nGenes = 30);

// synth's "tiny" preset (300 cells, 200 genes, counts, cell types, batches, conditions) with a grid as
// obsm["X_umap"] (cell r at (r % 20, r / 20)): synth makes no 2-D embedding, and the Embedding tab needs one.
AnnData tinyWithGrid();

}  // namespace scdiff::testing
