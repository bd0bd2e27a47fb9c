#pragma once
// Internal: loess (Cleveland 1979) of y on a single predictor x, evaluated at every x_i directly
// (no kd-tree interpolation): q = floor(span * n) nearest points, tricube weights
// w = (1 - (|x - x_i| / d_q)^3)^3 with d_q the q-th smallest distance, weighted least-squares fit of
// a polynomial of the given degree (1 or 2) centred at x_i; the fitted value is its intercept.
#include <vector>

namespace scdiff::preprocess::detail {
std::vector<double> loessFit(const std::vector<double>& x, const std::vector<double>& y, double span, int degree);
}
