#pragma once
// Small in-memory AnnData builders shared by the preprocess tests.
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff::testing {
DataFrame namedFrame(std::int64_t n, const std::string& prefix);
// Dense float32 n x g X from row-major values.
AnnData denseData(std::int64_t n, std::int64_t g, std::vector<float> values);
// The same data as CSR with the given value dtype.
SparseMatrix toSparse(std::int64_t n, std::int64_t g, const std::vector<float>& values, DType dtype = DType::Float32);
// Dense row-major float values of any matrix.
std::vector<double> denseValues(const Matrix& m);

// Writes a row-major matrix as text ("rows cols" then values), runs SCDIFF_PYTHON on the script with
// the matrix file and the output file as arguments, and returns the whitespace-separated numbers it wrote.
std::vector<double> runPython(const std::string& script, const std::vector<double>& matrix, std::int64_t rows,
                              std::int64_t cols, const std::string& name);
}  // namespace scdiff::testing
