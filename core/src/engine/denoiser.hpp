#pragma once
// The network's x0 prediction (docs/method.md section 2: predict x0), with the optional skip
// parameterisation of ModelConfig::skip. Training, validation, sampling and the classifier all go
// through here, so the parameterisation lives in one place. Private to the engine.
#include <torch/torch.h>

#include <vector>

#include "model_impl.hpp"

namespace scdiff::engine {

// x0_hat = offset + scale * raw, elementwise, raw being the network's decoder output. Without skip:
// offset and scale undefined (0 and 1). With skip, for noised rows xt at time steps t ([n]):
// y = xt / sqrt(abar_t), s^2 = (1 - abar_t) / abar_t, offset = mean + v / (v + s^2) (y - mean),
// scale = sqrt(v s^2 / (v + s^2)), both [n, G]; v and mean are the training cells' per-gene statistics.
struct OutputMap {
    torch::Tensor offset, scale;
};
OutputMap outputMap(const Model::Impl& m, const torch::Tensor& xt, const torch::Tensor& t);

// x0_hat of network `net` (the model's trained weights or its EMA) for noised xt at time steps t ([n]
// int64), given the condition tokens (ScDiffNet::conditionTokens).
torch::Tensor predictX0(const Model::Impl& m, net::ScDiffNet& net, const torch::Tensor& xt, const torch::Tensor& t,
                        const std::vector<torch::Tensor>& tokens, const torch::Tensor& batch);
torch::Tensor predictX0(const Model::Impl& m, net::ScDiffNet& net, const torch::Tensor& xt, const torch::Tensor& t,
                        const net::ConditionInputs& inputs, const torch::Tensor& batch);

// A skip model's per-gene mean and variance from its training cells (x: log-normalised, model columns),
// in the trained network and its EMA. Does nothing for a model without skip.
void setGeneStatistics(Model::Impl& m, const SparseMatrix& x, const std::vector<std::int64_t>& cells);

}  // namespace scdiff::engine
