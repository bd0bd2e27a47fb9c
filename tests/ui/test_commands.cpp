// The pure column edits behind the undo commands, the commands themselves on a session, and the polygon
// selection.
#include <QtTest>

#include "plots/PointCloud.h"
#include "scdiff/error.hpp"
#include "session/Commands.h"
#include "session/Session.h"

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
    // A command holds one state and exchanges it with the session's: every redo and undo, again and again,
    // restores exactly what was there (values, absent entries, a column's position).
    void undoAndRedoExchangeTheSameStateEveryTime() {
        auto strings = [](std::vector<std::string> v) { return ColumnData(StringArray::fromVector(std::move(v))); };
        AnnData d;
        d.obs.index = {"a", "b", "c"};
        d.obs.set("first", strings({"x", "y", "z"}));
        d.obs.set("label", strings({"p", "q", "p"}));
        d.obs.set("last", strings({"1", "2", "3"}));
        d.X = Matrix(NDArray::fromVector<float>({1, 2, 3, 4, 5, 6}, {3, 2}));
        d.uns.set("kept", Element(StringArray::scalar("u")));
        Session session;
        session.setDataset(std::move(d), "memory.h5ad");
        SetElementsCommand edit(&session, {{"label", strings({"r", "r", "r"})}, {"last", std::nullopt}},
                                {{"embedding", Element(NDArray::fromVector<double>({0, 1, 2}))}},
                                {{"kept", std::nullopt}}, {{"counts", Element(StringArray::scalar("layer"))}}, "edit");
        ReplaceXCommand replaceX(&session, Matrix(NDArray::fromVector<float>({9, 8, 7, 6, 5, 4}, {3, 2})),
                                 XTransform::NormalisedCounts, {}, {}, "x");
        auto names = [&] {
            std::vector<std::string> out;
            for (const auto& c : session.data().obs.columns) out.push_back(c.name);
            return out;
        };
        auto labels = [&] { return std::get<StringArray>(session.data().obs.find("label")->data).values; };
        auto x0 = [&] { return std::get<NDArray>(*session.data().X).at(0); };
        for (int round = 0; round < 3; ++round) {
            edit.redo();
            replaceX.redo();
            QCOMPARE(names(), (std::vector<std::string>{"first", "label"}));  // label replaced in place
            QCOMPARE(labels(), (std::vector<std::string>{"r", "r", "r"}));
            QVERIFY(session.data().obsm.find("embedding") && !session.data().uns.find("kept"));
            QVERIFY(session.data().layers.find("counts"));
            QCOMPARE(x0(), 9.0);
            QVERIFY(session.xTransform() == XTransform::NormalisedCounts);
            replaceX.undo();
            edit.undo();
            QCOMPARE(names(), (std::vector<std::string>{"first", "label", "last"}));
            QCOMPARE(labels(), (std::vector<std::string>{"p", "q", "p"}));
            QVERIFY(!session.data().obsm.find("embedding") && session.data().uns.find("kept"));
            QVERIFY(!session.data().layers.find("counts"));
            QCOMPARE(x0(), 1.0);
            QVERIFY(session.xTransform() == XTransform::None);
        }
    }
};

QTEST_APPLESS_MAIN(TestCommands)
#include "test_commands.moc"
