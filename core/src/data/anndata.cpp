#include "scdiff/anndata.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "data/shape_text.hpp"
#include "scdiff/error.hpp"

namespace scdiff {

std::int64_t matrixRows(const Matrix& m) {
    if (auto* d = std::get_if<NDArray>(&m)) return d->rank() >= 1 ? d->shape()[0] : 0;
    return std::get<SparseMatrix>(m).rows;
}

std::int64_t matrixCols(const Matrix& m) {
    if (auto* d = std::get_if<NDArray>(&m)) return d->rank() >= 2 ? d->shape()[1] : (d->rank() == 1 ? 1 : 0);
    return std::get<SparseMatrix>(m).cols;
}

SparseMatrix toCsrFloat32(const Matrix& m) {
    return std::visit([](const auto& x) { return toCsrFloat32(x); }, m);
}

SparseMatrix toCsrFloat32(const SparseMatrix& s) {
    SparseMatrix out = s;
    out.values = s.values.astype(DType::Float32);
    out.storedAsCsc = false;
    return out;
}

SparseMatrix toCsrFloat32(const NDArray& d) {
    const std::int64_t rows = d.rank() >= 1 ? d.shape()[0] : 0;
    const std::int64_t cols = d.rank() >= 2 ? d.shape()[1] : (d.rank() == 1 ? 1 : 0);
    const auto values = d.toFloat32();
    SparseMatrix out;
    out.rows = rows;
    out.cols = cols;
    out.indptr.assign(static_cast<std::size_t>(rows) + 1, 0);
    std::vector<float> nz;
    for (std::int64_t r = 0; r < rows; ++r) {
        for (std::int64_t c = 0; c < cols; ++c) {
            const float v = values[static_cast<std::size_t>(r * cols + c)];
            if (v != 0.0f) {
                out.indices.push_back(static_cast<std::int32_t>(c));
                nz.push_back(v);
            }
        }
        out.indptr.own()[static_cast<std::size_t>(r) + 1] = static_cast<std::int64_t>(out.indices.size());
    }
    out.values = NDArray::fromVector(std::move(nz));
    return out;
}

// ---- Categorical --------------------------------------------------------------------------------

Categorical Categorical::fromLabels(const std::vector<std::string>& labels) {
    std::set<std::string> unique(labels.begin(), labels.end());
    std::vector<std::string> cats(unique.begin(), unique.end());
    Categorical c;
    c.codes.reserve(labels.size());
    for (const auto& l : labels)
        c.codes.push_back(static_cast<std::int32_t>(std::lower_bound(cats.begin(), cats.end(), l) - cats.begin()));
    c.categories = std::move(cats);
    return c;
}

std::int64_t Categorical::categoryCount() const {
    if (auto* s = std::get_if<std::vector<std::string>>(&categories)) return static_cast<std::int64_t>(s->size());
    return std::get<NDArray>(categories).size();
}

std::string Categorical::categoryName(std::int64_t i) const {
    if (auto* s = std::get_if<std::vector<std::string>>(&categories)) return s->at(static_cast<std::size_t>(i));
    const auto& a = std::get<NDArray>(categories);
    const double v = a.at(i);
    std::ostringstream os;
    if (isInteger(a.dtype()) || a.dtype() == DType::Bool)
        os << static_cast<long long>(v);
    else
        os << v;
    return os.str();
}

std::vector<std::string> Categorical::categoryNames() const {
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < categoryCount(); ++i) out.push_back(categoryName(i));
    return out;
}

std::optional<std::string> Categorical::label(std::int64_t r) const {
    const auto code = codes.at(static_cast<std::size_t>(r));
    if (code < 0) return std::nullopt;
    return categoryName(code);
}

std::int64_t NullableArray::size() const { return static_cast<std::int64_t>(mask.size()); }

std::int64_t columnLength(const ColumnData& c) {
    return std::visit(
        [](const auto& v) -> std::int64_t {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, NDArray>)
                return v.rank() == 0 ? 1 : v.shape()[0];
            else if constexpr (std::is_same_v<T, StringArray>)
                return static_cast<std::int64_t>(v.values.size());
            else if constexpr (std::is_same_v<T, Categorical>)
                return static_cast<std::int64_t>(v.codes.size());
            else if constexpr (std::is_same_v<T, NullableArray>)
                return v.size();
            else
                return -1;  // opaque: unknown
        },
        c);
}

// ---- DataFrame ----------------------------------------------------------------------------------

const Column* DataFrame::find(std::string_view name) const {
    for (const auto& c : columns)
        if (c.name == name) return &c;
    return nullptr;
}

