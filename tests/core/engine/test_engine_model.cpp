// The network of docs/method.md section 3 and the DDPM schedule of section 2.
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "scdiff/engine/config_fields.hpp"
#include "scdiff/engine/inspect.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/error.hpp"

using namespace scdiff;
using namespace scdiff::engine;

class EngineModelTest : public QObject {
    Q_OBJECT
    static std::vector<std::string> genes(int n) {
        std::vector<std::string> g;
        for (int i = 0; i < n; ++i) g.push_back(std::string("G").append(std::to_string(i)));
        return g;
    }
private slots:
    void parameterCountMatchesFormula_data() {
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<bool>("context");
        QTest::addColumn<bool>("condition");
        QTest::addColumn<QString>("batchIn");
        QTest::newRow("tiny") << 32 << 2 << 2 << 16 << true << false << QString("decoder");
        QTest::newRow("no context") << 48 << 3 << 4 << 8 << false << true << QString("decoder");
        QTest::newRow("wide heads") << 64 << 1 << 8 << 16 << true << true << QString("decoder");
        QTest::newRow("batch token") << 32 << 3 << 2 << 16 << true << true << QString("token");
        QTest::newRow("batch input") << 32 << 2 << 2 << 16 << true << false << QString("input");
    }
    void parameterCountMatchesFormula() {
        QFETCH(int, hidden);
        QFETCH(int, depth);
        QFETCH(int, heads);
        QFETCH(int, headDim);
        QFETCH(bool, context);
        QFETCH(bool, condition);
        QFETCH(QString, batchIn);
        RunConfig c;
        c.model = {hidden, depth, heads, headDim, 4, context, 1000};
        c.model.batchIn = batchIn.toStdString();
        c.train.device = "cpu";
        Vocabulary types{"cell_type", {"A", "B", "C"}}, batches{"batch", {"b1", "b2"}}, conds;
        std::vector<std::int64_t> classCounts{3};
        if (condition) {
            conds = {"condition", {"control", "stimulated"}};
            classCounts.push_back(2);
        }
        Model m(c, genes(50), types, batches, conds);
        QCOMPARE(m.parameterCount(), expectedParameterCount(c.model, 50, classCounts, 2));
    }

    // The paper shape (d = 512, 6 blocks, 8 heads x 64) on 3,000 genes, 10 cell types and 2 batches, built
    // for real: its parameters are the formula's count (the paper quotes ~40 M for its gene sets).
    void paperModelHasTheFormulasParameterCount() {
        auto c = preset("paper", Task::Annotation);
        c.train.device = "cpu";
        std::vector<std::string> genes;
        for (int g = 0; g < 3000; ++g) genes.push_back("g" + std::to_string(g));
        Vocabulary types{"cell_type", {}}, batches{"batch", {"b0", "b1"}};
        for (int k = 0; k < 10; ++k) types.classes.push_back("t" + std::to_string(k));
        const Model m(c, genes, types, batches, {});
        const auto n = expectedParameterCount(c.model, 3000, {10}, 2);
        QCOMPARE(m.parameterCount(), n);
        QVERIFY2(n > 30'000'000 && n < 32'000'000, std::to_string(n).c_str());  // ~31 M (docs/engine.md)
    }

    void forwardShapeAndNonNegativityIsNotForced() {
        RunConfig c;
        c.model = {32, 2, 2, 16, 4, true, 1000};
        c.train.device = "cpu";
        Model m(c, genes(20), {"cell_type", {"A", "B"}}, {}, {});
        const int n = 3;
        std::vector<float> x(n * 20, 0.5f);
        auto out = forwardRaw(m, x, {0, 500, 999}, x, {1, 2, 0}, {0, 0, 0});
        QCOMPARE(out.size(), std::size_t(n * 20));
        for (float v : out) QVERIFY(std::isfinite(v));
        // Different class conditions give different predictions (the conditioner is wired in).
        auto other = forwardRaw(m, x, {0, 500, 999}, x, {2, 1, 0}, {0, 0, 0});
        QVERIFY(std::abs(out[0] - other[0]) > 1e-6 || std::abs(out[25] - other[25]) > 1e-6);
        // Row 3 had the null class both times: identical output.
        for (int g = 0; g < 20; ++g) QCOMPARE(out[40 + g], other[40 + g]);
    }

    // As in the paper the batch only shifts the decoder's input, so batch b1 minus batch b2 is the same
    // vector for every cell, time step and class; as a token or an input the batch enters the blocks and
    // the difference depends on the cell.
    void batchInTheBlocksLetsTheBatchEffectDependOnTheCell() {
        for (const std::string where : {"decoder", "token", "input"}) {
            RunConfig c;
            c.model = {32, 2, 2, 16, 4, true, 1000};
            c.model.batchIn = where;
            c.train.device = "cpu";
            Model m(c, genes(20), {"cell_type", {"A", "B"}}, {"batch", {"b1", "b2"}}, {});
            std::vector<float> x(2 * 20);
            for (std::size_t i = 0; i < x.size(); ++i) x[i] = static_cast<float>((i * 7) % 11) / 5.0f;
            const auto one = forwardRaw(m, x, {100, 700}, x, {1, 2}, {1, 1});
            const auto two = forwardRaw(m, x, {100, 700}, x, {1, 2}, {2, 2});
            double spread = 0;  // how much the batch difference differs between the two cells
            for (int g = 0; g < 20; ++g)
                spread = std::max(spread, std::abs(double(one[g] - two[g]) - double(one[20 + g] - two[20 + g])));
            if (where == "decoder")
                QVERIFY2(spread < 1e-4, (where + " " + std::to_string(spread)).c_str());
            else
                QVERIFY2(spread > 1e-3, (where + " " + std::to_string(spread)).c_str());
        }
    }

