#pragma once
// A trained (or training) scDiff model: network weights, optimizer state, configuration, gene list and
// label vocabularies. Torch-free handle: the accessors read the model's facts directly; the network lives
// behind a pimpl in the engine module, which loads with the first call that needs it (creating, loading,
// training a model; docs/architecture.md, "The engine module").
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/prior/gene_graph.hpp"
#include "scdiff/prior/type_table.hpp"

namespace scdiff::engine {

// The classes of one categorical condition. Model index i + 1 is classes[i]; index 0 is "null/unknown".
struct Vocabulary {
    std::string key;  // obs column it came from ("" = unused)
    std::vector<std::string> classes;
    std::int64_t indexOf(const std::string& label) const;  // 0 when unknown
    bool operator==(const Vocabulary&) const = default;
};

struct EpochRecord {
    int epoch = 0;               // 1-based
    double trainLoss = 0;        // mean MSE over the epoch's mini-batches
    double validationLoss = -1;  // < 0: no validation split
    double seconds = 0;
    double cellsPerSecond = 0;
};

struct ModelFacts;  // the torch-free part of Model::Impl (core/src/engine/model_facts.hpp)

class Model {
public:
    // A freshly initialised network (weights from config.train.seed). typeTable: with the text conditioner
    // (config.model.typeConditioner text or both), one row per cell type, in cellTypes.classes' order.
    Model(RunConfig config, std::vector<std::string> genes, Vocabulary cellTypes, Vocabulary batches,
          Vocabulary conditions, prior::TypeTable typeTable = {}, prior::GeneGraph geneGraph = {});
    Model(Model&&) noexcept;
    Model& operator=(Model&&) noexcept;
    ~Model();

    const RunConfig& config() const;
    const std::vector<std::string>& genes() const;
    const Vocabulary& cellTypes() const;
    const Vocabulary& batches() const;
    const Vocabulary& conditions() const;
    std::int64_t parameterCount() const;
    int epochsTrained() const;
    const std::vector<EpochRecord>& history() const;
    std::string deviceName() const;  // "cpu", "cuda:0"
    // A perturbation model: whether training saw stimulated cells of this cell type. A type whose
    // stimulated cells were held out is predicted without its cell-type token (see engine::perturb).
    // Model files written before this was recorded know only the configuration's held-out type.
    bool sawStimulated(const std::string& cellType) const;
    // The annotation softmax temperature: fitted on the validation cells (train.validation_fraction > 0)
    // so that the confidence matches the accuracy there; 1 when none was fitted.
    double temperature() const;
    // The text conditioner's table (rows in cellTypes().classes order, with its provenance); empty without one.
    const prior::TypeTable& typeTable() const;
    // A gene-perturbation model: its gene graph (nodes = conditions().classes) and the perturbations its
    // training cells had (canonical labels "KLF1", "KLF1+MAP2K6", sorted; empty for other models).
    const prior::GeneGraph& geneGraph() const;
    const std::vector<std::string>& trainedPerturbations() const;
    // How a cell type met training: "trained" (it had training cells), "unseen" (none: with a text
    // conditioner it is scored through its table row alone, zero-shot). Models that predate the record say
    // "trained" for every type.
    bool trainedOn(const std::string& cellType) const;
    // Finer: a type first met in fine-tuning (engine::fineTune on a few of its cells) is FineTuned.
    enum class TypeTraining { Trained, FineTuned, Unseen };
    TypeTraining typeTraining(const std::string& cellType) const;
    // "trained", "fine-tuned", and for an unseen type "zero-shot" with a text conditioner (its table row
    // conditions it) or "untrained" without one: what the results views and uns['scdiff'] say.
    std::string typeTrainingName(const std::string& cellType) const;

    // One file: weights, optimizer state, config, genes, vocabularies, history, format version.
    // Written to a temporary file and renamed, so a crash never leaves a half-written model.
    void save(const std::filesystem::path& file) const;
    // Throws FileError (file, element, problem) for a missing, corrupt or incompatible file.
    // device: "auto" | "cpu" | "cuda[:N]" | "" (= the device stored in the config).
    static Model load(const std::filesystem::path& file, const std::string& device = "");

    struct Impl;
    Impl& impl() { return *impl_; }
    const Impl& impl() const { return *impl_; }
    explicit Model(std::unique_ptr<Impl> impl);  // engine module only

private:
    Impl* impl_ = nullptr;               // owned; deleted by the engine module, which knows its type
    const ModelFacts* facts_ = nullptr;  // the torch-free base of *impl_
};

// The parameter count of section 3's network, by formula (checked against the real module in tests).
// typeTableWidth: k of the cell type's text conditioner (config.typeConditioner text or both; the cell type is
// the first of classCounts).
std::int64_t expectedParameterCount(const ModelConfig& config, std::int64_t genes,
                                    const std::vector<std::int64_t>& classCounts, std::int64_t batches,
                                    std::int64_t typeTableWidth = 0);

// Model genes looked up by name in a dataset's var index.
struct GeneMatch {
    std::int64_t modelGenes = 0, matched = 0, missing = 0;  // missing: model genes absent (fed as zeros)
    std::vector<std::int32_t> modelColumnOfDataColumn;      // -1 where the data gene is not in the model
    std::string symbolColumn;     // the var column the names were taken from; empty: var's index
    std::string summary() const;  // "2,980 of 3,000 model genes found (20 missing, set to zero)"
};
// Throws InvalidInput when fewer than minFraction of the model genes are found, with a hint when one
// side looks like Ensembl IDs and the other like gene symbols.
GeneMatch matchGenes(const std::vector<std::string>& modelGenes, const std::vector<std::string>& dataGenes,
                     double minFraction = 0.5);
// In a var table: by its index, or by its gene-symbol column (scdiff/gene_names.hpp) when that finds more of
// the model's genes (a model trained on symbols, a file named by Ensembl IDs, as CELLxGENE's).
GeneMatch matchGenes(const std::vector<std::string>& modelGenes, const DataFrame& var, double minFraction = 0.5);
// In the var of the expression source a model reads (raw's own var for "raw").
GeneMatch matchSourceGenes(const std::vector<std::string>& modelGenes, const AnnData& data,
                           const std::string& expression, double minFraction = 0.5);

}  // namespace scdiff::engine
