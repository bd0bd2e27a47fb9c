#include "expression_rows.hpp"

#include "scdiff/engine/problems.hpp"

#include <algorithm>
#include <numeric>
#include <random>

#include "scdiff/error.hpp"
#include "scdiff/memory.hpp"
#include "scdiff/subset.hpp"

namespace scdiff::engine {

SparseMatrix MatrixRows::rows(std::span<const std::int64_t> cells) const {
    return preprocess::takeRows(*x_, std::vector<std::int64_t>(cells.begin(), cells.end()));
}

std::unique_ptr<ExpressionRows> sourceRows(const expression::View& source, std::uint64_t seed) {
    if (!source.backed) {
        // The log-normalised copy, CSR float32: a value and a column index per stored entry, an offset per cell.
        const std::int64_t entries = source.sparse ? source.sparse->nnz() : source.dense ? source.dense->size() : 0;
        requireMemory(8 * entries + 8 * (source.cells() + 1),
                      "normalising the expression of " + std::to_string(source.cells()) + " cells",
                      "use a machine with more memory, or open the dataset larger than memory (backed)");
        return std::make_unique<MatrixRows>(expression::logNormalised(source));
    }
    return std::make_unique<FileRows>(source, backedSample(source, seed, kCountsSampleCells).counts,
                                      std::vector<std::int64_t>{});
}

FileRows::FileRows(const expression::View& source, bool counts, std::vector<std::int64_t> columns)
    : source_(source), reader_(source.data->expressionFile), counts_(counts), columns_(std::move(columns)) {
    if (reader_.rows() != source.cells() || reader_.cols() != source.geneCount())
        throw InvalidInput(source.data->expressionFile + " changed since the dataset was opened: its X has " +
                           std::to_string(reader_.rows()) + " x " + std::to_string(reader_.cols()) +
                           " values, the dataset " + std::to_string(source.cells()) + " cells x " +
                           std::to_string(source.geneCount()) + " genes; open it again");
}

std::int64_t FileRows::cols() const {
    return columns_.empty() ? reader_.cols() : static_cast<std::int64_t>(columns_.size());
}

SparseMatrix FileRows::rows(std::span<const std::int64_t> cells) const {
    auto x = expression::logNormalisedRows(source_, reader_.read(cells), cells, counts_);
    return columns_.empty() ? x : preprocess::takeCols(x, columns_);
}

namespace {
// Up to mostCells of n cells drawn with `seed` (the first of a seeded permutation, sorted); all when n is no more.
std::vector<std::int64_t> sampledCells(std::int64_t n, std::uint64_t seed, std::int64_t mostCells) {
    std::vector<std::int64_t> cells(static_cast<std::size_t>(n));
    std::iota(cells.begin(), cells.end(), 0);
    if (n <= mostCells) return cells;
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + 0x5a3b1e);  // a partial Fisher-Yates
    for (std::size_t i = 0; i < static_cast<std::size_t>(mostCells); ++i)
        std::swap(cells[i], cells[i + rng() % (cells.size() - i)]);
    cells.resize(static_cast<std::size_t>(mostCells));
    std::sort(cells.begin(), cells.end());
    return cells;
}
}  // namespace

BackedSample backedSample(const expression::View& source, std::uint64_t seed, std::int64_t mostCells) {
    const h5ad::RowReader reader(source.data->expressionFile);
    BackedSample s;
    s.cells = sampledCells(reader.rows(), seed, mostCells);
    auto rows = reader.read(s.cells);
    s.counts = expression::isCounts(source, rows, s.cells);
    s.x = expression::logNormalisedRows(source, std::move(rows), s.cells, s.counts);
    return s;
}

std::vector<double> meanOfRows(const ExpressionRows& rows, const std::vector<std::int64_t>& cells) {
    std::vector<double> mean(static_cast<std::size_t>(rows.cols()), 0.0);
    const auto block = static_cast<std::size_t>(kBatchesPerBlock * 256);
    for (std::size_t first = 0; first < cells.size(); first += block) {
        const auto n = std::min(block, cells.size() - first);
        const SparseMatrix x = rows.rows(std::span<const std::int64_t>(cells.data() + first, n));
        const auto values = x.values.data<float>();
        for (std::size_t k = 0; k < static_cast<std::size_t>(x.nnz()); ++k)
            mean[static_cast<std::size_t>(x.indices[k])] += values[k];
    }
    for (auto& v : mean) v /= std::max<double>(1, static_cast<double>(cells.size()));
    return mean;
}

preprocess::XValues expressionValues(const AnnData& data, const std::string& source) {
    const auto view = expression::view(data, source);
    if (!view.backed) return expression::inspect(view);
    const h5ad::RowReader reader(data.expressionFile);
    auto values = preprocess::inspectX(reader.read(sampledCells(reader.rows(), 0, kCountsSampleCells)));
    if (view.log1pRecorded) values.kind = preprocess::XKind::LogNormalized;
    return values;
}

SparseMatrix placedRows(SparseMatrix x, const std::vector<std::int64_t>& cells, std::int64_t rows) {
    std::vector<std::int64_t> indptr(static_cast<std::size_t>(rows) + 1, 0);
    for (std::size_t i = 0; i < cells.size(); ++i)
        indptr[static_cast<std::size_t>(cells[i]) + 1] = x.indptr[i + 1] - x.indptr[i];
    std::partial_sum(indptr.begin(), indptr.end(), indptr.begin());
    x.indptr = std::move(indptr);
    x.rows = rows;
    return x;
}

}  // namespace scdiff::engine
