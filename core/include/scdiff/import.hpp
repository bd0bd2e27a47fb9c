#pragma once
// Importers for formats other than h5ad: 10x Genomics matrix folders and dense delimited text.
#include <filesystem>

#include "scdiff/anndata.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::io {

// A folder with matrix.mtx[.gz], barcodes.tsv[.gz] and features.tsv[.gz] (or genes.tsv). The MTX is
// genes x cells; the result is cells x genes CSR float32, var has gene_ids / feature_types columns.
AnnData read10x(const std::filesystem::path& folder, Progress& progress = nullProgress());

// Cell Ranger's HDF5 matrix (filtered_feature_bc_matrix.h5 / raw_feature_bc_matrix.h5; the Cell Ranger 3+
// layout /matrix/... and the Cell Ranger 2 layout /<genome>/...). X: the Gene Expression features, cells x genes
// CSR float32 (names made unique; var: gene_ids, feature_types, genome); other feature types (Antibody
// Capture, ...) in obsm[<type in snake case>] with their names in uns[<type>_names].
AnnData read10xH5(const std::filesystem::path& file, Progress& progress = nullProgress());
// True for an HDF5 file in one of those layouts (not an h5ad).
bool isTenXH5(const std::filesystem::path& file);

enum class Orientation { CellsAsRows, GenesAsRows };
// Dense CSV/TSV (delimiter detected from the extension or the first line) with a header row of
// names and a first column of names.
AnnData readDelimited(const std::filesystem::path& file, Orientation orientation = Orientation::CellsAsRows,
                      Progress& progress = nullProgress());

// Dispatches on what the path is: .h5ad file, Cell Ranger .h5, a 10x folder (or its matrix.mtx[.gz]),
// .csv/.tsv/.txt.
AnnData readAny(const std::filesystem::path& path, Progress& progress = nullProgress());

}  // namespace scdiff::io
