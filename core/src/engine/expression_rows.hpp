#pragma once
// The cells' log-normalised expression in the columns a computation uses, read a block of rows at a time: from the
// matrix in memory, or from the file of a dataset opened backed (AnnData::expressionFile, larger than memory).
// Training and annotation read their mini-batches through it, so one loop serves both; what needs statistics over
// the cells (gene selection, gene means, the batch effect) takes them from a sample of a backed dataset's cells.
// Private to the engine; torch-free.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "dataset_inputs.hpp"
#include "scdiff/expression.hpp"
#include "scdiff/h5ad_rows.hpp"

namespace scdiff::engine {

class ExpressionRows {
public:
    virtual ~ExpressionRows() = default;
    virtual std::int64_t cols() const = 0;
    // The rows of these cells (indices into the dataset), in that order, as CSR float32.
    virtual SparseMatrix rows(std::span<const std::int64_t> cells) const = 0;
};

// Rows of a matrix in memory (cell i = row i), the caller's or its own.
class MatrixRows final : public ExpressionRows {
public:
    explicit MatrixRows(const SparseMatrix& x) : x_(&x) {}
    explicit MatrixRows(SparseMatrix&& owned) : owned_(std::move(owned)), x_(&owned_) {}
    MatrixRows(const MatrixRows&) = delete;
    MatrixRows& operator=(const MatrixRows&) = delete;
    std::int64_t cols() const override { return x_->cols; }
    SparseMatrix rows(std::span<const std::int64_t> cells) const override;

private:
    SparseMatrix owned_;
    const SparseMatrix* x_;
};

// Rows of a backed source read from its file, log-normalised as expression::logNormalised would make them
// (`counts`: see BackedSample) and restricted to `columns` (the selected genes; empty = all).
class FileRows final : public ExpressionRows {
public:
    FileRows(const expression::View& source, bool counts, std::vector<std::int64_t> columns);
    std::int64_t cols() const override;
    SparseMatrix rows(std::span<const std::int64_t> cells) const override;

private:
    expression::View source_;
    h5ad::RowReader reader_;
    bool counts_;
    std::vector<std::int64_t> columns_;
};

// A backed source's statistics sample: up to kStatisticsCells of its cells drawn with `seed` (sorted; every cell
// when there are no more), their rows log-normalised over all genes, and whether the source holds counts (decided
// on them, expression::isCounts). With every cell in it, what is computed from it equals what the whole matrix in
// memory gives. 20,000 cells are enough for highly variable genes and gene means and cost ~60 MB at 2,000 genes and
// 10 % non-zero.
inline constexpr std::int64_t kStatisticsCells = 20000;
struct BackedSample {
    std::vector<std::int64_t> cells;
    SparseMatrix x;  // rows: cells (in that order); columns: the source's genes
    bool counts = false;
};
BackedSample backedSample(const expression::View& source, std::uint64_t seed,
                          std::int64_t mostCells = kStatisticsCells);

// A source's rows log-normalised, for inference: the whole matrix made once (expression::logNormalised) when it is
// in memory, the file read a block at a time when it is backed (counts or not decided on a sample of
// kCountsSampleCells rows drawn with `seed`).
inline constexpr std::int64_t kCountsSampleCells = 2000;
// Mini-batches per block of rows an inference reads at once: 64 x 256 cells is ~3 MB of a 2,000-gene X at 10 %
// non-zero.
inline constexpr std::int64_t kBatchesPerBlock = 64;
std::unique_ptr<ExpressionRows> sourceRows(const expression::View& source, std::uint64_t seed);

// The mean row of these cells (metrics::meanOfRows' numbers), read kBatchesPerBlock x 256 cells at a time.
std::vector<double> meanOfRows(const ExpressionRows& rows, const std::vector<std::int64_t>& cells);

// x (rows = cells, sorted) placed in a matrix of `rows` rows, the others empty: code that indexes rows by the
// dataset's cells can run on a sample.
SparseMatrix placedRows(SparseMatrix x, const std::vector<std::int64_t>& cells, std::int64_t rows);

}  // namespace scdiff::engine
