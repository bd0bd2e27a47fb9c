// loom files as loompy 3 writes them: /matrix (genes x cells), /layers/<name> (the same shape),
// /row_attrs/<name> (per gene, 1-D or 2-D), /col_attrs/<name> (per cell), /row_graphs, /col_graphs, /attrs.
// Strings are variable-length UTF-8 holding ASCII, other characters as XML character references, which loompy
// unescapes on reading (html.unescape); this reader does the same, and the writer escapes the same way, so text
// round-trips.
#include <algorithm>
#include <cctype>

#include "io/h5ad_source.hpp"
#include "io/hdf5_output.hpp"
#include "io/unique_names.hpp"
#include "scdiff/error.hpp"
#include "scdiff/import.hpp"

namespace scdiff::io {

namespace fs = std::filesystem;
using h5ad::detail::Hid;
using h5ad::detail::Source;

namespace {

// html.unescape for what loompy writes: &amp; &lt; &gt; &quot; &#39; &#x27; &#NNN; &#xHH;.
std::string unescape(const std::string& s) {
    if (s.find('&') == std::string::npos) return s;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto end = s[i] == '&' ? s.find(';', i) : std::string::npos;
        if (end == std::string::npos || end - i > 10) {
            out.push_back(s[i]);
            continue;
        }
        const std::string entity = s.substr(i + 1, end - i - 1);
        unsigned long code = 0;
        bool known = true;
        if (entity == "amp")
            code = '&';
        else if (entity == "lt")
            code = '<';
        else if (entity == "gt")
            code = '>';
        else if (entity == "quot")
            code = '"';
        else if (entity == "apos")
            code = '\'';
        else if (entity.size() > 1 && entity[0] == '#') {
            try {
                code = entity[1] == 'x' || entity[1] == 'X' ? std::stoul(entity.substr(2), nullptr, 16)
                                                            : std::stoul(entity.substr(1));
            } catch (const std::exception&) {
                known = false;
            }
        } else {
            known = false;
        }
        if (!known || code == 0 || code > 0x10FFFF) {
            out.push_back(s[i]);
            continue;
        }
        // UTF-8 of the code point.
        if (code < 0x80) {
            out.push_back(static_cast<char>(code));
        } else if (code < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (code >> 6)));
            out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (code >> 12)));
            out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (code >> 18)));
            out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        }
        i = end;
    }
    return out;
}

// loompy's normalisation for writing: html.escape, then non-ASCII as &#N; (xmlcharrefreplace).
std::string escape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
                case '&':
                    out += "&amp;";
                    break;
                case '<':
                    out += "&lt;";
                    break;
                case '>':
                    out += "&gt;";
                    break;
                case '"':
                    out += "&quot;";
                    break;
                case '\'':
                    out += "&#x27;";
                    break;
                default:
                    out.push_back(static_cast<char>(c));
            }
            ++i;
            continue;
        }
        const int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        unsigned long code = n == 1 ? c : c & (0xFF >> (n + 1));
        for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k)
            code = (code << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out += "&#" + std::to_string(code) + ";";
        i += static_cast<std::size_t>(n);
    }
    return out;
}

// genes x cells values (row-major) -> cells x genes CSR float32.
SparseMatrix transposedCsr(const NDArray& m) {
    const auto genes = m.shape()[0], cells = m.shape()[1];
    const auto v = m.data<float>();
    SparseMatrix x;
    x.rows = cells;
    x.cols = genes;
    std::vector<std::int64_t> count(static_cast<std::size_t>(cells) + 1, 0);
    for (std::int64_t g = 0; g < genes; ++g)
        for (std::int64_t c = 0; c < cells; ++c)
            if (v[static_cast<std::size_t>(g * cells + c)] != 0.0f) ++count[static_cast<std::size_t>(c) + 1];
    for (std::size_t c = 0; c < static_cast<std::size_t>(cells); ++c) count[c + 1] += count[c];
    x.indptr = count;
    auto& indices = x.indices.own();
    indices.resize(static_cast<std::size_t>(count.back()));
    std::vector<float> values(static_cast<std::size_t>(count.back()));
    auto next = count;
    for (std::int64_t g = 0; g < genes; ++g)  // genes ascending: each row's indices come out sorted
        for (std::int64_t c = 0; c < cells; ++c)
            if (const float value = v[static_cast<std::size_t>(g * cells + c)]; value != 0.0f) {
                const auto k = static_cast<std::size_t>(next[static_cast<std::size_t>(c)]++);
                indices[k] = static_cast<std::int32_t>(g);
                values[k] = value;
            }
    x.values = NDArray::fromVector(values);
    return x;
}

