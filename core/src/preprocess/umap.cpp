// umap(): umap-learn's optimize_layout_euclidean on obsp["connectivities"].
//   a, b: least-squares fit of 1 / (1 + a d^(2b)) to 1 (d < min_dist), exp(-(d - min_dist) / spread)
//   on 300 points of [0, 3 spread] (Levenberg-Marquardt).
//   Edges with w < max(w) / n_epochs are dropped; edge e is sampled every n_epochs / (n_epochs w_e / max w)
//   epochs, with 5 negative samples per positive one; attraction -2ab d^(2(b-1)) / (1 + a d^(2b)),
//   repulsion 2 gamma b / ((0.001 + d^2)(1 + a d^(2b))), gradients clipped to [-4, 4], learning rate
//   1 - epoch / n_epochs.
// Initialisation: the first two columns of X_pca (or obsm["X_pca"] absent: a seeded uniform layout)
// rescaled per column to [0, 10], as umap-learn does with init="pca". Single-threaded so that a
// seed gives one result.
#include <algorithm>
#include <cmath>
#include <random>

#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"

namespace scdiff::embedding {

namespace detail {
void fitAB(double spread, double minDist, double& a, double& b) {
    std::vector<double> xs(300), ys(300);
    for (int i = 0; i < 300; ++i) {
        xs[static_cast<std::size_t>(i)] = spread * 3 * i / 299.0;
        const double x = xs[static_cast<std::size_t>(i)];
        ys[static_cast<std::size_t>(i)] = x < minDist ? 1.0 : std::exp(-(x - minDist) / spread);
    }
    auto loss = [&](double aa, double bb) {
        double s = 0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double f = 1.0 / (1.0 + aa * std::pow(xs[i], 2 * bb));
            s += (f - ys[i]) * (f - ys[i]);
        }
        return s;
    };
    a = 1;
    b = 1;  // scipy.optimize.curve_fit's default start
    double lambda = 1e-3, cur = loss(a, b);
    for (int it = 0; it < 500; ++it) {
        double jtj[2][2] = {}, jtr[2] = {};
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double x = xs[i];
            const double p = x > 0 ? std::pow(x, 2 * b) : 0.0;
            const double den = 1 + a * p;
            const double f = 1 / den, r = f - ys[i];
            const double da = -p / (den * den);
            const double db = x > 0 ? -a * p * 2 * std::log(x) / (den * den) : 0.0;
            jtj[0][0] += da * da;
            jtj[0][1] += da * db;
            jtj[1][1] += db * db;
            jtr[0] += da * r;
            jtr[1] += db * r;
        }
        const double m00 = jtj[0][0] * (1 + lambda), m11 = jtj[1][1] * (1 + lambda), m01 = jtj[0][1];
        const double det = m00 * m11 - m01 * m01;
        if (det == 0) break;
        const double sa = -(m11 * jtr[0] - m01 * jtr[1]) / det, sb = -(m00 * jtr[1] - m01 * jtr[0]) / det;
        const double next = loss(a + sa, b + sb);
        if (next < cur) {
            a += sa;
            b += sb;
            const bool converged = cur - next < 1e-15 * std::max(1.0, cur);
            cur = next;
            lambda *= 0.3;
            if (converged) break;
        } else {
            lambda *= 10;
            if (lambda > 1e12) break;
        }
    }
}
}  // namespace detail

UmapCurve fitUmapCurve(double minDist, double spread) {
    UmapCurve c;
    detail::fitAB(spread, minDist, c.a, c.b);
    return c;
}

const SparseMatrix& connectivities(AnnData& data, Progress& progress) {
    if (!data.obsp.contains("connectivities")) neighbors(data, {}, progress);
    const Element& ce = data.obsp.at("connectivities");
    if (!ce.is<SparseMatrix>())
        throw InvalidInput("obsp['connectivities'] must be a sparse matrix, found " + describe(ce) + ".");
    const auto& g = ce.get<SparseMatrix>();
    if (g.rows != data.nObs() || g.cols != data.nObs())
        throw InvalidInput("obsp['connectivities'] must be " + std::to_string(data.nObs()) + " x " +
                           std::to_string(data.nObs()) + ".");
    return g;
}

