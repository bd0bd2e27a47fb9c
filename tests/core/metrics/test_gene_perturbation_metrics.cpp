// GEARS's evaluation of gene perturbations: the split that holds out whole perturbations (no held-out gene's
// single reaches training) and the scores on hand-computed values.
#include <QtTest>
#include <cmath>
#include <set>

#include "scdiff/error.hpp"
#include "scdiff/gene_perturbation_metrics.hpp"

using namespace scdiff;
using namespace scdiff::metrics;

class TestGenePerturbationMetrics : public QObject {
    Q_OBJECT
private slots:
    void theSplitHoldsOutWholePerturbationsByKind() {
        const std::vector<std::vector<std::string>> p{{},         {"A"},      {"B"},      {"C"},      {"D"},
                                                      {"E"},      {"F"},      {"G"},      {"H"},      {"A", "B"},
                                                      {"A", "C"}, {"C", "D"}, {"E", "F"}, {"G", "H"}, {"X", "Y"}};
        const auto s = genePerturbationSplit(p, 0.25, 3);
        QCOMPARE(s.unseenGenes.size(), std::size_t(2));  // 0.25 of the 8 genes perturbed alone
        const std::set<std::string> unseen(s.unseenGenes.begin(), s.unseenGenes.end());
        QVERIFY(std::find(s.train.begin(), s.train.end(), 0) != s.train.end());  // the control trains
        std::set<std::int64_t> all(s.train.begin(), s.train.end());
        all.insert(s.test.begin(), s.test.end());
        QCOMPARE(all.size(), p.size());
        QCOMPARE(s.kind.size(), s.test.size());
        for (auto i : s.train)  // nothing of an unseen gene in training: no leak
            for (const auto& g : p[static_cast<std::size_t>(i)]) QVERIFY2(!unseen.count(g), g.c_str());
        int bothSeen = 0, bothSeenTrained = 0;
        for (std::size_t k = 0; k < s.test.size(); ++k) {
            const auto& genes = p[static_cast<std::size_t>(s.test[k])];
            int seen = 0;
            for (const auto& g : genes) seen += !unseen.count(g) && g != "X" && g != "Y";
            const auto expected = genes.size() == 1 ? HeldOutKind::UnseenSingle
                                  : seen == 0       ? HeldOutKind::DoubleNoneSeen
                                  : seen == 1       ? HeldOutKind::DoubleOneSeen
                                                    : HeldOutKind::DoubleBothSeen;
            QCOMPARE(s.kind[k], expected);
            bothSeen += expected == HeldOutKind::DoubleBothSeen;
            if (genes.size() == 1) QVERIFY(unseen.count(genes.front()));
        }
        QVERIFY(std::find(s.test.begin(), s.test.end(), 14) != s.test.end());  // X+Y: neither gene seen alone
        for (auto i : s.train) bothSeenTrained += p[static_cast<std::size_t>(i)].size() == 2;
        QVERIFY2(bothSeen >= 1 && bothSeenTrained >= 1, "doubles with both genes seen go to both sides");
        // Deterministic per seed; another seed holds out other genes.
        QCOMPARE(genePerturbationSplit(p, 0.25, 3).test, s.test);
        bool differs = false;
        for (std::uint64_t seed = 4; seed < 10 && !differs; ++seed)
            differs = genePerturbationSplit(p, 0.25, seed).unseenGenes != s.unseenGenes;
        QVERIFY(differs);
        QCOMPARE(heldOutKindName(HeldOutKind::DoubleOneSeen), std::string("double, 1 seen"));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, genePerturbationSplit({{}, {"A"}, {"A", "B"}}, 0.5, 0));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, genePerturbationSplit(p, 1.0, 0));
    }

    // A split the user names: exactly those held out, each with its kind from the training singles.
    void aNamedSplitHoldsOutThosePerturbations() {
        const std::vector<std::vector<std::string>> p{{}, {"A"}, {"B"}, {"C"}, {"A", "B"}, {"B", "C"}, {"D", "E"}};
        const auto s = namedGenePerturbationSplit(p, {6, 1, 4, 5, 4});
        QCOMPARE(s.test, (std::vector<std::int64_t>{1, 4, 5, 6}));
        QCOMPARE(s.train, (std::vector<std::int64_t>{0, 2, 3}));
        QCOMPARE(s.kind, (std::vector<HeldOutKind>{HeldOutKind::UnseenSingle, HeldOutKind::DoubleOneSeen,
                                                   HeldOutKind::DoubleBothSeen, HeldOutKind::DoubleNoneSeen}));
        QCOMPARE(s.unseenGenes, std::vector<std::string>{"A"});
        QVERIFY_THROWS_EXCEPTION(InvalidInput, namedGenePerturbationSplit(p, {0}));  // the control
        QVERIFY_THROWS_EXCEPTION(InvalidInput, namedGenePerturbationSplit(p, {7}));
    }

    void scoresAgreeWithHandComputedValues() {
        const std::vector<double> control{1, 1, 1, 1}, observed{2, -1, 1.5, 1}, predicted{3, -3, 2, 1};
        const auto s = scoreGenePerturbation(control, observed, predicted, 3);
        QCOMPARE(s.topGenes, (std::vector<std::int64_t>{1, 0, 2}));  // |delta| 2, 1, 0.5
        QCOMPARE(s.pearsonDeltaAll, 1.0);                            // predicted delta = 2 x observed delta
        QCOMPARE(s.pearsonDeltaTop, 1.0);
        QCOMPARE(s.mseTop, (4.0 + 1.0 + 0.25) / 3.0);
        const auto flipped = scoreGenePerturbation(control, observed, {0, 3, 0.5, 1}, 3);
        QCOMPARE(flipped.pearsonDeltaTop, -1.0);
        const auto none = scoreGenePerturbation(control, observed, control, 3);  // "no change"
        QVERIFY(std::isnan(none.pearsonDeltaAll));
        QCOMPARE(none.mseTop, (4.0 + 1.0 + 0.25) / 3.0);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, scoreGenePerturbation(control, observed, {1, 2}, 3));
    }
};

QTEST_APPLESS_MAIN(TestGenePerturbationMetrics)
#include "test_gene_perturbation_metrics.moc"
