#pragma once
// Importers for formats other than h5ad: 10x Genomics matrix folders and dense delimited text.
#include <filesystem>

#include "scdiff/anndata.hpp"
#include "scdiff/h5ad.hpp"
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

// loom (loompy 3's layout): /matrix genes x cells -> X cells x genes CSR float32; /layers likewise; /col_attrs
// -> obs (CellID, obs_names or cell_names as the index; 2-D entries in obsm), /row_attrs -> var (Gene,
// var_names or gene_names as the index, made unique; 2-D entries in varm). Graphs are not read.
AnnData readLoom(const std::filesystem::path& file, Progress& progress = nullProgress());
// The dataset as a loom file loompy and anndata.read_loom open: X and the layers as genes x cells float32
// (gzip'ed 64 x 64 chunks), obs/var columns (categories as their labels) and 2-D obsm/varm as column/row
// attributes; uns, obsp/varp and raw have no loom form and are left out. Written to a temporary file that
// is renamed at the end.
void writeLoom(const AnnData& data, const std::filesystem::path& file, const h5ad::WriteOptions& options = {});

// Writes by the name's ending: .loom -> writeLoom, anything else -> h5ad::write.
void writeAny(const AnnData& data, const std::filesystem::path& file, const h5ad::WriteOptions& options = {},
              Progress& progress = nullProgress());

enum class Orientation { CellsAsRows, GenesAsRows };
// Dense CSV/TSV (delimiter detected from the extension or the first line) with a header row of
// names and a first column of names.
AnnData readDelimited(const std::filesystem::path& file, Orientation orientation = Orientation::CellsAsRows,
                      Progress& progress = nullProgress());

// Dispatches on what the path is: .h5ad file, Cell Ranger .h5, .loom, a 10x folder (or its
// matrix.mtx[.gz]), .csv/.tsv/.txt, and any other HDF5 file as h5ad (session files are).
AnnData readAny(const std::filesystem::path& path, Progress& progress = nullProgress());

}  // namespace scdiff::io
