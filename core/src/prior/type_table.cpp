// Reading, checking and writing cell-type vector tables (scdiff/prior/type_table.hpp).
#include "scdiff/prior/type_table.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_map>

#include "scdiff/atomic_file.hpp"
#include "scdiff/error.hpp"
#include "scdiff/read_safely.hpp"
#include "text_lines.hpp"

namespace scdiff::prior {

namespace fs = std::filesystem;

namespace {

bool parseFloat(std::string_view s, float& out) {
    s = trimmed(s);
    if (s.empty()) return false;
    // from_chars does not take a leading '+'; numpy and R may write one.
    if (s.front() == '+') s.remove_prefix(1);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc() && end == s.data() + s.size()) return true;
    // "nan"/"inf" in any case parse too, so check() can say which row holds one.
    std::string lower(s);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "nan")
        out = std::numeric_limits<float>::quiet_NaN();
    else if (lower == "inf" || lower == "infinity")
        out = std::numeric_limits<float>::infinity();
    else if (lower == "-inf" || lower == "-infinity")
        out = -std::numeric_limits<float>::infinity();
    else
        return false;
    return true;
}

TypeTable readTsv(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file.string(), "", "cannot open the file");
    TypeTable t;
    std::string line;
    std::int64_t lineNo = 0;
    bool first = true;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trimmed(line).empty() || line.front() == '#') continue;
        const auto fields = splitTabs(line);
        const std::string where = "line " + std::to_string(lineNo);
        if (fields.size() < 2)
            throw FileError(file.string(), where,
                            "expected a cell type name and its values separated by tabs, found one field");
        std::vector<float> row(fields.size() - 1);
        bool numeric = true;
        std::size_t bad = 0;
        for (std::size_t j = 1; j < fields.size() && numeric; ++j)
            if (!parseFloat(fields[j], row[j - 1])) numeric = false, bad = j;
        if (!numeric) {
            if (first) {  // a header
                first = false;
                continue;
            }
            throw FileError(
                file.string(), where,
                "field " + std::to_string(bad + 1) + " ('" + std::string(fields[bad]) + "') is not a number");
        }
        first = false;
        const auto width = static_cast<std::int64_t>(row.size());
        if (t.width == 0) t.width = width;
        if (width != t.width)
            throw FileError(
                file.string(), where,
                "expected " + std::to_string(t.width) + " values like the rows above, found " + std::to_string(width));
        t.names.emplace_back(trimmed(fields[0]));
        t.values.insert(t.values.end(), row.begin(), row.end());
    }
    if (t.names.empty())
        throw FileError(file.string(), "", "the table has no rows (expected name<TAB>v1<TAB>…<TAB>vk)");
    return t;
}

// numpy's .npy format, versions 1-3: magic, version, header length, a Python dict literal, the data.
TypeTable readNpy(const fs::path& file, fs::path namesFile) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file.string(), "", "cannot open the file");
    char magic[8] = {};
    in.read(magic, 8);
    if (!in || std::memcmp(magic, "\x93NUMPY", 6) != 0)
        throw FileError(file.string(), "", "not a .npy file (it does not start with numpy's magic bytes)");
    const int major = static_cast<unsigned char>(magic[6]);
    std::uint32_t headerLength = 0;
    if (major == 1) {
        unsigned char b[2];
        in.read(reinterpret_cast<char*>(b), 2);
        headerLength = b[0] | (b[1] << 8);
    } else {
        unsigned char b[4];
        in.read(reinterpret_cast<char*>(b), 4);
        headerLength = b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<std::uint32_t>(b[3]) << 24);
    }
    std::string header(headerLength, '\0');
    in.read(header.data(), headerLength);
    if (!in) throw FileError(file.string(), "header", "the file ends inside the .npy header");
    auto valueOf = [&](const std::string& key) {
        const auto k = header.find("'" + key + "'");
        if (k == std::string::npos) throw FileError(file.string(), "header", "the header has no '" + key + "'");
        auto v = header.find(':', k) + 1;
        while (v < header.size() && header[v] == ' ') ++v;
        return v;
    };
    const auto d = valueOf("descr");
    const std::string descr = header.substr(d + 1, header.find('\'', d + 1) - d - 1);
    if (descr != "<f4" && descr != "<f8")
        throw FileError(file.string(), "header",
                        "the array holds '" + descr + "'; expected little-endian float32 or float64 ('<f4', '<f8')");
    if (header.compare(valueOf("fortran_order"), 5, "False") != 0)
        throw FileError(file.string(), "header", "the array is in Fortran order; save it with numpy.save in C order");
    const auto s = valueOf("shape");
    std::vector<std::int64_t> shape;
    std::istringstream dims(header.substr(s + 1, header.find(')', s) - s - 1));
    for (std::string part; std::getline(dims, part, ',');)
        if (!trimmed(part).empty()) shape.push_back(std::stoll(std::string(trimmed(part))));
    if (shape.size() != 2)
        throw FileError(
            file.string(), "header",
            "expected a 2-D array (cell types x dimensions), found " + std::to_string(shape.size()) + " dimension(s)");
    TypeTable t;
    t.width = shape[1];
    const std::size_t count = static_cast<std::size_t>(shape[0] * shape[1]);
    t.values.resize(count);
    if (descr == "<f4") {
        in.read(reinterpret_cast<char*>(t.values.data()), static_cast<std::streamsize>(4 * count));
    } else {
        std::vector<double> wide(count);
        in.read(reinterpret_cast<char*>(wide.data()), static_cast<std::streamsize>(8 * count));
        for (std::size_t i = 0; i < count; ++i) t.values[i] = static_cast<float>(wide[i]);
    }
    if (!in)
        throw FileError(file.string(), "data",
                        "the file ends before the " + std::to_string(shape[0]) + " x " + std::to_string(shape[1]) +
                            " values its header announces");

    if (namesFile.empty()) {
        for (const char* ext : {".names.txt", ".txt"}) {
            fs::path candidate = file;
            candidate.replace_extension(ext);
            if (fs::exists(candidate)) {
                namesFile = candidate;
                break;
            }
        }
        if (namesFile.empty()) {
            fs::path expected = file;
            expected.replace_extension(".names.txt");
            throw FileError(file.string(), "",
                            "a .npy table needs its cell type names, one per line: none given and no " +
                                expected.filename().string() + " next to it");
        }
    }
    std::ifstream names(namesFile, std::ios::binary);
    if (!names) throw FileError(namesFile.string(), "", "cannot open the names file");
    for (std::string line; std::getline(names, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!trimmed(line).empty()) t.names.emplace_back(trimmed(line));
    }
    if (t.rows() != shape[0])
        throw FileError(namesFile.string(), "",
                        "holds " + std::to_string(t.rows()) + " names for the " + std::to_string(shape[0]) +
                            " rows of " + file.filename().string());
    return t;
}

