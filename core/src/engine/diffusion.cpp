#include "diffusion.hpp"

#include <algorithm>
#include <cmath>

#include "scdiff/error.hpp"

namespace scdiff::engine {

DiffusionSchedule::DiffusionSchedule(int timesteps) {
    if (timesteps < 2)
        throw InvalidInput("the diffusion needs at least 2 time steps, got " + std::to_string(timesteps));
    const double lo = std::sqrt(1e-4), hi = std::sqrt(0.02);
    double bar = 1.0;
    std::vector<float> ab, sa, s1a;
    for (int t = 0; t < timesteps; ++t) {
        const double b = lo + (hi - lo) * t / (timesteps - 1);
        beta_.push_back(b * b);
        bar *= 1.0 - b * b;
        alphaBar_.push_back(bar);
        ab.push_back(static_cast<float>(bar));
        sa.push_back(static_cast<float>(std::sqrt(bar)));
        s1a.push_back(static_cast<float>(std::sqrt(1.0 - bar)));
    }
    alphaBarTable_ = torch::tensor(ab);
    sqrtAlphaBar_ = torch::tensor(sa);
    sqrtOneMinusAlphaBar_ = torch::tensor(s1a);
}

torch::Tensor DiffusionSchedule::alphaBarAt(const torch::Tensor& t) const {
    return alphaBarTable_.index_select(0, t.to(torch::kCPU)).to(t.device());
}

torch::Tensor DiffusionSchedule::noised(const torch::Tensor& x0, const torch::Tensor& t,
                                        const torch::Tensor& eps) const {
    auto tc = t.to(torch::kCPU);
    auto a = sqrtAlphaBar_.index_select(0, tc).to(x0.device()).unsqueeze(1);
    auto b = sqrtOneMinusAlphaBar_.index_select(0, tc).to(x0.device()).unsqueeze(1);
    return a * x0 + b * eps;
}

torch::Tensor DiffusionSchedule::step(const torch::Tensor& xt, const torch::Tensor& x0Hat, int t, int s, double eta,
                                      const torch::Tensor& noise) const {
    if (s < 0) return x0Hat;
    const double at = alphaBar(t), as = alphaBar(s);
    // DDIM (Song et al. 2021, eq. 12) with sigma = eta * sqrt((1 - a_s)/(1 - a_t)) * sqrt(1 - a_t/a_s).
    const double sigma = eta * std::sqrt((1 - as) / (1 - at)) * std::sqrt(1 - at / as);
    auto epsHat = (xt - std::sqrt(at) * x0Hat) / std::sqrt(1 - at);
    auto out = std::sqrt(as) * x0Hat + std::sqrt(std::max(0.0, 1 - as - sigma * sigma)) * epsHat;
    if (sigma > 0) out = out + sigma * noise;
    return out;
}

std::vector<int> DiffusionSchedule::stridedTimesteps(int steps) const {
    const int T = timesteps();
    steps = std::clamp(steps, 1, T);
    std::vector<int> out;
    for (int i = 0; i < steps; ++i) {
        const int t =
            steps == 1 ? T - 1 : static_cast<int>(std::lround((T - 1) * (1.0 - static_cast<double>(i) / (steps - 1))));
        if (out.empty() || t < out.back()) out.push_back(t);
    }
    return out;
}

}  // namespace scdiff::engine
