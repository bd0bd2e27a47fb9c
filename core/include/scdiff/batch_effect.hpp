#pragma once
// How strong a dataset's batch effect is, measured on the data: the fraction of the expression variance
// within cell types that the batch explains, on the first principal components of the log-normalised
// matrix. The auto preset uses it to choose where the batch enters the network (engine::chooseBatchIn,
// docs/engine.md "Strong batch effects"). Plain C++ (Eigen inside), no torch.
#include <cstdint>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff::embedding {

struct BatchEffect {
    // sum over (type, batch) groups of n_g |mean_g - mean_type|^2 / sum over cells of |p - mean_type|^2, with p
    // a cell's PC scores: 0 when every batch of a type has the type's mean, 1 when the cells of a
    // (type, batch) group do not vary at all around their group's mean. Without labels (one type) it is
    // the batch's share of all the variance.
    double withinTypeFraction = 0;
    int components = 0;  // PCs it was measured on
};

// x: the log-normalised CSR float32 matrix (cells x genes); rows: the cells to measure on; cellType and
// batch: per row of x (codes >= 0; an empty cellType means one type). Zero-centred PCA of those rows
// (embedding::fitPca), nComps components at most. Needs at least 3 rows and 2 batches among them, else
// withinTypeFraction is 0.
BatchEffect batchEffect(const SparseMatrix& x, const std::vector<std::int64_t>& rows,
                        const std::vector<std::int64_t>& cellType, const std::vector<std::int64_t>& batch,
                        int nComps = 50);

}  // namespace scdiff::embedding
