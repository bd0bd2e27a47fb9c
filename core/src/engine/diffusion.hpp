#pragma once
// The DDPM schedule of docs/method.md section 2 (scaled linear betas, predict-x0) and one strided
// reverse step that covers ancestral DDPM (stride 1, eta 1) and DDIM (eta 0).
#include <torch/torch.h>

#include <vector>

namespace scdiff::engine {

class DiffusionSchedule {
public:
    explicit DiffusionSchedule(int timesteps = 1000);
    int timesteps() const { return static_cast<int>(alphaBar_.size()); }
    double beta(int t) const { return beta_[static_cast<std::size_t>(t)]; }
    double alphaBar(int t) const { return alphaBar_[static_cast<std::size_t>(t)]; }

    // abar_t per row ([n] int64 on any device) as [n] float32 on that device.
    torch::Tensor alphaBarAt(const torch::Tensor& t) const;

    // x_t = sqrt(abar_t) x0 + sqrt(1 - abar_t) eps, t per row ([n] int64 on any device).
    torch::Tensor noised(const torch::Tensor& x0, const torch::Tensor& t, const torch::Tensor& eps) const;

    // One reverse step from t to s < t (s = -1: the end, returns x0Hat). With s = t - 1 and eta = 1 this
    // is DDPM's posterior q(x_{t-1} | x_t, x0_hat); noise is the standard normal draw for this step.
    torch::Tensor step(const torch::Tensor& xt, const torch::Tensor& x0Hat, int t, int s, double eta,
                       const torch::Tensor& noise) const;

    // `steps` time steps from T-1 down to 0, evenly spaced, distinct, descending.
    std::vector<int> stridedTimesteps(int steps) const;

private:
    std::vector<double> beta_, alphaBar_;
    torch::Tensor alphaBarTable_, sqrtAlphaBar_, sqrtOneMinusAlphaBar_;  // float32 tables on CPU
};

}  // namespace scdiff::engine
