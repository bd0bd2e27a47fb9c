#include "scdiff/ndarray.hpp"

#include <algorithm>
#include <cstring>

#include "data/huge_pages.hpp"
#include "data/shape_text.hpp"
#include "scdiff/error.hpp"

namespace scdiff {

namespace detail {
std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}
}  // namespace detail

std::size_t dtypeSize(DType t) {
    switch (t) {
        case DType::Bool:
        case DType::Int8:
        case DType::UInt8:
            return 1;
        case DType::Int16:
        case DType::UInt16:
            return 2;
        case DType::Int32:
        case DType::UInt32:
        case DType::Float32:
            return 4;
        case DType::Int64:
        case DType::UInt64:
        case DType::Float64:
            return 8;
    }
    return 1;
}

const char* dtypeName(DType t) {
    switch (t) {
        case DType::Bool:
            return "bool";
        case DType::Int8:
            return "int8";
        case DType::Int16:
            return "int16";
        case DType::Int32:
            return "int32";
        case DType::Int64:
            return "int64";
        case DType::UInt8:
            return "uint8";
        case DType::UInt16:
            return "uint16";
        case DType::UInt32:
            return "uint32";
        case DType::UInt64:
            return "uint64";
        case DType::Float32:
            return "float32";
        case DType::Float64:
            return "float64";
    }
    return "?";
}

bool isInteger(DType t) { return t != DType::Bool && t != DType::Float32 && t != DType::Float64; }
bool isFloat(DType t) { return t == DType::Float32 || t == DType::Float64; }

NDArray::NDArray(DType dtype, std::vector<std::int64_t> shape) : dtype_(dtype), shape_(std::move(shape)) {
    std::uint64_t bytes = dtypeSize(dtype_);
    for (auto d : shape_) {
        if (d < 0) throw InvalidInput("NDArray: negative dimension");
        // A shape read from a damaged file can multiply past 2^63; size() relies on this check.
        if (__builtin_mul_overflow(bytes, static_cast<std::uint64_t>(d), &bytes) || bytes > (std::uint64_t{1} << 62))
            throw InvalidInput("an array of shape " + detail::shapeText(shape_) + " is larger than any memory");
    }
    bytes_ = std::make_shared<std::vector<std::byte>>(detail::largeVector<std::byte>(static_cast<std::size_t>(bytes)));
}

std::byte* NDArray::writable() {
    if (!bytes_) return nullptr;
    // Values another copy still holds are copied before this one is written. use_count() is exact when it is 1 (no
    // other owner exists to copy from, however many threads there are); a stale larger count only costs a copy.
    if (bytes_.use_count() > 1) {
        auto own = std::make_shared<std::vector<std::byte>>();
        own->reserve(bytes_->size());
        detail::adviseHugePages(own->data(), bytes_->size());
        own->assign(bytes_->begin(), bytes_->end());  // one pass: copied, not zeroed first
        bytes_ = std::move(own);
    }
    return bytes_->data();
}

bool NDArray::operator==(const NDArray& o) const {
    if (dtype_ != o.dtype_ || shape_ != o.shape_ || byteSize() != o.byteSize()) return false;
    return bytes_ == o.bytes_ || byteSize() == 0 || std::memcmp(readable(), o.readable(), byteSize()) == 0;
}

std::int64_t NDArray::size() const noexcept {
    std::int64_t n = 1;
    for (auto d : shape_) n *= d;
    return n;
}

void NDArray::checkType(DType t) const {
    if (t != dtype_)
        throw InvalidInput(std::string("array holds ") + dtypeName(dtype_) + ", accessed as " + dtypeName(t));
}

namespace {
// Calls f with a typed pointer to the array's values.
template <class F>
decltype(auto) visitTyped(DType t, const void* p, F&& f) {
    switch (t) {
        case DType::Bool:
            return f(static_cast<const bool*>(p));
        case DType::Int8:
            return f(static_cast<const std::int8_t*>(p));
        case DType::Int16:
            return f(static_cast<const std::int16_t*>(p));
        case DType::Int32:
            return f(static_cast<const std::int32_t*>(p));
        case DType::Int64:
            return f(static_cast<const std::int64_t*>(p));
        case DType::UInt8:
            return f(static_cast<const std::uint8_t*>(p));
        case DType::UInt16:
            return f(static_cast<const std::uint16_t*>(p));
        case DType::UInt32:
            return f(static_cast<const std::uint32_t*>(p));
        case DType::UInt64:
            return f(static_cast<const std::uint64_t*>(p));
        case DType::Float32:
            return f(static_cast<const float*>(p));
        case DType::Float64:
            return f(static_cast<const double*>(p));
    }
    return f(static_cast<const float*>(p));
}
template <class F>
decltype(auto) visitTypedMut(DType t, void* p, F&& f) {
    switch (t) {
        case DType::Bool:
            return f(static_cast<bool*>(p));
        case DType::Int8:
            return f(static_cast<std::int8_t*>(p));
        case DType::Int16:
            return f(static_cast<std::int16_t*>(p));
        case DType::Int32:
            return f(static_cast<std::int32_t*>(p));
        case DType::Int64:
            return f(static_cast<std::int64_t*>(p));
        case DType::UInt8:
            return f(static_cast<std::uint8_t*>(p));
        case DType::UInt16:
            return f(static_cast<std::uint16_t*>(p));
        case DType::UInt32:
            return f(static_cast<std::uint32_t*>(p));
        case DType::UInt64:
            return f(static_cast<std::uint64_t*>(p));
        case DType::Float32:
            return f(static_cast<float*>(p));
        case DType::Float64:
            return f(static_cast<double*>(p));
    }
    return f(static_cast<float*>(p));
}
}  // namespace

double NDArray::at(std::int64_t i) const {
    if (i < 0 || i >= size()) throw InvalidInput("NDArray index out of range");
    return visitTyped(dtype_, readable(), [i](auto* p) { return static_cast<double>(p[i]); });
}

std::vector<float> NDArray::toFloat32() const {
    std::vector<float> out(static_cast<std::size_t>(size()));
    visitTyped(dtype_, readable(), [&](auto* p) {
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<float>(p[i]);
    });
    return out;
}

std::vector<double> NDArray::toFloat64() const {
    std::vector<double> out(static_cast<std::size_t>(size()));
    visitTyped(dtype_, readable(), [&](auto* p) {
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<double>(p[i]);
    });
    return out;
}

NDArray NDArray::astype(DType t) const {
    if (t == dtype_) return *this;
    NDArray out(t, shape_);
    const auto n = static_cast<std::size_t>(size());
    visitTyped(dtype_, readable(), [&](auto* src) {
        visitTypedMut(t, out.raw(), [&](auto* dst) {
            using D = std::remove_pointer_t<decltype(dst)>;
            for (std::size_t i = 0; i < n; ++i) dst[i] = static_cast<D>(src[i]);
        });
    });
    return out;
}

}  // namespace scdiff
