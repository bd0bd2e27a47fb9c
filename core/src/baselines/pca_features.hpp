#pragma once
// The baselines' feature space: the embedding's PCA (scdiff/pca.hpp) fitted on a subset of the
// cells, the other cells projected onto it, and scores handed to the embedding's kNN search
// (scdiff/knn.hpp). No PCA or kNN of the baselines' own: one way to do each in the core.
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "scdiff/pca.hpp"
#include "scdiff/anndata.hpp"

namespace scdiff::baselines::detail {

// Zero-centred PCA of the given rows of x (values as given, any dtype; used as float32), nComps
// components at most (fewer with few genes or cells). Needs at least 2 rows.
embedding::PcaFit fitPcaOnRows(const SparseMatrix& x, const std::vector<std::int64_t>& rows, int nComps,
                               std::uint64_t seed);
// Row-major float copy of scores, the layout the kNN search takes.
std::vector<float> rowMajorFloat(const Eigen::MatrixXd& scores);

// Checks that every row index is inside the matrix; `what` names the list in the error sentence.
void checkRows(const SparseMatrix& x, const std::vector<std::int64_t>& rows, const char* what);

}  // namespace scdiff::baselines::detail
