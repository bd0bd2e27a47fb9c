#pragma once
// Reading and writing anndata's .h5ad format (anndata 0.8 - 0.13 layouts, plus the 0.7 and pre-0.7
// legacy layouts on read). Errors are scdiff::FileError naming the file, the HDF5 path and what
// was expected. Writing goes to a temporary file in the target folder that is renamed at the end.
#include <filesystem>
#include <functional>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::h5ad {

struct ReadOptions {
    // false: open the dataset backed, for data larger than memory. obs, var, obsm, varm, obsp, varp and uns are read;
    // X, layers and raw stay in the file (AnnData::expressionFile, the file's absolute path): X's row offsets are
    // checked here and h5ad::RowReader reads its rows on demand. X must be stored by rows (csr_matrix) or dense.
    bool expression = true;
};

AnnData read(const std::filesystem::path& file, Progress& progress = nullProgress(), const ReadOptions& options = {});

struct WriteOptions {
    bool allowOverwrite = true;            // false: refuse when the target exists
    std::filesystem::path protectedInput;  // never overwrite this file (the dataset's source), unless empty
    int gzipLevel = 0;                     // 0 = no compression (anndata's default)
};
// A dataset opened backed (AnnData::expressionFile) is written with its X, layers and raw copied from that file as
// they are stored there (HDF5 object copies: nothing is held in memory); a layer the dataset holds in memory is
// written instead of the file's layer of that name.

void write(const AnnData& data, const std::filesystem::path& file, const WriteOptions& options = {},
           Progress& progress = nullProgress());

// For data larger than memory: X written as CSR a block of rows at a time. nextBlock fills `block` with the next
// rows (cols columns, float32 values) and returns false when there are none left; then rest() gives everything
// else (obs for every row written, var, uns, ...; its X is not written). mostEntries bounds X's non-zeros (rows x
// cols will do): it decides 32- or 64-bit indices, and more entries are refused. The file is whole or absent, as
// write()'s.
// For a result larger than memory: `data` written as write() does, plus a dense float32 layer of rows x cols
// written while it is computed. produce(put) calls put(firstRow, rows, values) with every row once (values: rows x
// cols, row-major; any order); a row never put is left 0. Cancelling (a throw from produce) leaves no file.
using PutRows = std::function<void(std::int64_t firstRow, std::int64_t rows, const float* values)>;
void writeWithLayerRows(const AnnData& data, const std::filesystem::path& file, const std::string& layer,
                        std::int64_t cols, const std::function<void(const PutRows& put)>& produce,
                        const WriteOptions& options = {}, Progress& progress = nullProgress());

void writeWithRowBlocks(const std::filesystem::path& file, std::int64_t cols, std::int64_t mostEntries,
                        const std::function<bool(SparseMatrix& block)>& nextBlock, const std::function<AnnData()>& rest,
                        const WriteOptions& options = {}, Progress& progress = nullProgress());

}  // namespace scdiff::h5ad
