// Stratified splits and exp(-x)-weighted hidden entries: properties and determinism per seed.
#include <QtTest>
#include <algorithm>
#include <random>
#include <set>

#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"

using namespace scdiff;

namespace {

std::vector<std::string> labelsWithSizes(const std::vector<std::pair<std::string, int>>& sizes) {
    std::vector<std::string> l;
    for (int round = 0; round < 20; ++round)  // interleave classes so order is not a shortcut
        for (const auto& [name, n] : sizes)
            if (round < n) l.push_back(name);
    return l;
}

// A CSR float32 matrix with a given density; values from `pick`.
template <class F>
SparseMatrix randomCsr(std::int64_t rows, std::int64_t cols, double density, F pick) {
    std::mt19937_64 rng(42);
    SparseMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.indptr.push_back(0);
    std::vector<float> v;
    for (std::int64_t r = 0; r < rows; ++r) {
        for (std::int64_t c = 0; c < cols; ++c) {
            if (static_cast<double>(rng() % 1000) >= density * 1000) continue;
            m.indices.push_back(static_cast<std::int32_t>(c));
            v.push_back(pick(r, c, rng));
        }
        m.indptr.push_back(static_cast<std::int64_t>(m.indices.size()));
    }
    m.values = NDArray::fromVector(v);
    return m;
}

std::vector<double> dense(const SparseMatrix& m) {
    std::vector<double> d(static_cast<std::size_t>(m.rows * m.cols), 0);
    for (std::int64_t r = 0; r < m.rows; ++r)
        for (auto e = m.indptr[r]; e < m.indptr[r + 1]; ++e) d[r * m.cols + m.indices[e]] = m.values.at(e);
    return d;
}

}  // namespace

class MetricsSplits : public QObject {
    Q_OBJECT
private slots:
    void splitIsStratifiedDisjointAndComplete();
    void splitIsDeterministicPerSeed();
    void splitRejectsBadFraction();
    void hiddenPlusObservedIsOriginal();
    void lowValuesAreHiddenMoreOften();
    void storedZerosAreNeverHidden();
};

void MetricsSplits::splitIsStratifiedDisjointAndComplete() {
    const auto labels = labelsWithSizes({{"big", 10}, {"mid", 5}, {"two", 2}, {"one", 1}});
    const auto s = metrics::stratifiedSplit(labels, 0.3, 7);
    std::map<std::string, int> inTest;
    for (auto i : s.test) ++inTest[labels[i]];
    // round(3) = 3, round(1.5) = 2, round(0.6) = 1 (clamped to n - 1 = 1), singleton -> train
    QCOMPARE(inTest["big"], 3);
    QCOMPARE(inTest["mid"], 2);
    QCOMPARE(inTest["two"], 1);
    QCOMPARE(inTest["one"], 0);
    std::set<std::int64_t> all(s.train.begin(), s.train.end());
    for (auto i : s.test) QVERIFY2(all.insert(i).second, "a cell is in both train and test");
    QCOMPARE(all.size(), labels.size());
    QCOMPARE(*all.rbegin(), static_cast<std::int64_t>(labels.size()) - 1);
    QVERIFY(std::is_sorted(s.test.begin(), s.test.end()));
    // A large fraction never takes all cells of a class.
    const auto most = metrics::stratifiedSplit(labels, 0.99, 7);
    std::map<std::string, int> inTrain;
    for (auto i : most.train) ++inTrain[labels[i]];
    QCOMPARE(inTrain["big"], 1);
    QCOMPARE(inTrain["two"], 1);
}

void MetricsSplits::splitIsDeterministicPerSeed() {
    const auto labels = labelsWithSizes({{"a", 20}, {"b", 17}, {"c", 9}});
    const auto s1 = metrics::stratifiedSplit(labels, 0.25, 123);
    const auto s2 = metrics::stratifiedSplit(labels, 0.25, 123);
    const auto s3 = metrics::stratifiedSplit(labels, 0.25, 124);
    QCOMPARE(s1.test, s2.test);
    QCOMPARE(s1.train, s2.train);
    QVERIFY(s1.test != s3.test);
    QCOMPARE(s1.test.size(), s3.test.size());
}

void MetricsSplits::splitRejectsBadFraction() {
    QVERIFY_THROWS_EXCEPTION(InvalidInput, metrics::stratifiedSplit({"a", "b"}, 0.0, 1));
    QVERIFY_THROWS_EXCEPTION(InvalidInput, metrics::stratifiedSplit({"a", "b"}, 1.0, 1));
}

void MetricsSplits::hiddenPlusObservedIsOriginal() {
    const auto x =
        randomCsr(120, 80, 0.3, [](auto, auto, auto& rng) { return 0.5f + static_cast<float>(rng() % 40) / 10; });
    const auto h = metrics::hideEntries(x, 0.1, 5);
    const auto expected = static_cast<std::size_t>(std::llround(0.1 * static_cast<double>(x.nnz())));
    QCOMPARE(h.values.size(), expected);
    QCOMPARE(h.rows.size(), expected);
    QCOMPARE(h.observed.nnz(), x.nnz() - static_cast<std::int64_t>(expected));
    QCOMPARE(h.observed.values.dtype(), DType::Float32);
    QCOMPARE(h.observed.indptr.size(), x.indptr.size());
    auto restored = dense(h.observed);
    const auto original = dense(x);
    for (std::size_t i = 0; i < h.values.size(); ++i) {
        auto& slot = restored[h.rows[i] * x.cols + h.cols[i]];
        QCOMPARE(slot, 0.0);  // structurally removed from the observed matrix
        slot = h.values[i];
    }
    QVERIFY(restored == original);
    // Deterministic per seed, different for another seed.
    const auto again = metrics::hideEntries(x, 0.1, 5);
    QVERIFY(again.observed == h.observed);
    QCOMPARE(again.cols, h.cols);
    QVERIFY(metrics::hideEntries(x, 0.1, 6).cols != h.cols);
}

void MetricsSplits::lowValuesAreHiddenMoreOften() {
    // Half the non-zeros are 0.1, half 3.0: with weights exp(-x) a low entry is ~e^2.9 = 18 times
    // as likely to be drawn first; over many seeds low entries must dominate the hidden set.
    const auto x = randomCsr(100, 60, 0.4, [](auto r, auto c, auto&) { return (r + c) % 2 ? 0.1f : 3.0f; });
    double low = 0, high = 0;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        const auto h = metrics::hideEntries(x, 0.1, seed);
        for (double v : h.values) (v < 1 ? low : high) += 1;
    }
    QVERIFY2(low > 8 * high, qPrintable(QString("low %1 high %2").arg(low).arg(high)));
    QVERIFY(high > 0);  // sampling, not a hard threshold
}

void MetricsSplits::storedZerosAreNeverHidden() {
    auto x = randomCsr(30, 30, 0.5, [](auto r, auto, auto&) { return r % 3 == 0 ? 0.0f : 1.0f; });
    const auto h = metrics::hideEntries(x, 1.0, 3);
    for (double v : h.values) QCOMPARE(v, 1.0);
    for (auto v : h.observed.values.data<float>()) QCOMPARE(v, 0.0f);
}

QTEST_APPLESS_MAIN(MetricsSplits)
#include "test_metrics_splits.moc"
