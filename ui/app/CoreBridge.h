#pragma once
// The core operations the UI calls, in one place, so widgets never reach into core areas directly.
#include <QString>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::ui {

AnnData loadDataset(const QString& path, Progress& progress);
void saveDataset(const AnnData& data, const QString& path, const QString& protectedInput, Progress& progress);
// preprocess::runPipeline without filtering or HVG: normalise counts, PCA, and kNN + UMAP when umap is true.
void computeEmbedding(AnnData& data, bool umap, Progress& progress);
// A synthetic dataset for demos and tests (synth preset name).
AnnData syntheticDataset(const std::string& preset, Progress& progress);

}  // namespace scdiff::ui
