#pragma once
// One expression source of a dataset, and the log-normalised values every model and baseline works on.
// A dataset can hold its expression in X, raw/X (with raw/var's genes, e.g. a scanpy file whose X is
// scaled) or a layer (e.g. layers/counts). A View points into the dataset: nothing is copied until
// logNormalised() builds the one matrix a computation needs.
#include <span>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::expression {

struct View {
    std::string source;             // "X", "raw" or "layers/NAME"
    const AnnData* data = nullptr;  // obs (the cells) and uns come from here
    // The cells x genes values: one of the two (a layer is an element of its own, not a Matrix).
    const SparseMatrix* sparse = nullptr;
    const NDArray* dense = nullptr;
    const std::vector<std::string>* genes = nullptr;  // var's index, raw/var's for "raw"
    // uns['scdiff_preprocess'] records that X was log-transformed (only X: raw and layers are never
    // transformed in place), so that nothing transforms it twice.
    bool log1pRecorded = false;
    // X of a dataset opened backed (AnnData::expressionFile): its values stay in the file; the engine reads them a
    // block of rows at a time. logNormalised() and inspect() refuse it.
    bool backed = false;

    const DataFrame& obs() const { return data->obs; }
    std::int64_t cells() const;
    std::int64_t geneCount() const;
    // The genes, or "gene0", "gene1", ... when var has no names for them.
    std::vector<std::string> geneNames() const;
};

// The sources this dataset offers: "X" when present, "raw" when raw/X is, each cells x genes layer.
std::vector<std::string> sources(const AnnData& data);

// `source` of `data` ("" = X). Throws InvalidInput naming the sources the dataset offers when it has no
// such source, or when the source is empty (no cells or no genes).
View view(const AnnData& data, const std::string& source);

// What the source's values look like (preprocess::inspectX, without copying them).
preprocess::XValues inspect(const View& view);

// The source's values as CSR float32 with its columns: as they are when log-normalised (or recorded as
// log1p'd), counts normalised to 1e4 per cell and log1p'd (preprocess::normalisedCounts' numbers).
// Throws InvalidInput naming the source, the first cell and gene for NaN/inf or negative values, and
// what the values look like when they are neither counts nor log-normalised.
SparseMatrix logNormalised(const View& view);

// The same in blocks of rows, for a dataset opened backed (View::backed), whose rows the engine reads from the file:
// isCounts decides from a sample of rows whether the source holds counts (true) or log-normalised values (false),
// and throws as logNormalised() does for anything else; logNormalisedRows makes a block of rows what
// logNormalised() makes of them in the whole matrix. Row r of `rows` is the dataset's cell cells[r] (for messages;
// empty: cell r). Values are checked as logNormalised() checks them.
bool isCounts(const View& view, const SparseMatrix& rows, std::span<const std::int64_t> cells);
SparseMatrix logNormalisedRows(const View& view, SparseMatrix rows, std::span<const std::int64_t> cells, bool counts);

}  // namespace scdiff::expression
