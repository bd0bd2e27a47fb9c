#include "app/CoreBridge.h"

#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"
#include "scdiff/embedding.hpp"
#include "scdiff/synth.hpp"

namespace scdiff::ui {

AnnData loadDataset(const QString& path, Progress& progress) {
    return io::readAny(path.toStdString(), progress);
}

void saveDataset(const AnnData& data, const QString& path, const QString& protectedInput, Progress& progress) {
    h5ad::WriteOptions options;
    if (!protectedInput.isEmpty()) options.protectedInput = protectedInput.toStdString();
    h5ad::write(data, path.toStdString(), options, progress);
}

void computeEmbedding(AnnData& data, bool umap, Progress& progress) {
    if (!data.X) throw InvalidInput("the dataset has no X matrix to compute an embedding from");
    progress.stage("preprocessing");
    if (preprocess::detectXKind(*data.X) == preprocess::XKind::Counts) preprocess::standardPipeline(data, {}, progress);
    progress.stage("PCA");
    embedding::PcaOptions pcaOptions;
    pcaOptions.nComps = static_cast<int>(std::min<std::int64_t>({50, data.nObs() - 1, data.nVars() - 1}));
    embedding::pca(data, pcaOptions, progress);
    if (umap) {
        progress.stage("neighbours");
        embedding::neighbors(data, {}, progress);
        progress.stage("UMAP");
        embedding::umap(data, {}, progress);
    }
}

AnnData syntheticDataset(const std::string& preset, Progress& progress) {
    return synth::generate(synth::preset(preset), progress);
}

}  // namespace scdiff::ui
