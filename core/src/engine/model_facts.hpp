#pragma once
// The torch-free part of a model (Model::Impl derives from it): what a Model handle's accessors read
// without loading the engine module (docs/architecture.md, "The engine module").
#include <string>
#include <vector>

#include "scdiff/engine/config.hpp"
#include "scdiff/engine/model.hpp"

namespace scdiff::engine {

struct ModelFacts {
    RunConfig config;
    std::vector<std::string> genes;
    Vocabulary cellTypes, batches, conditions;
    int epochs = 0;  // completed epochs
    std::vector<EpochRecord> history;
    // Perturbation: the cell types with stimulated cells among the training cells (sorted); recorded = false
    // for model files that predate it.
    std::vector<std::string> stimulatedTypes;
    bool stimulatedTypesRecorded = false;
    // The classifier's softmax temperature, fitted on the validation cells after training (1 = none fitted).
    double temperature = 1;
};

}  // namespace scdiff::engine
