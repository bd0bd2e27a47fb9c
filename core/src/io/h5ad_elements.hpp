#pragma once
// The h5ad element decoders (anndata's encodings: array, csr/csc_matrix, dataframe, categorical,
// nullable-*, dict, string-array, null; the 0.7 categorical reference), on top of Source's checked reads.
// Elements of unknown encodings are kept as opaque copies and written back unchanged. Private to io.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "io/h5ad_source.hpp"

namespace scdiff::h5ad::detail {

class ElementReader {
public:
    explicit ElementReader(const Source& source) : src_(source) {}

    OpaqueElement opaque(hid_t loc, const std::string& name, const std::string& path, const std::string& enc,
                         const std::string& what);
    SparseMatrix readSparse(hid_t loc, const std::string& name, const std::string& path, bool csc,
                            std::optional<std::pair<std::int64_t, std::int64_t>> shapeHint = std::nullopt);
    // X, layers, raw/X: dense dataset or sparse group; anything else is an error.
    Matrix readMatrix(hid_t loc, const std::string& name, const std::string& path);
    ColumnData readColumn(hid_t df, const std::string& name, const std::string& path, std::int64_t n);
    Categorical readCategorical(hid_t loc, const std::string& name, const std::string& path);
    std::variant<std::vector<std::string>, NDArray> readCategories(hid_t loc, const std::string& name,
                                                                   const std::string& path);
    NullableArray readNullable(hid_t loc, const std::string& name, const std::string& path, const std::string& enc);
    ColumnData readColumnInner(hid_t df, const std::string& name, const std::string& path);
    DataFrame readDataFrame(hid_t loc, const std::string& name, const std::string& path,
                            std::optional<std::int64_t> expectRows = std::nullopt);
    // Generic element (uns, obsm, ...).
    Element readElement(hid_t loc, const std::string& name, const std::string& path, int depth = 0);
    Dict readDict(hid_t g, const std::string& path, int depth = 0);
    Dict readMapping(hid_t root, const std::string& name, std::int64_t rows, bool square = false);

private:
    const Source& src_;
    std::shared_ptr<OpaqueStore> store_;  // copies of the unknown elements of this read
};

}  // namespace scdiff::h5ad::detail
