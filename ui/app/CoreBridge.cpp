#include "app/CoreBridge.h"

#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#ifdef SCDIFF_UI_HAVE_IO
#include "scdiff/h5ad.hpp"
#endif
#ifdef SCDIFF_UI_HAVE_IMPORT
#include "scdiff/import.hpp"
#endif
#ifdef SCDIFF_UI_HAVE_EMBEDDING
#include "scdiff/embedding.hpp"
#endif
#ifdef SCDIFF_UI_HAVE_SYNTH
#include "scdiff/synth.hpp"
#endif

namespace scdiff::ui {

AnnData loadDataset(const QString& path, Progress& progress) {
#if defined(SCDIFF_UI_HAVE_IMPORT)
    return io::readAny(path.toStdString(), progress);
#elif defined(SCDIFF_UI_HAVE_IO)
    if (!path.endsWith(".h5ad", Qt::CaseInsensitive))
        throw InvalidInput("cannot open " + path.toStdString() + ": this build reads .h5ad files only");
    return h5ad::read(path.toStdString(), progress);
#else
    (void)progress;
    throw InvalidInput("cannot open " + path.toStdString() + ": this build has no file readers yet");
#endif
}

void saveDataset(const AnnData& data, const QString& path, const QString& protectedInput, Progress& progress) {
#ifdef SCDIFF_UI_HAVE_IO
    h5ad::WriteOptions options;
    if (!protectedInput.isEmpty()) options.protectedInput = protectedInput.toStdString();
    h5ad::write(data, path.toStdString(), options, progress);
#else
    (void)data, (void)protectedInput, (void)progress;
    throw InvalidInput("cannot write " + path.toStdString() + ": this build has no h5ad writer yet");
#endif
}

bool canComputeEmbeddings() {
#ifdef SCDIFF_UI_HAVE_EMBEDDING
    return true;
#else
    return false;
#endif
}

void computeEmbedding(AnnData& data, bool umap, Progress& progress) {
#ifdef SCDIFF_UI_HAVE_EMBEDDING
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
#else
    (void)data, (void)umap, (void)progress;
    throw InvalidInput("PCA and UMAP are not available in this build yet");
#endif
}

bool canGenerateSynthetic() {
#ifdef SCDIFF_UI_HAVE_SYNTH
    return true;
#else
    return false;
#endif
}

AnnData syntheticDataset(const std::string& preset, Progress& progress) {
#ifdef SCDIFF_UI_HAVE_SYNTH
    return synth::generate(synth::preset(preset), progress);
#else
    (void)progress;
    throw InvalidInput("the synthetic generator (preset " + preset + ") is not available in this build yet");
#endif
}

}  // namespace scdiff::ui
