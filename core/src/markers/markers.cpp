#include "scdiff/markers.hpp"

#include "scdiff/memory.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

#include "scdiff/error.hpp"

namespace scdiff::markers {
namespace {

// X, or a layer copied into `holder` (layers are Elements, not Matrix variants).
const Matrix& pickMatrix(const AnnData& data, const std::string& layer, std::optional<Matrix>& holder) {
    if (layer.empty()) {
        if (!data.X) throw InvalidInput("the dataset has no X matrix to rank or summarise genes on");
        return *data.X;
    }
    const Element* e = data.layers.find(layer);
    if (!e) throw InvalidInput("there is no layer \"" + layer + "\" in this dataset");
    if (const auto* a = e->getIf<NDArray>())
        holder = *a;
    else if (const auto* sp = e->getIf<SparseMatrix>())
        holder = *sp;
    else
        throw InvalidInput("layer \"" + layer + "\" is " + describe(*e) + ", not a matrix");
    return *holder;
}

// Columns of any matrix as dense float vectors, computed in blocks of genes.
class ColumnReader {
public:
    explicit ColumnReader(const Matrix& m) : m_(m) {
        if (const auto* s = std::get_if<SparseMatrix>(&m)) {
            // Transpose once to CSC so a column is contiguous.
            const std::int64_t cols = s->cols;
            colPtr_.assign(static_cast<std::size_t>(cols + 1), 0);
            for (auto j : s->indices) ++colPtr_[static_cast<std::size_t>(j) + 1];
            std::partial_sum(colPtr_.begin(), colPtr_.end(), colPtr_.begin());
            rowIdx_.resize(s->indices.size());
            vals_.resize(s->indices.size());
            std::vector<std::int64_t> fill(colPtr_.begin(), colPtr_.end() - 1);
            const auto v = s->values.toFloat32();
            for (std::int64_t r = 0; r < s->rows; ++r)
                for (std::int64_t k = s->indptr[r]; k < s->indptr[r + 1]; ++k) {
                    const auto pos = fill[static_cast<std::size_t>(s->indices[k])]++;
                    rowIdx_[pos] = r;
                    vals_[pos] = v[k];
                }
        } else {
            dense_ = std::get<NDArray>(m).toFloat32();
        }
    }
    void column(std::int64_t j, std::vector<float>& out) const {
        const std::int64_t rows = matrixRows(m_), cols = matrixCols(m_);
        out.assign(static_cast<std::size_t>(rows), 0.0f);
        if (dense_.empty() && std::holds_alternative<SparseMatrix>(m_)) {
            for (auto k = colPtr_[j]; k < colPtr_[j + 1]; ++k) out[rowIdx_[k]] = vals_[k];
        } else {
            for (std::int64_t r = 0; r < rows; ++r) out[r] = dense_[r * cols + j];
        }
    }

private:
    const Matrix& m_;
    std::vector<std::int64_t> colPtr_, rowIdx_;
    std::vector<float> vals_, dense_;
};

}  // namespace

std::vector<std::int32_t> groupCodes(const AnnData& data, const std::string& groupBy, std::vector<std::string>& names) {
    const Column* col = data.obs.find(groupBy);
    if (!col) throw InvalidInput("there is no obs column \"" + groupBy + "\" to group cells by");
    if (const auto* c = std::get_if<Categorical>(&col->data)) {
        names = c->categoryNames();
        return c->codes;
    }
    std::vector<std::string> labels;
    if (const auto* s = std::get_if<StringArray>(&col->data)) {
        labels = s->values;
    } else if (const auto* a = std::get_if<NDArray>(&col->data);
               a && (a->dtype() == DType::Bool || isInteger(a->dtype()))) {
        for (std::int64_t i = 0; i < a->size(); ++i)
            labels.push_back(std::to_string(static_cast<std::int64_t>(a->at(i))));
    } else {
        throw InvalidInput("obs column \"" + groupBy + "\" is " + describe(col->data) +
                           "; grouping needs categories, strings or integers");
    }
    const Categorical c = Categorical::fromLabels(labels);
    names = c.categoryNames();
    return c.codes;
}

std::vector<GroupMarkers> rankGenesGroups(const AnnData& data, const RankOptions& options, Progress& progress) {
    std::optional<Matrix> holder;
    const Matrix* m = &pickMatrix(data, options.layer, holder);
    std::vector<std::string> names;
    const auto codes = groupCodes(data, options.groupBy, names);
    const std::int64_t n = matrixRows(*m), genes = matrixCols(*m);
    const auto G = names.size();
    std::vector<std::int64_t> size(G, 0);
    for (auto c : codes)
        if (c >= 0) ++size[c];
    // Cells with a missing label take part in neither the group nor the rest (as scanpy drops NaN).
    const std::int64_t nValid = std::accumulate(size.begin(), size.end(), std::int64_t{0});

    // Before anything large: the matrix by columns (sparse: row index, value and a float copy of each stored value;
    // dense: a float copy), a score per group and gene, a rank per cell.
    const auto* sparse = std::get_if<SparseMatrix>(m);
    const std::int64_t byColumns = sparse ? 16 * sparse->nnz() + 8 * genes : 4 * n * genes;
    requireMemory(
        byColumns + static_cast<std::int64_t>(G) * genes * static_cast<std::int64_t>(sizeof(GeneScore)) + 16 * n,
        "finding the marker genes of " + std::to_string(n) + " cells",
        "use a machine with more memory, or a subset of the cells");
    std::vector<std::vector<GeneScore>> result(G);
    for (auto& r : result) r.resize(static_cast<std::size_t>(genes));
    ColumnReader reader(*m);
    std::vector<float> x;
    std::vector<std::int64_t> order;
    std::vector<double> rank(static_cast<std::size_t>(n));
    std::vector<double> rankSum(G), expSum(G), sum(G);
    std::vector<std::int64_t> nonzero(G);
    progress.stage("ranking genes");
    for (std::int64_t j = 0; j < genes; ++j) {
        if (j % 64 == 0) {
            progress.report(j, genes);
            progress.checkCancelled();
        }
        reader.column(j, x);
        order.clear();
        for (std::int64_t i = 0; i < n; ++i)
            if (codes[i] >= 0) order.push_back(i);
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return x[a] < x[b]; });
        double tieSum = 0;
        for (std::size_t a = 0; a < order.size();) {
            std::size_t b = a;
            while (b + 1 < order.size() && x[order[b + 1]] == x[order[a]]) ++b;
            const double avg = (static_cast<double>(a) + static_cast<double>(b)) / 2.0 + 1.0;
            for (std::size_t k = a; k <= b; ++k) rank[order[k]] = avg;
            const double t = static_cast<double>(b - a + 1);
            tieSum += t * t * t - t;
            a = b + 1;
        }
        const double nn = static_cast<double>(nValid);
        const double T = options.tieCorrect && nValid > 1 ? 1.0 - tieSum / (nn * nn * nn - nn) : 1.0;
        std::fill(rankSum.begin(), rankSum.end(), 0.0);
        std::fill(expSum.begin(), expSum.end(), 0.0);
        std::fill(sum.begin(), sum.end(), 0.0);
        std::fill(nonzero.begin(), nonzero.end(), 0);
        double expTotal = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            const auto c = codes[i];
            if (c < 0) continue;
            rankSum[c] += rank[i];
            const double e = std::expm1(static_cast<double>(x[i]));
            expSum[c] += e;
            expTotal += e;
            sum[c] += x[i];
            nonzero[c] += x[i] > 0;
        }
        for (std::size_t g = 0; g < G; ++g) {
            GeneScore& s = result[g][j];
            s.gene = j;
            s.name = j < data.nVars() ? data.var.index[j] : std::to_string(j);
            const double n1 = static_cast<double>(size[g]), n2 = nn - n1;
            if (n1 < 1 || n2 < 1) continue;
            const double sd = std::sqrt(T * n1 * n2 * (nn + 1) / 12.0);
            s.score = sd > 0 ? (rankSum[g] - n1 * (nn + 1) / 2.0) / sd : 0.0;
            s.pValue = std::erfc(std::abs(s.score) / std::sqrt(2.0));
            const double meanG = expSum[g] / n1, meanRest = (expTotal - expSum[g]) / n2;
            s.logFoldChange = std::log2((meanG + 1e-9) / (meanRest + 1e-9));
            s.meanInGroup = sum[g] / n1;
            s.fractionInGroup = static_cast<double>(nonzero[g]) / n1;
        }
    }
    progress.report(genes, genes);

    std::vector<GroupMarkers> out;
    for (std::size_t g = 0; g < G; ++g) {
        if (size[g] < 2 || nValid - size[g] < 1) continue;
        auto& v = result[g];
        // Benjamini-Hochberg: p_(k) * m / k, made monotone from the largest p down.
        std::vector<std::size_t> idx(v.size());
        std::iota(idx.begin(), idx.end(), 0);
        std::sort(idx.begin(), idx.end(), [&](auto a, auto b) { return v[a].pValue < v[b].pValue; });
        const double mCount = static_cast<double>(v.size());
        double running = 1.0;
        for (std::size_t k = idx.size(); k-- > 0;) {
            running = std::min(running, v[idx[k]].pValue * mCount / static_cast<double>(k + 1));
            v[idx[k]].pValueAdj = std::min(1.0, running);
        }
        std::stable_sort(v.begin(), v.end(), [](const GeneScore& a, const GeneScore& b) { return a.score > b.score; });
        if (options.nTop > 0 && static_cast<std::int64_t>(v.size()) > options.nTop) v.resize(options.nTop);
        out.push_back({names[g], size[g], std::move(v)});
    }
    return out;
}

