#include "io/anndata_wire.hpp"

#include <cstring>
#include <map>
#include <memory>
#include <type_traits>

#include "data/huge_pages.hpp"
#include "io/h5ad_hdf5.hpp"

namespace scdiff::io::wire {

namespace {

constexpr char kMagic[8] = {'S', 'C', 'D', 'W', 'I', 'R', 'E', '1'};

class Writer {
public:
    explicit Writer(Sink& out) : out_(out) {}

    void bytes(const void* p, std::size_t n) {
        if (n) out_.put(p, n);
    }
    template <class T>
    void pod(T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes(&v, sizeof v);
    }
    void text(const std::string& s) {
        pod<std::int64_t>(static_cast<std::int64_t>(s.size()));
        bytes(s.data(), s.size());
    }
    template <class T>
    void vec(const std::vector<T>& v) {
        pod<std::int64_t>(static_cast<std::int64_t>(v.size()));
        if constexpr (std::is_same_v<T, std::string>)
            for (const auto& s : v) text(s);
        else
            bytes(v.data(), v.size() * sizeof(T));
    }

    void array(const NDArray& a) {
        pod<std::uint8_t>(static_cast<std::uint8_t>(a.dtype()));
        vec(a.shape());
        pod<std::int64_t>(static_cast<std::int64_t>(a.byteSize()));  // 0 for a default-made (empty) array
        bytes(a.raw(), a.byteSize());
    }
    void strings(const StringArray& a) {
        vec(a.shape);
        vec(a.values);
    }
    void sparse(const SparseMatrix& m) {
        pod(m.rows);
        pod(m.cols);
        vec(m.indptr.vec());
        vec(m.indices.vec());
        array(m.values);
        pod<std::uint8_t>(m.storedAsCsc);
    }
    void categorical(const Categorical& c) {
        vec(c.codes);
        pod<std::uint8_t>(static_cast<std::uint8_t>(c.categories.index()));
        if (const auto* s = std::get_if<std::vector<std::string>>(&c.categories))
            vec(*s);
        else
            array(std::get<NDArray>(c.categories));
        pod<std::uint8_t>(c.ordered);
    }
    void nullable(const NullableArray& a) {
        pod<std::uint8_t>(static_cast<std::uint8_t>(a.kind));
        array(a.values);
        vec(a.strings);
        vec(a.mask);
        text(a.naValue);
    }
    void opaque(const OpaqueElement& o) {
        auto [it, added] = stores_.try_emplace(o.store.get(), static_cast<std::int64_t>(stores_.size()));
        if (added) order_.push_back(o.store.get());
        pod(it->second);
        text(o.path);
        text(o.encodingType);
        text(o.description);
    }
    void column(const ColumnData& c) {
        pod<std::uint8_t>(static_cast<std::uint8_t>(c.index()));
        std::visit([&](const auto& v) { any(v); }, c);
    }
    void frame(const DataFrame& f) {
        text(f.indexName);
        vec(f.index);
        pod<std::int64_t>(static_cast<std::int64_t>(f.columns.size()));
        for (const auto& c : f.columns) {
            text(c.name);
            column(c.data);
        }
    }
    void dict(const Dict& d) {
        pod<std::int64_t>(static_cast<std::int64_t>(d.size()));
        for (const auto& key : d.keys()) {
            text(key);
            element(*d.find(key));
        }
    }
    void element(const Element& e) {
        pod<std::uint8_t>(static_cast<std::uint8_t>(e.value.index()));
        std::visit([&](const auto& v) { any(v); }, e.value);
    }
    void matrix(const Matrix& m) {
        pod<std::uint8_t>(static_cast<std::uint8_t>(m.index()));
        std::visit([&](const auto& v) { any(v); }, m);
    }

    void any(const NDArray& v) { array(v); }
    void any(const StringArray& v) { strings(v); }
    void any(const SparseMatrix& v) { sparse(v); }
    void any(const Categorical& v) { categorical(v); }
    void any(const NullableArray& v) { nullable(v); }
    void any(const OpaqueElement& v) { opaque(v); }
    void any(const DataFrame& v) { frame(v); }
    void any(const Dict& v) { dict(v); }
    void any(const Null&) {}