// A whole attribute group: 1-D entries become columns of `frame`, 2-D ones entries of `multi`; `n` rows.
void readAttributes(const Source& src, hid_t file, const std::string& groupName, std::int64_t n, DataFrame& frame,
                    Dict& multi, std::initializer_list<const char*> indexNames) {
    if (!src.exists(file, groupName)) return;
    const std::string base = "/" + groupName;
    Hid g = src.openGroup(file, groupName, base);
    for (const auto& name : src.members(g, base)) {
        const std::string path = base + "/" + name;
        if (src.objectType(g, name) != H5O_TYPE_DATASET) continue;
        Hid d = src.openDataset(g, name, path);
        const auto shape = src.extent(d, path);
        if (shape.empty() || shape[0] != n)
            src.fail(path, "has " +
                               (shape.empty() ? std::string("a single value") : std::to_string(shape[0]) + " rows") +
                               "; the matrix has " + std::to_string(n));
        Hid type(H5Dget_type(d));
        if (H5Tget_class(type) == H5T_STRING) {
            auto values = src.readStringArray(g, name, path);
            for (auto& v : values.values) v = unescape(v);
            if (shape.size() != 1) src.fail(path, "expected one string per row");
            if (std::find_if(indexNames.begin(), indexNames.end(), [&](const char* k) { return name == k; }) !=
                    indexNames.end() &&
                frame.index.empty())
                frame.index = values.values;
            else
                frame.set(name, std::move(values));
        } else if (shape.size() == 1) {
            frame.set(name, src.readNumeric(g, name, path));
        } else {
            multi.set(name, src.readNumeric(g, name, path));
        }
    }
}

}  // namespace

AnnData readLoom(const fs::path& file, Progress& progress) {
    Source src(file, progress);
    Hid f = src.open();
    if (!src.exists(f, "matrix") || src.objectType(f, "matrix") != H5O_TYPE_DATASET)
        src.fail("/matrix", "expected loom's genes x cells matrix here");
    progress.stage("reading the loom matrix");
    const NDArray m = src.readNumeric(f, "matrix", "/matrix", DType::Float32);
    if (m.rank() != 2) src.fail("/matrix", "expected a 2-D genes x cells matrix");
    const auto genes = m.shape()[0], cells = m.shape()[1];
    AnnData a;
    a.X = transposedCsr(m);
    readAttributes(src, f, "col_attrs", cells, a.obs, a.obsm, {"CellID", "obs_names", "cell_names"});
    readAttributes(src, f, "row_attrs", genes, a.var, a.varm, {"Gene", "var_names", "gene_names"});
    if (a.obs.index.empty())
        for (std::int64_t c = 0; c < cells; ++c) a.obs.index.push_back(std::to_string(c));
    if (a.var.index.empty())
        for (std::int64_t g = 0; g < genes; ++g) a.var.index.push_back(std::to_string(g));
    detail::makeUnique(a.var.index);
    if (src.exists(f, "layers")) {
        Hid g = src.openGroup(f, "layers", "/layers");
        for (const auto& name : src.members(g, "/layers")) {
            const std::string path = "/layers/" + name;
            const NDArray layer = src.readNumeric(g, name, path, DType::Float32);
            if (layer.shape() != m.shape()) src.fail(path, "must have the matrix's shape (genes x cells)");
            a.layers.set(name, transposedCsr(layer));
        }
    }
    return a;
}

namespace {

class LoomWriter {
public:
    LoomWriter(hid_t file, hid_t groupCpl) : file_(file), gcpl_(groupCpl) {}

