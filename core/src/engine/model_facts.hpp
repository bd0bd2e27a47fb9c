#pragma once
// The torch-free part of a model (Model::Impl derives from it): what a Model handle's accessors read
// without loading the engine module (docs/architecture.md, "The engine module").
#include <string>
#include <vector>

#include "scdiff/engine/config.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/prior/gene_graph.hpp"
#include "scdiff/prior/type_table.hpp"

namespace scdiff::engine {

struct ModelFacts {
    RunConfig config;
    std::vector<std::string> genes;
    Vocabulary cellTypes, batches, conditions;
    int epochs = 0;  // completed epochs
    std::vector<EpochRecord> history{};
    // Perturbation: the cell types with stimulated cells among the training cells (sorted); recorded = false
    // for model files that predate it.
    std::vector<std::string> stimulatedTypes{};
    bool stimulatedTypesRecorded = false;
    // The classifier's softmax temperature, fitted on the validation cells after training (1 = none fitted).
    double temperature = 1;
    // config.model.typeConditioner text/both: the table rows the model uses, row i for cellTypes.classes[i]
    // (renamed to the label spelling; provenance kept), so a model file is self-contained. Empty otherwise.
    prior::TypeTable typeTable{};
    // The cell types that had training cells (sorted): the others were never seen (zero-shot through their
    // table row, or untrained with the class conditioner). Recorded = false for model files that predate it.
    std::vector<std::string> trainedTypes{};
    bool trainedTypesRecorded = false;
    // The types first met in fine-tuning (sorted; they are among trainedTypes too).
    std::vector<std::string> fineTunedTypes{};
    // Training moves only the cell-type conditioner's parameters (FineTuneOptions::conditionerOnly).
    bool trainConditionerOnly = false;
    // Gene perturbation: the graph the gene conditioner propagates over; its nodes are the conditions'
    // vocabulary (conditions.classes, in node order), its edges are stored with the model. Empty otherwise.
    prior::GeneGraph geneGraph{};
    // Gene perturbation: the perturbations the training cells had (canonical labels, sorted).
    std::vector<std::string> trainedPerturbations{};
};

}  // namespace scdiff::engine
