#include "preprocess_steps.hpp"

#include <iostream>

#include "scdiff/error.hpp"
#include "scdiff/pipeline.hpp"

namespace scdiff::cli {

void PreprocessSteps::addOptions(CLI::App& cmd) {
    cmd.add_option("--min-genes", minGenes, "drop cells with fewer expressed genes");
    cmd.add_option("--min-cells", minCells, "drop genes expressed in fewer cells");
    cmd.add_option("--min-counts", minCounts, "drop cells with fewer total counts");
    cmd.add_option("--target-sum", targetSum, "library size after normalisation")->capture_default_str();
    cmd.add_flag("--log1p", log1p,
                 "X holds abundances (FPKM, TPM: non-negative, not counts, not log-normalised): log1p them first, "
                 "keeping the values in layers['abundance']");
    cmd.add_flag("--rescale", rescale, "with --log1p: rescale each cell to --target-sum before the log");
    cmd.add_option("--hvg", hvg, "number of highly variable genes to flag (0: none)")->capture_default_str();
    cmd.add_option("--hvg-flavor", hvgFlavor, "seurat or seurat_v3")->check(CLI::IsMember({"seurat", "seurat_v3"}));
    cmd.add_option("--hvg-batch-key", hvgBatchKey,
                   "with --hvg-flavor seurat_v3: rank genes within each batch of this obs column and keep those "
                   "highly variable in most batches (scanpy's batch_key)");
    cmd.add_option("--pca", pcaComps, "principal components (0: no PCA)")->capture_default_str();
    cmd.add_option("--neighbors", neighbors, "neighbours in the kNN graph (0: none)")->capture_default_str();
    cmd.add_option("--umap", umap, "compute a UMAP (true/false)")->capture_default_str();
    cmd.add_option("--leiden", leiden,
                   "Leiden clusters on the kNN graph at this resolution (as scanpy's tl.leiden; 1 is scanpy's "
                   "default) into obs['leiden']")
        ->check(CLI::PositiveNumber);
    cmd.add_option("--seed", seed, "seed for PCA/UMAP");
}

void PreprocessSteps::run(AnnData& data, Progress& progress) const {
    if (rescale && !log1p) throw InvalidInput("--rescale goes with --log1p");
    preprocess::requireX(data, "preprocessing");
    const auto seen = preprocess::inspectX(*data.X);
    std::cerr << "X holds " << seen.describe() << "\n";
    if (log1p) {
        if (seen.kind == preprocess::XKind::Counts || seen.kind == preprocess::XKind::LogNormalized) {
            std::cerr << "--log1p: X is " << preprocess::xKindName(seen.kind)
                      << ", so it is not log-transformed (counts are normalised and log1p'd below)\n";
        } else {
            preprocess::logTransformAbundances(data, rescale ? targetSum : 0);  // throws for scaled/negative data
            std::cerr << "log-transformed X (log1p" << (rescale ? " after rescaling each cell" : "")
                      << "); the values are kept in layers['abundance']\n";
        }
    }
    preprocess::PipelineOptions o;
    o.filterOptions.minGenesPerCell = minGenes;
    o.filterOptions.minCellsPerGene = minCells;
    o.filterOptions.minCountsPerCell = minCounts;
    o.standard.targetSum = targetSum;
    o.hvg = hvg;
    o.hvgFlavor = hvgFlavor == "seurat_v3" ? preprocess::HvgFlavor::SeuratV3 : preprocess::HvgFlavor::Seurat;
    o.hvgBatchKey = hvgBatchKey;
    o.pcaComps = pcaComps;
    o.neighbors = neighbors;
    o.umap = umap;
    o.leiden = leiden;
    o.seed = static_cast<unsigned>(seed);
    const auto report = preprocess::runPipeline(data, o, progress);
    std::cerr << "filtered: " << report.filtered.cellsRemoved << " cells and " << report.filtered.genesRemoved
              << " genes removed\nX was " << preprocess::xKindName(report.inputKind)
              << (report.inputKind == preprocess::XKind::Counts
                      ? ": counts kept in layers['counts'], normalised and log1p-transformed\n"
                      : ": not normalised again\n");
    if (report.clusters > 0) std::cerr << "Leiden: " << report.clusters << " clusters in obs['leiden']\n";
}

}  // namespace scdiff::cli