    Hid group(hid_t loc, const std::string& name, const std::string& path) const {
        Hid g(H5Gcreate2(loc, name.c_str(), h5io::lcpl(), gcpl_, H5P_DEFAULT));
        if (!g.valid()) throw detail::WriteFailure{path, "cannot create this group"};
        return g;
    }

    // A cells x genes matrix as loom's genes x cells float32, chunked 64 x 64 and gzip'ed as loompy does.
    // Written 64 cells (one column of chunks) at a time, so the dense form never exists whole: a million
    // cells by 20,000 genes would be 80 GB.
    void matrix(hid_t loc, const std::string& name, const std::string& path, const Matrix& x) const {
        const SparseMatrix csr = toCsrFloat32(x);
        const hsize_t genes = static_cast<hsize_t>(csr.cols), cells = static_cast<hsize_t>(csr.rows);
        const hsize_t dims[2] = {genes, cells};
        Hid space(H5Screate_simple(2, dims, nullptr));
        Hid dcpl(H5Pcreate(H5P_DATASET_CREATE));
        constexpr hsize_t kBlock = 64;
        if (genes > 0 && cells > 0) {
            const hsize_t chunk[2] = {std::min(kBlock, genes), std::min(kBlock, cells)};
            H5Pset_chunk(dcpl, 2, chunk);
            H5Pset_deflate(dcpl, 2);
        }
        Hid d(H5Dcreate2(loc, name.c_str(), H5T_IEEE_F32LE, space, h5io::lcpl(), dcpl, H5P_DEFAULT));
        if (!d.valid()) throw detail::WriteFailure{path, "cannot create the matrix"};
        const auto v = csr.values.data<float>();
        std::vector<float> block;
        for (hsize_t c0 = 0; c0 < cells; c0 += kBlock) {
            const hsize_t width = std::min(kBlock, cells - c0);
            block.assign(static_cast<std::size_t>(genes * width), 0.0f);
            for (hsize_t c = c0; c < c0 + width; ++c)
                for (auto k = csr.indptr[c]; k < csr.indptr[c + 1]; ++k)
                    block[static_cast<std::size_t>(csr.indices[static_cast<std::size_t>(k)]) * width + (c - c0)] =
                        v[static_cast<std::size_t>(k)];
            const hsize_t start[2] = {0, c0}, count[2] = {genes, width};
            Hid memory(H5Screate_simple(2, count, nullptr));
            Hid file(H5Dget_space(d));
            H5Sselect_hyperslab(file, H5S_SELECT_SET, start, nullptr, count, nullptr);
            if (H5Dwrite(d, H5T_NATIVE_FLOAT, memory, file, H5P_DEFAULT, block.data()) < 0)
                throw detail::WriteFailure{path, "cannot write the matrix (disk full?)"};
        }
    }

    // Variable-length UTF-8 strings holding ASCII, other characters escaped, as loompy 3 writes them.
    void strings(hid_t loc, const std::string& name, const std::string& path,
                 const std::vector<std::string>& values) const {
        std::vector<std::string> escaped;
        for (const auto& v : values) escaped.push_back(escape(v));
        std::vector<const char*> pointers;
        for (const auto& e : escaped) pointers.push_back(e.c_str());
        Hid type = h5io::utf8Type();
        const hsize_t n = escaped.size();
        Hid space(H5Screate_simple(1, &n, nullptr));
        Hid d(H5Dcreate2(loc, name.c_str(), type, space, h5io::lcpl(), H5P_DEFAULT, H5P_DEFAULT));
        if (!d.valid() || (n > 0 && H5Dwrite(d, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()) < 0))
            throw detail::WriteFailure{path, "cannot write the strings"};
    }

    void numbers(hid_t loc, const std::string& name, const std::string& path, const NDArray& a) const {
        // Booleans as uint8 (loom has no boolean type); everything else in its own type.
        const NDArray values = a.dtype() == DType::Bool ? a.astype(DType::UInt8) : a;
        std::vector<hsize_t> dims(values.shape().begin(), values.shape().end());
        Hid space(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr));
        Hid mt = h5io::memType(values.dtype());
        Hid d(H5Dcreate2(loc, name.c_str(), mt, space, h5io::lcpl(), H5P_DEFAULT, H5P_DEFAULT));
        if (!d.valid() || (values.size() > 0 && H5Dwrite(d, mt, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.raw()) < 0))
            throw detail::WriteFailure{path, "cannot write the values"};
    }

