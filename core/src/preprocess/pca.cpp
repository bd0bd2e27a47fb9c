// PCA of the log-normalised X (HVG columns when flagged), stored like scanpy.pp.pca.
// Exact for up to kExactGenes genes: C = (X^T X - n mu mu^T) / (n - 1) accumulated from row blocks
// (on the core's worker threads; dense BLAS-3 updates or sparse pair updates, whichever is cheaper), then its
// leading eigenvectors (topEigen below); the matrix is never densified whole.
// Above that, randomised SVD (Halko et al. 2011; 10 extra columns, 4 power iterations) with implicit
// centring: (X - 1 mu^T) M = X M - 1 (mu^T M).
// Sign convention: the entry of largest |loading| of each component is positive.
// fitPca is shared with the evaluation baselines (see pca.hpp), so their PCA is the embedding's PCA.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <random>
#include <atomic>

#include "scdiff/pca.hpp"
#include "scdiff/parallel.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/embedding.hpp"
#include "scdiff/error.hpp"
#include "scdiff/subset.hpp"

namespace scdiff::embedding {

namespace {
constexpr std::int64_t kExactGenes = 5000;

struct Csr {
    std::int64_t rows = 0, cols = 0;
    const std::vector<std::int64_t>* indptr = nullptr;
    const std::vector<std::int32_t>* indices = nullptr;
    std::span<const float> values;
};

// out (rows x m) = X * M (M: cols x m)
Eigen::MatrixXd timesRight(const Csr& x, const Eigen::MatrixXd& m) {
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(x.rows, m.cols());
    for (std::int64_t r = 0; r < x.rows; ++r)
        for (auto p = (*x.indptr)[static_cast<std::size_t>(r)]; p < (*x.indptr)[static_cast<std::size_t>(r) + 1]; ++p)
            out.row(r) += static_cast<double>(x.values[static_cast<std::size_t>(p)]) *
                          m.row((*x.indices)[static_cast<std::size_t>(p)]);
    return out;
}
// out (cols x m) = X^T * M (M: rows x m)
Eigen::MatrixXd timesLeft(const Csr& x, const Eigen::MatrixXd& m) {
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(x.cols, m.cols());
    for (std::int64_t r = 0; r < x.rows; ++r)
        for (auto p = (*x.indptr)[static_cast<std::size_t>(r)]; p < (*x.indptr)[static_cast<std::size_t>(r) + 1]; ++p)
            out.row((*x.indices)[static_cast<std::size_t>(p)]) +=
                static_cast<double>(x.values[static_cast<std::size_t>(p)]) * m.row(r);
    return out;
}

// X^T X on the core's worker threads (at most 8: each holds a genes x genes partial sum). Each block of rows is either densified and added with a BLAS-3 rank update, or,
// when the rows are sparse (sum of nnz^2 well below rows * genes^2), added pair by pair.
Eigen::MatrixXd gram(const Csr& x, Progress& progress) {
    const std::int64_t g = x.cols, block = 512;
    const std::int64_t nBlocks = (x.rows + block - 1) / block;
    const int nThreads =
        static_cast<int>(std::clamp<std::int64_t>(std::min<std::int64_t>(workerThreads(), nBlocks), 1, 8));
    std::vector<Eigen::MatrixXd> parts(nThreads, Eigen::MatrixXd::Zero(g, g));
    std::atomic<std::int64_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    const auto& ip = *x.indptr;
    const auto& ix = *x.indices;
    auto work = [&](int t) {
        Eigen::MatrixXd dense(g, block);
        Eigen::MatrixXd& c =
            parts[static_cast<std::size_t>(t)];  // column-major: c(j, i) with j >= i is the lower triangle
        for (std::int64_t b; !stop && (b = next++) < nBlocks;) {
            const std::int64_t r0 = b * block, r1 = std::min(x.rows, r0 + block);
            double pairs = 0;
            for (std::int64_t r = r0; r < r1; ++r) {
                const double k =
                    static_cast<double>(ip[static_cast<std::size_t>(r) + 1] - ip[static_cast<std::size_t>(r)]);
                pairs += k * k / 2;
            }
            if (pairs * 16 < static_cast<double>(r1 - r0) * static_cast<double>(g) * static_cast<double>(g)) {
                for (std::int64_t r = r0; r < r1; ++r) {
                    const auto p0 = ip[static_cast<std::size_t>(r)], p1 = ip[static_cast<std::size_t>(r) + 1];
                    for (auto p = p0; p < p1; ++p) {
                        const double vp = x.values[static_cast<std::size_t>(p)];
                        double* col = c.col(ix[static_cast<std::size_t>(p)]).data();
                        for (auto q = p; q < p1; ++q)
                            col[ix[static_cast<std::size_t>(q)]] += vp * x.values[static_cast<std::size_t>(q)];
                    }
                }
            } else {
                dense.setZero();
                for (std::int64_t r = r0; r < r1; ++r)
                    for (auto p = ip[static_cast<std::size_t>(r)]; p < ip[static_cast<std::size_t>(r) + 1]; ++p)
                        dense(ix[static_cast<std::size_t>(p)], r - r0) = x.values[static_cast<std::size_t>(p)];
                c.selfadjointView<Eigen::Lower>().rankUpdate(dense.leftCols(r1 - r0));
            }
            ++done;
            if (t == 0) {
                progress.report(done, nBlocks);
                if (progress.cancelled()) stop = true;
            }
        }
    };
    // The calling thread is worker 0 and reports; cancellation stops every worker at a block boundary.
    runWorkers(nThreads, [&](int t) {
        try {
            work(t);
        } catch (...) {
            stop = true;
            throw;
        }
    });
    progress.report(done, nBlocks);
    progress.checkCancelled();
    Eigen::MatrixXd c = parts[0];
    for (std::size_t t = 1; t < parts.size(); ++t) c += parts[t];
    return c.selfadjointView<Eigen::Lower>();
}

// The k leading eigenpairs of a symmetric matrix. Small matrices: full SelfAdjointEigenSolver.
// Larger ones: Lanczos with full re-orthogonalisation (block Krylov basis of m vectors, Rayleigh-Ritz
// on V^T C V), m doubled until every wanted Ritz pair has residual |C u - theta u| < 1e-9 theta_1;
// with m = g the basis spans everything, so the result is exact either way.
void topEigen(const Eigen::MatrixXd& c, int k, std::uint64_t seed, Eigen::MatrixXd& vectors, Eigen::VectorXd& values) {
    const Eigen::Index g = c.rows();
    if (g <= 400) {
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(c);
        vectors.resize(g, k);
        values.resize(k);
        for (int i = 0; i < k; ++i) {
            vectors.col(i) = es.eigenvectors().col(g - 1 - i);
            values[i] = es.eigenvalues()[g - 1 - i];
        }
        return;
    }
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    auto randomUnit = [&](const Eigen::MatrixXd& basis, Eigen::Index used) {
        Eigen::VectorXd v(g);
        for (Eigen::Index i = 0; i < g; ++i) v[i] = normal(rng);
        for (int pass = 0; pass < 2; ++pass) v -= basis.leftCols(used) * (basis.leftCols(used).transpose() * v);
        return Eigen::VectorXd(v.normalized());
    };
    Eigen::Index m = std::min<Eigen::Index>(g, std::max<Eigen::Index>(2 * k + 20, k + 100));
    const double scale = c.diagonal().cwiseAbs().maxCoeff() + 1e-300;
    for (;;) {
        Eigen::MatrixXd v(g, m), cv(g, m);
        v.col(0) = randomUnit(v, 0);
        for (Eigen::Index j = 0; j < m; ++j) {
            cv.col(j).noalias() = c * v.col(j);
            if (j + 1 == m) break;
            Eigen::VectorXd w = cv.col(j);
            for (int pass = 0; pass < 2; ++pass) w -= v.leftCols(j + 1) * (v.leftCols(j + 1).transpose() * w);
            const double nrm = w.norm();
            v.col(j + 1) =
                nrm > 1e-10 * scale ? Eigen::VectorXd(w / nrm) : randomUnit(v, j + 1);  // breakdown: restart direction
        }
        Eigen::MatrixXd h = v.transpose() * cv;
        h = (h + h.transpose()).eval() * 0.5;
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(h);
        vectors.resize(g, k);
        values.resize(k);
        for (int i = 0; i < k; ++i) {
            vectors.col(i) = v * es.eigenvectors().col(m - 1 - i);
            values[i] = es.eigenvalues()[m - 1 - i];
        }
        const Eigen::MatrixXd resid = c * vectors - vectors * values.asDiagonal();
        const double worst = resid.colwise().norm().maxCoeff();
        if (m == g || worst < 1e-9 * std::max(std::abs(values[0]), 1e-300)) return;
        m = std::min(g, 2 * m);
    }
}
}  // namespace

PcaFit fitPca(const SparseMatrix& s, int nComps, bool zeroCenter, std::uint64_t seed, Progress& progress) {
    const std::int64_t n = s.rows, g = s.cols;
    if (n < 2 || g < 1)
        throw InvalidInput("PCA needs at least 2 cells and 1 gene, got " + std::to_string(n) + " x " +
                           std::to_string(g) + ".");
    const int k = static_cast<int>(std::min<std::int64_t>({static_cast<std::int64_t>(nComps), g, n - 1}));
    if (k < 1) throw InvalidInput("PCA needs n_comps >= 1.");
    Csr x{n, g, &s.indptr.vec(), &s.indices.vec(), s.values.data<float>()};

    Eigen::VectorXd mu = Eigen::VectorXd::Zero(g), sq = Eigen::VectorXd::Zero(g);
    for (std::size_t p = 0; p < s.indices.size(); ++p) {
        const double v = x.values[p];
        mu[s.indices[p]] += v;
        sq[s.indices[p]] += v * v;
    }
    mu /= static_cast<double>(n);
    PcaFit fit;
    fit.totalVariance =
        ((sq.array() - static_cast<double>(n) * mu.array().square()) / static_cast<double>(n - 1)).sum();
    fit.centre = zeroCenter ? mu : Eigen::VectorXd::Zero(g);
    const Eigen::VectorXd& centre = fit.centre;

    Eigen::MatrixXd& comps = fit.components;
    comps.resize(g, k);
    if (g <= kExactGenes) {
        Eigen::MatrixXd c = gram(x, progress);
        c -= static_cast<double>(n) * centre * centre.transpose();
        c /= static_cast<double>(n - 1);
        progress.checkCancelled();
        Eigen::VectorXd eigenvalues;
        topEigen(c, k, seed, comps, eigenvalues);
    } else {
        std::mt19937_64 rng(seed);
        std::normal_distribution<double> normal;
        const int l = std::min<std::int64_t>(k + 10, g);
        Eigen::MatrixXd omega(g, l);
        for (Eigen::Index i = 0; i < omega.size(); ++i) omega.data()[i] = normal(rng);
        auto right = [&](const Eigen::MatrixXd& m) {  // (X - 1 c^T) M
            Eigen::MatrixXd y = timesRight(x, m);
            y.rowwise() -= (centre.transpose() * m);
            return y;
        };
        auto left = [&](const Eigen::MatrixXd& m) {  // (X - 1 c^T)^T M
            Eigen::MatrixXd z = timesLeft(x, m);
            z -= centre * m.colwise().sum();
            return z;
        };
        auto orth = [](const Eigen::MatrixXd& m) {
            Eigen::HouseholderQR<Eigen::MatrixXd> qr(m);
            return Eigen::MatrixXd(qr.householderQ() * Eigen::MatrixXd::Identity(m.rows(), m.cols()));
        };
        Eigen::MatrixXd q = orth(right(omega));
        for (int it = 0; it < 4; ++it) {
            progress.report(it, 5);
            progress.checkCancelled();
            q = orth(right(orth(left(q))));
        }
        const Eigen::MatrixXd b = left(q).transpose();  // l x g
        Eigen::JacobiSVD<Eigen::MatrixXd> svd(b, Eigen::ComputeThinV);
        comps = svd.matrixV().leftCols(k);
    }
    for (int i = 0; i < k; ++i) {
        Eigen::Index arg;
        comps.col(i).cwiseAbs().maxCoeff(&arg);
        if (comps(arg, i) < 0) comps.col(i) *= -1;
    }
    progress.checkCancelled();
    Eigen::MatrixXd& scores = fit.scores;
    scores = timesRight(x, comps);
    scores.rowwise() -= centre.transpose() * comps;
    fit.variance.resize(k);
    for (int i = 0; i < k; ++i) {
        const double m = scores.col(i).mean();
        // zero_center: sample variance (ddof = 1) = eigenvalue; uncentred: np.var of the scores as TruncatedSVD.
        fit.variance[i] = zeroCenter ? (scores.col(i).array() - m).square().sum() / static_cast<double>(n - 1)
                                     : (scores.col(i).array() - m).square().sum() / static_cast<double>(n);
    }
    return fit;
}

Eigen::MatrixXd projectRows(const PcaFit& fit, const SparseMatrix& x, const std::vector<std::int64_t>& rows) {
    if (x.cols != fit.components.rows())
        throw InvalidInput("PCA projection needs " + std::to_string(fit.components.rows()) +
                           " genes, but the matrix has " + std::to_string(x.cols) + ".");
    const Eigen::RowVectorXd offset = fit.centre.transpose() * fit.components;
    const std::vector<double> v = x.values.toFloat64();
    Eigen::MatrixXd out(static_cast<Eigen::Index>(rows.size()), fit.components.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto r = static_cast<std::size_t>(rows[i]);
        Eigen::RowVectorXd score = -offset;
        for (auto e = x.indptr[r]; e < x.indptr[r + 1]; ++e)
            score += v[static_cast<std::size_t>(e)] * fit.components.row(x.indices[static_cast<std::size_t>(e)]);
        out.row(static_cast<Eigen::Index>(i)) = score;
    }
    return out;
}

void pca(AnnData& data, const PcaOptions& o, Progress& progress) {
    preprocess::requireX(data, "PCA");
    progress.stage("PCA");
    const std::int64_t nGenesAll = data.nVars();
    std::vector<std::int64_t> genes;
    bool usedHvg = false;
    if (o.useHighlyVariable)
        if (const Column* hv = data.var.find("highly_variable")) {
            const auto* a = std::get_if<NDArray>(&hv->data);
            if (!a)
                throw InvalidInput("var['highly_variable'] must be a boolean column, found " + describe(hv->data) +
                                   ".");
            for (std::int64_t j = 0; j < a->size(); ++j)
                if (a->at(j) != 0) genes.push_back(j);
            usedHvg = true;
            if (genes.empty())
                throw InvalidInput(
                    "var['highly_variable'] flags no gene; run highly variable genes again or turn off "
                    "use_highly_variable.");
        }
    if (!usedHvg)
        for (std::int64_t j = 0; j < nGenesAll; ++j) genes.push_back(j);
    const SparseMatrix s = toCsrFloat32(usedHvg ? preprocess::takeCols(*data.X, genes) : *data.X);
    const std::int64_t n = s.rows;
    const PcaFit fit = fitPca(s, o.nComps, o.zeroCenter, o.seed, progress);
    const auto k = static_cast<int>(fit.components.cols());

    NDArray xpca(DType::Float32, {n, k});
    auto xp = xpca.data<float>();
    for (std::int64_t r = 0; r < n; ++r)
        for (int i = 0; i < k; ++i) xp[static_cast<std::size_t>(r * k + i)] = static_cast<float>(fit.scores(r, i));
    NDArray pcs(DType::Float32, {nGenesAll, k});
    auto pp = pcs.data<float>();
    for (std::size_t j = 0; j < genes.size(); ++j)
        for (int i = 0; i < k; ++i)
            pp[static_cast<std::size_t>(genes[j] * k + i)] =
                static_cast<float>(fit.components(static_cast<Eigen::Index>(j), i));
    std::vector<double> var(fit.variance.data(), fit.variance.data() + k), ratio(var);
    for (auto& r : ratio) r = fit.totalVariance > 0 ? r / fit.totalVariance : 0.0;
    data.obsm.set("X_pca", std::move(xpca));
    data.varm.set("PCs", std::move(pcs));
    Dict params;
    params.set("zero_center", NDArray::scalar<bool>(o.zeroCenter));
    params.set("use_highly_variable", NDArray::scalar<bool>(usedHvg));
    Dict u;
    u.set("params", std::move(params));
    u.set("variance", NDArray::fromVector(std::move(var)));
    u.set("variance_ratio", NDArray::fromVector(std::move(ratio)));
    data.uns.set("pca", std::move(u));
}

}  // namespace scdiff::embedding
