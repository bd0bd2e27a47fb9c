#include "tasks/CoreBridge.h"

#include "scdiff/error.hpp"
#include "scdiff/pipeline.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"
#include "scdiff/read_safely.hpp"
#include "scdiff/synth.hpp"

namespace scdiff::ui {

AnnData loadDataset(const QString& path, Progress& progress, bool backed) {
    io::ReadSafelyOptions options;
    options.expression = !backed;
    return io::readSafely(path.toStdString(), progress, options);
}

void saveDataset(const AnnData& data, const QString& path, const QString& protectedInput, Progress& progress) {
    h5ad::WriteOptions options;
    if (!protectedInput.isEmpty()) options.protectedInput = protectedInput.toStdString();
    io::writeAny(data, path.toStdString(), options, progress);  // .loom or .h5ad, by the name
}

void computeEmbedding(AnnData& data, bool umap, Progress& progress) {
    preprocess::PipelineOptions options;
    options.filter = false;  // never drop cells or genes behind the user's back
    options.hvg = 0;
    options.neighbors = umap ? 15 : 0;
    options.umap = umap;
    preprocess::runPipeline(data, options, progress);
}

AnnData syntheticDataset(const std::string& preset, Progress& progress) {
    return synth::generate(synth::preset(preset), progress);
}

}  // namespace scdiff::ui