    void forwardRejectsWrongSizes() {
        RunConfig c;
        c.model = {32, 1, 2, 16, 4, true, 1000};
        c.train.device = "cpu";
        Model m(c, genes(10), {"cell_type", {"A", "B"}}, {}, {});
        QVERIFY_THROWS_EXCEPTION(InvalidInput,
                                 forwardRaw(m, std::vector<float>(5), {0}, std::vector<float>(5), {1}, {0}));
    }

    void presetsFollowThePaper() {
        const auto paper = preset("paper", Task::Annotation);
        QCOMPARE(paper.model.hidden, 512);
        QCOMPARE(paper.model.depth, 6);
        QCOMPARE(paper.model.heads, 8);
        QCOMPARE(paper.model.headDim, 64);
        QCOMPARE(paper.train.batchSize, 2048);
        QCOMPARE(paper.train.baseLr, 1e-8);
        QCOMPARE(paper.train.epochs, 2000);
        QCOMPARE(preset("paper", Task::Imputation).train.epochs, 3000);
        QCOMPARE(preset("paper", Task::Perturbation).train.epochs, 1000);
        QVERIFY(preset("quick", Task::Annotation).model.hidden < 512);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, preset("fast", Task::Annotation));
    }

    void configRoundTripsThroughJson() {
        auto c = preset("quick", Task::Perturbation);
        c.keys.conditionKey = "stim";
        c.keys.heldOutType = "B cells";
        c.train.seed = 42;
        c.train.validationFraction = 0.1;
        QCOMPARE(runConfigFromJson(toJson(c)), c);
    }

    void configErrorsNameTheField() {
        try {
            runConfigFromJson(R"({"train": {"epochs": "many"}})");
            QFAIL("expected an error");
        } catch (const InvalidInput& e) {
            QVERIFY2(std::string(e.what()).find("train.epochs") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(InvalidInput, runConfigFromJson(R"({"task": "clustering"})"));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, runConfigFromJson("{not json"));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, runConfigFromJson(R"({"model": {"hidden": 0}})"));
    }

    // The field table is what JSON, the CLI and the dialog use: every field set through it (to a value inside
    // its bounds, unlike the default) survives the JSON file, and a value outside its bounds is refused
    // with the field's name, from text (a flag) and from JSON alike.
    void everyConfigFieldRoundTripsAndKeepsItsBounds() {
        RunConfig c;
        const RunConfig defaults;
        QVERIFY(configFields().size() >= 30);
        for (const auto& f : configFields()) {
            const FieldRef at = f.ref(c);
            std::string text;
            if (std::holds_alternative<std::string*>(at))
                text = f.choices.empty() ? "x_" + f.key : f.choices.back();
            else if (auto* b = std::get_if<bool*>(&at))
                text = **b ? "false" : "true";
            else if (std::holds_alternative<double*>(at))
                text = std::isfinite(f.bounds.upper) ? "0.375" : "3.5";
            else
                text = std::to_string(std::isfinite(f.bounds.lower) ? static_cast<long long>(f.bounds.lower) + 17 : 17);
            const std::string before = toJson(c);
            setConfigField(c, f, text);
            QVERIFY2(toJson(c) != before, f.name().c_str());  // the field is in the JSON file
            QCOMPARE(findConfigField(f.name()), &f);
            if (!f.flag.empty()) QCOMPARE(findConfigField(f.flag), &f);
            if (std::isfinite(f.bounds.lower) && !std::holds_alternative<std::string*>(at)) {
                RunConfig bad;
                try {
                    setConfigField(bad, f, std::to_string(static_cast<long long>(f.bounds.lower) - 1));
                    QFAIL(("no error below the bound of " + f.name()).c_str());
                } catch (const InvalidInput& e) {
                    QVERIFY2(std::string(e.what()).find(f.name()) != std::string::npos, e.what());
                }
            }
        }
        QCOMPARE(runConfigFromJson(toJson(c)), c);
        QVERIFY(!(c == defaults));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, runConfigFromJson(R"({"train": {"validation_fraction": 0.5}})"));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, runConfigFromJson(R"({"train": {"schedule": "linear"}})"));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, setConfigField(c, *findConfigField("--seed"), "-1"));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, setConfigField(c, *findConfigField("--hidden"), "2.5"));
    }

    void geneMatchingReportsCountsAndMixups() {
        auto match = matchGenes({"A", "B", "C", "D"}, {"D", "x", "B", "A"});
        QCOMPARE(match.matched, 3);
        QCOMPARE(match.missing, 1);
        QCOMPARE(match.modelColumnOfDataColumn, (std::vector<std::int32_t>{3, -1, 1, 0}));
        try {
            matchGenes({"ENSG00000000003", "ENSG00000000005", "ENSG00000000419"}, {"TSPAN6", "TNMD", "DPM1"});
            QFAIL("expected an error");
        } catch (const InvalidInput& e) {
            const std::string what = e.what();
            QVERIFY2(what.find("0 of 3") != std::string::npos, e.what());
            QVERIFY2(what.find("Ensembl") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(EngineModelTest)
#include "test_engine_model.moc"
