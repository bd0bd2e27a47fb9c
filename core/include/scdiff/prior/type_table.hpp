#pragma once
// Prior knowledge about cell types as a table of vectors, one row per cell type (docs/prior_knowledge.md):
// what the text-embedding conditioner reads. The rows come from a file the user has (a TSV, a .npy with a
// names file, an .h5ad whose obs_names are the types) or are computed in the app from descriptions
// (scdiff/prior/lexical_encoder.hpp). Nothing is downloaded.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace scdiff::prior {

struct TypeTable {
    std::vector<std::string> names;  // one per row, unique
    std::int64_t width = 0;          // k, any width
    std::vector<float> values;       // rows() x width, row-major
    std::string provenance;          // where the rows came from, for the model file and the UI

    std::int64_t rows() const { return static_cast<std::int64_t>(names.size()); }
    std::span<const float> row(std::int64_t i) const {
        return {values.data() + i * width, static_cast<std::size_t>(width)};
    }
};

// Reads a table file, chosen by extension:
// * .tsv / .txt: one row per line, "name<TAB>v1<TAB>…<TAB>vk"; a first line whose value fields are not all
//   numbers is a header and skipped; blank lines and lines starting with '#' are skipped;
// * .npy: a 2-D float32/float64 array in C order (numpy.save), with the names one per line in namesFile
//   (when empty: the table's path with ".names.txt", then ".txt", in place of ".npy");
// * .h5ad: obs_names are the types, X (dense or sparse) the vectors.
// Throws FileError naming the file and the line or element when it cannot be read or fails check().
TypeTable readTypeTable(const std::filesystem::path& file, const std::filesystem::path& namesFile = {});

// The rules every table keeps: at least one row and one column, rows x width values, names non-empty and
// unique, every value finite. Throws FileError with `source` as the file.
void check(const TypeTable& table, const std::string& source);

// Writes the table as TSV (a header "name v1 … vk"), through a temporary file renamed into place.
void writeTypeTable(const TypeTable& table, const std::filesystem::path& file);

}  // namespace scdiff::prior
