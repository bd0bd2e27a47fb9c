#pragma once
// What every task inference starts from: the model's expression source log-normalised, matched to the
// model's genes, and the cells' conditions. Private.
#include "dataset_inputs.hpp"
#include "model_impl.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

struct InferenceInputs {
    SparseMatrix x;   // log-normalised, the source's columns
    GeneMatch genes;  // source columns -> model columns
    CellConditions conditions;
};
InferenceInputs inferenceInputs(const Model& model, const AnnData& data);

// Rows [begin, end) of a cell list, for batch loops.
inline std::span<const std::int64_t> rowsOf(const std::vector<std::int64_t>& cells, std::size_t begin,
                                            std::size_t size) {
    return {cells.data() + begin, std::min(cells.size() - begin, size)};
}

}  // namespace scdiff::engine
