#include "loess.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "scdiff/error.hpp"

namespace scdiff::preprocess::detail {

std::vector<double> loessFit(const std::vector<double>& x, const std::vector<double>& y, double span, int degree) {
    const std::size_t n = x.size();
    std::vector<double> fitted(n, 0.0);
    if (n == 0) return fitted;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> xs(n), ys(n);
    for (std::size_t i = 0; i < n; ++i) {
        xs[i] = x[order[i]];
        ys[i] = y[order[i]];
    }
    const std::size_t q =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::floor(span * static_cast<double>(n))), 1, n);
    const int p = std::clamp(degree, 0, 2) + 1;
    std::size_t lo = 0;  // window [lo, lo + q) of the q nearest points to xs[i]; slides right as i grows
    for (std::size_t i = 0; i < n; ++i) {
        const double x0 = xs[i];
        while (lo + q < n && x0 - xs[lo] > xs[lo + q] - x0) ++lo;
        const double dq = std::max(x0 - xs[lo], xs[lo + q - 1] - x0);
        // Normal equations of the weighted polynomial fit in (x - x0), solved by Gaussian elimination.
        double a[3][4] = {};
        for (std::size_t j = lo; j < lo + q; ++j) {
            const double d = xs[j] - x0;
            double w = 1.0;
            if (dq > 0) {
                const double u = std::abs(d) / dq;
                w = u >= 1 ? 0.0 : std::pow(1 - u * u * u, 3);
            }
            if (w == 0) continue;
            const double pw[5] = {1, d, d * d, d * d * d, d * d * d * d};
            for (int r = 0; r < p; ++r) {
                for (int c = 0; c < p; ++c) a[r][c] += w * pw[r + c];
                a[r][3] += w * pw[r] * ys[j];
            }
        }
        // Solve; degenerate systems (all points at one x) fall back to a lower degree.
        int m = p;
        double beta0 = 0;
        for (; m >= 1; --m) {
            double b[3][4];
            for (int r = 0; r < m; ++r) {
                for (int c = 0; c < m; ++c) b[r][c] = a[r][c];
                b[r][3] = a[r][3];
            }
            bool ok = true;
            for (int k = 0; k < m && ok; ++k) {
                int piv = k;
                for (int r = k + 1; r < m; ++r)
                    if (std::abs(b[r][k]) > std::abs(b[piv][k])) piv = r;
                if (std::abs(b[piv][k]) < 1e-12 * std::max(1.0, std::abs(a[0][0]))) {
                    ok = false;
                    break;
                }
                std::swap(b[k], b[piv]);
                for (int r = 0; r < m; ++r) {
                    if (r == k) continue;
                    const double f = b[r][k] / b[k][k];
                    for (int c = k; c < m; ++c) b[r][c] -= f * b[k][c];
                    b[r][3] -= f * b[k][3];
                }
            }
            if (ok) {
                beta0 = b[0][3] / b[0][0];
                break;
            }
        }
        fitted[order[i]] = beta0;
    }
    return fitted;
}

}  // namespace scdiff::preprocess::detail
