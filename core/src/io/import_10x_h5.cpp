// Cell Ranger's HDF5 matrix (filtered_feature_bc_matrix.h5, raw_feature_bc_matrix.h5), both layouts:
// Cell Ranger >= 3: /matrix/{data, indices, indptr, shape, barcodes, features/{id, name, feature_type, genome}};
// Cell Ranger 2: /<genome>/{data, indices, indptr, shape, barcodes, genes, gene_names}.
// The matrix is stored genes x cells in CSC form, which is the cells x genes CSR the app keeps: indptr runs
// over cells and indices are genes, so nothing is transposed. Gene Expression features make X; other feature
// types (Antibody Capture, CRISPR Guide Capture, ...) go to obsm[<type>] as dense cells x features matrices
// with their names in uns[<type>_names], as they are not genes.
#include <algorithm>
#include <map>

#include "io/h5ad_source.hpp"
#include "io/unique_names.hpp"
#include "scdiff/error.hpp"
#include "scdiff/import.hpp"

namespace scdiff::io {

namespace fs = std::filesystem;
using h5ad::detail::Hid;
using h5ad::detail::Source;

namespace {

// "Antibody Capture" -> "antibody_capture"
std::string keyOf(const std::string& featureType) {
    std::string key;
    for (char c : featureType)
        key.push_back(std::isalnum(static_cast<unsigned char>(c))
                          ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
                          : '_');
    return key;
}

// The group holding the matrix: /matrix (Cell Ranger >= 3) or the one genome group (Cell Ranger 2).
std::string matrixGroup(const Source& src, hid_t file) {
    if (src.exists(file, "matrix")) return "matrix";
    std::vector<std::string> candidates;
    for (const auto& name : src.members(file, "/"))
        if (src.objectType(file, name) == H5O_TYPE_GROUP) {
            Hid g = src.openGroup(file, name, "/" + name);
            if (src.exists(g, "indptr") && src.exists(g, "barcodes")) candidates.push_back(name);
        }
    if (candidates.empty())
        src.fail("/",
                 "expected Cell Ranger's matrix: a group /matrix (Cell Ranger 3 or later) or /<genome> "
                 "(Cell Ranger 2) with data, indices, indptr, shape and barcodes");
    if (candidates.size() > 1)
        src.fail("/", "holds matrices of several genomes (" + candidates.front() + ", " + candidates[1] +
                          "); convert one genome at a time with Cell Ranger");
    return candidates.front();
}

}  // namespace

bool isTenXH5(const fs::path& file) {
    h5io::silenceHdf5();
    if (H5Fis_hdf5(file.string().c_str()) <= 0) return false;
    Hid f(H5Fopen(file.string().c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
    if (!f.valid()) return false;
    if (H5Lexists(f, "matrix", H5P_DEFAULT) > 0) return true;
    if (H5Lexists(f, "X", H5P_DEFAULT) > 0 || H5Lexists(f, "obs", H5P_DEFAULT) > 0) return false;  // h5ad
    // Cell Ranger 2: a genome group with a matrix.
    bool found = false;
    H5Literate(
        f, H5_INDEX_NAME, H5_ITER_NATIVE, nullptr,
        [](hid_t group, const char* name, const H5L_info_t*, void* out) -> herr_t {
            const std::string indptr = std::string(name) + "/indptr", barcodes = std::string(name) + "/barcodes";
            if (H5Lexists(group, name, H5P_DEFAULT) > 0 && H5Lexists(group, indptr.c_str(), H5P_DEFAULT) > 0 &&
                H5Lexists(group, barcodes.c_str(), H5P_DEFAULT) > 0) {
                *static_cast<bool*>(out) = true;
                return 1;
            }
            return 0;
        },
        &found);
    return found;
}

AnnData read10xH5(const fs::path& file, Progress& progress) {
    Source src(file, progress);
    Hid f = src.open();
    const std::string name = matrixGroup(src, f), path = "/" + name;
    Hid m = src.openGroup(f, name, path);
    progress.stage("reading the Cell Ranger matrix");
    const auto shape = src.readIntVector<std::int64_t>(m, "shape", path + "/shape");
    if (shape.size() != 2 || shape[0] < 0 || shape[1] < 0)
        src.fail(path + "/shape", "expected two numbers: features and barcodes");
    const std::int64_t nFeatures = shape[0], nCells = shape[1];
    auto indptr = src.readIntVector<std::int64_t>(m, "indptr", path + "/indptr");
    auto indices = src.readIntVector<std::int64_t>(m, "indices", path + "/indices");
    NDArray data = src.readNumeric(m, "data", path + "/data", DType::Float32);
    if (static_cast<std::int64_t>(indptr.size()) != nCells + 1)
        src.fail(path + "/indptr", "has " + std::to_string(indptr.size()) + " entries; the shape says " +
                                       std::to_string(nCells) + " barcodes, so " + std::to_string(nCells + 1));
    const auto nnz = static_cast<std::int64_t>(indices.size());
    if (data.size() != nnz)
        src.fail(path + "/data",
                 "has " + std::to_string(data.size()) + " values for " + std::to_string(nnz) + " indices");
    if (indptr.front() != 0 || indptr.back() != nnz || !std::is_sorted(indptr.begin(), indptr.end()))
        src.fail(path + "/indptr", "must rise from 0 to the number of stored values (" + std::to_string(nnz) + ")");
    for (auto g : indices)
        if (g < 0 || g >= nFeatures)
            src.fail(path + "/indices", "holds feature " + std::to_string(g) + " of " + std::to_string(nFeatures));

    // Features: ids, names, types (Cell Ranger 2 has genes and gene_names, all Gene Expression).
    std::vector<std::string> ids, names, types, genomes;
    if (src.exists(m, "features")) {
        Hid fg = src.openGroup(m, "features", path + "/features");
        ids = src.readStringArray(fg, "id", path + "/features/id").values;
        names = src.readStringArray(fg, "name", path + "/features/name").values;
        types = src.exists(fg, "feature_type")
                    ? src.readStringArray(fg, "feature_type", path + "/features/feature_type").values
                    : std::vector<std::string>(ids.size(), "Gene Expression");
        if (src.exists(fg, "genome")) genomes = src.readStringArray(fg, "genome", path + "/features/genome").values;
    } else {
        ids = src.readStringArray(m, "genes", path + "/genes").values;
        names = src.readStringArray(m, "gene_names", path + "/gene_names").values;
        types.assign(ids.size(), "Gene Expression");
        genomes.assign(ids.size(), name);
    }
    for (const auto* list : {&ids, &names, &types, &genomes})
        if ((list != &genomes || !list->empty()) && static_cast<std::int64_t>(list->size()) != nFeatures)
            src.fail(
                path + (src.exists(m, "features") ? "/features" : "/genes"),
                "lists " + std::to_string(list->size()) + " features; the shape says " + std::to_string(nFeatures));
    AnnData a;
    a.obs.index = src.readStringArray(m, "barcodes", path + "/barcodes").values;
    if (static_cast<std::int64_t>(a.obs.index.size()) != nCells)
        src.fail(path + "/barcodes",
                 "has " + std::to_string(a.obs.index.size()) + " barcodes; the shape says " + std::to_string(nCells));

    // Gene Expression features make X (all features when the file has no Gene Expression at all).
    const bool anyGenes = std::count(types.begin(), types.end(), "Gene Expression") > 0;
    std::vector<std::int64_t> column(static_cast<std::size_t>(nFeatures), -1);  // feature -> X column
    std::map<std::string, std::vector<std::int64_t>> other;                     // type -> its features
    std::vector<std::int64_t> genes;
    for (std::int64_t g = 0; g < nFeatures; ++g) {
        if (!anyGenes || types[static_cast<std::size_t>(g)] == "Gene Expression") {
            column[static_cast<std::size_t>(g)] = static_cast<std::int64_t>(genes.size());
            genes.push_back(g);
        } else {
            other[types[static_cast<std::size_t>(g)]].push_back(g);
        }
    }
    SparseMatrix x;
    x.rows = nCells;
    x.cols = static_cast<std::int64_t>(genes.size());
    x.indptr.assign(1, 0);
    std::vector<float> values;
    const auto v = data.data<float>();
    std::map<std::string, NDArray> dense;
    std::map<std::string, std::map<std::int64_t, std::int64_t>> denseColumn;
    for (const auto& [type, features] : other) {
        dense.emplace(type, NDArray(DType::Float32, {nCells, static_cast<std::int64_t>(features.size())}));
        for (std::size_t k = 0; k < features.size(); ++k) denseColumn[type][features[k]] = static_cast<std::int64_t>(k);
    }
    for (std::int64_t c = 0; c < nCells; ++c) {
        std::vector<std::pair<std::int32_t, float>> row;
        for (auto k = indptr[static_cast<std::size_t>(c)]; k < indptr[static_cast<std::size_t>(c) + 1]; ++k) {
            const auto g = indices[static_cast<std::size_t>(k)];
            if (const auto col = column[static_cast<std::size_t>(g)]; col >= 0) {
                row.emplace_back(static_cast<std::int32_t>(col), v[static_cast<std::size_t>(k)]);
            } else {
                const auto& type = types[static_cast<std::size_t>(g)];
                auto& out = dense.at(type);
                out.data<float>()[static_cast<std::size_t>(c * out.shape()[1] + denseColumn[type].at(g))] =
                    v[static_cast<std::size_t>(k)];
            }
        }
        std::sort(row.begin(), row.end());
        for (std::size_t k = 1; k < row.size(); ++k)
            if (row[k].first == row[k - 1].first)
                src.fail(path + "/indices",
                         "lists a feature twice for barcode " + a.obs.index[static_cast<std::size_t>(c)]);
        for (const auto& [col, value] : row) {
            x.indices.push_back(col);
            values.push_back(value);
        }
        x.indptr.push_back(static_cast<std::int64_t>(x.indices.size()));
        if ((c & 0xFFFF) == 0) progress.checkCancelled();
    }
    x.values = NDArray::fromVector(values);
    a.X = std::move(x);
    std::vector<std::string> geneNames, geneIds, geneTypes, geneGenomes;
    for (auto g : genes) {
        geneNames.push_back(names[static_cast<std::size_t>(g)]);
        geneIds.push_back(ids[static_cast<std::size_t>(g)]);
        geneTypes.push_back(types[static_cast<std::size_t>(g)]);
        if (!genomes.empty()) geneGenomes.push_back(genomes[static_cast<std::size_t>(g)]);
    }
    detail::makeUnique(geneNames);
    a.var.index = std::move(geneNames);
    a.var.set("gene_ids", StringArray::fromVector(std::move(geneIds)));
    a.var.set("feature_types", Categorical::fromLabels(geneTypes));
    if (!geneGenomes.empty()) a.var.set("genome", Categorical::fromLabels(geneGenomes));
    for (auto& [type, values] : dense) {
        std::vector<std::string> featureNames;
        for (auto g : other.at(type)) featureNames.push_back(names[static_cast<std::size_t>(g)]);
        a.obsm.set(keyOf(type), std::move(values));
        a.uns.set(keyOf(type) + "_names", StringArray::fromVector(std::move(featureNames)));
    }
    return a;
}

}  // namespace scdiff::io
