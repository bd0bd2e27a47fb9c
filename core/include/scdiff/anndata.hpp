#pragma once
// The in-memory dataset, modelled on Python's anndata.AnnData: X, obs/var data frames with typed
// columns, obsm/varm/obsp/varp/layers/uns mappings and raw. Anything read from a file that the app
// does not understand is kept as an OpaqueElement and written back unchanged.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "scdiff/ndarray.hpp"
#include "scdiff/shared_vector.hpp"

namespace scdiff {

// Compressed sparse rows. Shape is always (rows, cols) as anndata means it; a CSC matrix from a file
// is converted on read and remembers it so the writer can store it as CSC again.
struct SparseMatrix {
    std::int64_t rows = 0, cols = 0;
    // Copies share all three until one of them writes (a job's copy of X costs no copy on the main thread).
    SharedVector<std::int64_t> indptr;   // rows + 1 offsets into indices/values
    SharedVector<std::int32_t> indices;  // column of each stored value, sorted within a row
    NDArray values;                      // 1-D, nnz values, any numeric dtype (float32 usual)
    bool storedAsCsc = false;           // write back as csc_matrix

    std::int64_t nnz() const noexcept { return static_cast<std::int64_t>(indices.size()); }
    bool operator==(const SparseMatrix&) const = default;
};

// X, layers and raw/X: a 2-D dense NDArray or a sparse matrix.
using Matrix = std::variant<NDArray, SparseMatrix>;
std::int64_t matrixRows(const Matrix& m);
std::int64_t matrixCols(const Matrix& m);
// A CSR float32 copy of any matrix (no copy of structure semantics: always a new object).
SparseMatrix toCsrFloat32(const Matrix& m);
SparseMatrix toCsrFloat32(const SparseMatrix& m);
SparseMatrix toCsrFloat32(const NDArray& m);  // 2-D

// A column of categories: codes index into categories, -1 = missing.
struct Categorical {
    std::vector<std::int32_t> codes;
    std::variant<std::vector<std::string>, NDArray> categories;  // strings, or numeric (1-D NDArray)
    bool ordered = false;

    static Categorical fromLabels(const std::vector<std::string>& labels);  // categories sorted
    std::int64_t categoryCount() const;
    std::string categoryName(std::int64_t i) const;  // numeric categories are formatted
    std::vector<std::string> categoryNames() const;
    // The label of row r, or std::nullopt when missing.
    std::optional<std::string> label(std::int64_t r) const;
    bool operator==(const Categorical&) const = default;
};

// pandas' nullable Int*/boolean/string arrays: mask true = missing.
struct NullableArray {
    enum class Kind { Integer, Boolean, String };
    Kind kind = Kind::Integer;
    NDArray values;                    // Integer/Boolean: 1-D values (garbage under the mask)
    std::vector<std::string> strings;  // String: the values
    std::vector<std::uint8_t> mask;    // 1 = missing
    std::string naValue = "NA";        // String only: "NA" or "NaN" (attr na-value)
    std::int64_t size() const;
    bool operator==(const NullableArray&) const = default;
};

// An element the reader did not understand (unknown encoding, rec-array, awkward array, ...),
// kept as an exact HDF5 copy in memory so the writer can put it back byte for byte.
struct OpaqueStore;  // defined by the h5ad layer
struct OpaqueElement {
    std::shared_ptr<const OpaqueStore> store;
    std::string path;          // location inside the store
    std::string encodingType;  // as found ("rec-array", "" if none)
    std::string description;   // a short human-readable summary ("compound dataset (10,)")
    bool operator==(const OpaqueElement& o) const { return store == o.store && path == o.path; }
};

// Python's None (encoding "null").
struct Null {
    bool operator==(const Null&) const = default;
};

using ColumnData = std::variant<NDArray, StringArray, Categorical, NullableArray, OpaqueElement>;
std::int64_t columnLength(const ColumnData& c);

struct Column {
    std::string name;
    ColumnData data;
    bool operator==(const Column&) const = default;
};

struct DataFrame {
    std::string indexName = "_index";  // the HDF5 member holding the row names
    std::vector<std::string> index;    // row names
    std::vector<Column> columns;       // in column-order

    std::int64_t rows() const noexcept { return static_cast<std::int64_t>(index.size()); }
    const Column* find(std::string_view name) const;
    Column* find(std::string_view name);
    // Replaces the column of that name or appends a new one.
    void set(std::string name, ColumnData data);
    bool remove(std::string_view name);
    std::vector<std::string> columnNames() const;
    bool operator==(const DataFrame&) const = default;
};

struct Element;

// An ordered string-keyed mapping of elements (uns, obsm, layers, nested uns dicts, ...).
class Dict {
public:
    std::size_t size() const noexcept { return keys_.size(); }
    bool empty() const noexcept { return keys_.empty(); }
    bool contains(std::string_view key) const;
    const Element* find(std::string_view key) const;
    Element* find(std::string_view key);
    Element& at(std::string_view key);  // throws InvalidInput naming the existing keys
    const Element& at(std::string_view key) const;
    void set(std::string key, Element value);  // replaces in place or appends
    bool erase(std::string_view key);
    const std::vector<std::string>& keys() const noexcept { return keys_; }
    const std::vector<Element>& values() const noexcept { return values_; }
    std::vector<Element>& values() noexcept { return values_; }
    bool operator==(const Dict& o) const;

private:
    std::vector<std::string> keys_;
    std::vector<Element> values_;
};

using ElementValue =
    std::variant<Dict, NDArray, StringArray, SparseMatrix, DataFrame, Categorical, NullableArray, Null, OpaqueElement>;

struct Element {
    ElementValue value;

    Element() : value(Null{}) {}
    template <class T, class = std::enable_if_t<!std::is_same_v<std::decay_t<T>, Element>>>
    Element(T&& v) : value(std::forward<T>(v)) {}

    template <class T>
    bool is() const noexcept {
        return std::holds_alternative<T>(value);
    }
    template <class T>
    T& get() {
        return std::get<T>(value);
    }
    template <class T>
    const T& get() const {
        return std::get<T>(value);
    }
    template <class T>
    const T* getIf() const noexcept {
        return std::get_if<T>(&value);
    }
    template <class T>
    T* getIf() noexcept {
        return std::get_if<T>(&value);
    }
    bool operator==(const Element&) const = default;
};

inline bool Dict::operator==(const Dict& o) const { return keys_ == o.keys_ && values_ == o.values_; }

struct Raw {
    Matrix X;
    DataFrame var;
    Dict varm;
    bool operator==(const Raw&) const = default;
};

struct AnnData {
    std::optional<Matrix> X;  // absent in files written without X
    DataFrame obs, var;
    Dict obsm, varm, obsp, varp, layers, uns;
    std::optional<Raw> raw;
    // A dataset opened backed (h5ad::ReadOptions::expression = false): X, layers and raw were not read and stay in
    // this .h5ad file, whose rows h5ad::RowReader reads on demand; the writer copies them from there. Empty: all
    // of the dataset is in memory.
    std::string expressionFile;

    std::int64_t nObs() const noexcept { return obs.rows(); }
    std::int64_t nVars() const noexcept { return var.rows(); }
    bool operator==(const AnnData&) const = default;
};

// Element kind in words, for summaries and error messages ("categorical", "csr_matrix", ...).
std::string describe(const Element& e);
std::string describe(const ColumnData& c);

}  // namespace scdiff
