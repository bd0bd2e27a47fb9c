// Annotation baselines: multinomial logistic regression and kNN vote on PCA of the training cells.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>

#include "baselines/lbfgs.hpp"
#include "baselines/pca_features.hpp"
#include "preprocess/knn.hpp"
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
                                                 std::uint64_t seed) {
    const Encoded e = encode(x, trainRows, trainLabels, testRows);
    const auto c = static_cast<Eigen::Index>(e.classes.size());
    if (c == 1) return std::vector<std::string>(testRows.size(), e.classes[0]);

    const auto pca = detail::fitPcaOnRows(x, trainRows, nComps, seed);
    Eigen::MatrixXd z = pca.scores;
    const Eigen::Index n = z.rows(), d = z.cols();
    // Standardise the PCs so one penalty suits all of them; the test cells reuse the training scale.
    const Eigen::RowVectorXd mu = z.colwise().mean();
    Eigen::RowVectorXd sd = ((z.rowwise() - mu).colwise().squaredNorm() / static_cast<double>(std::max<Eigen::Index>(1, n - 1)))
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

    // Mean softmax cross-entropy + lambda/2 |W|^2, W is (d + 1) x c stored column-major in a vector.
    auto objective = [&](const Eigen::VectorXd& w, Eigen::VectorXd& grad) {
        const Eigen::Map<const Eigen::MatrixXd> wm(w.data(), d + 1, c);
        Eigen::MatrixXd logits = xb * wm;
        const Eigen::VectorXd rowMax = logits.rowwise().maxCoeff();
        logits.colwise() -= rowMax;
        Eigen::MatrixXd p = logits.array().exp();
        const Eigen::VectorXd z = p.rowwise().sum();
        double loss = (z.array().log()).sum() - (logits.cwiseProduct(onehot)).sum();
        p = p.array().colwise() / z.array();
        loss /= static_cast<double>(n);
        Eigen::MatrixXd gm = xb.transpose() * (p - onehot) / static_cast<double>(n);
        loss += 0.5 * kLambda * wm.topRows(d).squaredNorm();
        gm.topRows(d) += kLambda * wm.topRows(d);
        grad = Eigen::Map<Eigen::VectorXd>(gm.data(), gm.size());
        return loss;
    };
    Eigen::VectorXd w = Eigen::VectorXd::Zero((d + 1) * c);
    detail::minimiseLbfgs(objective, w, 1e-6, 1000);

    const Eigen::Map<const Eigen::MatrixXd> wm(w.data(), d + 1, c);
    const Eigen::MatrixXd scores = standardise(embedding::detail::projectRows(pca, x, testRows)) * wm;
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
    if (e.classes.size() == 1) return std::vector<std::string>(testRows.size(), e.classes[0]);  // also: PCA needs 2 cells
    const auto pca = detail::fitPcaOnRows(x, trainRows, nComps, 0);
    const auto dim = static_cast<int>(pca.components.cols());
    // Test cells searched among the training cells: the two-set form of the embedding's exact search.
    const auto nb = embedding::detail::exactKnn(
        detail::rowMajorFloat(pca.scores), static_cast<std::int64_t>(trainRows.size()),
        detail::rowMajorFloat(embedding::detail::projectRows(pca, x, testRows)),
        static_cast<std::int64_t>(testRows.size()), dim, std::min<int>(k, static_cast<int>(trainRows.size())),
        nullProgress());
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

}  // namespace scdiff::baselines
