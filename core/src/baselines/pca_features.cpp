#include "baselines/pca_features.hpp"

#include "scdiff/subset.hpp"
#include "scdiff/error.hpp"

namespace scdiff::baselines::detail {

void checkRows(const SparseMatrix& x, const std::vector<std::int64_t>& rows, const char* what) {
    for (auto r : rows)
        if (r < 0 || r >= x.rows)
            throw InvalidInput(std::string("The ") + what + " contain row " + std::to_string(r) +
                               ", but the matrix has " + std::to_string(x.rows) + " rows.");
}

embedding::PcaFit fitPcaOnRows(const SparseMatrix& x, const std::vector<std::int64_t>& rows, int nComps,
                               std::uint64_t seed) {
    if (nComps < 1)
        throw InvalidInput("PCA needs at least one component, but " + std::to_string(nComps) + " were asked.");
    checkRows(x, rows, "cells to fit PCA on");
    const SparseMatrix fitted = toCsrFloat32(preprocess::takeRows(x, rows));
    return embedding::fitPca(fitted, nComps, true, seed, nullProgress());
}

std::vector<float> rowMajorFloat(const Eigen::MatrixXd& scores) {
    std::vector<float> out(static_cast<std::size_t>(scores.size()));
    for (Eigen::Index i = 0; i < scores.rows(); ++i)
        for (Eigen::Index j = 0; j < scores.cols(); ++j)
            out[static_cast<std::size_t>(i * scores.cols() + j)] = static_cast<float>(scores(i, j));
    return out;
}

}  // namespace scdiff::baselines::detail