    // The images of the opaque elements' in-memory HDF5 files, in the order they were first named.
    void stores() {
        pod<std::int64_t>(static_cast<std::int64_t>(order_.size()));
        for (const OpaqueStore* s : order_) {
            std::vector<char> image;
            if (s && s->file >= 0) {
                H5Fflush(s->file, H5F_SCOPE_GLOBAL);
                const ssize_t n = H5Fget_file_image(s->file, nullptr, 0);
                if (n < 0) throw Error("cannot take the image of the kept elements' store");
                image.resize(static_cast<std::size_t>(n));
                if (H5Fget_file_image(s->file, image.data(), image.size()) != n)
                    throw Error("cannot take the image of the kept elements' store");
            }
            vec(image);
        }
    }

private:
    Sink& out_;
    std::map<const OpaqueStore*, std::int64_t> stores_;
    std::vector<const OpaqueStore*> order_;
};

class Reader {
public:
    explicit Reader(Source& in) : in_(in) {}

    [[noreturn]] static void broken(const std::string& what) {
        throw Error("the dataset handed over by the file reader is incomplete (" + what + ")");
    }
    void bytes(void* p, std::size_t n) {
        if (n && !in_.get(p, n)) broken("it ends early");
    }
    template <class T>
    T pod() {
        T v;
        bytes(&v, sizeof v);
        return v;
    }
    // A length, checked against what the stream still holds (items of at least bytesEach bytes each) before
    // anything of that size is allocated: a damaged stream must not ask for terabytes.
    std::int64_t count(std::size_t bytesEach = 1) {
        const auto n = pod<std::int64_t>();
        if (n < 0) broken("a negative length");
        if (static_cast<std::uint64_t>(n) > in_.left() / bytesEach)
            broken("a length longer than the rest of the stream");
        return n;
    }
    std::string text() {
        std::string s(static_cast<std::size_t>(count()), '\0');
        bytes(s.data(), s.size());
        return s;
    }
    template <class T>
    std::vector<T> vec() {
        // A string takes at least its 8-byte length.
        auto v =
            detail::largeVector<T>(static_cast<std::size_t>(count(std::is_same_v<T, std::string> ? 8 : sizeof(T))));
        if constexpr (std::is_same_v<T, std::string>)
            for (auto& s : v) s = text();
        else
            bytes(v.data(), v.size() * sizeof(T));
        return v;
    }

    NDArray array() {
        const auto dtype = static_cast<DType>(pod<std::uint8_t>());
        if (dtype > DType::Float64) broken("an unknown dtype");
        auto shape = vec<std::int64_t>();
        const auto n = count();
        if (n == 0 && shape.empty()) return NDArray();  // never filled, as NullableArray's unused values
        std::uint64_t elements = 1;
        for (const auto d : shape)
            if (d < 0 || __builtin_mul_overflow(elements, static_cast<std::uint64_t>(d), &elements))
                broken("an array whose shape cannot be");
        if (elements > static_cast<std::uint64_t>(n) / dtypeSize(dtype) ||
            elements * dtypeSize(dtype) != static_cast<std::uint64_t>(n))
            broken("an array whose size does not match its shape");
        NDArray a(dtype, std::move(shape));
        bytes(a.raw(), a.byteSize());
        return a;
    }
    StringArray strings() {
        StringArray a;
        a.shape = vec<std::int64_t>();
        a.values = vec<std::string>();
        return a;
    }
    SparseMatrix sparse() {
        SparseMatrix m;
        m.rows = pod<std::int64_t>();
        m.cols = pod<std::int64_t>();
        m.indptr = vec<std::int64_t>();
        m.indices = vec<std::int32_t>();
        m.values = array();
        m.storedAsCsc = pod<std::uint8_t>() != 0;
        return m;
    }
    Categorical categorical() {
        Categorical c;
        c.codes = vec<std::int32_t>();
        if (pod<std::uint8_t>() == 0)
            c.categories = vec<std::string>();
        else
            c.categories = array();
        c.ordered = pod<std::uint8_t>() != 0;
        return c;
    }
    NullableArray nullable() {
        NullableArray a;
        a.kind = static_cast<NullableArray::Kind>(pod<std::uint8_t>());
        a.values = array();
        a.strings = vec<std::string>();
        a.mask = vec<std::uint8_t>();
        a.naValue = text();
        return a;
    }
    OpaqueElement opaque() {
        const auto id = count();
        if (id > static_cast<std::int64_t>(stores_.size())) broken("a store out of order");
        if (id == static_cast<std::int64_t>(stores_.size())) stores_.push_back(std::make_shared<OpaqueStore>());
        OpaqueElement o;
        o.store = stores_[static_cast<std::size_t>(id)];
        o.path = text();
        o.encodingType = text();
        o.description = text();
        return o;
    }
    ColumnData column() {
        switch (pod<std::uint8_t>()) {
            case 0:
                return array();
            case 1:
                return strings();
            case 2:
                return categorical();
            case 3:
                return nullable();
            case 4:
                return opaque();
        }
        broken("an unknown column kind");
    }
    DataFrame frame() {
        DataFrame f;
        f.indexName = text();
        f.index = vec<std::string>();
        const auto n = count();
        for (std::int64_t i = 0; i < n; ++i) {
            Column c;
            c.name = text();
            c.data = column();
            f.columns.push_back(std::move(c));
        }
        return f;
    }
    Dict dict() {
        Dict d;
        const auto n = count();
        for (std::int64_t i = 0; i < n; ++i) {
            auto key = text();
            d.set(std::move(key), element());
        }
        return d;
    }
    Element element() {
        switch (pod<std::uint8_t>()) {
            case 0:
                return dict();
            case 1:
                return array();
            case 2:
                return strings();
            case 3:
                return sparse();
            case 4:
                return frame();
            case 5:
                return categorical();
            case 6:
                return nullable();
            case 7:
                return Null{};
            case 8:
                return opaque();
        }
        broken("an unknown element kind");
    }
    Matrix matrix() {
        if (pod<std::uint8_t>() == 0) return array();
        return sparse();
    }

