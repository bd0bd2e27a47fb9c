// Imputation and perturbation baselines: exact small cases and smoothing on low-rank data.
#include <QtTest>

#include "scdiff/baselines.hpp"
#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"
#include "support_synthetic.hpp"

using namespace scdiff;

class BaselinesImputation : public QObject {
    Q_OBJECT
private slots:
    void geneMeanCountsZerosOfAllCells();
    void knnSmoothingBeatsGeneMeanOnLowRankData();
    void knnSmoothingWithNoStepsReturnsObserved();
    void meanShiftIsExactArithmetic();
    void rejectsEntriesOutsideTheMatrix();
};

void BaselinesImputation::geneMeanCountsZerosOfAllCells() {
    // [[1, 0, 2],
    //  [0, 0, 4],
    //  [3, 5, 0],
    //  [0, 0, 0]]  column means over 4 cells: 1, 1.25, 1.5
    SparseMatrix x;
    x.rows = 4;
    x.cols = 3;
    x.indptr = {0, 2, 3, 5, 5};
    x.indices = {0, 2, 2, 0, 1};
    x.values = NDArray::fromVector(std::vector<float>{1, 2, 4, 3, 5});
    QCOMPARE(baselines::geneMeanImpute(x, {3, 1, 0}, {1, 0, 2}), (std::vector<double>{1.25, 1.0, 1.5}));
}

void BaselinesImputation::knnSmoothingBeatsGeneMeanOnLowRankData() {
    const auto x = lowRank(300, 50, 0.3, 11);
    const auto h = metrics::hideEntries(x, 0.1, 11);
    const auto smooth = baselines::knnSmoothImpute(h.observed, h.rows, h.cols, 15, 3, 10);
    const auto mean = baselines::geneMeanImpute(h.observed, h.rows, h.cols);
    const auto rs = metrics::imputation(h.values, smooth, h.rows);
    const auto rm = metrics::imputation(h.values, mean, h.rows);
    qInfo("kNN smoothing: pearson %.3f rmse %.3f; gene mean: pearson %.3f rmse %.3f (%lld entries)", rs.pearson,
          rs.rmse, rm.pearson, rm.rmse, static_cast<long long>(rs.entries));
    QVERIFY(rs.pearson > rm.pearson + 0.1);
    QVERIFY(rs.rmse < rm.rmse);
    QVERIFY(rs.pearson > 0.8);
}

void BaselinesImputation::knnSmoothingWithNoStepsReturnsObserved() {
    const auto x = lowRank(40, 8, 0.1, 3);
    // t = 0: M^0 X = X, so the observed values come back (and a hidden entry, structurally absent, is 0).
    const auto out = baselines::knnSmoothImpute(x, {0, 5, 39}, {0, 3, 7}, 5, 0, 4);
    QCOMPARE(out.size(), std::size_t{3});
    const auto v = x.values.toFloat64();
    QCOMPARE(out[0], v[static_cast<std::size_t>(x.indptr[0])]);  // all entries > 0: column j is entry j
    QCOMPARE(out[1], v[static_cast<std::size_t>(x.indptr[5] + 3)]);
    // Smoothing keeps values inside the column's range (M is a Markov matrix).
    const auto smooth = baselines::knnSmoothImpute(x, {0, 1, 2}, {2, 2, 2}, 5, 4, 4);
    double lo = 1e9, hi = -1e9;
    for (std::int64_t r = 0; r < x.rows; ++r) {
        lo = std::min(lo, v[static_cast<std::size_t>(x.indptr[r] + 2)]);
        hi = std::max(hi, v[static_cast<std::size_t>(x.indptr[r] + 2)]);
    }
    for (double s : smooth) QVERIFY(s >= lo - 1e-9 && s <= hi + 1e-9);
}

void BaselinesImputation::meanShiftIsExactArithmetic() {
    // held-out control + (other stimulated - other control): 1 + (5 - 2) = 4, 0 + (1 - 3) = -2, 2.5 + 0 = 2.5
    QCOMPARE(baselines::meanShiftPrediction({1, 0, 2.5}, {2, 3, 1}, {5, 1, 1}), (std::vector<double>{4, -2, 2.5}));
    QVERIFY_THROWS_EXCEPTION(InvalidInput, baselines::meanShiftPrediction({1}, {1, 2}, {1, 2}));
}

void BaselinesImputation::rejectsEntriesOutsideTheMatrix() {
    const auto x = lowRank(10, 4, 0.1, 1);
    QVERIFY_THROWS_EXCEPTION(InvalidInput, baselines::geneMeanImpute(x, {0}, {4}));
    QVERIFY_THROWS_EXCEPTION(InvalidInput, baselines::knnSmoothImpute(x, {10}, {0}));
    QVERIFY_THROWS_EXCEPTION(InvalidInput, baselines::geneMeanImpute(x, {0, 1}, {0}));
}

QTEST_APPLESS_MAIN(BaselinesImputation)
#include "test_baselines_imputation.moc"
