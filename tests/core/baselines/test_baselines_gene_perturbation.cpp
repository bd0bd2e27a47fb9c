// GEARS's comparisons for unseen gene perturbations, on hand-computed changes.
#include <QtTest>

#include "scdiff/baselines.hpp"
#include "scdiff/error.hpp"

using namespace scdiff;
using namespace scdiff::baselines;

class TestBaselinesGenePerturbation : public QObject {
    Q_OBJECT
private slots:
    void meanNearestAndAdditivePredictions() {
        SeenPerturbations seen;
        seen.genes = {{"A"}, {"B"}, {"A", "B"}};
        seen.delta = {{1, 0}, {0, 2}, {2, 5}};
        QCOMPARE(meanChangePrediction(seen), (std::vector<double>{1, 7.0 / 3.0}));
        const auto similarity = [](const std::string& a, const std::string& b) {
            if ((a == "C" && b == "A") || (a == "A" && b == "C")) return 0.5;
            if ((a == "C" && b == "B") || (a == "B" && b == "C")) return 0.2;
            return 0.0;
        };
        QCOMPARE(nearestSeenPrediction(seen, {"C"}, similarity), (std::vector<double>{1, 0}));  // A is nearest
        QCOMPARE(nearestSeenPrediction(seen, {"B"}, similarity), (std::vector<double>{0, 2}));  // its own single
        // D is like no seen gene: the mean change; a double sums its genes' predictions.
        QCOMPARE(nearestSeenPrediction(seen, {"C", "D"}, similarity), (std::vector<double>{2, 7.0 / 3.0}));
        QCOMPARE(*additivePrediction(seen, {"A", "B"}), (std::vector<double>{1, 2}));
        QVERIFY(!additivePrediction(seen, {"A", "C"}));
        QVERIFY(!additivePrediction(seen, {"A"}));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, meanChangePrediction(SeenPerturbations{}));
    }
};

QTEST_APPLESS_MAIN(TestBaselinesGenePerturbation)
#include "test_baselines_gene_perturbation.moc"
