// The pure column edits behind the undo commands, and the polygon selection.
#include <QtTest>

#include "plots/PointCloud.h"
#include "scdiff/error.hpp"
#include "session/Commands.h"

using namespace scdiff;
using namespace scdiff::ui;

class TestCommands : public QObject {
    Q_OBJECT
private slots:
    void relabelAddsCategoryAndKeepsOthers() {
        DataFrame obs;
        obs.index = {"a", "b", "c", "d"};
        obs.set("t", Categorical::fromLabels({"x", "y", "x", "y"}));
        const Categorical c = relabelled(obs, "t", {1, 2}, "z");
        QCOMPARE(c.categoryNames(), (std::vector<std::string>{"x", "y", "z"}));
        QCOMPARE(c.codes, (std::vector<std::int32_t>{0, 2, 2, 1}));
        // A new column: missing everywhere but the relabelled rows.
        const Categorical fresh = relabelled(obs, "new", {3}, "q");
        QCOMPARE(fresh.codes, (std::vector<std::int32_t>{-1, -1, -1, 0}));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, relabelled(obs, "t", {4}, "z"));
    }

    void renameToExistingMerges() {
        const Categorical c = Categorical::fromLabels({"a", "b", "c", "b", "c"});  // codes 0 1 2 1 2
        const Categorical renamed = renamedCategory(c, "a", "A");
        QCOMPARE(renamed.categoryNames(), (std::vector<std::string>{"A", "b", "c"}));
        QCOMPARE(renamed.codes, c.codes);
        const Categorical merged = renamedCategory(c, "b", "c");
        QCOMPARE(merged.categoryNames(), (std::vector<std::string>{"a", "c"}));
        QCOMPARE(merged.codes, (std::vector<std::int32_t>{0, 1, 1, 1, 1}));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, renamedCategory(c, "nope", "x"));
    }

    void numericColumnsBecomeCategories() {
        const Categorical c = asCategorical(NDArray::fromVector<std::int64_t>({3, 1, 3}));
        QCOMPARE(c.categoryNames(), (std::vector<std::string>{"1", "3"}));
        QCOMPARE(c.codes, (std::vector<std::int32_t>{1, 0, 1}));
    }

    void polygonSelectsInsidePointsOnly() {
        const std::vector<double> x{0, 1, 2, 5, 1.5}, y{0, 1, 2, 5, 0.2};
        const auto inside = pointsInPolygon(x, y, QPolygonF({{0.5, -1}, {3, -1}, {3, 3}, {0.5, 3}}));
        QCOMPARE(inside, (std::vector<std::int64_t>{1, 2, 4}));
        QVERIFY(pointsInPolygon(x, y, QPolygonF({{0, 0}, {1, 1}})).empty());  // not an area
    }
};

QTEST_APPLESS_MAIN(TestCommands)
#include "test_commands.moc"
