#pragma once
// Rows/columns of the element types of the data model (dtype kept): what subsetObs/subsetVars
// (preprocess.hpp) do to each element, for callers that need one element only.
#include <optional>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff::preprocess {
NDArray takeRows(const NDArray& a, const std::vector<std::int64_t>& rows);
NDArray takeCols(const NDArray& a, const std::vector<std::int64_t>& cols);
SparseMatrix takeRows(const SparseMatrix& s, const std::vector<std::int64_t>& rows);
SparseMatrix takeCols(const SparseMatrix& s, const std::vector<std::int64_t>& cols);
Matrix takeRows(const Matrix& m, const std::vector<std::int64_t>& rows);
Matrix takeCols(const Matrix& m, const std::vector<std::int64_t>& cols);
DataFrame takeRows(const DataFrame& df, const std::vector<std::int64_t>& rows);
// Rows (and, for obsp/varp, also columns) of every element of a mapping; unsupported ones dropped.
Dict takeRows(const Dict& d, const std::vector<std::int64_t>& rows, bool alsoCols);
void checkIndices(const std::vector<std::int64_t>& idx, std::int64_t n, const char* what);
}  // namespace scdiff::preprocess
