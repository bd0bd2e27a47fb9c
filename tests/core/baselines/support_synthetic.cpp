#include "support_synthetic.hpp"

#include <algorithm>
#include <cmath>
#include <random>

using scdiff::NDArray;
using scdiff::SparseMatrix;

namespace {

// Box-Muller on raw engine output, so the data do not depend on the standard library's distributions.
double gauss(std::mt19937_64& rng) {
    const double u1 = (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53;
    const double u2 = (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53;
    return std::sqrt(-2 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

SparseMatrix fromDense(const std::vector<std::vector<double>>& d) {
    SparseMatrix m;
    m.rows = static_cast<std::int64_t>(d.size());
    m.cols = d.empty() ? 0 : static_cast<std::int64_t>(d[0].size());
    m.indptr.push_back(0);
    std::vector<float> v;
    for (const auto& row : d) {
        for (std::size_t j = 0; j < row.size(); ++j)
            if (row[j] > 0) {
                m.indices.push_back(static_cast<std::int32_t>(j));
                v.push_back(static_cast<float>(row[j]));
            }
        m.indptr.push_back(static_cast<std::int64_t>(m.indices.size()));
    }
    m.values = NDArray::fromVector(v);
    return m;
}

}  // namespace

LabelledMatrix gaussianClasses(int classes, int perClass, int genes, double shift, int noiseGenes, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<std::vector<double>> d;
    LabelledMatrix out;
    for (int i = 0; i < perClass; ++i)
        for (int c = 0; c < classes; ++c) {
            std::vector<double> row(static_cast<std::size_t>(genes + noiseGenes), 0);
            for (int g = 0; g < genes; ++g) row[g] = 1 + gauss(rng) + (g / 5 == c ? shift : 0);
            for (int g = 0; g < noiseGenes; ++g) row[genes + g] = rng() % 20 == 0 ? 1 : 0;
            d.push_back(std::move(row));
            out.labels.push_back("type" + std::to_string(c));
        }
    out.x = fromDense(d);
    return out;
}

SparseMatrix lowRank(int cells, int genes, double noise, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<std::vector<double>> v(static_cast<std::size_t>(genes), std::vector<double>(3));
    for (auto& g : v)
        for (auto& x : g) x = (static_cast<double>(rng() % 1000) + 1) / 1000;
    std::vector<std::vector<double>> d;
    for (int i = 0; i < cells; ++i) {
        double u[3] = {0.5, 0.5, 0.5};
        u[i % 3] += 2;
        for (auto& x : u) x += 0.3 * gauss(rng);
        std::vector<double> row(static_cast<std::size_t>(genes));
        for (int g = 0; g < genes; ++g) {
            double s = 0;
            for (int r = 0; r < 3; ++r) s += u[r] * v[g][r];
            row[g] = std::max(0.0, s + noise * gauss(rng));
        }
        d.push_back(std::move(row));
    }
    return fromDense(d);
}

std::vector<std::string> pick(const std::vector<std::string>& labels, const std::vector<std::int64_t>& idx) {
    std::vector<std::string> out;
    for (auto i : idx) out.push_back(labels[static_cast<std::size_t>(i)]);
    return out;
}
