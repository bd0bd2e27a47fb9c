#pragma once
// Rows of an .h5ad file's X read on demand, for datasets larger than memory (a dataset opened backed: its obs and
// var in memory, X left in the file). Memory is bounded by the rows asked for, the file's row offsets (8 bytes a
// cell) and HDF5's chunk cache (kChunkCacheBytes per dataset), not by the dataset. X stored by rows (csr_matrix) or
// dense; a matrix stored by columns (csc_matrix) cannot be read a row at a time and is refused. Errors are
// FileErrors naming the file and the element, as the whole-file reader's (h5ad.hpp). An uncompressed X (anndata's
// default) is read with pread at its chunks' file addresses, not through HDF5, which reads a whole chunk per row.
//
// Unlike io::readSafely, the reads happen in this process: the file was read once whole-structure by the safe reader
// when it was opened (obs, var, X's offsets), but a damaged chunk of X's values that crashes libhdf5 itself would
// take this process down with it.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>

#include "scdiff/anndata.hpp"

namespace scdiff::h5ad {

class RowReader {
public:
    // HDF5's cache of decompressed chunks, per compressed dataset read (data and indices: two). Large enough that a
    // gzip-chunked X (anndata writes chunks of ~1 MB at most) is not decompressed again for every row of a block.
    static constexpr std::size_t kChunkCacheBytes = std::size_t{32} << 20;

    // Opens X of `file`; throws FileError when it is missing, not a matrix, stored by columns or inconsistent (row
    // offsets that do not start at 0, decrease or pass the end of the values).
    explicit RowReader(const std::filesystem::path& file);
    ~RowReader();
    RowReader(RowReader&&) noexcept;
    RowReader& operator=(RowReader&&) noexcept;

    std::int64_t rows() const;
    std::int64_t cols() const;
    // Stored entries (CSR) or rows x cols (dense).
    std::int64_t entries() const;
    const std::filesystem::path& file() const;

    // The rows asked for, in that order (repeats allowed), as CSR float32 with sorted columns within each row as
    // stored (dense X: its non-zeros). Throws FileError for a column index outside the matrix or a read that fails.
    SparseMatrix read(std::span<const std::int64_t> rows) const;
    // Rows [begin, end).
    SparseMatrix readRange(std::int64_t begin, std::int64_t end) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace scdiff::h5ad
