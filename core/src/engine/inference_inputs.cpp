#include "inference_inputs.hpp"

namespace scdiff::engine {

InferenceInputs inferenceInputs(const Model& model, const AnnData& data) {
    InferenceInputs in;
    in.x = logNormalisedX(data);
    in.genes = matchGenes(model.genes(), data.var.index);
    in.conditions = cellConditions(data, model);
    return in;
}

}  // namespace scdiff::engine
