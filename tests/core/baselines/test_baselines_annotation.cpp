// Annotation baselines on synthetic Gaussian classes.
#include <QtTest>

#include "scdiff/baselines.hpp"
#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"
#include "support_synthetic.hpp"

using namespace scdiff;

class BaselinesAnnotation : public QObject {
    Q_OBJECT
private slots:
    void logisticRegressionSeparatesGaussianClasses();
    void knnSeparatesGaussianClasses();
    void logisticRegressionWorksThroughRandomisedPca();
    void singleTrainingClassPredictsThatClass();
    void knnVoteTiesGoToTheNearest();
    void rejectsMismatchedLabels();
    void balancedClassesFindARareClass();
};

// Three training cells of one class against 70 of each other: with the loss of every cell weighted equally
// the rare class is hardly ever predicted; with class weights n / (classes x class size) it is.
void BaselinesAnnotation::balancedClassesFindARareClass() {
    const auto d = gaussianClasses(3, 100, 50, 2.0, 0, 4);
    const auto split = metrics::stratifiedSplit(d.labels, 0.3, 4);
    std::vector<std::int64_t> train;
    int rare = 0;
    for (auto r : split.train)
        if (d.labels[static_cast<std::size_t>(r)] != d.labels[0] || rare++ < 3) train.push_back(r);
    std::vector<std::int64_t> test;
    for (auto r : split.test)
        if (d.labels[static_cast<std::size_t>(r)] == d.labels[0]) test.push_back(r);
    auto recall = [&](bool balanced) {
        const auto pred = baselines::logisticRegressionOnPca(d.x, train, pick(d.labels, train), test, 50, 0, balanced);
        return metrics::classification(pick(d.labels, test), pred).accuracy;
    };
    const double plain = recall(false), weighted = recall(true);
    qInfo("rare-class recall: %.3f plain, %.3f balanced", plain, weighted);
    QVERIFY2(weighted > plain + 0.2, qPrintable(QString("%1 vs %2").arg(weighted).arg(plain)));
}

void BaselinesAnnotation::logisticRegressionSeparatesGaussianClasses() {
    const auto d = gaussianClasses(3, 100, 50, 2.0, 0, 1);
    const auto split = metrics::stratifiedSplit(d.labels, 0.3, 1);
    const auto pred = baselines::logisticRegressionOnPca(d.x, split.train, pick(d.labels, split.train), split.test);
    const auto r = metrics::classification(pick(d.labels, split.test), pred);
    qInfo("logistic regression: macro accuracy %.3f on %zu test cells", r.macroAccuracy, split.test.size());
    QVERIFY(r.macroAccuracy > 0.9);
    // Deterministic: the same call gives the same answer.
    QCOMPARE(baselines::logisticRegressionOnPca(d.x, split.train, pick(d.labels, split.train), split.test), pred);
}

void BaselinesAnnotation::knnSeparatesGaussianClasses() {
    const auto d = gaussianClasses(3, 100, 50, 2.0, 0, 2);
    const auto split = metrics::stratifiedSplit(d.labels, 0.3, 2);
    const auto pred = baselines::knnClassifier(d.x, split.train, pick(d.labels, split.train), split.test, 15, 10);
    const auto r = metrics::classification(pick(d.labels, split.test), pred);
    qInfo("kNN: macro accuracy %.3f", r.macroAccuracy);
    QVERIFY(r.macroAccuracy > 0.9);
}

void BaselinesAnnotation::logisticRegressionWorksThroughRandomisedPca() {
    // 5050 genes > 5000 (kExactGenes of the embedding's PCA, which the baselines share): the randomised SVD path.
    const auto d = gaussianClasses(3, 60, 50, 3.0, 5000, 3);
    QCOMPARE(d.x.cols, std::int64_t{5050});
    const auto split = metrics::stratifiedSplit(d.labels, 0.3, 3);
    const auto pred =
        baselines::logisticRegressionOnPca(d.x, split.train, pick(d.labels, split.train), split.test, 20, 7);
    const auto r = metrics::classification(pick(d.labels, split.test), pred);
    qInfo("logistic regression (randomised PCA): macro accuracy %.3f", r.macroAccuracy);
    QVERIFY(r.macroAccuracy > 0.9);
}

void BaselinesAnnotation::singleTrainingClassPredictsThatClass() {
    const auto d = gaussianClasses(1, 10, 10, 1.0, 0, 4);
    const auto pred = baselines::logisticRegressionOnPca(d.x, {0, 1, 2, 3, 4}, pick(d.labels, {0, 1, 2, 3, 4}), {5, 6});
    QCOMPARE(pred, (std::vector<std::string>{"type0", "type0"}));
}

void BaselinesAnnotation::knnVoteTiesGoToTheNearest() {
    // One informative gene, one PC; training cells at ~0 (A), 1 (B), 3 (B), 4 (A).
    // Query at 1.2, k = 2: neighbours 1 (B, 0.2 away) and 0 (A, 1.2 away) tie 1:1 -> the nearest, B, wins.
    SparseMatrix x;
    x.rows = 5;
    x.cols = 2;
    x.indptr = {0, 1, 2, 3, 4, 5};
    x.indices = {0, 0, 0, 0, 0};
    x.values = NDArray::fromVector(std::vector<float>{0.001f, 1, 3, 4, 1.2f});
    const auto pred = baselines::knnClassifier(x, {0, 1, 2, 3}, {"A", "B", "B", "A"}, {4}, 2, 1);
    QCOMPARE(pred, std::vector<std::string>{"B"});
    // Query at 0.45, k = 2: A (0.449 away) and B (0.55 away) tie 1:1 -> A, the nearer, wins.
    x.values = NDArray::fromVector(std::vector<float>{0.001f, 1, 3, 4, 0.45f});
    QCOMPARE(baselines::knnClassifier(x, {0, 1, 2, 3}, {"A", "B", "B", "A"}, {4}, 2, 1), std::vector<std::string>{"A"});
}

void BaselinesAnnotation::rejectsMismatchedLabels() {
    const auto d = gaussianClasses(2, 5, 10, 1.0, 0, 5);
    QVERIFY_THROWS_EXCEPTION(InvalidInput, baselines::knnClassifier(d.x, {0, 1, 2}, {"a"}, {3}));
    QVERIFY_THROWS_EXCEPTION(InvalidInput, baselines::logisticRegressionOnPca(d.x, {0, 99}, {"a", "b"}, {3}));
}

QTEST_APPLESS_MAIN(BaselinesAnnotation)
#include "test_baselines_annotation.moc"