Column* DataFrame::find(std::string_view name) {
    for (auto& c : columns)
        if (c.name == name) return &c;
    return nullptr;
}

void DataFrame::set(std::string name, ColumnData data) {
    const auto len = columnLength(data);
    if (len >= 0 && len != rows())
        throw InvalidInput("column '" + name + "' has " + std::to_string(len) + " values, the table has " +
                           std::to_string(rows()) + " rows");
    if (auto* c = find(name)) {
        c->data = std::move(data);
        return;
    }
    columns.push_back({std::move(name), std::move(data)});
}

bool DataFrame::remove(std::string_view name) {
    auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == name; });
    if (it == columns.end()) return false;
    columns.erase(it);
    return true;
}

std::vector<std::string> DataFrame::columnNames() const {
    std::vector<std::string> out;
    for (const auto& c : columns) out.push_back(c.name);
    return out;
}

// ---- Dict ---------------------------------------------------------------------------------------

bool Dict::contains(std::string_view key) const { return find(key) != nullptr; }

const Element* Dict::find(std::string_view key) const {
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (keys_[i] == key) return &values_[i];
    return nullptr;
}

Element* Dict::find(std::string_view key) {
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (keys_[i] == key) return &values_[i];
    return nullptr;
}

namespace {
std::string keyList(const std::vector<std::string>& keys) {
    if (keys.empty()) return "there are none";
    std::string s = "available: ";
    for (std::size_t i = 0; i < keys.size(); ++i) s += (i ? ", '" : "'") + keys[i] + "'";
    return s;
}
}  // namespace

Element& Dict::at(std::string_view key) {
    if (auto* e = find(key)) return *e;
    throw InvalidInput("no key '" + std::string(key) + "' (" + keyList(keys_) + ")");
}

const Element& Dict::at(std::string_view key) const {
    if (auto* e = find(key)) return *e;
    throw InvalidInput("no key '" + std::string(key) + "' (" + keyList(keys_) + ")");
}

void Dict::set(std::string key, Element value) {
    if (auto* e = find(key)) {
        *e = std::move(value);
        return;
    }
    keys_.push_back(std::move(key));
    values_.push_back(std::move(value));
}

bool Dict::erase(std::string_view key) {
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (keys_[i] == key) {
            keys_.erase(keys_.begin() + static_cast<std::ptrdiff_t>(i));
            values_.erase(values_.begin() + static_cast<std::ptrdiff_t>(i));
            return true;
        }
    return false;
}

// ---- describe -----------------------------------------------------------------------------------

using detail::shapeText;

std::string describe(const Element& e) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Dict>)
                return "dict (" + std::to_string(v.size()) + " keys)";
            else if constexpr (std::is_same_v<T, NDArray>)
                return v.isScalar() ? std::string(dtypeName(v.dtype())) + " scalar"
                                    : std::string(dtypeName(v.dtype())) + " array " + shapeText(v.shape());
            else if constexpr (std::is_same_v<T, StringArray>)
                return v.isScalar() ? std::string("string") : "string array " + shapeText(v.shape);
            else if constexpr (std::is_same_v<T, SparseMatrix>)
                return std::string(v.storedAsCsc ? "csc_matrix " : "csr_matrix ") + shapeText({v.rows, v.cols});
            else if constexpr (std::is_same_v<T, DataFrame>)
                return "dataframe (" + std::to_string(v.rows()) + " rows, " + std::to_string(v.columns.size()) +
                       " columns)";
            else if constexpr (std::is_same_v<T, Categorical>)
                return "categorical (" + std::to_string(v.categoryCount()) + " categories)";
            else if constexpr (std::is_same_v<T, NullableArray>)
                return "nullable array";
            else if constexpr (std::is_same_v<T, Null>)
                return "None";
            else
                return "kept as is: " + (v.description.empty() ? v.encodingType : v.description);
        },
        e.value);
}

std::string describe(const ColumnData& c) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, NDArray>)
                return dtypeName(v.dtype());
            else if constexpr (std::is_same_v<T, StringArray>)
                return "string";
            else if constexpr (std::is_same_v<T, Categorical>)
                return std::string(v.ordered ? "ordered " : "") + "categorical (" + std::to_string(v.categoryCount()) +
                       ")";
            else if constexpr (std::is_same_v<T, NullableArray>)
                return v.kind == NullableArray::Kind::Integer   ? std::string("nullable ") + dtypeName(v.values.dtype())
                       : v.kind == NullableArray::Kind::Boolean ? "nullable boolean"
                                                                : "nullable string";
            else
                return "kept as is: " + (v.description.empty() ? v.encodingType : v.description);
        },
        c);
}

}  // namespace scdiff
