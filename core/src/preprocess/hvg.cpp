// highly_variable_genes, flavours seurat and seurat_v3 (single batch), following scanpy 1.9's
// _highly_variable_genes_single_batch and _highly_variable_genes_seurat_v3.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "loess.hpp"
#include "matrix_ops.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/subset.hpp"

namespace scdiff::preprocess {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

NDArray f64(std::vector<double> v) { return NDArray::fromVector(std::move(v)); }

// pandas.cut(values, bins=nBins) bin codes (right-closed, lowest edge lowered by 0.1% of the range); NaN -> -1.
std::vector<int> cutBins(const std::vector<double>& v, int nBins) {
    double mn = std::numeric_limits<double>::infinity(), mx = -mn;
    for (double x : v)
        if (!std::isnan(x)) {
            mn = std::min(mn, x);
            mx = std::max(mx, x);
        }
    std::vector<int> out(v.size(), -1);
    if (!(mn <= mx)) return out;
    std::vector<double> edges(static_cast<std::size_t>(nBins) + 1);
    if (mn == mx) {
        mn -= mn != 0 ? 0.001 * std::abs(mn) : 0.001;
        mx += mx != 0 ? 0.001 * std::abs(mx) : 0.001;
        for (int i = 0; i <= nBins; ++i) edges[static_cast<std::size_t>(i)] = mn + (mx - mn) * i / nBins;
    } else {
        for (int i = 0; i <= nBins; ++i) edges[static_cast<std::size_t>(i)] = mn + (mx - mn) * i / nBins;
        edges[0] -= (mx - mn) * 0.001;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (std::isnan(v[i])) continue;
        // side="left" search: first edge >= v; bin = that - 1
        const auto it = std::lower_bound(edges.begin(), edges.end(), v[i]);
        out[i] = std::clamp(static_cast<int>(it - edges.begin()) - 1, 0, nBins - 1);
    }
    return out;
}

struct SeuratScores {
    std::vector<bool> highlyVariable;
    std::vector<double> means, dispersions, dispersionsNorm;
};

template <class M>
SeuratScores seuratScores(const M& x, const HvgOptions& o) {
    const std::size_t g = static_cast<std::size_t>(detail::colsOf(x));
    // scanpy undoes the log first: expm1(X); zeros stay zeros.
    auto mv = detail::geneMeanVar(x, [](double v) { return std::expm1(v); });
    std::vector<double> mean(g), disp(g);
    for (std::size_t j = 0; j < g; ++j) {
        double m = mv.mean[j];
        if (m == 0) m = 1e-12;
        double d = mv.var[j] / m;
        disp[j] = d == 0 ? kNaN : std::log(d);
        mean[j] = std::log1p(m);
    }
    const auto bins = cutBins(mean, o.nBins);
    // Per-bin mean and sample std (ddof=1) of the dispersions, NaN skipped as pandas does.
    const auto nb = static_cast<std::size_t>(o.nBins);
    std::vector<double> sum(nb, 0), sq(nb, 0), cnt(nb, 0);
    for (std::size_t j = 0; j < g; ++j)
        if (bins[j] >= 0 && !std::isnan(disp[j])) {
            sum[static_cast<std::size_t>(bins[j])] += disp[j];
            cnt[static_cast<std::size_t>(bins[j])] += 1;
        }
    std::vector<double> bmean(nb, kNaN), bstd(nb, kNaN);
    for (std::size_t b = 0; b < nb; ++b)
        if (cnt[b] > 0) bmean[b] = sum[b] / cnt[b];
    for (std::size_t j = 0; j < g; ++j)
        if (bins[j] >= 0 && !std::isnan(disp[j])) {
            const auto b = static_cast<std::size_t>(bins[j]);
            sq[b] += (disp[j] - bmean[b]) * (disp[j] - bmean[b]);
        }
    for (std::size_t b = 0; b < nb; ++b) {
        if (cnt[b] > 1) bstd[b] = std::sqrt(sq[b] / (cnt[b] - 1));
        // scanpy: a bin whose std is NaN (one gene) gets std = its mean and mean = 0, so the gene scores 1.
        if (std::isnan(bstd[b])) {
            bstd[b] = bmean[b];
            bmean[b] = 0;
        }
    }
    std::vector<double> norm(g, kNaN);
    for (std::size_t j = 0; j < g; ++j)
        if (bins[j] >= 0) {
            const auto b = static_cast<std::size_t>(bins[j]);
            norm[j] = (disp[j] - bmean[b]) / bstd[b];
        }
    std::vector<bool> hv(g, false);
    if (o.nTopGenes > 0) {
        std::vector<double> valid;
        for (double v : norm)
            if (!std::isnan(v)) valid.push_back(v);
        std::sort(valid.begin(), valid.end(), std::greater<>());
        std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(o.nTopGenes), valid.size());
        if (k > 0) {
            const double cut = valid[k - 1];
            for (std::size_t j = 0; j < g; ++j) hv[j] = (std::isnan(norm[j]) ? 0.0 : norm[j]) >= cut;
        }
    } else {
        for (std::size_t j = 0; j < g; ++j) {
            const double d = std::isnan(norm[j]) ? 0.0 : norm[j];
            hv[j] = mean[j] > o.minMean && mean[j] < o.maxMean && d > o.minDisp;
        }
    }
    return {std::move(hv), std::move(mean), std::move(disp), std::move(norm)};
}

