#include "io/h5ad_hdf5.hpp"

#include <cstring>
#include <atomic>
#include <mutex>

namespace scdiff {

OpaqueStore::OpaqueStore() {
    h5io::silenceHdf5();
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fapl_core(fapl, 1 << 20, 0);  // in memory only, never written to disk
    static std::atomic<int> serial{0};
    const std::string name = "scdiff-opaque-" + std::to_string(++serial);
    file = H5Fcreate(name.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, fapl);
    H5Pclose(fapl);
}

OpaqueStore::~OpaqueStore() {
    if (file >= 0) H5Fclose(file);
}

void OpaqueStore::adopt(const std::vector<char>& image) {
    if (file >= 0) H5Fclose(file);
    file = -1;
    counter = 0;
    if (image.empty()) return;
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fapl_core(fapl, 1 << 20, 0);
    H5Pset_file_image(fapl, const_cast<char*>(image.data()), image.size());  // HDF5 copies it
    static std::atomic<int> serial{0};
    const std::string name = "scdiff-adopted-" + std::to_string(++serial);
    file = H5Fopen(name.c_str(), H5F_ACC_RDWR, fapl);
    H5Pclose(fapl);
    if (file < 0) throw Error("cannot open the handed-over store of kept elements");
    H5G_info_t info{};
    if (H5Gget_info(file, &info) >= 0) counter = static_cast<int>(info.nlinks);  // next free "/eN"
}

namespace h5io {

void Hid::reset() {
    if (id_ < 0) return;
    switch (H5Iget_type(id_)) {
        case H5I_FILE:
            H5Fclose(id_);
            break;
        case H5I_GROUP:
            H5Gclose(id_);
            break;
        case H5I_DATASET:
            H5Dclose(id_);
            break;
        case H5I_ATTR:
            H5Aclose(id_);
            break;
        case H5I_DATATYPE:
            H5Tclose(id_);
            break;
        case H5I_DATASPACE:
            H5Sclose(id_);
            break;
        case H5I_GENPROP_LST:
            H5Pclose(id_);
            break;
        default:
            break;
    }
    id_ = -1;
}

void silenceHdf5() {
    static std::once_flag once;
    std::call_once(once, [] { H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); });
}

Hid utf8Type() {
    Hid t(H5Tcopy(H5T_C_S1));
    H5Tset_size(t, H5T_VARIABLE);
    H5Tset_cset(t, H5T_CSET_UTF8);
    H5Tset_strpad(t, H5T_STR_NULLTERM);
    return t;
}

Hid boolType() {
    Hid t(H5Tenum_create(H5T_NATIVE_INT8));
    std::int8_t v = 0;
    H5Tenum_insert(t, "FALSE", &v);
    v = 1;
    H5Tenum_insert(t, "TRUE", &v);
    return t;
}

bool isBoolEnum(hid_t type) {
    if (H5Tget_class(type) != H5T_ENUM || H5Tget_size(type) != 1 || H5Tget_nmembers(type) != 2) return false;
    bool ok = true;
    for (unsigned i = 0; i < 2; ++i) {
        char* name = H5Tget_member_name(type, i);
        std::int8_t v = -1;
        H5Tget_member_value(type, i, &v);
        if (!name) return false;
        const std::string n(name);
        H5free_memory(name);
        if (!((n == "FALSE" && v == 0) || (n == "TRUE" && v == 1))) ok = false;
    }
    return ok;
}

Hid memType(DType t) {
    switch (t) {
        case DType::Bool:
            return boolType();
        case DType::Int8:
            return Hid(H5Tcopy(H5T_NATIVE_INT8));
        case DType::Int16:
            return Hid(H5Tcopy(H5T_NATIVE_INT16));
        case DType::Int32:
            return Hid(H5Tcopy(H5T_NATIVE_INT32));
        case DType::Int64:
            return Hid(H5Tcopy(H5T_NATIVE_INT64));
        case DType::UInt8:
            return Hid(H5Tcopy(H5T_NATIVE_UINT8));
        case DType::UInt16:
            return Hid(H5Tcopy(H5T_NATIVE_UINT16));
        case DType::UInt32:
            return Hid(H5Tcopy(H5T_NATIVE_UINT32));
        case DType::UInt64:
            return Hid(H5Tcopy(H5T_NATIVE_UINT64));
        case DType::Float32:
            return Hid(H5Tcopy(H5T_NATIVE_FLOAT));
        case DType::Float64:
            return Hid(H5Tcopy(H5T_NATIVE_DOUBLE));
    }
    return Hid(H5Tcopy(H5T_NATIVE_DOUBLE));
}

std::optional<DType> dtypeOf(hid_t type) {
    const H5T_class_t cls = H5Tget_class(type);
    const size_t size = H5Tget_size(type);
    if (cls == H5T_ENUM) {
        if (isBoolEnum(type)) return DType::Bool;
        Hid super(H5Tget_super(type));
        return super.valid() ? dtypeOf(super) : std::nullopt;  // read other enums as their integers
    }
    if (cls == H5T_INTEGER) {
        const bool sign = H5Tget_sign(type) == H5T_SGN_2;
        switch (size) {
            case 1:
                return sign ? DType::Int8 : DType::UInt8;
            case 2:
                return sign ? DType::Int16 : DType::UInt16;
            case 4:
                return sign ? DType::Int32 : DType::UInt32;
            case 8:
                return sign ? DType::Int64 : DType::UInt64;
            default:
                return std::nullopt;
        }
    }
    if (cls == H5T_FLOAT) {
        if (size == 4) return DType::Float32;
        if (size == 8) return DType::Float64;
        if (size == 2) return DType::Float32;  // float16 widened by HDF5's conversion
    }
    return std::nullopt;
}

bool hasAttr(hid_t obj, const char* name) { return H5Aexists(obj, name) > 0; }

std::optional<std::vector<std::string>> readStrings(hid_t obj, hid_t ftype, std::int64_t n, const char* compoundField) {
    std::vector<std::string> out;
    if (n <= 0) return out;
    const bool attribute = H5Iget_type(obj) == H5I_ATTR;
    // The memory type: the string type itself, or a compound holding only that member at offset 0.
    auto memoryType = [&](hid_t stringType) {
        if (!compoundField) return Hid(H5Tcopy(stringType));
        Hid comp(H5Tcreate(H5T_COMPOUND, H5Tget_size(stringType)));
        H5Tinsert(comp, compoundField, 0, stringType);
        return comp;
    };
    auto read = [&](hid_t memType, void* buf) {
        return attribute ? H5Aread(obj, memType, buf) : H5Dread(obj, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf);
    };
    if (H5Tis_variable_str(ftype) > 0) {
        Hid str(H5Tcopy(H5T_C_S1));
        H5Tset_size(str, H5T_VARIABLE);
        H5Tset_cset(str, H5Tget_cset(ftype));
        Hid mt = memoryType(str);
        std::vector<char*> buf(static_cast<size_t>(n), nullptr);
        if (read(mt, buf.data()) < 0) return std::nullopt;
        out.reserve(buf.size());
        for (auto* p : buf) out.emplace_back(p ? p : "");
        Hid space(attribute ? H5Aget_space(obj) : H5Dget_space(obj));
        H5Dvlen_reclaim(mt, space, H5P_DEFAULT, buf.data());
    } else {
        const size_t sz = H5Tget_size(ftype);
        // The buffer is n x the type's size, both from the file: refused when it cannot be (an attribute lives in
        // its object's header, a few kB; a dataset's size the caller checked against the file).
        size_t bytes = 0;
        if (sz == 0 || __builtin_mul_overflow(sz, static_cast<size_t>(n), &bytes) ||
            (attribute && bytes > (size_t{64} << 20)))
            return std::nullopt;
        Hid str(H5Tcopy(ftype));
        Hid mt = memoryType(str);
        std::vector<char> buf(bytes + 1, 0);
        if (read(mt, buf.data()) < 0) return std::nullopt;
        const bool spacePadded = H5Tget_strpad(ftype) == H5T_STR_SPACEPAD;
        out.reserve(static_cast<size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) {
            const char* p = buf.data() + static_cast<size_t>(i) * sz;
            size_t len = strnlen(p, sz);
            while (spacePadded && len > 0 && p[len - 1] == ' ') --len;
            out.emplace_back(p, len);
        }
    }
    return out;
}

namespace {
// An attribute's strings; attributes are small, so a count beyond 2^24 means a damaged header.
std::vector<std::string> attributeStrings(hid_t attr, hid_t ftype) {
    Hid s(H5Aget_space(attr));
    const hssize_t n = H5Sget_simple_extent_npoints(s);
    if (n <= 0 || n > (1 << 24)) return {};
    return readStrings(attr, ftype, n).value_or(std::vector<std::string>{});
}
}  // namespace

std::optional<std::string> stringAttr(hid_t obj, const char* name) {
    if (!hasAttr(obj, name)) return std::nullopt;
    Hid a(H5Aopen(obj, name, H5P_DEFAULT));
    if (!a.valid()) return std::nullopt;
    Hid t(H5Aget_type(a));
    if (H5Tget_class(t) != H5T_STRING) return std::nullopt;
    auto v = attributeStrings(a, t);
    if (v.size() != 1) return std::nullopt;
    return v[0];
}

std::vector<std::string> stringArrayAttr(hid_t obj, const char* name) {
    if (!hasAttr(obj, name)) return {};
    Hid a(H5Aopen(obj, name, H5P_DEFAULT));
    if (!a.valid()) return {};
    Hid t(H5Aget_type(a));
    if (H5Tget_class(t) != H5T_STRING) return {};
    return attributeStrings(a, t);
}

void writeStringAttr(hid_t obj, const char* name, const std::string& value) {
    if (hasAttr(obj, name)) H5Adelete(obj, name);
    Hid t = utf8Type();
    Hid s(H5Screate(H5S_SCALAR));
    Hid a(H5Acreate2(obj, name, t, s, H5P_DEFAULT, H5P_DEFAULT));
    const char* p = value.c_str();
    if (!a.valid() || H5Awrite(a, t, &p) < 0) throw std::runtime_error(std::string("cannot write attribute ") + name);
}

void writeStringArrayAttr(hid_t obj, const char* name, const std::vector<std::string>& values) {
    if (hasAttr(obj, name)) H5Adelete(obj, name);
    hsize_t n = values.size();
    Hid s(H5Screate_simple(1, &n, nullptr));
    Hid a;
    if (values.empty()) {
        // anndata writes an empty column-order as float64 of length 0.
        a = Hid(H5Acreate2(obj, name, H5T_IEEE_F64LE, s, H5P_DEFAULT, H5P_DEFAULT));
        if (!a.valid()) throw std::runtime_error(std::string("cannot write attribute ") + name);
        return;
    }
    Hid t = utf8Type();
    a = Hid(H5Acreate2(obj, name, t, s, H5P_DEFAULT, H5P_DEFAULT));
    std::vector<const char*> ptrs;
    ptrs.reserve(values.size());
    for (const auto& v : values) ptrs.push_back(v.c_str());
    if (!a.valid() || H5Awrite(a, t, ptrs.data()) < 0)
        throw std::runtime_error(std::string("cannot write attribute ") + name);
}

void writeEncoding(hid_t obj, const char* type, const char* version) {
    writeStringAttr(obj, "encoding-type", type);
    writeStringAttr(obj, "encoding-version", version);
}

hid_t lcpl() {
    static hid_t p = [] {
        hid_t l = H5Pcreate(H5P_LINK_CREATE);
        H5Pset_char_encoding(l, H5T_CSET_UTF8);
        return l;
    }();
    return p;
}

}  // namespace h5io
}  // namespace scdiff