GroupSummary summarize(const AnnData& data, const std::string& groupBy, const std::vector<std::int64_t>& genes,
                       const std::string& layer) {
    std::optional<Matrix> holder;
    const Matrix* m = &pickMatrix(data, layer, holder);
    GroupSummary s;
    const auto codes = groupCodes(data, groupBy, s.groups);
    const auto G = s.groups.size(), J = genes.size();
    s.cells.assign(G, 0);
    for (auto c : codes)
        if (c >= 0) ++s.cells[c];
    s.mean.assign(G * J, 0.0);
    s.fraction.assign(G * J, 0.0);
    ColumnReader reader(*m);
    std::vector<float> x;
    for (std::size_t k = 0; k < J; ++k) {
        if (genes[k] < 0 || genes[k] >= matrixCols(*m))
            throw InvalidInput("gene index " + std::to_string(genes[k]) + " is outside the matrix");
        reader.column(genes[k], x);
        for (std::size_t i = 0; i < x.size(); ++i) {
            const auto c = codes[i];
            if (c < 0) continue;
            s.mean[c * J + k] += x[i];
            s.fraction[c * J + k] += x[i] > 0;
        }
        for (std::size_t g = 0; g < G; ++g)
            if (s.cells[g] > 0) {
                s.mean[g * J + k] /= static_cast<double>(s.cells[g]);
                s.fraction[g * J + k] /= static_cast<double>(s.cells[g]);
            }
    }
    return s;
}

}  // namespace scdiff::markers