void seurat(AnnData& data, const HvgOptions& o) {
    auto s = seuratScores(*data.X, o);
    data.var.set("highly_variable", NDArray::fromVector(s.highlyVariable));
    data.var.set("means", f64(std::move(s.means)));
    data.var.set("dispersions", f64(std::move(s.dispersions)));
    data.var.set("dispersions_norm", f64(std::move(s.dispersionsNorm)));
}

void checkSeuratInput(std::int64_t cells, const HvgOptions& o) {
    if (o.nBins < 1) throw InvalidInput("highly variable genes needs at least one mean bin.");
    if (cells < 2)
        throw InvalidInput("highly variable genes needs at least 2 cells, got " + std::to_string(cells) + ".");
}

// Seurat v3's normalised variance of each gene over the rows of x (counts): a loess of log10 variance on
// log10 mean gives the expected standard deviation s_j; counts clipped at mean + sqrt(n) s_j; variance of the
// standardised values.
// mv: x's per-gene mean and variance (ddof 1), which the caller has.
std::vector<double> seuratV3NormalisedVariance(const Matrix& x, const detail::MeanVar& mv) {
    const std::int64_t n = matrixRows(x);
    const std::size_t g = static_cast<std::size_t>(matrixCols(x));
    std::vector<double> lx, ly;
    std::vector<std::size_t> nonConst;
    for (std::size_t j = 0; j < g; ++j)
        if (mv.var[j] > 0) {
            nonConst.push_back(j);
            lx.push_back(std::log10(mv.mean[j]));
            ly.push_back(std::log10(mv.var[j]));
        }
    const auto fit = detail::loessFit(lx, ly, 0.3, 2);
    std::vector<double> regStd(g, 1.0);  // estimated log10 variance 0 for constant genes -> std 1
    for (std::size_t i = 0; i < nonConst.size(); ++i) regStd[nonConst[i]] = std::sqrt(std::pow(10.0, fit[i]));
    // Standardise with the fitted std, clip at sqrt(n) standard deviations, variance of the result.
    const double vmax = std::sqrt(static_cast<double>(n));
    std::vector<double> clip(g), s1(g, 0), s2(g, 0);
    for (std::size_t j = 0; j < g; ++j) clip[j] = regStd[j] * vmax + mv.mean[j];
    detail::forEachNonZero(x, [&](std::int64_t, std::int64_t c, double v) {
        const auto j = static_cast<std::size_t>(c);
        v = std::min(v, clip[j]);
        s1[j] += v;
        s2[j] += v * v;
    });
    std::vector<double> normVar(g);
    const double N = static_cast<double>(n);
    for (std::size_t j = 0; j < g; ++j)
        normVar[j] =
            1.0 / ((N - 1) * regStd[j] * regStd[j]) * (N * mv.mean[j] * mv.mean[j] + s2[j] - 2 * s1[j] * mv.mean[j]);
    return normVar;
}

