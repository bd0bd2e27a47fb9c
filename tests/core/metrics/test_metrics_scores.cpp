// Classification, correlation, imputation and perturbation metrics on hand-computed examples.
#include <QtTest>
#include <cmath>

#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"

using namespace scdiff;

class MetricsScores : public QObject {
    Q_OBJECT
private slots:
    void classificationOnThreeClasses();
    void predictedOnlyClassIsShownButNotAveraged();
    void classificationRejectsMismatchedLengths();
    void pearsonAndRmseOfSmallVectors();
    void pearsonIsNanForConstantInput();
    void imputationReportsPerCellMedian();
    void perturbationRanksByTrueDeltaAndSquaresPearson();
};

void MetricsScores::classificationOnThreeClasses() {
    // truth a a a a b b b c c c, predicted a a a b b b a c c b
    // confusion [true][pred]:  a: 3 1 0 | b: 1 2 0 | c: 0 1 2
    // precision a 3/4, b 2/4, c 2/2;  recall a 3/4, b 2/3, c 2/3
    // F1 a 3/4, b 2*(1/2)(2/3)/(7/6) = 4/7, c 2*(2/3)/(5/3) = 4/5
    // balanced accuracy (3/4 + 2/3 + 2/3)/3 = 25/36; macro F1 (3/4 + 4/7 + 4/5)/3 = 99/140; accuracy 7/10
    const std::vector<std::string> t{"a", "a", "a", "a", "b", "b", "b", "c", "c", "c"};
    const std::vector<std::string> p{"a", "a", "a", "b", "b", "b", "a", "c", "c", "b"};
    const auto r = metrics::classification(t, p);
    QCOMPARE(r.classes, (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(r.confusion, (std::vector<std::vector<std::int64_t>>{{3, 1, 0}, {1, 2, 0}, {0, 1, 2}}));
    QCOMPARE(r.support, (std::vector<std::int64_t>{4, 3, 3}));
    QCOMPARE(r.precision[0], 0.75);
    QCOMPARE(r.precision[1], 0.5);
    QCOMPARE(r.precision[2], 1.0);
    QCOMPARE(r.recall[1], 2.0 / 3.0);
    QCOMPARE(r.f1[1], 4.0 / 7.0);
    QCOMPARE(r.f1[2], 0.8);
    QVERIFY(std::abs(r.macroAccuracy - 25.0 / 36.0) < 1e-12);
    QVERIFY(std::abs(r.macroF1 - 99.0 / 140.0) < 1e-12);
    QCOMPARE(r.accuracy, 0.7);
}

void MetricsScores::predictedOnlyClassIsShownButNotAveraged() {
    // "d" is predicted but never true: it is a class of the confusion matrix with support 0,
    // and macro scores average only over a and b: recall (1/2 + 1)/2, F1 (2/3 + 1)/2.
    const auto r = metrics::classification({"a", "a", "b"}, {"a", "d", "b"});
    QCOMPARE(r.classes, (std::vector<std::string>{"a", "b", "d"}));
    QCOMPARE(r.support[2], std::int64_t{0});
    QCOMPARE(r.precision[2], 0.0);
    QVERIFY(std::abs(r.macroAccuracy - 0.75) < 1e-12);
    QVERIFY(std::abs(r.macroF1 - 5.0 / 6.0) < 1e-12);
}

void MetricsScores::classificationRejectsMismatchedLengths() {
    QVERIFY_THROWS_EXCEPTION(InvalidInput, metrics::classification({"a", "b"}, {"a"}));
    QVERIFY_THROWS_EXCEPTION(InvalidInput, metrics::classification({}, {}));
}

void MetricsScores::pearsonAndRmseOfSmallVectors() {
    // a - 2.5 = (-1.5, -.5, .5, 1.5), b - 5 = (-3, -1, 0, 4): sab = 11, saa = 5, sbb = 26
    QVERIFY(std::abs(metrics::pearson({1, 2, 3, 4}, {2, 4, 5, 9}) - 11 / std::sqrt(130.0)) < 1e-12);
    QVERIFY(std::abs(metrics::pearson({1, 2, 3}, {3, 2, 1}) + 1) < 1e-12);
    // differences 1, 0, 2 -> sqrt(5/3)
    QVERIFY(std::abs(metrics::rmse({1, 2, 3}, {2, 2, 5}) - std::sqrt(5.0 / 3.0)) < 1e-12);
    QVERIFY_THROWS_EXCEPTION(InvalidInput, metrics::rmse({1, 2}, {1}));
}

void MetricsScores::pearsonIsNanForConstantInput() {
    QVERIFY(std::isnan(metrics::pearson({1, 1, 1}, {1, 2, 3})));
    QVERIFY(std::isnan(metrics::pearson({1}, {2})));
}

void MetricsScores::imputationReportsPerCellMedian() {
    // cell 7: truth (1,2,3) vs (1,2,4): r = 3 / sqrt(2 * 42/9); cell 3: (1,2) vs (2,1): r = -1;
    // cell 5 has a single hidden entry and is skipped. Median of two = their mean.
    const std::vector<double> truth{1, 2, 3, 1, 2, 9};
    const std::vector<double> imputed{1, 2, 4, 2, 1, 0};
    const std::vector<std::int64_t> cell{7, 7, 7, 3, 3, 5};
    const auto r = metrics::imputation(truth, imputed, cell);
    QCOMPARE(r.entries, std::int64_t{6});
    const double r7 = 3 / std::sqrt(2 * 42.0 / 9.0);
    QVERIFY(std::abs(r.medianCellPearson - (r7 - 1) / 2) < 1e-12);
    QVERIFY(std::abs(r.pearson - metrics::pearson(truth, imputed)) < 1e-15);
    QVERIFY(std::abs(r.rmse - std::sqrt((0 + 0 + 1 + 1 + 1 + 81) / 6.0)) < 1e-12);
}

void MetricsScores::perturbationRanksByTrueDeltaAndSquaresPearson() {
    // control (1,1,1,1): true delta (5,-4,1,.5), predicted delta (4,-4,2,0).
    // top-2 by |true delta|: genes 0 and 1; two points on a rising line -> r2 = 1.
    // all genes: centred t = (4.375,-4.625,.375,-.125), p = (3.5,-4.5,1.5,-.5):
    // stp = 36.75, stt = 40.6875, spp = 35 -> r2 = 36.75^2 / (40.6875 * 35)
    const auto r = metrics::perturbation({1, 1, 1, 1}, {6, -3, 2, 1.5}, {5, -3, 3, 1}, 2);
    QCOMPARE(r.topGenes, (std::vector<std::int64_t>{0, 1}));
    QCOMPARE(r.topN, 2);
    QVERIFY(std::abs(r.trueDelta[3] - 0.5) < 1e-15);
    QVERIFY(std::abs(r.predictedDelta[2] - 2) < 1e-15);
    QVERIFY(std::abs(r.r2TopDE - 1) < 1e-12);
    QVERIFY(std::abs(r.r2All - 36.75 * 36.75 / (40.6875 * 35)) < 1e-12);
    // topN larger than the gene count uses every gene.
    const auto all = metrics::perturbation({1, 1, 1, 1}, {6, -3, 2, 1.5}, {5, -3, 3, 1}, 100);
    QCOMPARE(all.topN, 4);
    QCOMPARE(all.topGenes, (std::vector<std::int64_t>{0, 1, 2, 3}));
    QVERIFY(std::abs(all.r2TopDE - all.r2All) < 1e-15);
}

QTEST_APPLESS_MAIN(MetricsScores)
#include "test_metrics_scores.moc"