    void stores() {
        if (count() != static_cast<std::int64_t>(stores_.size())) broken("a different number of stores");
        for (auto& s : stores_) s->adopt(vec<char>());
    }

private:
    Source& in_;
    std::vector<std::shared_ptr<OpaqueStore>> stores_;
};

}  // namespace

void write(const AnnData& d, Sink& out) {
    static_assert(std::variant_size_v<ElementValue> == 9 && std::variant_size_v<ColumnData> == 5,
                  "a new element kind needs its case in wire::Reader");
    Writer w(out);
    w.bytes(kMagic, sizeof kMagic);
    w.pod<std::uint8_t>(d.X.has_value());
    if (d.X) w.matrix(*d.X);
    w.frame(d.obs);
    w.frame(d.var);
    for (const Dict* m : {&d.obsm, &d.varm, &d.obsp, &d.varp, &d.layers, &d.uns}) w.dict(*m);
    w.pod<std::uint8_t>(d.raw.has_value());
    if (d.raw) {
        w.matrix(d.raw->X);
        w.frame(d.raw->var);
        w.dict(d.raw->varm);
    }
    w.vec(std::vector<char>(d.expressionFile.begin(), d.expressionFile.end()));
    w.stores();
    w.bytes(kMagic, sizeof kMagic);  // the end: a cut stream is never taken for a whole one
}

AnnData read(Source& in) {
    Reader r(in);
    char magic[sizeof kMagic];
    r.bytes(magic, sizeof magic);
    if (std::memcmp(magic, kMagic, sizeof kMagic) != 0) Reader::broken("not a dataset stream");
    AnnData d;
    if (r.pod<std::uint8_t>()) d.X = r.matrix();
    d.obs = r.frame();
    d.var = r.frame();
    for (Dict* m : {&d.obsm, &d.varm, &d.obsp, &d.varp, &d.layers, &d.uns}) *m = r.dict();
    if (r.pod<std::uint8_t>()) {
        Raw raw;
        raw.X = r.matrix();
        raw.var = r.frame();
        raw.varm = r.dict();
        d.raw = std::move(raw);
    }
    const auto expressionFile = r.vec<char>();
    d.expressionFile.assign(expressionFile.begin(), expressionFile.end());
    r.stores();
    r.bytes(magic, sizeof magic);
    if (std::memcmp(magic, kMagic, sizeof kMagic) != 0) Reader::broken("no end mark");
    return d;
}

}  // namespace scdiff::io::wire
