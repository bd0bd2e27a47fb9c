#include "preprocess_steps.hpp"

#include <algorithm>
#include <iostream>

#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::cli {

void PreprocessSteps::addOptions(CLI::App& cmd) {
    cmd.add_option("--min-genes", minGenes, "drop cells with fewer expressed genes");
    cmd.add_option("--min-cells", minCells, "drop genes expressed in fewer cells");
    cmd.add_option("--min-counts", minCounts, "drop cells with fewer total counts");
    cmd.add_option("--target-sum", targetSum, "library size after normalisation")->capture_default_str();
    cmd.add_option("--hvg", hvg, "number of highly variable genes to flag (0: none)")->capture_default_str();
    cmd.add_option("--hvg-flavor", hvgFlavor, "seurat or seurat_v3")->check(CLI::IsMember({"seurat", "seurat_v3"}));
    cmd.add_option("--pca", pcaComps, "principal components (0: no PCA)")->capture_default_str();
    cmd.add_option("--neighbors", neighbors, "neighbours in the kNN graph (0: none)")->capture_default_str();
    cmd.add_option("--umap", umap, "compute a UMAP (true/false)")->capture_default_str();
    cmd.add_option("--seed", seed, "seed for PCA/UMAP");
}

void PreprocessSteps::run(AnnData& data, Progress& progress) const {
    preprocess::FilterOptions filter;
    filter.minGenesPerCell = minGenes;
    filter.minCellsPerGene = minCells;
    filter.minCountsPerCell = minCounts;
    const auto report = preprocess::filter(data, filter);
    std::cerr << "filtered: " << report.cellsRemoved << " cells and " << report.genesRemoved << " genes removed\n";
    preprocess::StandardOptions standard;
    standard.targetSum = targetSum;
    const auto kind = preprocess::standardPipeline(data, standard, progress);
    std::cerr << "X was " << preprocess::xKindName(kind)
              << (kind == preprocess::XKind::Counts ? ": counts kept in layers['counts'], normalised and log1p-transformed\n"
                                                    : ": left as it is\n");
    if (hvg > 0 && kind != preprocess::XKind::Other) {
        preprocess::HvgOptions h;
        h.flavor = hvgFlavor == "seurat_v3" ? preprocess::HvgFlavor::SeuratV3 : preprocess::HvgFlavor::Seurat;
        h.nTopGenes = std::min<std::int64_t>(hvg, data.nVars());
        if (h.flavor == preprocess::HvgFlavor::SeuratV3) {
            if (!data.layers.contains("counts")) throw InvalidInput("--hvg-flavor seurat_v3 needs raw counts in layers['counts']");
            h.layer = "counts";
        }
        preprocess::highlyVariableGenes(data, h);
    }
    if (pcaComps > 0) {
        embedding::PcaOptions p;
        p.nComps = static_cast<int>(std::min<std::int64_t>({pcaComps, data.nVars() - 1, data.nObs() - 1}));
        p.seed = static_cast<unsigned>(seed);
        progress.stage("PCA");
        embedding::pca(data, p, progress);
    }
    if (neighbors > 0 && pcaComps > 0) {
        embedding::NeighborsOptions n;
        n.nNeighbors = neighbors;
        n.seed = static_cast<unsigned>(seed);
        progress.stage("kNN graph");
        embedding::neighbors(data, n, progress);
        if (umap) {
            embedding::UmapOptions u;
            u.seed = static_cast<unsigned>(seed);
            progress.stage("UMAP");
            embedding::umap(data, u, progress);
        }
    }
}

}  // namespace scdiff::cli
