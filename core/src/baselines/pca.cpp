// PCA for the baselines: exact for few genes, randomised SVD for many.
#include "baselines/pca.hpp"

#include <Eigen/Eigenvalues>
#include <Eigen/SparseCore>
#include <algorithm>

#include "metrics/random.hpp"
#include "scdiff/error.hpp"

namespace scdiff::baselines::detail {
namespace {

using RowSparse = Eigen::SparseMatrix<double, Eigen::RowMajor, std::int64_t>;

RowSparse toEigen(const SparseMatrix& x, const std::vector<std::int64_t>& rows, const std::vector<double>& v) {
    std::vector<Eigen::Triplet<double, std::int64_t>> t;
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (auto e = x.indptr[rows[i]]; e < x.indptr[rows[i] + 1]; ++e)
            t.emplace_back(static_cast<std::int64_t>(i), x.indices[e], v[e]);
    RowSparse s(static_cast<std::int64_t>(rows.size()), x.cols);
    s.setFromTriplets(t.begin(), t.end());
    return s;
}

Eigen::MatrixXd orthonormal(const Eigen::MatrixXd& y) {
    Eigen::HouseholderQR<Eigen::MatrixXd> qr(y);
    return qr.householderQ() * Eigen::MatrixXd::Identity(y.rows(), y.cols());
}

void fixSigns(Eigen::MatrixXd& c) {
    for (Eigen::Index j = 0; j < c.cols(); ++j) {
        Eigen::Index at;
        c.col(j).cwiseAbs().maxCoeff(&at);
        if (c(at, j) < 0) c.col(j) *= -1;
    }
}

void exactPca(const SparseMatrix& x, const std::vector<std::int64_t>& rows, const std::vector<double>& v, int k,
              PcaModel& m) {
    const Eigen::Index g = x.cols;
    const auto n = static_cast<double>(rows.size());
    Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(g, g);
    Eigen::VectorXd sum = Eigen::VectorXd::Zero(g);
    constexpr std::size_t kChunk = 512;  // dense chunks so the Gram update runs as a blocked product
    Eigen::MatrixXd chunk;
    for (std::size_t start = 0; start < rows.size(); start += kChunk) {
        const std::size_t b = std::min(kChunk, rows.size() - start);
        chunk.setZero(g, static_cast<Eigen::Index>(b));  // genes x cells
        for (std::size_t i = 0; i < b; ++i) {
            const auto r = rows[start + i];
            for (auto e = x.indptr[r]; e < x.indptr[r + 1]; ++e) chunk(x.indices[e], static_cast<Eigen::Index>(i)) = v[e];
        }
        sum += chunk.rowwise().sum();
        gram.selfadjointView<Eigen::Lower>().rankUpdate(chunk);
    }
    m.mean = sum / n;
    const double denom = n > 1 ? n - 1 : 1;
    Eigen::MatrixXd cov = gram / denom;
    cov.selfadjointView<Eigen::Lower>().rankUpdate(m.mean, -n / denom);
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(cov);  // reads the lower triangle
    if (es.info() != Eigen::Success) throw InvalidInput("PCA failed: the covariance eigen-decomposition did not converge.");
    m.components = es.eigenvectors().rightCols(k).rowwise().reverse();
    m.variance = es.eigenvalues().tail(k).reverse().cwiseMax(0.0);
}

void randomisedPca(const SparseMatrix& x, const std::vector<std::int64_t>& rows, const std::vector<double>& v, int k,
                   std::uint64_t seed, PcaModel& m) {
    const RowSparse s = toEigen(x, rows, v);
    const auto n = static_cast<Eigen::Index>(rows.size());
    m.mean = (s.transpose() * Eigen::VectorXd::Ones(n)) / static_cast<double>(n);
    const Eigen::Index l = std::min<Eigen::Index>({static_cast<Eigen::Index>(k) + 10, n, x.cols});
    std::mt19937_64 rng(seed);
    Eigen::MatrixXd omega(x.cols, l);
    for (Eigen::Index j = 0; j < l; ++j)
        for (Eigen::Index i = 0; i < x.cols; ++i) omega(i, j) = scdiff::detail::normal(rng);
    const Eigen::RowVectorXd meanT = m.mean.transpose();
    // Centring stays implicit: Xc * W = X * W - 1 (mean^T W), Xc^T * Q = X^T Q - mean (1^T Q).
    auto times = [&](const Eigen::MatrixXd& w) -> Eigen::MatrixXd {
        Eigen::MatrixXd y = s * w;
        y.rowwise() -= meanT * w;
        return y;
    };
    auto timesT = [&](const Eigen::MatrixXd& q) -> Eigen::MatrixXd {
        Eigen::MatrixXd z = s.transpose() * q;
        z -= m.mean * q.colwise().sum();
        return z;
    };
    Eigen::MatrixXd q = orthonormal(times(omega));
    for (int it = 0; it < 2; ++it) q = orthonormal(times(orthonormal(timesT(q))));
    const Eigen::MatrixXd bt = timesT(q);  // genes x l = (Q^T Xc)^T
    Eigen::BDCSVD<Eigen::MatrixXd> svd(bt, Eigen::ComputeThinU);
    m.components = svd.matrixU().leftCols(k);
    const double denom = n > 1 ? static_cast<double>(n - 1) : 1.0;
    m.variance = svd.singularValues().head(k).array().square() / denom;
}

}  // namespace

void checkRows(const SparseMatrix& x, const std::vector<std::int64_t>& rows, const char* what) {
    for (auto r : rows)
        if (r < 0 || r >= x.rows)
            throw InvalidInput(std::string("The ") + what + " contain row " + std::to_string(r) +
                               ", but the matrix has " + std::to_string(x.rows) + " rows.");
}

PcaModel fitPca(const SparseMatrix& x, const std::vector<std::int64_t>& rows, int nComps, std::uint64_t seed) {
    if (rows.empty()) throw InvalidInput("PCA needs at least one cell, but none was given.");
    if (x.cols < 1) throw InvalidInput("PCA needs at least one gene, but the matrix has none.");
    if (nComps < 1) throw InvalidInput("PCA needs at least one component, but " + std::to_string(nComps) + " were asked.");
    checkRows(x, rows, "cells to fit PCA on");
    const auto n = static_cast<std::int64_t>(rows.size());
    const int k = static_cast<int>(std::max<std::int64_t>(1, std::min<std::int64_t>({nComps, x.cols, n - 1})));
    const std::vector<double> v = x.values.toFloat64();
    PcaModel m;
    if (x.cols <= kExactPcaGenes)
        exactPca(x, rows, v, k, m);
    else
        randomisedPca(x, rows, v, k, seed, m);
    fixSigns(m.components);
    return m;
}

Eigen::MatrixXd projectRows(const PcaModel& pca, const SparseMatrix& x, const std::vector<std::int64_t>& rows) {
    const Eigen::RowVectorXd offset = pca.mean.transpose() * pca.components;
    const std::vector<double> v = x.values.toFloat64();
    Eigen::MatrixXd out(static_cast<Eigen::Index>(rows.size()), pca.components.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Eigen::RowVectorXd s = -offset;
        for (auto e = x.indptr[rows[i]]; e < x.indptr[rows[i] + 1]; ++e) s += v[e] * pca.components.row(x.indices[e]);
        out.row(static_cast<Eigen::Index>(i)) = s;
    }
    return out;
}

}  // namespace scdiff::baselines::detail
