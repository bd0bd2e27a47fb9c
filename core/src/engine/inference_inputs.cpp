#include "inference_inputs.hpp"

namespace scdiff::engine {

InferenceInputs inferenceInputs(const Model& model, const AnnData& data) {
    const auto source = expression::view(data, model.config().keys.expression);
    InferenceInputs in;
    in.x = expression::logNormalised(source);
    in.genes = matchSourceGenes(model.genes(), data, model.config().keys.expression);
    in.conditions = cellConditions(data, model);
    return in;
}

}  // namespace scdiff::engine
