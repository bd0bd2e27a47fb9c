// Pearson, RMSE, and the imputation and perturbation reports built on them.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::metrics {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void requireSameSize(std::size_t a, std::size_t b, const char* what) {
    if (a != b)
        throw InvalidInput(std::string(what) + " needs two vectors of the same length, but got " + std::to_string(a) +
                           " and " + std::to_string(b) + " values.");
}

double median(std::vector<double> v) {
    if (v.empty()) return kNaN;
    const auto mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double hi = v[mid];
    if (v.size() % 2 == 1) return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return 0.5 * (lo + hi);
}

}  // namespace

double pearson(const std::vector<double>& a, const std::vector<double>& b) {
    requireSameSize(a.size(), b.size(), "Pearson correlation");
    const std::size_t n = a.size();
    if (n < 2) return kNaN;
    // Two passes (means first) so large offsets do not cancel catastrophically.
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / static_cast<double>(n);
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / static_cast<double>(n);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double da = a[i] - ma, db = b[i] - mb;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
    }
    if (saa <= 0 || sbb <= 0) return kNaN;
    return std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
}

double rmse(const std::vector<double>& a, const std::vector<double>& b) {
    requireSameSize(a.size(), b.size(), "RMSE");
    if (a.empty()) return kNaN;
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i) s += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(s / static_cast<double>(a.size()));
}

ImputationReport imputation(const std::vector<double>& truth, const std::vector<double>& imputed,
                            const std::vector<std::int64_t>& cellOfEntry) {
    requireSameSize(truth.size(), imputed.size(), "The imputation report");
    requireSameSize(truth.size(), cellOfEntry.size(), "The imputation report (values and cell of each entry)");
    ImputationReport r;
    r.entries = static_cast<std::int64_t>(truth.size());
    r.pearson = pearson(truth, imputed);
    r.rmse = rmse(truth, imputed);
    std::map<std::int64_t, std::pair<std::vector<double>, std::vector<double>>> perCell;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        auto& [t, p] = perCell[cellOfEntry[i]];
        t.push_back(truth[i]);
        p.push_back(imputed[i]);
    }
    std::vector<double> cellR;
    for (const auto& [cell, tp] : perCell) {
        if (tp.first.size() < 2) continue;
        const double rc = pearson(tp.first, tp.second);
        if (!std::isnan(rc)) cellR.push_back(rc);
    }
    r.medianCellPearson = median(std::move(cellR));
    return r;
}

PerturbationReport perturbation(const std::vector<double>& controlMean, const std::vector<double>& trueStimMean,
                                const std::vector<double>& predStimMean, int topN) {
    requireSameSize(controlMean.size(), trueStimMean.size(), "The perturbation report (control and true means)");
    requireSameSize(controlMean.size(), predStimMean.size(), "The perturbation report (control and predicted means)");
    if (topN < 1) throw InvalidInput("The perturbation report needs topN >= 1, but got " + std::to_string(topN) + ".");
    const std::size_t g = controlMean.size();
    PerturbationReport r;
    r.trueDelta.resize(g);
    r.predictedDelta.resize(g);
    for (std::size_t j = 0; j < g; ++j) {
        r.trueDelta[j] = trueStimMean[j] - controlMean[j];
        r.predictedDelta[j] = predStimMean[j] - controlMean[j];
    }
    r.topN = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(topN), g));
    std::vector<std::int64_t> order(g);
    std::iota(order.begin(), order.end(), 0);
    // Ties in |delta| go to the lower gene index so the selection is deterministic.
    std::stable_sort(order.begin(), order.end(), [&](std::int64_t x, std::int64_t y) {
        return std::abs(r.trueDelta[static_cast<std::size_t>(x)]) > std::abs(r.trueDelta[static_cast<std::size_t>(y)]);
    });
    r.topGenes.assign(order.begin(), order.begin() + r.topN);
    std::vector<double> t, p;
    for (auto j : r.topGenes) {
        t.push_back(r.trueDelta[static_cast<std::size_t>(j)]);
        p.push_back(r.predictedDelta[static_cast<std::size_t>(j)]);
    }
    const double rTop = pearson(t, p), rAll = pearson(r.trueDelta, r.predictedDelta);
    r.r2TopDE = rTop * rTop;
    r.r2All = rAll * rAll;
    return r;
}

}  // namespace scdiff::metrics

namespace scdiff::metrics {

std::vector<double> meanOfRows(const SparseMatrix& x, const std::vector<std::int64_t>& rows) {
    std::vector<double> mean(static_cast<std::size_t>(x.cols), 0.0);
    // float32 values are read in place; other dtypes are converted once.
    const bool f32 = x.values.dtype() == DType::Float32;
    const std::vector<float> converted = f32 ? std::vector<float>{} : x.values.toFloat32();
    const float* values = f32 ? x.values.data<float>().data() : converted.data();
    for (auto r : rows)
        for (auto k = x.indptr[static_cast<std::size_t>(r)]; k < x.indptr[static_cast<std::size_t>(r) + 1]; ++k)
            mean[static_cast<std::size_t>(x.indices[static_cast<std::size_t>(k)])] +=
                values[static_cast<std::size_t>(k)];
    for (auto& v : mean) v /= std::max<double>(1, static_cast<double>(rows.size()));
    return mean;
}

std::vector<double> meanOfRows(const std::vector<float>& rowMajor, std::size_t cols) {
    std::vector<double> mean(cols, 0.0);
    const std::size_t rows = cols ? rowMajor.size() / cols : 0;
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t g = 0; g < cols; ++g) mean[g] += rowMajor[i * cols + g];
    for (auto& v : mean) v /= std::max<double>(1, static_cast<double>(rows));
    return mean;
}

}  // namespace scdiff::metrics
