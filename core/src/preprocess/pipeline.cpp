#include "scdiff/pipeline.hpp"

#include "scdiff/clustering.hpp"

#include <algorithm>

#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::preprocess {

PipelineReport runPipeline(AnnData& data, const PipelineOptions& o, Progress& progress) {
    requireX(data, "preprocessing");
    PipelineReport report;
    if (o.filter) {
        progress.stage("filtering");
        report.filtered = filter(data, o.filterOptions);
    }
    progress.stage("normalising");
    report.inputKind = standardPipeline(data, o.standard, progress);
    // HVG needs log-normalised X (seurat) or counts (seurat_v3); scaled or negative data has neither.
    if (o.hvg > 0 && report.inputKind != XKind::Other) {
        HvgOptions h;
        h.flavor = o.hvgFlavor;
        h.nTopGenes = std::min<std::int64_t>(o.hvg, data.nVars());
        if (h.flavor == HvgFlavor::SeuratV3) {
            if (!data.layers.contains("counts"))
                throw InvalidInput(
                    "the seurat_v3 flavour of highly variable genes needs raw counts in layers['counts']");
            h.layer = "counts";
            h.batchKey = o.hvgBatchKey;
        } else if (!o.hvgBatchKey.empty()) {
            throw InvalidInput("highly variable genes by batch needs the seurat_v3 flavour (--hvg-flavor seurat_v3)");
        }
        highlyVariableGenes(data, h);
        report.hvgFlagged = true;
    }
    progress.checkCancelled();
    if (o.pcaComps <= 0) return report;
    embedding::PcaOptions p;
    p.nComps = static_cast<int>(std::min<std::int64_t>({o.pcaComps, data.nVars() - 1, data.nObs() - 1}));
    if (p.nComps < 1) throw InvalidInput("PCA needs at least two cells and two genes");
    p.seed = o.seed;
    progress.stage("PCA");
    embedding::pca(data, p, progress);
    report.pcaComps = p.nComps;
    if (o.neighbors <= 0) return report;
    embedding::NeighborsOptions n;
    n.nNeighbors = static_cast<int>(std::min<std::int64_t>(o.neighbors, data.nObs() - 1));
    n.seed = o.seed;
    progress.stage("kNN graph");
    embedding::neighbors(data, n, progress);
    if (o.leiden > 0) {
        embedding::LeidenOptions l;
        l.resolution = o.leiden;
        l.seed = o.seed;
        report.clusters = embedding::leiden(data, l, progress).clusters;
    }
    if (!o.umap) return report;
    embedding::UmapOptions u;
    u.seed = o.seed;
    progress.stage("UMAP");
    embedding::umap(data, u, progress);
    return report;
}

}  // namespace scdiff::preprocess
