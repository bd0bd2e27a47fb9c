// 10x Genomics folders: matrix.mtx[.gz] (MatrixMarket coordinate, genes x cells, 1-based),
// barcodes.tsv[.gz], features.tsv[.gz] (id, name, type) or genes.tsv (id, name).
#include <algorithm>
#include <charconv>
#include <map>
#include <sstream>

#include "import_text.hpp"
#include "unique_names.hpp"
#include "scdiff/error.hpp"
#include "scdiff/import.hpp"

namespace scdiff::io {

namespace fs = std::filesystem;
using detail::makeUnique;
using detail::TextReader;

namespace {

fs::path findOne(const fs::path& folder, std::initializer_list<const char*> names) {
    for (const char* n : names) {
        if (fs::exists(folder / n)) return folder / n;
        if (fs::exists(folder / (std::string(n) + ".gz"))) return folder / (std::string(n) + ".gz");
    }
    return {};
}

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> out;
    std::string field;
    std::istringstream is(line);
    while (std::getline(is, field, '\t')) out.push_back(field);
    return out;
}

}  // namespace

AnnData read10x(const fs::path& input, Progress& progress) {
    const fs::path folder = fs::is_directory(input) ? input : input.parent_path();
    const fs::path mtx = findOne(folder, {"matrix.mtx"});
    const fs::path barcodes = findOne(folder, {"barcodes.tsv"});
    const fs::path features = findOne(folder, {"features.tsv", "genes.tsv"});
    if (mtx.empty()) throw FileError(folder.string(), "", "no matrix.mtx or matrix.mtx.gz in this folder");
    if (barcodes.empty()) throw FileError(folder.string(), "", "no barcodes.tsv or barcodes.tsv.gz in this folder");
    if (features.empty()) throw FileError(folder.string(), "", "no features.tsv(.gz) or genes.tsv in this folder");
    progress.stage("reading " + mtx.filename().string());

    TextReader in(mtx);
    std::string line;
    if (!in.next(line) || line.rfind("%%MatrixMarket", 0) != 0)
        throw FileError(in.name(), "line 1", "expected a '%%MatrixMarket matrix coordinate ...' header");
    if (line.find("coordinate") == std::string::npos)
        throw FileError(in.name(), "line 1", "only coordinate (sparse) MatrixMarket files are supported");
    const bool integer = line.find("integer") != std::string::npos;
    if (!integer && line.find("real") == std::string::npos)
        throw FileError(in.name(), "line 1", "expected 'integer' or 'real' values");
    while (in.next(line) && (line.empty() || line[0] == '%')) {}
    long long nGenes = -1, nCells = -1, nnz = -1;
    {
        std::istringstream is(line);
        if (!(is >> nGenes >> nCells >> nnz) || nGenes < 0 || nCells < 0 || nnz < 0)
            throw FileError(in.name(), "line " + std::to_string(in.lineNumber()), "expected 'genes cells entries'");
    }
    const auto fileSize = static_cast<long long>(fs::file_size(mtx));
    if (mtx.extension() != ".gz" && nnz > fileSize / 4)
        throw FileError(in.name(), "line " + std::to_string(in.lineNumber()),
                        "the header announces " + std::to_string(nnz) + " entries, more than the file can hold");

    // The barcodes and features files say how many cells and genes there are: read first, so that a size line
    // that disagrees (a damaged or mismatched file) is refused before anything of the size it announces is made.
    std::vector<std::string> barcodeNames;
    {
        TextReader bc(barcodes);
        std::string text;
        while (bc.next(text))
            if (!text.empty()) barcodeNames.push_back(splitTabs(text).at(0));
        if (static_cast<long long>(barcodeNames.size()) != nCells)
            throw FileError(bc.name(), "",
                            "has " + std::to_string(barcodeNames.size()) + " barcodes, the matrix has " +
                                std::to_string(nCells) + " cells");
    }
    std::vector<std::string> ids, names, types;
    {
        TextReader ft(features);
        std::string text;
        while (ft.next(text)) {
            if (text.empty()) continue;
            auto f = splitTabs(text);
            ids.push_back(f[0]);
            names.push_back(f.size() > 1 ? f[1] : f[0]);
            types.push_back(f.size() > 2 ? f[2] : "Gene Expression");
        }
        if (static_cast<long long>(ids.size()) != nGenes)
            throw FileError(
                ft.name(), "",
                "has " + std::to_string(ids.size()) + " features, the matrix has " + std::to_string(nGenes) + " genes");
    }

    // Entries are read into (cell, gene, value) and sorted into CSR by cell.
    struct Entry {
        std::int64_t cell;
        std::int32_t gene;
        float value;
    };
    std::vector<Entry> entries;
    entries.reserve(static_cast<std::size_t>(std::min<long long>(nnz, 50'000'000)));
    for (long long k = 0; k < nnz; ++k) {
        if (!in.next(line))
            throw FileError(in.name(), "line " + std::to_string(in.lineNumber() + 1),
                            "the file ends after " + std::to_string(k) + " of " + std::to_string(nnz) + " entries");
        const char* p = line.data();
        const char* end = p + line.size();
        long long g = 0, c = 0;
        double v = 0;
        auto skip = [&] {
            while (p < end && (*p == ' ' || *p == '\t')) ++p;
        };
        skip();
        auto r1 = std::from_chars(p, end, g);
        p = r1.ptr;
        skip();
        auto r2 = std::from_chars(p, end, c);
        p = r2.ptr;
        skip();
        auto r3 = std::from_chars(p, end, v);
        if (r1.ec != std::errc{} || r2.ec != std::errc{} || r3.ec != std::errc{})
            throw FileError(in.name(), "line " + std::to_string(in.lineNumber()),
                            "expected 'gene cell value', found '" + line + "'");
        if (g < 1 || g > nGenes || c < 1 || c > nCells)
            throw FileError(in.name(), "line " + std::to_string(in.lineNumber()),
                            "index out of range (gene " + std::to_string(g) + " of " + std::to_string(nGenes) +
                                ", cell " + std::to_string(c) + " of " + std::to_string(nCells) + ")");
        entries.push_back({c - 1, static_cast<std::int32_t>(g - 1), static_cast<float>(v)});
        if ((k & 0xFFFFF) == 0) {
            progress.report(k, nnz);
            progress.checkCancelled();
        }
    }
    // More entries than the size line announced: the file is not what its header says (a concatenation, a
    // damaged count); reading only the announced ones would drop data without a word.
    while (in.next(line))
        if (line.find_first_not_of(" \t\r") != std::string::npos)
            throw FileError(in.name(), "line " + std::to_string(in.lineNumber()),
                            "the size line announces " + std::to_string(nnz) +
                                " entries and the file has more, starting with '" + line + "'");
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.cell != b.cell ? a.cell < b.cell : a.gene < b.gene; });
    // An entry listed twice counts twice, as scipy's coo -> csr (and so scanpy.read_10x_mtx) sums them.
    std::size_t kept = 0;
    for (std::size_t k = 0; k < entries.size(); ++k) {
        if (kept > 0 && entries[kept - 1].cell == entries[k].cell && entries[kept - 1].gene == entries[k].gene)
            entries[kept - 1].value += entries[k].value;
        else
            entries[kept++] = entries[k];
    }
    entries.resize(kept);

    AnnData a;
    SparseMatrix x;
    x.rows = nCells;
    x.cols = nGenes;
    auto& indptr = x.indptr.own();
    indptr.assign(static_cast<std::size_t>(nCells) + 1, 0);
    NDArray values(DType::Float32, {static_cast<std::int64_t>(entries.size())});
    auto vals = values.data<float>();
    x.indices.reserve(entries.size());
    for (std::size_t k = 0; k < entries.size(); ++k) {
        ++indptr[static_cast<std::size_t>(entries[k].cell) + 1];
        x.indices.push_back(entries[k].gene);
        vals[k] = entries[k].value;
    }
    for (std::size_t r = 0; r < static_cast<std::size_t>(nCells); ++r) indptr[r + 1] += indptr[r];
    x.values = std::move(values);
    a.X = std::move(x);
    a.obs.index = std::move(barcodeNames);
    makeUnique(names);
    a.var.index = names;
    a.var.set("gene_ids", StringArray::fromVector(ids));
    a.var.set("feature_types", Categorical::fromLabels(types));
    return a;
}

}  // namespace scdiff::io
