#include "baselines/lbfgs.hpp"

#include <cmath>
#include <deque>

namespace scdiff::baselines::detail {

LbfgsResult minimiseLbfgs(const Objective& f, Eigen::VectorXd& x, double tolerance, int maxIterations) {
    constexpr std::size_t kMemory = 10;
    std::deque<Eigen::VectorXd> ss, ys;
    std::deque<double> rhos;
    Eigen::VectorXd g(x.size()), gNew(x.size());
    double fx = f(x, g);
    LbfgsResult r;
    for (r.iterations = 0; r.iterations < maxIterations; ++r.iterations) {
        if (g.lpNorm<Eigen::Infinity>() < tolerance) {
            r.converged = true;
            break;
        }
        // Two-loop recursion: d = -H g.
        Eigen::VectorXd d = -g;
        std::vector<double> alpha(ss.size());
        for (std::size_t i = ss.size(); i-- > 0;) {
            alpha[i] = rhos[i] * ss[i].dot(d);
            d -= alpha[i] * ys[i];
        }
        if (!ss.empty()) d *= ss.back().dot(ys.back()) / ys.back().squaredNorm();
        for (std::size_t i = 0; i < ss.size(); ++i) d += (alpha[i] - rhos[i] * ys[i].dot(d)) * ss[i];
        double slope = g.dot(d);
        if (!(slope < 0)) {  // lost descent (numerical trouble): restart from steepest descent
            ss.clear();
            ys.clear();
            rhos.clear();
            d = -g;
            slope = -g.squaredNorm();
        }
        double step = ss.empty() ? std::min(1.0, 1.0 / std::sqrt(g.squaredNorm())) : 1.0;
        Eigen::VectorXd xNew;
        double fNew = fx;
        bool accepted = false;
        for (int ls = 0; ls < 60; ++ls) {
            xNew = x + step * d;
            fNew = f(xNew, gNew);
            if (std::isfinite(fNew) && fNew <= fx + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted) break;  // no decrease possible at machine precision: as good as it gets
        Eigen::VectorXd s = xNew - x, y = gNew - g;
        const double sy = s.dot(y);
        if (sy > 1e-12 * s.norm() * y.norm()) {
            ss.push_back(std::move(s));
            ys.push_back(std::move(y));
            rhos.push_back(1.0 / sy);
            if (ss.size() > kMemory) {
                ss.pop_front();
                ys.pop_front();
                rhos.pop_front();
            }
        }
        const double previous = fx;
        x = std::move(xNew);
        g = gNew;
        fx = fNew;
        if (previous - fx <= 1e-14 * std::max(1.0, std::abs(fx))) {
            r.converged = true;
            break;
        }
    }
    r.value = fx;
    r.gradientNorm = g.lpNorm<Eigen::Infinity>();
    return r;
}

}  // namespace scdiff::baselines::detail