void seuratV3(AnnData& data, const HvgOptions& o) {
    const Matrix* xp = &*data.X;
    Matrix layerCopy;
    if (!o.layer.empty()) {
        const Element* e = data.layers.find(o.layer);
        if (!e)
            throw InvalidInput("highly variable genes (seurat_v3) needs the layer '" + o.layer +
                               "', which this dataset does not have.");
        if (const auto* s = e->getIf<SparseMatrix>())
            layerCopy = *s;
        else if (const auto* d = e->getIf<NDArray>(); d && d->rank() == 2)
            layerCopy = *d;
        else
            throw InvalidInput("the layer '" + o.layer + "' is not a matrix (found " + describe(*e) + ").");
        xp = &layerCopy;
    }
    const Matrix& x = *xp;
    if (detectXKind(x) != XKind::Counts)
        throw InvalidInput("highly variable genes with flavour seurat_v3 expects counts (non-negative integers)" +
                           std::string(o.layer.empty() ? " in X" : " in layer '" + o.layer + "'") +
                           "; pass the counts layer.");
    const std::size_t g = static_cast<std::size_t>(matrixCols(x));
    const auto mv = detail::geneMeanVar(x, [](double v) { return v; });
    // One normalised variance per gene and batch (the whole dataset when there is no batch key).
    std::vector<std::vector<double>> normVars;
    if (o.batchKey.empty()) {
        normVars.push_back(seuratV3NormalisedVariance(x, mv));
    } else {
        const Column* c = data.obs.find(o.batchKey);
        if (!c) throw InvalidInput("highly variable genes: obs has no batch column '" + o.batchKey + "'.");
        std::map<std::string, std::vector<std::int64_t>> rowsOf;
        for (std::int64_t r = 0; r < data.nObs(); ++r) {
            std::string label;
            if (const auto* cat = std::get_if<Categorical>(&c->data))
                label = cat->label(r).value_or("");
            else if (const auto* str = std::get_if<StringArray>(&c->data))
                label = str->values[static_cast<std::size_t>(r)];
            else if (const auto* num = std::get_if<NDArray>(&c->data); num && num->rank() == 1)
                label = std::to_string(num->at(r));
            else
                throw InvalidInput("highly variable genes: obs['" + o.batchKey + "'] must hold batch labels.");
            rowsOf[label].push_back(r);
        }
        for (const auto& [batch, rows] : rowsOf) {
            if (rows.size() < 2)
                throw InvalidInput("highly variable genes: batch '" + batch + "' of obs['" + o.batchKey +
                                   "'] has fewer than 2 cells.");
            const Matrix cells = takeRows(x, rows);
            normVars.push_back(seuratV3NormalisedVariance(cells, detail::geneMeanVar(cells, [](double v) { return v; })));
        }
    }
    // Per batch, each gene's rank by normalised variance (0 = most variable); a gene counts for the batches that
    // rank it in the top nTopGenes, and its rank is the median of those ranks (Seurat v3's
    // SelectIntegrationFeatures, as scanpy does it). Genes in more batches' top lists come first, then by that
    // median rank; with one batch this is the plain ranking.
    const std::size_t top = std::min<std::size_t>(static_cast<std::size_t>(std::max<std::int64_t>(o.nTopGenes, 0)), g);
    std::vector<int> nBatches(g, 0);
    std::vector<std::vector<double>> topRanks(g);
    for (const auto& normVar : normVars) {
        std::vector<std::size_t> order(g);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return normVar[a] > normVar[b]; });
        for (std::size_t r = 0; r < top; ++r) {
            ++nBatches[order[r]];
            topRanks[order[r]].push_back(static_cast<double>(r));
        }
    }
    std::vector<double> rank(g, kNaN), meanNormVar(g, 0.0);
    for (std::size_t j = 0; j < g; ++j) {
        for (const auto& normVar : normVars) meanNormVar[j] += normVar[j] / static_cast<double>(normVars.size());
        auto& r = topRanks[j];
        if (r.empty()) continue;
        std::sort(r.begin(), r.end());
        rank[j] = r.size() % 2 ? r[r.size() / 2] : 0.5 * (r[r.size() / 2 - 1] + r[r.size() / 2]);
    }
    std::vector<std::size_t> order(g);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (nBatches[a] != nBatches[b]) return nBatches[a] > nBatches[b];
        if (std::isnan(rank[a]) != std::isnan(rank[b])) return !std::isnan(rank[a]);
        return rank[a] < rank[b];
    });
    std::vector<bool> hv(g, false);
    for (std::size_t r = 0; r < top; ++r) hv[order[r]] = true;
    const std::vector<double>& normVar = meanNormVar;
    if (!o.batchKey.empty())
        data.var.set("highly_variable_nbatches",
                     NDArray::fromVector(std::vector<std::int64_t>(nBatches.begin(), nBatches.end())));
    data.var.set("highly_variable", NDArray::fromVector(hv));
    data.var.set("highly_variable_rank", NDArray::fromVector(std::vector<float>(rank.begin(), rank.end())));
    data.var.set("means", f64(mv.mean));
    data.var.set("variances", f64(mv.var));
    data.var.set("variances_norm", f64(normVar));
}
}  // namespace

