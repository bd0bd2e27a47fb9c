// h5ad reader: anndata >= 0.8 layouts, the 0.7 layout and the pre-0.7 compound layout. The assembly of
// one AnnData from its elements: h5ad_source (checked HDF5 reads), h5ad_elements (the encodings) and
// h5ad_legacy (the layouts before 0.8) do the rest.
#include <filesystem>

#include "io/h5ad_elements.hpp"
#include "io/h5ad_legacy.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/h5ad_rows.hpp"

namespace scdiff::h5ad {
namespace {

using detail::join;
using h5io::Hid;

AnnData assemble(const std::filesystem::path& path, Progress& progress, const ReadOptions& options) {
    detail::Source src(path, progress);
    detail::ElementReader elements(src);
    Hid file = src.open();
    Hid root = src.openGroup(file, "/", "/");
    const std::string rootEnc = src.encoding(root);
    const bool modern = rootEnc == "anndata";
    if (!rootEnc.empty() && !modern) src.fail("/", "has encoding-type '" + rootEnc + "' (expected 'anndata')");
    if (!src.exists(root, "obs") && !src.exists(root, "var") && !src.exists(root, "X"))
        src.fail("/", "is an HDF5 file but not AnnData: it has no obs, var or X");
    const bool pre07 =
        src.objectType(root, "obs") == H5O_TYPE_DATASET || src.objectType(root, "var") == H5O_TYPE_DATASET;

    AnnData ad;
    std::optional<std::int64_t> nObs, nVars;
    if (options.expression) {
        progress.stage("reading X");
        if (src.exists(root, "X")) ad.X = elements.readMatrix(root, "X", "/X");
        if (ad.X) {
            nObs = matrixRows(*ad.X);
            nVars = matrixCols(*ad.X);
        }
    } else {
        // The writer copies X, layers and raw as stored; only anndata >= 0.8's encodings can be copied unchanged.
        if (!modern)
            src.fail("/",
                     "was written by anndata before 0.8, whose layout cannot be opened backed; save it again with "
                     "a recent anndata (or open it whole)");
        progress.stage("checking X's rows");
        const RowReader rows(path);  // X's shape and row offsets, checked here (in the reader's process)
        nObs = rows.rows();
        nVars = rows.cols();
        ad.expressionFile = std::filesystem::absolute(path).string();
    }
    progress.checkCancelled();
    progress.stage("reading obs/var");
    if (src.exists(root, "obs"))
        ad.obs = elements.readDataFrame(root, "obs", "/obs", nObs);
    else if (nObs)
        for (std::int64_t i = 0; i < *nObs; ++i) ad.obs.index.push_back(std::to_string(i));
    if (src.exists(root, "var"))
        ad.var = elements.readDataFrame(root, "var", "/var", nVars);
    else if (nVars)
        for (std::int64_t i = 0; i < *nVars; ++i) ad.var.index.push_back(std::to_string(i));

    progress.stage("reading layers and embeddings");
    if (options.expression) ad.layers = elements.readMapping(root, "layers", ad.nObs());
    for (size_t i = 0; i < ad.layers.size(); ++i) {
        const auto& e = ad.layers.values()[i];
        std::int64_t c = -1;
        if (auto* a = e.getIf<NDArray>()) c = a->rank() == 2 ? a->shape()[1] : -2;
        if (auto* s = e.getIf<SparseMatrix>()) c = s->cols;
        if (c != -1 && c != ad.nVars())
            src.fail("/layers/" + ad.layers.keys()[i], "must have shape (n_obs, n_vars) = (" +
                                                           std::to_string(ad.nObs()) + ", " +
                                                           std::to_string(ad.nVars()) + ")");
    }
    ad.obsm = elements.readMapping(root, "obsm", ad.nObs());
    ad.varm = elements.readMapping(root, "varm", ad.nVars());
    ad.obsp = elements.readMapping(root, "obsp", ad.nObs(), true);
    ad.varp = elements.readMapping(root, "varp", ad.nVars(), true);
    progress.stage("reading uns");
    if (src.exists(root, "uns")) {
        if (src.objectType(root, "uns") != H5O_TYPE_GROUP) src.fail("/uns", "expected a group");
        Hid g = src.openGroup(root, "uns", "/uns");
        ad.uns = elements.readDict(g, "/uns");
    }
    if (!modern) detail::categoriesFromUns(ad, src);  // pre-0.8 categories in uns
    if (pre07) detail::unwrapPre07Uns(ad);
    progress.stage("reading raw");
    const bool rawGroup = src.exists(root, "raw"), rawLegacy = src.exists(root, "raw.X");
    if (rawGroup && rawLegacy) src.fail("/raw", "both /raw and the legacy /raw.X exist; expected only one");
    if ((rawGroup || rawLegacy) && options.expression) {
        Raw raw;
        Hid g = rawGroup ? src.openGroup(root, "raw", "/raw") : Hid(H5Gopen2(root, "/", H5P_DEFAULT));
        const std::string px = rawGroup ? "X" : "raw.X", pv = rawGroup ? "var" : "raw.var",
                          pm = rawGroup ? "varm" : "raw.varm";
        const std::string base = rawGroup ? "/raw/" : "/";
        if (!src.exists(g, px)) src.fail(base + px, "raw has no X");
        raw.X = elements.readMatrix(g, px, base + px);
        if (matrixRows(raw.X) != ad.nObs())
            src.fail(base + px,
                     "has " + std::to_string(matrixRows(raw.X)) + " rows but n_obs is " + std::to_string(ad.nObs()));
        if (src.exists(g, pv))
            raw.var = elements.readDataFrame(g, pv, base + pv);
        else
            for (std::int64_t i = 0; i < matrixCols(raw.X); ++i) raw.var.index.push_back(std::to_string(i));
        if (src.exists(g, pm)) {
            if (src.objectType(g, pm) == H5O_TYPE_GROUP) {
                Hid m = src.openGroup(g, pm, base + pm);
                raw.varm = elements.readDict(m, base + pm);
            } else {
                DataFrame df = detail::readCompoundFrame(src, g, pm, base + pm);
                for (auto& c : df.columns) raw.varm.set(c.name, std::get<NDArray>(std::move(c.data)));
            }
        }
        ad.raw = std::move(raw);
    }
    return ad;
}

}  // namespace

AnnData read(const std::filesystem::path& file, Progress& progress, const ReadOptions& options) {
    try {
        return assemble(file, progress, options);
    } catch (const Error&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw FileError(file.string(), "", "needs more memory than is available to read it");
    } catch (const std::exception& e) {
        throw FileError(file.string(), "", std::string("cannot be read: ") + e.what());
    }
}

}  // namespace scdiff::h5ad