    // obs or var with its multi-dimensional entries (obsm/varm) as one attribute group.
    void attributes(const std::string& groupName, const char* indexName, const DataFrame& frame,
                    const Dict& multi) const {
        const std::string base = "/" + groupName;
        Hid g = group(file_, groupName, base);
        strings(g, indexName, base + "/" + indexName, frame.index);
        for (const auto& c : frame.columns) {
            const std::string path = base + "/" + c.name;
            if (c.name == indexName) continue;
            if (const auto* cat = std::get_if<Categorical>(&c.data)) {
                std::vector<std::string> labels;
                for (std::int64_t i = 0; i < frame.rows(); ++i) labels.push_back(cat->label(i).value_or(""));
                strings(g, c.name, path, labels);
            } else if (const auto* s = std::get_if<StringArray>(&c.data)) {
                strings(g, c.name, path, s->values);
            } else if (const auto* n = std::get_if<NDArray>(&c.data); n && n->rank() == 1) {
                numbers(g, c.name, path, *n);
            }  // other column kinds (nullable, unknown elements) have no loom form and are left out
        }
        for (std::size_t i = 0; i < multi.size(); ++i)
            if (const auto* n = multi.values()[i].getIf<NDArray>(); n && n->rank() == 2)
                numbers(g, multi.keys()[i], base + "/" + multi.keys()[i], *n);
    }

    void run(const AnnData& a) const {
        if (!a.X) throw detail::WriteFailure{"/matrix", "the dataset has no X to write"};
        matrix(file_, "matrix", "/matrix", *a.X);
        Hid layers = group(file_, "layers", "/layers");
        for (std::size_t i = 0; i < a.layers.size(); ++i)
            if (const auto* m = a.layers.values()[i].getIf<NDArray>(); m && m->rank() == 2)
                matrix(layers, a.layers.keys()[i], "/layers/" + a.layers.keys()[i], Matrix(*m));
            else if (const auto* s = a.layers.values()[i].getIf<SparseMatrix>())
                matrix(layers, a.layers.keys()[i], "/layers/" + a.layers.keys()[i], Matrix(*s));
        attributes("row_attrs", "Gene", a.var, a.varm);
        attributes("col_attrs", "CellID", a.obs, a.obsm);
        group(file_, "row_graphs", "/row_graphs");
        group(file_, "col_graphs", "/col_graphs");
        Hid attrs = group(file_, "attrs", "/attrs");
        {  // a scalar string, as loompy writes its global attributes
            Hid type(H5Tcopy(H5T_C_S1));
            H5Tset_size(type, 5);
            Hid space(H5Screate(H5S_SCALAR));
            Hid d(H5Dcreate2(attrs, "LOOM_SPEC_VERSION", type, space, h5io::lcpl(), H5P_DEFAULT, H5P_DEFAULT));
            if (!d.valid() || H5Dwrite(d, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, "3.0.0") < 0)
                throw detail::WriteFailure{"/attrs/LOOM_SPEC_VERSION", "cannot write the loom version"};
        }
        h5io::writeStringAttr(file_, "LOOM_SPEC_VERSION", "3.0.0");
    }

private:
    hid_t file_, gcpl_;
};

}  // namespace

void writeLoom(const AnnData& data, const fs::path& file, const h5ad::WriteOptions& options) {
    detail::writeHdf5Atomically(file, options, [&](hid_t f, hid_t gcpl) { LoomWriter(f, gcpl).run(data); });
}

void writeAny(const AnnData& data, const fs::path& file, const h5ad::WriteOptions& options, Progress& progress) {
    std::string ext = file.extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".loom" && !data.expressionFile.empty())
        throw InvalidInput("the dataset is opened backed (its X stays in " + data.expressionFile +
                           "), so it can be written as .h5ad only, with X copied from that file");
    if (ext == ".loom")
        writeLoom(data, file, options);
    else
        h5ad::write(data, file, options, progress);
}

}  // namespace scdiff::io