std::vector<bool> highlyVariableSeurat(const SparseMatrix& logNormalised, const HvgOptions& o) {
    checkSeuratInput(logNormalised.rows, o);
    return seuratScores(logNormalised, o).highlyVariable;
}

std::vector<bool> highlyVariableSeurat(const SparseMatrix& x, const HvgOptions& o,
                                       const std::vector<std::int64_t>& batchOfRow) {
    if (static_cast<std::int64_t>(batchOfRow.size()) != x.rows)
        throw InvalidInput("highly variable genes per batch needs one batch per cell (" + std::to_string(x.rows) +
                           "), got " + std::to_string(batchOfRow.size()));
    std::map<std::int64_t, std::vector<std::int64_t>> rowsOf;
    for (std::size_t i = 0; i < batchOfRow.size(); ++i) rowsOf[batchOfRow[i]].push_back(static_cast<std::int64_t>(i));
    if (rowsOf.size() < 2 || o.nTopGenes <= 0) return highlyVariableSeurat(x, o);
    const auto g = static_cast<std::size_t>(x.cols);
    std::vector<int> batches(g, 0);
    std::vector<double> normSum(g, 0), normCount(g, 0);
    for (const auto& [batch, rows] : rowsOf) {
        checkSeuratInput(static_cast<std::int64_t>(rows.size()), o);
        const SparseMatrix part = takeRows(x, rows);
        // scanpy scores only the genes expressed in the batch (filter_genes min_cells=1); the others get 0.
        std::vector<std::int64_t> expressed;
        {
            std::vector<bool> nonZero(g, false);  // any value type
            for (std::size_t k = 0; k < part.indices.size(); ++k)
                if (part.values.at(static_cast<std::int64_t>(k)) != 0)
                    nonZero[static_cast<std::size_t>(part.indices[k])] = true;
            for (std::size_t j = 0; j < g; ++j)
                if (nonZero[j]) expressed.push_back(static_cast<std::int64_t>(j));
        }
        const SeuratScores s = seuratScores(takeCols(part, expressed), o);
        for (std::size_t k = 0; k < expressed.size(); ++k) {
            const auto j = static_cast<std::size_t>(expressed[k]);
            batches[j] += s.highlyVariable[k] ? 1 : 0;
            if (!std::isnan(s.dispersionsNorm[k])) {
                normSum[j] += s.dispersionsNorm[k];
                normCount[j] += 1;
            }
        }
        std::vector<bool> isExpressed(g, false);
        for (const auto j : expressed) isExpressed[static_cast<std::size_t>(j)] = true;
        for (std::size_t j = 0; j < g; ++j)
            if (!isExpressed[j]) normCount[j] += 1;  // its 0 joins the mean
    }
    std::vector<double> meanNorm(g, kNaN);
    for (std::size_t j = 0; j < g; ++j)
        if (normCount[j] > 0) meanNorm[j] = normSum[j] / normCount[j];
    std::vector<std::size_t> order(g);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (batches[a] != batches[b]) return batches[a] > batches[b];
        const bool na = std::isnan(meanNorm[a]), nb = std::isnan(meanNorm[b]);
        if (na != nb) return nb;  // NaN last
        return !na && meanNorm[a] > meanNorm[b];
    });
    std::vector<bool> hv(g, false);
    for (std::size_t k = 0; k < std::min<std::size_t>(g, static_cast<std::size_t>(o.nTopGenes)); ++k)
        hv[order[k]] = true;
    return hv;
}

void highlyVariableGenes(AnnData& data, const HvgOptions& o) {
    requireX(data, "highly variable genes");
    checkSeuratInput(data.nObs(), o);
    if (o.flavor == HvgFlavor::SeuratV3 && o.nTopGenes <= 0)
        throw InvalidInput("highly variable genes with flavour seurat_v3 needs n_top_genes > 0.");
    if (o.flavor == HvgFlavor::Seurat)
        seurat(data, o);
    else
        seuratV3(data, o);
    Dict hvg;
    hvg.set("flavor", StringArray::scalar(o.flavor == HvgFlavor::Seurat ? "seurat" : "seurat_v3"));
    data.uns.set("hvg", std::move(hvg));
}

}  // namespace scdiff::preprocess
