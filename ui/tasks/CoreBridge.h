#pragma once
// The composite core operations of the Studio's menus (open any supported file, save without overwriting
// the input, the embedding pipeline, example data). Widgets call core's public headers (core/include/scdiff)
// for everything else and never its sources' private headers; torch only through the engine's torch-free API.
#include <QString>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::ui {

// backed: an .h5ad opened backed, for data larger than memory (X, layers and raw stay in the file; docs/h5ad.md).
AnnData loadDataset(const QString& path, Progress& progress, bool backed = false);
void saveDataset(const AnnData& data, const QString& path, const QString& protectedInput, Progress& progress);
// preprocess::runPipeline without filtering or HVG: normalise counts, PCA, and kNN + UMAP when umap is true.
void computeEmbedding(AnnData& data, bool umap, Progress& progress);
// A synthetic dataset for demos and tests (synth preset name).
AnnData syntheticDataset(const std::string& preset, Progress& progress);

}  // namespace scdiff::ui
