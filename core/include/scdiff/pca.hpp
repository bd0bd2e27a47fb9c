#pragma once
// The one PCA of the core, in Eigen's types (a caller compiles with /usr/include/eigen3, as the
// baselines do). embedding::pca() fits it on all cells (HVG columns) and stores it
// like scanpy; the evaluation baselines fit it on the training cells and project the test cells onto
// the same components (projectRows), which is why the fit is returned rather than stored.
// Method, threshold and sign convention: see pca.cpp.
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::embedding {

struct PcaFit {
    Eigen::VectorXd centre;      // per gene: the mean of the fitted rows when zero-centred, else 0
    Eigen::MatrixXd components;  // genes x k, orthonormal, by decreasing variance
    Eigen::MatrixXd scores;      // fitted rows x k: (x - centre) components
    Eigen::VectorXd variance;    // k: eigenvalues (ddof 1) when zero-centred, np.var of the scores otherwise
    double totalVariance = 0;    // sum over genes of their variance (ddof 1)
};
// x: CSR float32 (toCsrFloat32), at least 2 rows and 1 column; k = min(nComps, cols, rows - 1) >= 1.
PcaFit fitPca(const SparseMatrix& x, int nComps, bool zeroCenter, std::uint64_t seed, Progress& progress);
// Scores (rows.size() x k) of the given rows of any matrix with the fitted genes as columns.
Eigen::MatrixXd projectRows(const PcaFit& fit, const SparseMatrix& x, const std::vector<std::int64_t>& rows);

}  // namespace scdiff::embedding
