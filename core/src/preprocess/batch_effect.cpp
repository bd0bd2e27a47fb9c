#include "scdiff/batch_effect.hpp"

#include <map>
#include <set>
#include <utility>

#include "scdiff/error.hpp"
#include "scdiff/pca.hpp"
#include "scdiff/subset.hpp"

namespace scdiff::embedding {

BatchEffect batchEffect(const SparseMatrix& x, const std::vector<std::int64_t>& rows,
                        const std::vector<std::int64_t>& cellType, const std::vector<std::int64_t>& batch, int nComps) {
    const auto n = static_cast<std::size_t>(x.rows);
    if (batch.size() != n || (!cellType.empty() && cellType.size() != n))
        throw InvalidInput("batchEffect: one cell type and one batch per row of the matrix are expected");
    BatchEffect e;
    std::set<std::int64_t> batches;
    for (auto r : rows) batches.insert(batch.at(static_cast<std::size_t>(r)));
    if (rows.size() < 3 || batches.size() < 2 || x.cols < 1) return e;

    const auto fit = fitPca(preprocess::takeRows(x, rows), nComps, true, 0, nullProgress());
    const Eigen::MatrixXd& p = fit.scores;  // rows.size() x k
    e.components = static_cast<int>(p.cols());
    auto typeOf = [&](std::size_t i) { return cellType.empty() ? 0 : cellType[static_cast<std::size_t>(rows[i])]; };

    // Sums and counts per type and per (type, batch) group, then the two sums of squares.
    std::map<std::int64_t, std::pair<Eigen::VectorXd, double>> types;
    std::map<std::pair<std::int64_t, std::int64_t>, std::pair<Eigen::VectorXd, double>> groups;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto t = typeOf(i), b = batch[static_cast<std::size_t>(rows[i])];
        auto& ty = types.try_emplace(t, Eigen::VectorXd::Zero(p.cols()), 0.0).first->second;
        auto& gr = groups.try_emplace({t, b}, Eigen::VectorXd::Zero(p.cols()), 0.0).first->second;
        ty.first += p.row(static_cast<Eigen::Index>(i)).transpose();
        ty.second += 1;
        gr.first += p.row(static_cast<Eigen::Index>(i)).transpose();
        gr.second += 1;
    }
    double within = 0, between = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& ty = types.at(typeOf(i));
        within += (p.row(static_cast<Eigen::Index>(i)).transpose() - ty.first / ty.second).squaredNorm();
    }
    for (const auto& [key, g] : groups) {
        const auto& ty = types.at(key.first);
        between += g.second * (g.first / g.second - ty.first / ty.second).squaredNorm();
    }
    e.withinTypeFraction = within > 0 ? between / within : 0;
    return e;
}

}  // namespace scdiff::embedding
