#pragma once
// Raw access to a model for tests and the PyTorch twin benchmark: weights as a plain tensor-dict file
// and one forward pass on given inputs. Not needed for normal use.
#include <cstdint>
#include <filesystem>
#include <vector>

#include "scdiff/engine/model.hpp"

namespace scdiff::engine {

// Tensor-dict file, little-endian: magic "SCDTDICT", uint32 count, then per tensor: uint32 name length,
// name (UTF-8, the LibTorch parameter/buffer name, e.g. "blocks.0.attn.to_q.weight"), uint32 rank,
// int64 dims[rank], float32 values (row-major). Written atomically.
void exportTensors(const std::vector<std::pair<std::string, std::vector<float>>>& tensors,
                   const std::vector<std::vector<std::int64_t>>& shapes, const std::filesystem::path& file);
void exportWeights(const Model& model, const std::filesystem::path& file);

// x0_hat for n cells: xt and context are n x genes row-major, t has n steps, classes is n x K
// (K = the model's class conditioners: cell type, then condition), batch has n indices (0 = none).
std::vector<float> forwardRaw(const Model& model, const std::vector<float>& xt, const std::vector<std::int64_t>& t,
                              const std::vector<float>& context, const std::vector<std::int64_t>& classes,
                              const std::vector<std::int64_t>& batch);
int classConditionerCount(const Model& model);

}  // namespace scdiff::engine

namespace scdiff::engine {
// The schedule's alpha-bar table (T values) and the strided sampler's time steps, for tests and plots.
std::vector<double> alphaBarSchedule(int timesteps);
std::vector<int> samplerTimesteps(int timesteps, int steps);
}  // namespace scdiff::engine
