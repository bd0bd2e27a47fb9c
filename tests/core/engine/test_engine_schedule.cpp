// The DDPM schedule of docs/method.md section 2 and the strided sampler's time steps.
#include <QtTest>

#include "scdiff/engine/inspect.hpp"
#include "scdiff/error.hpp"

using namespace scdiff::engine;

class EngineScheduleTest : public QObject {
    Q_OBJECT
private slots:
    void scaledLinearScheduleMatchesNumpy() {
        // numpy: b = linspace(sqrt(1e-4), sqrt(0.02), 1000)**2; cumprod(1 - b)
        const auto a = alphaBarSchedule(1000);
        QCOMPARE(a.size(), std::size_t(1000));
        QVERIFY(std::abs(a[0] - 0.9999) < 1e-12);
        QVERIFY(std::abs(a[499] - 0.3331877673563) < 1e-10);
        QVERIFY(std::abs(a[999] - 0.0007334124595808159) < 1e-12);
        for (std::size_t t = 1; t < a.size(); ++t) QVERIFY(a[t] < a[t - 1]);
    }
    void stridedTimestepsDescendToZero() {
        QCOMPARE(samplerTimesteps(1000, 5), (std::vector<int>{999, 749, 500, 250, 0}));
        const auto all = samplerTimesteps(1000, 1000);
        QCOMPARE(all.size(), std::size_t(1000));
        QCOMPARE(all.front(), 999);
        QCOMPARE(all.back(), 0);
        QCOMPARE(samplerTimesteps(10, 50).size(), std::size_t(10));  // clamped to T
        QCOMPARE(samplerTimesteps(1000, 1), (std::vector<int>{999}));
    }
    void tooShortScheduleIsRejected() { QVERIFY_THROWS_EXCEPTION(scdiff::InvalidInput, alphaBarSchedule(1)); }
};

QTEST_GUILESS_MAIN(EngineScheduleTest)
#include "test_engine_schedule.moc"
