#pragma once
// The reverse process used by imputation and perturbation: strided DDIM-style steps from pure noise,
// x0_hat clamped >= 0, known entries re-imposed on x0_hat at every step (RePaint-style). Private.
#include <torch/torch.h>

#include "model_impl.hpp"
#include "scdiff/engine/tasks.hpp"

namespace scdiff::engine {

struct SamplerInputs {
    torch::Tensor context;                 // [n, G]
    torch::Tensor classes;                 // [n, K]
    torch::Tensor batch;                   // [n]
    torch::Tensor knownMask, knownValues;  // optional [n, G]: entries held fixed
};

// Returns x0 [n, G] on the model's device. The noise comes from the stream (options.seed, batchId).
torch::Tensor sampleX0(Model::Impl& m, const SamplerInputs& in, const SamplingOptions& options, std::uint64_t batchId);

}  // namespace scdiff::engine
