#pragma once
// A std::vector shared by its copies until one of them writes (copy on write), as NDArray's values are: the
// structure of a CSR matrix (SparseMatrix::indptr and indices), so a job's copy of a dataset, an undo command's
// "before" and the autosave's snapshot copy no part of a sparse matrix on the Studio's main thread.
// Element access is read-only, so reading never copies, whatever the constness of the object; writing goes through
// own() (the values become this object's own first: a copy when another holds them too), or the vector-like
// push_back, resize, assign, insert and clear, which call it. A loop that writes takes own() once; the reference
// it returns is this object's alone until the object is copied, so finish writing through it before that.
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace scdiff {

template <class T>
class SharedVector {
public:
    using value_type = T;
    using size_type = std::size_t;
    using const_iterator = typename std::vector<T>::const_iterator;

    SharedVector() = default;
    SharedVector(std::vector<T> values)  // implicit: a vector is what it holds
        : values_(values.empty() ? nullptr : std::make_shared<std::vector<T>>(std::move(values))) {}
    SharedVector(std::initializer_list<T> values) : SharedVector(std::vector<T>(values)) {}
    SharedVector(size_type n, const T& value) : SharedVector(std::vector<T>(n, value)) {}
    template <std::input_iterator It>
    SharedVector(It first, It last) : SharedVector(std::vector<T>(first, last)) {}

    // Reading.
    const std::vector<T>& vec() const noexcept { return values_ ? *values_ : none(); }
    operator const std::vector<T>&() const noexcept { return vec(); }
    operator std::span<const T>() const noexcept { return vec(); }
    size_type size() const noexcept { return vec().size(); }
    bool empty() const noexcept { return vec().empty(); }
    const T* data() const noexcept { return vec().data(); }
    const T& operator[](size_type i) const { return vec()[i]; }
    const T& front() const { return vec().front(); }
    const T& back() const { return vec().back(); }
    const_iterator begin() const noexcept { return vec().begin(); }
    const_iterator end() const noexcept { return vec().end(); }
    const_iterator cbegin() const noexcept { return vec().begin(); }
    const_iterator cend() const noexcept { return vec().end(); }
    // True when this vector and `other` hold the same values in the same memory (a copy neither has written).
    bool sharesValuesWith(const SharedVector& other) const noexcept { return values_ && values_ == other.values_; }
    bool operator==(const SharedVector& o) const { return values_ == o.values_ || vec() == o.vec(); }

    // Writing.
    std::vector<T>& own() {
        if (!values_)
            values_ = std::make_shared<std::vector<T>>();
        else if (values_.use_count() > 1)
            values_ = std::make_shared<std::vector<T>>(*values_);
        return *values_;
    }
    void push_back(const T& v) { own().push_back(v); }
    template <class... Args>
    T& emplace_back(Args&&... args) {
        return own().emplace_back(std::forward<Args>(args)...);
    }
    void resize(size_type n) { own().resize(n); }
    void resize(size_type n, const T& v) { own().resize(n, v); }
    void reserve(size_type n) { own().reserve(n); }
    void assign(size_type n, const T& v) { own().assign(n, v); }
    template <std::input_iterator It>
    void assign(It first, It last) {
        own().assign(first, last);
    }
    template <std::input_iterator It>
    void insert(const_iterator at, It first, It last) {
        const auto offset = at - cbegin();  // before own(): a copy moves the values
        auto& v = own();
        v.insert(v.begin() + offset, first, last);
    }
    void clear() noexcept { values_.reset(); }
    void shrink_to_fit() { own().shrink_to_fit(); }
    // The values as a plain vector: moved out when this object alone holds them, else copied. Leaves this empty.
    std::vector<T> release() {
        std::vector<T> out = values_ && values_.use_count() == 1 ? std::move(*values_) : vec();
        values_.reset();
        return out;
    }

private:
    static const std::vector<T>& none() noexcept {
        static const std::vector<T> empty;
        return empty;
    }
    std::shared_ptr<std::vector<T>> values_;  // null when empty
};

}  // namespace scdiff