void umap(AnnData& data, const UmapOptions& o, Progress& progress) {
    const SparseMatrix g = toCsrFloat32(connectivities(data, progress));
    const std::int64_t n = g.rows;
    const int dim = std::max(1, o.nComponents);
    const int nEpochs = o.nEpochs > 0 ? o.nEpochs : (n <= 10000 ? 500 : 200);
    progress.stage("UMAP");

    double a = 0, b = 0;
    detail::fitAB(o.spread, o.minDist, a, b);

    // Edges (both directions, as the COO of the symmetric graph) and their sampling periods.
    const auto w = g.values.data<float>();
    float wMax = 0;
    for (float v : w) wMax = std::max(wMax, v);
    std::vector<std::int32_t> head, tail;
    std::vector<double> eps;
    for (std::int64_t i = 0; i < n; ++i)
        for (auto p = g.indptr[static_cast<std::size_t>(i)]; p < g.indptr[static_cast<std::size_t>(i) + 1]; ++p) {
            const double v = w[static_cast<std::size_t>(p)];
            if (v <= 0 || v < wMax / static_cast<double>(nEpochs)) continue;
            head.push_back(static_cast<std::int32_t>(i));
            tail.push_back(g.indices[static_cast<std::size_t>(p)]);
            eps.push_back(static_cast<double>(nEpochs) / (static_cast<double>(nEpochs) * v / wMax));
        }

    // Initial layout.
    std::vector<double> y(static_cast<std::size_t>(n * dim), 0.0);
    std::mt19937_64 rng(o.seed);
    const Element* pe = data.obsm.find("X_pca");
    if (pe && pe->is<NDArray>() && pe->get<NDArray>().rank() == 2 && pe->get<NDArray>().shape()[0] == n &&
        pe->get<NDArray>().shape()[1] >= dim) {
        const NDArray& p = pe->get<NDArray>();
        const std::int64_t pc = p.shape()[1];
        for (std::int64_t i = 0; i < n; ++i)
            for (int d = 0; d < dim; ++d) y[static_cast<std::size_t>(i * dim + d)] = p.at(i * pc + d);
    } else {
        std::uniform_real_distribution<double> u(-10, 10);
        for (auto& v : y) v = u(rng);
    }
    for (int d = 0; d < dim; ++d) {
        double lo = INFINITY, hi = -INFINITY;
        for (std::int64_t i = 0; i < n; ++i) {
            lo = std::min(lo, y[static_cast<std::size_t>(i * dim + d)]);
            hi = std::max(hi, y[static_cast<std::size_t>(i * dim + d)]);
        }
        const double span = hi > lo ? hi - lo : 1.0;
        for (std::int64_t i = 0; i < n; ++i) {
            auto& v = y[static_cast<std::size_t>(i * dim + d)];
            v = 10.0 * (v - lo) / span;
        }
    }

    const std::size_t nEdges = head.size();
    std::vector<double> nextSample(eps), negPeriod(nEdges), nextNeg(nEdges);
    for (std::size_t e = 0; e < nEdges; ++e) negPeriod[e] = eps[e] / 5.0;
    nextNeg = negPeriod;
    auto clip = [](float v) { return std::clamp(v, -4.0f, 4.0f); };
    const float gamma = 1.0f, af = static_cast<float>(a), bf = static_cast<float>(b);
    // The SGD runs in float like umap-learn (its embedding is float32); powf is about twice as fast.
    std::vector<float> yf(y.begin(), y.end());
    std::uint64_t state = o.seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
    auto nextRand = [&state]() {  // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 2685821657736338717ull;
    };
    for (int epoch = 0; epoch < nEpochs; ++epoch) {
        const float alpha = static_cast<float>(1.0 - static_cast<double>(epoch) / nEpochs);
        for (std::size_t e = 0; e < nEdges; ++e) {
            if (nextSample[e] > epoch) continue;
            float* cur = &yf[static_cast<std::size_t>(head[e]) * dim];
            float* oth = &yf[static_cast<std::size_t>(tail[e]) * dim];
            float d2 = 0;
            for (int d = 0; d < dim; ++d) d2 += (cur[d] - oth[d]) * (cur[d] - oth[d]);
            float gc = 0;
            if (d2 > 0) {
                const float pb = std::pow(d2, bf);  // d^(2(b-1)) = d^(2b) / d^2: one pow instead of two
                gc = -2.0f * af * bf * (pb / d2) / (af * pb + 1.0f);
            }
            for (int d = 0; d < dim; ++d) {
                const float gd = clip(gc * (cur[d] - oth[d]));
                cur[d] += gd * alpha;
                oth[d] -= gd * alpha;
            }
            nextSample[e] += eps[e];
            const int nNeg = static_cast<int>((epoch - nextNeg[e]) / negPeriod[e]);
            for (int s = 0; s < nNeg; ++s) {
                const auto kk = static_cast<std::int64_t>(nextRand() % static_cast<std::uint64_t>(n));
                const float* ot = &yf[static_cast<std::size_t>(kk) * dim];
                float q2 = 0;
                for (int d = 0; d < dim; ++d) q2 += (cur[d] - ot[d]) * (cur[d] - ot[d]);
                float gr = 0;
                if (q2 > 0)
                    gr = 2.0f * gamma * bf / ((0.001f + q2) * (af * std::pow(q2, bf) + 1.0f));
                else if (kk == head[e])
                    continue;
                for (int d = 0; d < dim; ++d) {
                    const float gd = gr > 0 ? clip(gr * (cur[d] - ot[d])) : 4.0f;
                    cur[d] += gd * alpha;
                }
            }
            nextNeg[e] += nNeg * negPeriod[e];
        }
        if (epoch % 10 == 0) {
            progress.report(epoch, nEpochs);
            progress.checkCancelled();
        }
    }
    progress.report(nEpochs, nEpochs);

    NDArray out(DType::Float32, {n, static_cast<std::int64_t>(dim)});
    auto op = out.data<float>();
    std::copy(yf.begin(), yf.end(), op.begin());
    data.obsm.set("X_umap", std::move(out));
    Dict params;
    params.set("a", NDArray::scalar<double>(a));
    params.set("b", NDArray::scalar<double>(b));
    Dict u;
    u.set("params", std::move(params));
    data.uns.set("umap", std::move(u));
}

}  // namespace scdiff::embedding
