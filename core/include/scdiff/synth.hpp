#pragma once
// Splatter-like synthetic single-cell data: the embedded default dataset for the demo and tests.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::synth {

struct SynthOptions {
    std::int64_t nCells = 2000, nGenes = 1000;
    int nCellTypes = 6;  // arranged on lineages (trees of types sharing ancestor programmes)
    int nBatches = 2;
    double batchEffectSd = 0.2;  // sd of each batch's log-fold change per gene (the strength of batch effects)
    bool withCondition = true;   // control / stimulated, with a cell-type-specific response
    // Share of the stimulated response that is a programme of the type's lineage rather than one shared by
    // every type (0: the shared programme alone, as before; 1: a lineage programme alone). Real responses
    // differ by lineage (interferon in monocytes vs T cells); with 0 the data of a seed are unchanged.
    double lineageResponse = 0.0;
    int nGenePerturbations = 0;  // > 0: single and double gene perturbations (obs["perturbation"])
    // A gene graph the gene perturbations follow (empty: none, genes are Gene0001...): the genes are named
    // after graph genes, the perturbed genes are a connected part of the graph, and perturbing a gene shifts
    // its own downstream programme and those of its strongest graph neighbours, so genes close in the graph
    // respond alike and an unseen gene's response follows from its neighbours' (GEARS's premise, issue 14).
    // graphNeighbours[i]: (gene, weight) pairs of graphGenes[i]'s neighbours. Needs nGenes <= graph genes.
    std::vector<std::string> graphGenes;
    std::vector<std::vector<std::pair<std::int32_t, float>>> graphNeighbours;
    std::string graphSource;
    int markersPerType = 20;
    double libSizeMean = 7.0, libSizeSd = 0.4;  // log-normal library size
    double dropoutMid = 0.0;                    // logistic dropout midpoint on log mean (0 = no extra dropout)
    double dispersion = 0.3;                    // negative-binomial 1/size (BCV^2)
    std::uint64_t seed = 0;
};

// Named presets: "tiny" (300 x 200, for tests), "small" (2k x 1k), "medium" (20k x 2k), "large" (100k x 3k).
SynthOptions preset(const std::string& name);

// Counts in X (CSR float32), obs: cell_type, lineage, batch, condition (+perturbation), n_counts;
// uns["synth"] ground truth: options, marker genes per type, DE genes and true log fold change of the
// stimulated response per type, and a description of each type (type_descriptions: its lineage, siblings
// and markers by name, for the text-embedding conditioner). Deterministic per seed.
AnnData generate(const SynthOptions& options, Progress& progress = nullProgress());
// The same dataset written to an .h5ad file without holding it in memory: X a wave of 512-cell blocks at a time
// (h5ad::writeWithRowBlocks), obs/var/uns at the end; for a million cells and more. Reading the file back gives
// generate()'s dataset. Returns that dataset without X (obs, var and the ground truth in uns).
AnnData generateToFile(const SynthOptions& options, const std::filesystem::path& file,
                       const h5ad::WriteOptions& writeOptions = {}, Progress& progress = nullProgress());

// uns["synth"]["type_descriptions"] as (type, text) pairs in type order; empty when the dataset has none.
std::vector<std::pair<std::string, std::string>> typeDescriptions(const AnnData& data);

}  // namespace scdiff::synth
