#pragma once
// Mini-batch tensors built from the sparse X and the per-cell condition indices. Private to the engine.
#include <torch/torch.h>

#include <cstdint>
#include <span>
#include <vector>

#include "dataset_inputs.hpp"
#include "model_impl.hpp"

namespace scdiff::engine {

// Dense [rows, modelGenes] float32 on `device` (map empty = the data's columns are the model's).
torch::Tensor denseBatch(const SparseMatrix& x, std::span<const std::int64_t> rows,
                         const std::vector<std::int32_t>& modelColumnOfDataColumn, std::int64_t modelGenes,
                         torch::Device device);

// [rows, K] int64: the model's class conditioners in order (cell type, condition), 0 where unused.
torch::Tensor classIndices(const Model::Impl& m, const CellConditions& c, std::span<const std::int64_t> rows);
// [rows] int64 batch indices (0 = none).
torch::Tensor batchIndices(const CellConditions& c, std::span<const std::int64_t> rows, torch::Device device);

// A CPU generator for one (seed, a, b) triple: every mini-batch draws its noise from its own stream, so
// a run resumed at any step sees exactly the numbers an uninterrupted run would.
at::Generator streamGenerator(std::uint64_t seed, std::uint64_t a, std::uint64_t b);

}  // namespace scdiff::engine
