#pragma once
// NDArray: a typed, row-major n-dimensional numeric array (rank 0 = scalar). It keeps the dtype it
// was read with, so a file goes out with the same types it came in with. StringArray is the same
// for UTF-8 strings.
//
// Copies share their values until one of them is written (copy-on-write): copying a dataset's dense layer,
// embedding or the values of its sparse X - into a job's inputs, an undo command or the autosave's snapshot - costs
// nothing on the thread that copies, and the values are copied only if one side changes them. Writing goes through
// data<T>() or raw() on a non-const array, which copy shared values first. So a span taken from a non-const array
// must not be written after the array was copied (take it again after copying); reading is unaffected.
#include <complex>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace scdiff {

enum class DType { Bool, Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float32, Float64 };

std::size_t dtypeSize(DType t);
const char* dtypeName(DType t);  // numpy spelling: "bool", "int8", ..., "float64"
bool isInteger(DType t);
bool isFloat(DType t);

template <class T>
constexpr DType dtypeOf();
template <>
constexpr DType dtypeOf<bool>() {
    return DType::Bool;
}
template <>
constexpr DType dtypeOf<std::int8_t>() {
    return DType::Int8;
}
template <>
constexpr DType dtypeOf<std::int16_t>() {
    return DType::Int16;
}
template <>
constexpr DType dtypeOf<std::int32_t>() {
    return DType::Int32;
}
template <>
constexpr DType dtypeOf<std::int64_t>() {
    return DType::Int64;
}
template <>
constexpr DType dtypeOf<std::uint8_t>() {
    return DType::UInt8;
}
template <>
constexpr DType dtypeOf<std::uint16_t>() {
    return DType::UInt16;
}
template <>
constexpr DType dtypeOf<std::uint32_t>() {
    return DType::UInt32;
}
template <>
constexpr DType dtypeOf<std::uint64_t>() {
    return DType::UInt64;
}
template <>
constexpr DType dtypeOf<float>() {
    return DType::Float32;
}
template <>
constexpr DType dtypeOf<double>() {
    return DType::Float64;
}

class NDArray {
public:
    NDArray() = default;
    NDArray(DType dtype, std::vector<std::int64_t> shape);  // zero-filled

    template <class T>
    static NDArray fromVector(std::vector<T> values, std::vector<std::int64_t> shape = {}) {
        if (shape.empty()) shape = {static_cast<std::int64_t>(values.size())};
        NDArray a(dtypeOf<T>(), std::move(shape));
        if constexpr (std::is_same_v<T, bool>) {
            for (std::size_t i = 0; i < values.size(); ++i) a.data<bool>()[i] = values[i];
        } else {
            std::copy(values.begin(), values.end(), a.data<T>().begin());
        }
        return a;
    }
    template <class T>
    static NDArray scalar(T v) {
        NDArray a(dtypeOf<T>(), {});
        a.data<T>()[0] = v;
        return a;
    }

    DType dtype() const noexcept { return dtype_; }
    const std::vector<std::int64_t>& shape() const noexcept { return shape_; }
    int rank() const noexcept { return static_cast<int>(shape_.size()); }
    bool isScalar() const noexcept { return shape_.empty(); }
    std::int64_t size() const noexcept;  // number of elements (1 for a scalar)
    std::size_t byteSize() const noexcept { return bytes_ ? bytes_->size() : 0; }

    // Typed views; T must match dtype() exactly (checked, throws InvalidInput otherwise). The non-const ones are for
    // writing: they first copy values shared with another array.
    template <class T>
    std::span<T> data() {
        checkType(dtypeOf<T>());
        return {reinterpret_cast<T*>(writable()), static_cast<std::size_t>(size())};
    }
    template <class T>
    std::span<const T> data() const {
        checkType(dtypeOf<T>());
        return {reinterpret_cast<const T*>(readable()), static_cast<std::size_t>(size())};
    }
    void* raw() { return writable(); }
    const void* raw() const noexcept { return readable(); }
    // True when this array and `other` hold the same values in the same memory (a copy neither has written).
    bool sharesValuesWith(const NDArray& other) const noexcept { return bytes_ && bytes_ == other.bytes_; }

    // Element i (flat index) converted to double, whatever the dtype.
    double at(std::int64_t i) const;
    // All values converted (a copy, or a plain copy when the dtype already matches).
    std::vector<float> toFloat32() const;
    std::vector<double> toFloat64() const;
    // A converted copy with the given dtype (values cast as by static_cast).
    NDArray astype(DType t) const;

    bool operator==(const NDArray& o) const;  // dtype, shape and values (byte for byte)

private:
    void checkType(DType t) const;
    const std::byte* readable() const noexcept { return bytes_ ? bytes_->data() : nullptr; }
    std::byte* writable();
    DType dtype_ = DType::Float32;
    std::vector<std::int64_t> shape_;
    // Null in a default-made array (no values). Shared by copies until one writes (writable()).
    std::shared_ptr<std::vector<std::byte>> bytes_;
};

// UTF-8 strings, row-major, rank 0 = a scalar string.
struct StringArray {
    std::vector<std::int64_t> shape;  // {} for a scalar, {n} for a 1-D array
    std::vector<std::string> values;

    static StringArray scalar(std::string s) { return {{}, {std::move(s)}}; }
    static StringArray fromVector(std::vector<std::string> v) {
        auto n = static_cast<std::int64_t>(v.size());
        return {{n}, std::move(v)};
    }
    bool isScalar() const noexcept { return shape.empty(); }
    bool operator==(const StringArray&) const = default;
};

}  // namespace scdiff
