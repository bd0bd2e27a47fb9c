// Annotation baselines: multinomial logistic regression and kNN vote on PCA of the training cells, and a
// CellTypist-like one-vs-rest logistic regression on the standardised genes.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>

#include "baselines/lbfgs.hpp"
#include "baselines/pca_features.hpp"
#include "scdiff/knn.hpp"
#include "scdiff/baselines.hpp"
#include "scdiff/error.hpp"

namespace scdiff::baselines {
namespace {

// Sorted class names and each training cell's class index.
struct Encoded {
    std::vector<std::string> classes;
    std::vector<int> y;
};

Encoded encode(const SparseMatrix& x, const std::vector<std::int64_t>& trainRows,
               const std::vector<std::string>& trainLabels, const std::vector<std::int64_t>& testRows) {
    if (trainRows.size() != trainLabels.size())
        throw InvalidInput("An annotation baseline needs one label per training cell, but got " +
                           std::to_string(trainLabels.size()) + " labels for " + std::to_string(trainRows.size()) +
                           " cells.");
    if (trainRows.empty()) throw InvalidInput("An annotation baseline needs at least one training cell, but got none.");
    detail::checkRows(x, trainRows, "training cells");
    detail::checkRows(x, testRows, "test cells");
    std::map<std::string, int> index;
    for (const auto& l : trainLabels) index.emplace(l, 0);
    Encoded e;
    for (auto& [name, i] : index) {
        i = static_cast<int>(e.classes.size());
        e.classes.push_back(name);
    }
    for (const auto& l : trainLabels) e.y.push_back(index[l]);
    return e;
}

// L2 penalty on the weights (not the intercepts), relative to the mean log-loss. Small enough not to
// bias well-separated classes, large enough to keep separable data from diverging.
constexpr double kLambda = 1e-2;

}  // namespace

std::vector<std::string> logisticRegressionOnPca(const SparseMatrix& x, const std::vector<std::int64_t>& trainRows,
                                                 const std::vector<std::string>& trainLabels,
                                                 const std::vector<std::int64_t>& testRows, int nComps,
                                                 std::uint64_t seed, bool balancedClasses) {
    const Encoded e = encode(x, trainRows, trainLabels, testRows);
    const auto c = static_cast<Eigen::Index>(e.classes.size());
    if (c == 1) return std::vector<std::string>(testRows.size(), e.classes[0]);

    const auto pca = detail::fitPcaOnRows(x, trainRows, nComps, seed);
    Eigen::MatrixXd z = pca.scores;
    const Eigen::Index n = z.rows(), d = z.cols();
    // Standardise the PCs so one penalty suits all of them; the test cells reuse the training scale.
    const Eigen::RowVectorXd mu = z.colwise().mean();
    Eigen::RowVectorXd sd =
        ((z.rowwise() - mu).colwise().squaredNorm() / static_cast<double>(std::max<Eigen::Index>(1, n - 1)))
            .cwiseSqrt();
    for (Eigen::Index j = 0; j < d; ++j)
        if (!(sd(j) > 1e-12)) sd(j) = 1;
    auto standardise = [&](Eigen::MatrixXd m) {
        Eigen::MatrixXd b(m.rows(), d + 1);
        b.leftCols(d) = (m.rowwise() - mu).array().rowwise() / sd.array();
        b.col(d).setOnes();  // intercept
        return b;
    };
    const Eigen::MatrixXd xb = standardise(std::move(z));
    Eigen::MatrixXd onehot = Eigen::MatrixXd::Zero(n, c);
    for (Eigen::Index i = 0; i < n; ++i) onehot(i, e.y[static_cast<std::size_t>(i)]) = 1;
    Eigen::VectorXd weight = Eigen::VectorXd::Ones(n);  // per cell; 1 unless the classes are balanced
    if (balancedClasses) {
        const Eigen::RowVectorXd perClass = onehot.colwise().sum();
        for (Eigen::Index i = 0; i < n; ++i)
            weight(i) = static_cast<double>(n) / (static_cast<double>(c) * perClass(e.y[static_cast<std::size_t>(i)]));
    }

    // Mean softmax cross-entropy + lambda/2 |W|^2, W is (d + 1) x c stored column-major in a vector.
    auto objective = [&](const Eigen::VectorXd& w, Eigen::VectorXd& grad) {
        const Eigen::Map<const Eigen::MatrixXd> wm(w.data(), d + 1, c);
        Eigen::MatrixXd logits = xb * wm;
        const Eigen::VectorXd rowMax = logits.rowwise().maxCoeff();
        logits.colwise() -= rowMax;
        Eigen::MatrixXd p = logits.array().exp();
        const Eigen::VectorXd z = p.rowwise().sum();
        const Eigen::VectorXd cellLoss = z.array().log() - logits.cwiseProduct(onehot).rowwise().sum().array();
        double loss = weight.dot(cellLoss);
        p = p.array().colwise() / z.array();
        loss /= static_cast<double>(n);
        Eigen::MatrixXd gm =
            xb.transpose() * ((p - onehot).array().colwise() * weight.array()).matrix() / static_cast<double>(n);
        loss += 0.5 * kLambda * wm.topRows(d).squaredNorm();
        gm.topRows(d) += kLambda * wm.topRows(d);
        grad = Eigen::Map<Eigen::VectorXd>(gm.data(), gm.size());
        return loss;
    };
    Eigen::VectorXd w = Eigen::VectorXd::Zero((d + 1) * c);
    detail::minimiseLbfgs(objective, w, 1e-6, 1000);

    const Eigen::Map<const Eigen::MatrixXd> wm(w.data(), d + 1, c);
    const Eigen::MatrixXd scores = standardise(embedding::projectRows(pca, x, testRows)) * wm;
    std::vector<std::string> out;
    out.reserve(testRows.size());
    for (Eigen::Index i = 0; i < scores.rows(); ++i) {
        Eigen::Index best;
        scores.row(i).maxCoeff(&best);
        out.push_back(e.classes[static_cast<std::size_t>(best)]);
    }
    return out;
}

std::vector<std::string> knnClassifier(const SparseMatrix& x, const std::vector<std::int64_t>& trainRows,
                                       const std::vector<std::string>& trainLabels,
                                       const std::vector<std::int64_t>& testRows, int k, int nComps) {
    const Encoded e = encode(x, trainRows, trainLabels, testRows);
    if (k < 1) throw InvalidInput("The kNN classifier needs k >= 1, but got " + std::to_string(k) + ".");
    if (e.classes.size() == 1)
        return std::vector<std::string>(testRows.size(), e.classes[0]);  // also: PCA needs 2 cells
    const auto pca = detail::fitPcaOnRows(x, trainRows, nComps, 0);
    const auto dim = static_cast<int>(pca.components.cols());
    // Test cells searched among the training cells: the two-set form of the embedding's exact search.
    const auto nb = embedding::exactKnn(detail::rowMajorFloat(pca.scores), static_cast<std::int64_t>(trainRows.size()),
                                        detail::rowMajorFloat(embedding::projectRows(pca, x, testRows)),
                                        static_cast<std::int64_t>(testRows.size()), dim,
                                        std::min<int>(k, static_cast<int>(trainRows.size())), nullProgress());
    std::vector<std::string> out;
    out.reserve(testRows.size());
    std::vector<int> votes(e.classes.size());
    for (std::size_t i = 0; i < testRows.size(); ++i) {
        std::fill(votes.begin(), votes.end(), 0);
        const auto* idx = nb.indices.data() + i * static_cast<std::size_t>(nb.k);
        for (int j = 0; j < nb.k; ++j) ++votes[static_cast<std::size_t>(e.y[static_cast<std::size_t>(idx[j])])];
        const int top = *std::max_element(votes.begin(), votes.end());
        // Ties go to the tied class whose member is nearest.
        for (int j = 0; j < nb.k; ++j) {
            const int cls = e.y[static_cast<std::size_t>(idx[j])];
            if (votes[static_cast<std::size_t>(cls)] == top) {
                out.push_back(e.classes[static_cast<std::size_t>(cls)]);
                break;
            }
        }
    }
    return out;
}

namespace {

// The given rows of x as a dense cells x genes matrix (float: a 20,000-cell x 2,000-gene training set
// is 160 MB).
Eigen::MatrixXf denseRows(const SparseMatrix& x, const std::vector<std::int64_t>& rows) {
    Eigen::MatrixXf out =
        Eigen::MatrixXf::Zero(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(x.cols));
    const std::vector<double> v = x.values.toFloat64();
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (auto e = x.indptr[rows[i]]; e < x.indptr[rows[i] + 1]; ++e)
            out(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(x.indices[e])) =
                static_cast<float>(v[static_cast<std::size_t>(e)]);
    return out;
}

}  // namespace

std::vector<std::string> standardisedLogisticRegression(const SparseMatrix& x,
                                                        const std::vector<std::int64_t>& trainRows,
                                                        const std::vector<std::string>& trainLabels,
                                                        const std::vector<std::int64_t>& testRows, double C) {
    const Encoded e = encode(x, trainRows, trainLabels, testRows);
    if (!(C > 0))
        throw InvalidInput("The standardised logistic regression needs C > 0, but got " + std::to_string(C) + ".");
    const auto c = static_cast<Eigen::Index>(e.classes.size());
    if (c == 1) return std::vector<std::string>(testRows.size(), e.classes[0]);

    // CellTypist's scaling: zero mean and unit variance per gene on the training cells (constant genes
    // stay 0), then values above 10 clipped to 10; the test cells reuse the training scale.
    Eigen::MatrixXf train = denseRows(x, trainRows);
    const Eigen::Index n = train.rows(), g = train.cols();
    const Eigen::RowVectorXf mu = train.colwise().mean();
    Eigen::RowVectorXf sd = ((train.rowwise() - mu).colwise().squaredNorm() / static_cast<float>(n)).cwiseSqrt();
    for (Eigen::Index j = 0; j < g; ++j)
        if (!(sd(j) > 1e-12f)) sd(j) = 1;
    auto scale = [&](Eigen::MatrixXf m) {
        m = ((m.rowwise() - mu).array().rowwise() / sd.array()).cwiseMin(10.0f).matrix();
        return m;
    };
    train = scale(std::move(train));

    // One binary problem per class, as sklearn's LogisticRegression(C, multi_class='ovr') solves it:
    // C * sum of log-losses + |w|^2 / 2 (intercept not penalised), here divided by C n so that the
    // L-BFGS tolerance does not depend on the number of cells.
    const double lambda = 1.0 / (C * static_cast<double>(n));
    Eigen::MatrixXd weights(g + 1, c);  // last row: intercept
    for (Eigen::Index k = 0; k < c; ++k) {
        Eigen::VectorXf target(n);
        for (Eigen::Index i = 0; i < n; ++i) target(i) = e.y[static_cast<std::size_t>(i)] == k ? 1.0f : 0.0f;
        auto objective = [&](const Eigen::VectorXd& w, Eigen::VectorXd& grad) {
            const Eigen::VectorXf wf = w.head(g).cast<float>();
            const Eigen::ArrayXd z = ((train * wf).cast<double>().array() + w(g));
            // log(1 + exp(z)) - y z, computed stably; its derivative is sigmoid(z) - y.
            const Eigen::ArrayXd softplus = z.max(0.0) + (-z.abs()).exp().log1p();
            const Eigen::ArrayXd y = target.cast<double>().array();
            double loss = (softplus - y * z).sum() / static_cast<double>(n);
            const Eigen::ArrayXd residual = (1.0 / (1.0 + (-z).exp())) - y;
            grad.resize(w.size());
            grad.head(g) =
                (train.transpose() * residual.cast<float>().matrix()).cast<double>() / static_cast<double>(n);
            grad(g) = residual.sum() / static_cast<double>(n);
            loss += 0.5 * lambda * w.head(g).squaredNorm();
            grad.head(g) += lambda * w.head(g);
            return loss;
        };
        Eigen::VectorXd w = Eigen::VectorXd::Zero(g + 1);
        detail::minimiseLbfgs(objective, w, 1e-6, 1000);
        weights.col(k) = w;
    }

    const Eigen::MatrixXf test = scale(denseRows(x, testRows));
    const Eigen::MatrixXd scores = (test * weights.topRows(g).cast<float>()).cast<double>().rowwise() + weights.row(g);
    std::vector<std::string> out;
    out.reserve(testRows.size());
    for (Eigen::Index i = 0; i < scores.rows(); ++i) {
        Eigen::Index best;
        scores.row(i).maxCoeff(&best);
        out.push_back(e.classes[static_cast<std::size_t>(best)]);
    }
    return out;
}

}  // namespace scdiff::baselines
