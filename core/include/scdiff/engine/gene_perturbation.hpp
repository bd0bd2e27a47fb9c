#pragma once
// Gene perturbation (issue 14; GEARS): the torch-free side. Which gene graph a model conditions on, how a dataset's
// perturbation labels become graph genes, and the result of predicting a gene set's effect.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/prior/gene_graph.hpp"
#include "scdiff/prior/perturbation_labels.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

class Model;

// The control values of keys.control plus the usual spellings (ctrl, control, non-targeting, ...).
std::vector<std::string> controlValues(const DataKeys& keys);
// obs[keys.conditionKey] parsed per cell (InvalidInput naming the cell and the label when one is malformed).
std::vector<prior::PerturbationLabel> perturbationLabels(const AnnData& data, const DataKeys& keys);

// The perturbations a dataset measured: each canonical label (controls left out) with its number of cells,
// most cells first, then by label.
std::vector<std::pair<std::string, std::int64_t>> measuredPerturbations(const AnnData& data, const DataKeys& keys);

// keys.heldOutPerturbations as canonical labels (sorted, no repeats; empty when none). Throws InvalidInput naming a
// malformed or control label.
std::vector<std::string> heldOutPerturbations(const DataKeys& keys);

// The graph a new model conditions on: model.gene_graph "go" (GEARS's Gene Ontology graph over `genes`, from
// model.go_database or the database the app finds) or an edge-list file restricted to `genes`. `genes`: the
// expression source's genes and the perturbed genes, so a measured gene never perturbed in training is a node
// and can be predicted zero-shot. report: how many of the perturbed genes the graph has.
struct ModelGeneGraph {
    prior::GeneGraph graph;
    std::string report;
};
ModelGeneGraph buildGeneGraph(const ModelConfig& config, const std::vector<std::string>& genes,
                              const std::vector<std::string>& perturbedGenes, Progress& progress = nullProgress());

// Node index + 1 of each gene of a label in the graph (0 for an absent second gene); nullopt when a gene is not
// in the graph.
using GraphGenes = std::array<std::int64_t, 2>;
std::optional<GraphGenes> graphGenes(const prior::GeneGraph& graph, const std::vector<std::string>& genes);

// Predicted cells for one gene set, sampled from the dataset's control cells (paired: control cell + (sample with
// the genes - sample without), as engine::perturb does), over the model's genes.
struct GenePerturbationResult {
    std::vector<std::string> perturbedGenes;         // as asked
    std::string label;                               // canonical ("KLF1+MAP2K6")
    bool seenInTraining = false;                     // the training cells had this exact perturbation
    bool sumOfSingles = false;                       // a double predicted as the sum of its two single changes
    std::vector<std::int64_t> controlCells;          // rows of the dataset the predictions start from
    std::vector<std::string> geneNames;              // model genes
    std::vector<float> predicted;                    // controlCells x genes, row-major, log-normalised
    std::vector<double> controlMean, predictedMean;  // per model gene
};
// How a two-gene perturbation is predicted: Joint conditions the network on both genes at once (the sum of their
// propagated graph vectors); SumOfSingles adds the network's two single-gene changes (each sampled from the same
// noise), GEARS's additive view of a double; Auto is Joint for a double the training cells had and SumOfSingles
// for one they did not (on both synthetic sets the sum predicted unseen doubles better: docs/prior_knowledge.md).
enum class DoubleComposition { Auto, Joint, SumOfSingles };
struct GenePerturbationOptions {
    SamplingOptions sampling = defaultSampling(Task::GenePerturbation);
    DoubleComposition doubles = DoubleComposition::Auto;
    std::int64_t maxControlCells = 0;  // > 0: at most this many control cells (evenly spaced), else all
};
GenePerturbationResult perturbGenes(const Model& model, const AnnData& data, const std::vector<std::string>& genes,
                                    const GenePerturbationOptions& options = {}, Progress& progress = nullProgress());

}  // namespace scdiff::engine
