#include "denoiser.hpp"

namespace scdiff::engine {

namespace {
// A floor on the gene variance: a gene that never varies in training still gets a finite filter.
constexpr double kMinVariance = 1e-4;
}  // namespace

OutputMap outputMap(const Model::Impl& m, const torch::Tensor& xt, const torch::Tensor& t) {
    if (!m.config.model.skip) return {};
    const auto abar = m.schedule.alphaBarAt(t).unsqueeze(1);  // [n, 1]
    const auto s2 = (1 - abar) / abar;
    const auto& v = m.net->gene_var;  // [G]
    const auto& mean = m.net->gene_mean;
    OutputMap out;
    out.offset = mean + v / (v + s2) * (xt / abar.sqrt() - mean);
    out.scale = (v * s2 / (v + s2)).sqrt();
    return out;
}

torch::Tensor predictX0(const Model::Impl& m, net::ScDiffNet& net, const torch::Tensor& xt, const torch::Tensor& t,
                        const std::vector<torch::Tensor>& tokens, const torch::Tensor& batch) {
    auto raw = net->encodeDecode(net->embedNoised(xt, t, batch), tokens, batch);
    const auto map = outputMap(m, xt, t);
    return map.offset.defined() ? map.offset + map.scale * raw : raw;
}

torch::Tensor predictX0(const Model::Impl& m, net::ScDiffNet& net, const torch::Tensor& xt, const torch::Tensor& t,
                        const net::ConditionInputs& inputs, const torch::Tensor& batch) {
    return predictX0(m, net, xt, t, net->conditionTokens(inputs), batch);
}

void setGeneStatistics(Model::Impl& m, const SparseMatrix& x, const std::vector<std::int64_t>& cells) {
    if (!m.config.model.skip) return;
    const auto G = static_cast<std::size_t>(x.cols);
    std::vector<double> sum(G, 0), sumSq(G, 0);
    const std::vector<double> values = x.values.toFloat64();
    for (auto r : cells)
        for (auto e = x.indptr[r]; e < x.indptr[r + 1]; ++e) {
            const double v = values[static_cast<std::size_t>(e)];
            sum[static_cast<std::size_t>(x.indices[e])] += v;
            sumSq[static_cast<std::size_t>(x.indices[e])] += v * v;
        }
    const double n = std::max<double>(1, static_cast<double>(cells.size()));
    std::vector<float> mean(G), var(G);
    for (std::size_t g = 0; g < G; ++g) {
        const double mu = sum[g] / n;
        mean[g] = static_cast<float>(mu);
        var[g] = static_cast<float>(std::max(kMinVariance, sumSq[g] / n - mu * mu));
    }
    torch::NoGradGuard noGrad;
    m.net->gene_mean.copy_(torch::tensor(mean).to(m.device));
    m.net->gene_var.copy_(torch::tensor(var).to(m.device));
    m.resetEma();
}

}  // namespace scdiff::engine
