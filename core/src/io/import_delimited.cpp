// Dense CSV/TSV with a header row of names and a first column of names; readAny dispatch.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <fstream>

#include "import_text.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"

namespace scdiff::io {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> split(const std::string& line, char delim) {
    std::vector<std::string> out;
    std::string field;
    bool quoted = false;
    for (char ch : line) {
        if (ch == '"')
            quoted = !quoted;
        else if (ch == delim && !quoted) {
            out.push_back(field);
            field.clear();
        } else
            field += ch;
    }
    out.push_back(field);
    return out;
}

char detectDelimiter(const fs::path& file, const std::string& header) {
    auto ext = file.extension() == ".gz" ? file.stem().extension() : file.extension();
    if (ext == ".tsv" || ext == ".tab") return '\t';
    if (ext == ".csv") return ',';
    return std::count(header.begin(), header.end(), '\t') >= std::count(header.begin(), header.end(), ',') ? '\t' : ',';
}

}  // namespace

AnnData readDelimited(const fs::path& file, Orientation orientation, Progress& progress) {
    detail::TextReader in(file);
    progress.stage("reading " + file.filename().string());
    std::string line;
    if (!in.next(line)) throw FileError(in.name(), "", "the file is empty; expected a header row of names");
    const char delim = detectDelimiter(file, line);
    auto header = split(line, delim);
    if (header.size() < 2)
        throw FileError(in.name(), "line 1", "expected a header with at least one column name after the first field");
    const std::vector<std::string> colNames(header.begin() + 1, header.end());
    std::vector<std::string> rowNames;
    std::vector<float> values;
    while (in.next(line)) {
        if (line.empty()) continue;
        auto f = split(line, delim);
        if (f.size() != header.size())
            throw FileError(
                in.name(), "line " + std::to_string(in.lineNumber()),
                "has " + std::to_string(f.size()) + " fields, the header has " + std::to_string(header.size()));
        rowNames.push_back(f[0]);
        for (std::size_t k = 1; k < f.size(); ++k) {
            double v = 0;
            const auto& s = f[k];
            auto r = std::from_chars(s.data(), s.data() + s.size(), v);
            if (r.ec != std::errc{} || r.ptr != s.data() + s.size())
                throw FileError(in.name(), "line " + std::to_string(in.lineNumber()),
                                "column '" + colNames[k - 1] + "': expected a number, found '" + s + "'");
            values.push_back(static_cast<float>(v));
        }
        if ((rowNames.size() & 1023) == 0) progress.checkCancelled();
    }
    const auto nRows = static_cast<std::int64_t>(rowNames.size()), nCols = static_cast<std::int64_t>(colNames.size());
    AnnData a;
    if (orientation == Orientation::CellsAsRows) {
        a.X = NDArray::fromVector(std::move(values), {nRows, nCols});
        a.obs.index = rowNames;
        a.var.index = colNames;
    } else {
        std::vector<float> t(values.size());
        for (std::int64_t r = 0; r < nRows; ++r)
            for (std::int64_t c = 0; c < nCols; ++c)
                t[static_cast<std::size_t>(c * nRows + r)] = values[static_cast<std::size_t>(r * nCols + c)];
        a.X = NDArray::fromVector(std::move(t), {nCols, nRows});
        a.obs.index = colNames;
        a.var.index = rowNames;
    }
    a.X = toCsrFloat32(*a.X);  // single-cell matrices are mostly zeros
    return a;
}

AnnData readAny(const fs::path& path, Progress& progress) {
    if (!fs::exists(path)) throw FileError(path.string(), "", "no such file or folder");
    if (fs::is_directory(path)) return read10x(path, progress);
    const auto name = path.filename().string();
    auto ends = [&](const std::string& suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends(".h5") && isTenXH5(path)) return read10xH5(path, progress);
    if (ends(".loom")) return readLoom(path, progress);
    if (ends(".h5ad") || ends(".h5")) return h5ad::read(path, progress);
    if (ends(".mtx") || ends(".mtx.gz")) return read10x(path, progress);
    if (ends(".csv") || ends(".tsv") || ends(".txt") || ends(".csv.gz") || ends(".tsv.gz") || ends(".txt.gz"))
        return readDelimited(path, Orientation::CellsAsRows, progress);
    // Any other name: an HDF5 file is taken for h5ad (scDiff Studio's session files are h5ad).
    char magic[8] = {};
    std::ifstream(path, std::ios::binary).read(magic, sizeof magic);
    if (std::memcmp(magic, "\x89HDF\r\n\x1a\n", 8) == 0) return h5ad::read(path, progress);
    throw FileError(
        path.string(), "",
        "unknown file type; expected .h5ad, Cell Ranger .h5, .loom, a 10x folder or matrix.mtx(.gz), or .csv/.tsv");
}

}  // namespace scdiff::io
