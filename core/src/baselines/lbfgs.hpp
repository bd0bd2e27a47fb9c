#pragma once
// Limited-memory BFGS (memory 10, Debian's LBFGSpp with its backtracking line search) behind the one
// signature the baselines use, for smooth convex objectives such as L2-regularised logistic regression.
#include <Eigen/Dense>
#include <functional>

namespace scdiff::baselines::detail {

// f(x, grad) returns the objective and writes its gradient.
using Objective = std::function<double(const Eigen::VectorXd& x, Eigen::VectorXd& grad)>;
struct LbfgsResult {
    int iterations = 0;
    double value = 0, gradientNorm = 0;
    bool converged = false;
};
// Minimises from x (updated in place); stops when |grad|_2 < tolerance or after maxIterations.
LbfgsResult minimiseLbfgs(const Objective& f, Eigen::VectorXd& x, double tolerance = 1e-6, int maxIterations = 1000);

}  // namespace scdiff::baselines::detail
