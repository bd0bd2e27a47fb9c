#include "classifier_loss.hpp"

#include <algorithm>

#include "denoiser.hpp"

namespace scdiff::engine {

torch::Tensor classifierCrossEntropy(Model::Impl& m, const torch::Tensor& x0, const torch::Tensor& xt,
                                     const torch::Tensor& t, const torch::Tensor& batch, const torch::Tensor& cellType,
                                     std::int64_t maxCells) {
    auto labelled = (cellType > 0).nonzero().squeeze(1);
    labelled = labelled.narrow(0, 0, std::min(labelled.numel(), std::max<std::int64_t>(maxCells, 0)));
    const auto k = labelled.numel();
    if (k == 0) return {};
    const auto C = static_cast<std::int64_t>(m.cellTypes.classes.size());
    const auto K = static_cast<std::int64_t>(m.classConditionerNames().size());
    // Each labelled row once per candidate: [k * C, ...], candidate c of cell i at row i * C + c.
    const auto rows = [&](const torch::Tensor& v) { return v.index_select(0, labelled).repeat_interleave(C, 0); };
    auto classes = torch::zeros({k * C, K}, torch::kInt64).to(x0.device());
    classes.select(1, 0).copy_(torch::arange(1, C + 1, torch::kInt64).repeat({k}));  // cell type is column 0
    const auto truth = rows(x0);
    const auto pred =
        predictX0(m, m.net, rows(xt), rows(t), net::ConditionInputs{torch::zeros_like(truth), classes}, rows(batch));
    const auto errors = (pred - truth).pow(2).sum(1).view({k, C});
    return torch::nn::functional::cross_entropy(
        -errors, cellType.index_select(0, labelled) - 1,
        torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
}

std::int64_t classLossCells(std::int64_t chunkCells, std::int64_t cellTypes) {
    return std::clamp<std::int64_t>(kClassLossRows / std::max<std::int64_t>(cellTypes, 1), 1, chunkCells);
}

}  // namespace scdiff::engine