TypeTable readH5ad(const fs::path& file) {
    const AnnData data = io::readSafely(file);
    if (!data.X) throw FileError(file.string(), "/X", "the file has no X (expected one row of values per cell type)");
    TypeTable t;
    t.names = data.obs.index;
    t.width = data.nVars();
    t.values.assign(static_cast<std::size_t>(t.rows() * t.width), 0.0f);
    if (const auto* dense = std::get_if<NDArray>(&*data.X)) {
        t.values = dense->toFloat32();
    } else {
        const auto& s = std::get<SparseMatrix>(*data.X);
        const auto v = s.values.toFloat32();
        for (std::int64_t r = 0; r < s.rows; ++r)
            for (auto k = s.indptr[r]; k < s.indptr[r + 1]; ++k)
                t.values[static_cast<std::size_t>(r * t.width + s.indices[k])] = v[static_cast<std::size_t>(k)];
    }
    return t;
}

}  // namespace

TypeTable readTypeTable(const fs::path& file, const fs::path& namesFile) {
    if (!fs::exists(file)) throw FileError(file.string(), "", "no such file");
    const std::string ext = lowerExtension(file);
    TypeTable t;
    if (ext == ".tsv" || ext == ".txt")
        t = readTsv(file);
    else if (ext == ".npy")
        t = readNpy(file, namesFile);
    else if (ext == ".h5ad")
        t = readH5ad(file);
    else
        throw FileError(file.string(), "",
                        "unknown table format '" + ext + "' (expected .tsv, .txt, .npy with a names file, or .h5ad)");
    t.provenance = "table file " + file.filename().string();
    check(t, file.string());
    return t;
}

void check(const TypeTable& t, const std::string& source) {
    if (t.rows() == 0 || t.width <= 0)
        throw FileError(source, "", "the table is empty (expected at least one row and one value per row)");
    if (static_cast<std::int64_t>(t.values.size()) != t.rows() * t.width)
        throw FileError(source, "",
                        "holds " + std::to_string(t.values.size()) + " values for " + std::to_string(t.rows()) +
                            " rows of width " + std::to_string(t.width));
    std::unordered_map<std::string, std::int64_t> seen;
    for (std::int64_t i = 0; i < t.rows(); ++i) {
        const std::string& name = t.names[static_cast<std::size_t>(i)];
        if (name.empty()) throw FileError(source, "row " + std::to_string(i + 1), "the cell type name is empty");
        if (auto [it, fresh] = seen.emplace(name, i); !fresh)
            throw FileError(source, "row " + std::to_string(i + 1),
                            "the cell type '" + name + "' appears twice (rows " + std::to_string(it->second + 1) +
                                " and " + std::to_string(i + 1) + "); each type needs exactly one row");
        for (float v : t.row(i))
            if (!std::isfinite(v))
                throw FileError(source, "row " + std::to_string(i + 1),
                                "the vector of '" + name + "' holds a NaN or infinite value");
    }
}

void writeTypeTable(const TypeTable& t, const fs::path& file) {
    check(t, file.string());
    io::writeAtomically(file, [&](std::ostream& out) {
        out << "name";
        for (std::int64_t j = 0; j < t.width; ++j) out << "\tv" << (j + 1);
        out << '\n';
        char buffer[32];
        for (std::int64_t i = 0; i < t.rows(); ++i) {
            out << t.names[static_cast<std::size_t>(i)];
            for (float v : t.row(i)) {
                // Shortest text that reads back as the same float.
                const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
                out << '\t' << std::string_view(buffer, static_cast<std::size_t>(end - buffer));
            }
            out << '\n';
        }
    });
}

}  // namespace scdiff::prior
