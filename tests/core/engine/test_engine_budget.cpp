// The training budget and the settings the model-quality study chose: step budgets, the auto preset,
// the measured step time, EMA weights (exact on resume), the fitted annotation temperature and the null
// cell-type token for a type never seen stimulated.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <numeric>

#include "scdiff/engine/budget.hpp"
#include "scdiff/error.hpp"
#include "scdiff/expression.hpp"
#include "scdiff/synth.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/engine/train.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;

class EngineBudgetTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path path(const char* name) const {
        return std::filesystem::path(dir_.path().toStdString()) / name;
    }

private slots:
    void aStepBudgetSetsTheEpochs() {
        auto c = test::tinyConfig(Task::Annotation, 50);
        c.train.steps = 7;  // 300 cells in batches of 64: 5 steps per epoch, so 2 epochs
        QCOMPARE(plannedSteps(c.train, 300), std::int64_t(7));
        auto m = train(test::tinyDataset(), c);
        QCOMPARE(m.epochsTrained(), 2);
        c.train.steps = 0;
        c.train.epochs = 3;
        QCOMPARE(plannedSteps(c.train, 300), std::int64_t(15));
        QCOMPARE(plannedSteps(c.train, 1), std::int64_t(3));
    }

    void theQuickPresetCountsSteps() {
        QCOMPARE(preset("quick", Task::Annotation).train.steps, std::int64_t(2000));
        QCOMPARE(preset("quick", Task::Imputation).train.steps, std::int64_t(1500));
        QCOMPARE(preset("quick", Task::Perturbation).train.steps, std::int64_t(1000));
        QCOMPARE(preset("paper", Task::Annotation).train.steps, std::int64_t(0));  // the paper counts epochs
    }

    void theAutoPresetFollowsTheData() {
        QCOMPARE(presetNames().front(), std::string("auto"));
        auto quick = preset("quick", Task::Annotation);
        auto plain = preset("auto", Task::Annotation);
        QCOMPARE(plain.preset, std::string("auto"));
        plain.preset = "quick";
        QCOMPARE(plain.model.batchIn, std::string("auto"));  // chosen on the training cells (below)
        plain.model.batchIn = quick.model.batchIn;
        QVERIFY(plain.genes.perBatch && !quick.genes.perBatch);  // genes variable in most batches (with a batch)
        plain.genes.perBatch = false;
        QCOMPARE(plain, quick);
        QVERIFY(!preset("auto", Task::Imputation).genes.perBatch);  // measured for annotation only
        QCOMPARE(preset("auto", Task::Imputation).model.batchIn, std::string("decoder"));
        QCOMPARE(autoPreset(Task::Annotation, {999, 2000, 8, 0}).train.validationFraction, 0.0);
        QCOMPARE(autoPreset(Task::Annotation, {kAutoValidationCells, 2000, 8, 0}).train.validationFraction, 0.1);
        // Below the validation split's size the classifier's loss joins the training loss instead.
        QCOMPARE(autoPreset(Task::Annotation, {999, 2000, 8, 0}).train.classLoss, kAutoClassLoss);
        QCOMPARE(autoPreset(Task::Annotation, {kAutoValidationCells, 2000, 8, 0}).train.classLoss, 0.0);
        QCOMPARE(autoPreset(Task::Imputation, {300, 2000, 8, 0}).train.classLoss, 0.0);
        QCOMPARE(preset("auto", Task::Annotation).train.classLoss, 0.0);  // no data, no choice
        // Imputation makes at most kImputationMaxEpochs passes: 300 cells in batches of 128 are 3 steps a pass,
        // so 600 steps instead of 1,500; 2,000 cells (16 steps a pass) keep the preset's 1,500.
        const auto small = autoPreset(Task::Imputation, {300, 2000, 0, 0});
        QCOMPARE(small.train.batchSize, 128);
        QCOMPARE(small.train.steps, std::int64_t(600));
        QCOMPARE(small.train.validationFraction, 0.0);
        QCOMPARE(autoPreset(Task::Imputation, {2000, 2000, 0, 0}).train.steps, std::int64_t(1500));
        // Perturbation has no classifier to calibrate: no cells are withheld.
        QCOMPARE(autoPreset(Task::Perturbation, {50000, 2000, 8, 0}).train.validationFraction, 0.0);
    }

    void theDataShapeReadsTheKeys() {
        auto c = test::tinyConfig(Task::Annotation);
        c.genes.highlyVariable = 150;
        const auto s = dataShape(test::tinyDataset(), c);
        QCOMPARE(s.cells, std::int64_t(300));
        QCOMPARE(s.genes, std::int64_t(150));
        QCOMPARE(s.cellTypes, std::int64_t(4));
        QCOMPARE(s.batches, std::int64_t(2));
        c.genes.highlyVariable = 5000;  // more than the dataset has
        c.keys.batchKey = "no_such_column";
        const auto t = dataShape(test::tinyDataset(), c);
        QCOMPARE(t.genes, std::int64_t(200));
        QCOMPARE(t.batches, std::int64_t(0));
        const auto keys = c.keys;
        const auto adapted = presetFor("auto", Task::Annotation, keys, test::tinyDataset());
        QCOMPARE(adapted.keys, keys);
        QCOMPARE(adapted.train.validationFraction, 0.0);  // 300 cells
    }

    void autoPutsTheBatchWhereTheDataNeedsIt() {
        auto o = synth::preset("tiny");
        o.nCellTypes = 4;
        o.seed = 7;
        o.batchEffectSd = 3;
        const auto strong = synth::generate(o);
        auto c = test::tinyConfig(Task::Annotation, 1);
        c.model.batchIn = "auto";
        std::vector<std::int64_t> all(static_cast<std::size_t>(strong.nObs()));
        std::iota(all.begin(), all.end(), 0);
        auto measured = [&](const AnnData& data) {
            return chooseBatchIn(c, data, expression::logNormalised(expression::view(data, "X")), all);
        };
        const auto onStrong = measured(strong);
        QVERIFY2(onStrong.batchEffect >= kTokenBatchEffect, std::to_string(onStrong.batchEffect).c_str());
        QCOMPARE(onStrong.batchIn, std::string("token"));
        const auto onWeak = measured(test::tinyDataset());  // the same cells with the default batch sd 0.2
        QVERIFY2(onWeak.batchEffect >= 0 && onWeak.batchEffect < kTokenBatchEffect,
                 std::to_string(onWeak.batchEffect).c_str());
        QCOMPARE(onWeak.batchIn, std::string("decoder"));
        // A choice the user made is kept; without a batch key there is nothing to place.
        c.model.batchIn = "input";
        QCOMPARE(measured(strong).batchIn, std::string("input"));
        QCOMPARE(measured(strong).batchEffect, -1.0);
        c.model.batchIn = "auto";
        c.keys.batchKey.clear();
        QCOMPARE(measured(strong).batchIn, std::string("decoder"));
        // Training resolves it, so the model file says which network it is.
        c.keys.batchKey = test::tinyConfig(Task::Annotation).keys.batchKey;
        QCOMPARE(train(strong, c).config().model.batchIn, std::string("token"));
    }

    void theStepTimeIsMeasured() {
        auto c = test::tinyConfig(Task::Annotation);
        const double small = measureStepSeconds(c, {300, 200, 4, 2});
        QVERIFY2(std::isfinite(small) && small > 0 && small < 10, std::to_string(small).c_str());
        c.model.hidden = 256;  // 64x the attention/feed-forward work: must cost more
        c.model.depth = 4;
        c.model.headDim = 128;
        const double large = measureStepSeconds(c, {300, 2000, 4, 2});
        QVERIFY2(large > small, (std::to_string(large) + " vs " + std::to_string(small)).c_str());
        // Without a batch column, and for imputation without cell types (the Train dialog's first estimate).
        auto imputation = test::tinyConfig(Task::Imputation);
        imputation.keys = {"", "", "", "control", "stimulated", "", "X"};
        QVERIFY(measureStepSeconds(imputation, {300, 200, 0, 0}) > 0);
        QVERIFY(measureStepSeconds(preset("auto", Task::Annotation), {300, 200, 4, 0}) > 0);
    }

    void emaWeightsInferAndResumeExactly() {
        auto c = test::tinyConfig(Task::Annotation, 4);
        c.train.emaDecay = 0.9;
        auto straight = train(test::tinyDataset(), c);
        c.train.epochs = 2;
        TrainOptions first;
        first.checkpoint = path("ema_half.pt");
        train(test::tinyDataset(), c, nullProgress(), first);
        c.train.epochs = 4;
        TrainOptions second;
        second.resumeFrom = path("ema_half.pt");
        auto resumed = train(test::tinyDataset(), c, nullProgress(), second);
        const auto a = annotate(straight, test::tinyDataset());
        QCOMPARE(annotate(resumed, test::tinyDataset()).errors, a.errors);
        resumed.save(path("ema.pt"));
        QCOMPARE(annotate(Model::load(path("ema.pt"), "cpu"), test::tinyDataset()).errors, a.errors);
        c.train.emaDecay = 0;  // the raw weights infer differently
        QVERIFY(annotate(train(test::tinyDataset(), c), test::tinyDataset()).errors != a.errors);
    }

    // The classifier's cross-entropy as a training loss lowers the true type's error against the others' on the
    // cells it was trained on (what it optimises; the softmax of the errors at temperature 1, as in training), and
    // a run with it resumes exactly.
    void theClassLossSeparatesTheTypesErrors() {
        const auto& data = test::tinyDataset();
        const auto& types = std::get<Categorical>(data.obs.find("cell_type")->data);
        auto meanTrueLogProbability = [&](const Model& m) {
            const auto r = annotate(m, data);
            const auto K = r.classes.size();
            double sum = 0;
            for (std::size_t i = 0; i < r.labels.size(); ++i) {
                const auto truth = types.categoryName(types.codes[i]);
                const auto k =
                    static_cast<std::size_t>(std::find(r.classes.begin(), r.classes.end(), truth) - r.classes.begin());
                const float* e = &r.errors[i * K];
                const float best = *std::min_element(e, e + K);
                double z = 0;
                for (std::size_t j = 0; j < K; ++j) z += std::exp(-(e[j] - best));
                sum += -(e[k] - best) - std::log(z);
            }
            return sum / static_cast<double>(r.labels.size());
        };
        auto c = test::tinyConfig(Task::Annotation, 6);
        const double without = meanTrueLogProbability(train(data, c));
        c.train.classLoss = 1;
        const auto with = train(data, c);
        const double withLoss = meanTrueLogProbability(with);
        QVERIFY2(withLoss > without + 0.1, (std::to_string(withLoss) + " vs " + std::to_string(without)).c_str());
        c.train.epochs = 3;
        TrainOptions first;
        first.checkpoint = path("class_loss_half.pt");
        train(data, c, nullProgress(), first);
        c.train.epochs = 6;
        TrainOptions second;
        second.resumeFrom = path("class_loss_half.pt");
        QCOMPARE(test::probe(train(data, c, nullProgress(), second)), test::probe(with));
    }

    void theTemperatureIsFittedOnValidationCells() {
        auto c = test::tinyConfig(Task::Annotation, 6);
        QCOMPARE(train(test::tinyDataset(), c).temperature(), 1.0);  // no validation cells: softmax(-error)
        c.train.validationFraction = 0.2;
        auto m = train(test::tinyDataset(), c);
        QVERIFY2(m.temperature() > 0 && m.temperature() != 1.0, std::to_string(m.temperature()).c_str());
        const auto r = annotate(m, test::tinyDataset());
        QCOMPARE(r.temperature, m.temperature());
        // The probabilities are softmax(-error / T) of the errors the classifier measured.
        const auto K = r.classes.size();
        double denominator = 0;
        float best = r.errors[0];
        for (std::size_t k = 0; k < K; ++k) best = std::min(best, r.errors[k]);
        for (std::size_t k = 0; k < K; ++k) denominator += std::exp(-(r.errors[k] - best) / r.temperature);
        QVERIFY(std::abs(r.confidence[0] - 1.0 / denominator) < 1e-4);
        m.save(path("calibrated.pt"));
        QCOMPARE(Model::load(path("calibrated.pt"), "cpu").temperature(), m.temperature());
    }

    void aTypeNeverSeenStimulatedUsesTheNullToken() {
        auto c = test::tinyConfig(Task::Perturbation, 2);
        const auto& data = test::tinyDataset();
        c.keys.heldOutType = "Type01";
        auto m = train(data, c);
        const auto& types = m.cellTypes().classes;
        QVERIFY(types.size() >= 2);
        const std::string other = types[0] == "Type01" ? types[1] : types[0];
        QVERIFY(!m.sawStimulated("Type01"));
        QVERIFY2(m.sawStimulated(other), other.c_str());
        PerturbationOptions null;
        null.heldOut = HeldOutToken::Null;
        const auto withNull = perturb(m, data, "Type01", null);
        QVERIFY(!withNull.withCellTypeToken);
        QVERIFY(withNull.borrowedFrom.empty());
        QVERIFY(perturb(m, data, other).withCellTypeToken);
        QVERIFY(perturb(m, data, other).borrowedFrom.empty());  // its own token: nothing borrowed
        m.save(path("pert.pt"));
        QVERIFY(!Model::load(path("pert.pt"), "cpu").sawStimulated("Type01"));
    }

    // By default each control cell of a type never seen stimulated borrows the token of the trained type the
    // classifier finds nearest: on data whose types come in lineages, mostly its sibling (Type03 shares
    // Type01's lineage programme in the tiny preset; chance would give a third of the cells).
    void aTypeNeverSeenStimulatedBorrowsItsNearestTypesResponse() {
        auto c = test::tinyConfig(Task::Perturbation, 150);
        const auto& data = test::tinyDataset();
        c.keys.heldOutType = "Type01";
        const auto m = train(data, c);
        PerturbationOptions nearest;
        nearest.heldOut = HeldOutToken::Nearest;
        const auto r = perturb(m, data, "Type01", nearest);
        QCOMPARE(r.structure.types, 0);  // asked for, not chosen
        QVERIFY(!r.withCellTypeToken);
        QCOMPARE(r.borrowedFrom.size(), r.controlCells.size());
        std::map<std::string, std::int64_t> counts;
        for (const auto& t : r.borrowedFrom) {
            QVERIFY2(m.sawStimulated(t), t.c_str());
            ++counts[t];
        }
        const auto sources = responseSources(r);
        QCOMPARE(sources.front().first, std::string("Type03"));
        QVERIFY2(sources.front().second > 0.6 * static_cast<double>(r.controlCells.size()),
                 std::to_string(sources.front().second).c_str());
        QCOMPARE(static_cast<std::size_t>(std::accumulate(sources.begin(), sources.end(), std::int64_t{0},
                                                          [](auto s, const auto& p) { return s + p.second; })),
                 r.controlCells.size());
        QVERIFY(responseSourceSentence(r, "stimulated")
                    .find("borrowed the learned response of the nearest trained "
                          "type: Type03 (") != std::string::npos);
        // The predicted cells say which response each borrowed.
        const auto predicted = perturbationPrediction(data, r, m);
        const auto& from = std::get<Categorical>(predicted.obs.find("scdiff_response_from")->data);
        for (std::size_t i = 0; i < r.borrowedFrom.size(); ++i)
            QCOMPARE(*from.label(static_cast<std::int64_t>(i)), r.borrowedFrom[i]);
        // Sampled with other tokens, the prediction differs from the null token's.
        PerturbationOptions null;
        null.heldOut = HeldOutToken::Null;
        QVERIFY(perturb(m, data, "Type01", null).predicted != r.predicted);
        // The default chooses by the trained types' own responses, and does what it chose.
        const auto automatic = perturb(m, data, "Type01");
        QCOMPARE(automatic.structure.types, 3);
        QCOMPARE(automatic.borrowedFrom.empty(), automatic.structure.choice == HeldOutToken::Null);
        QVERIFY(responseSourceSentence(automatic, "stimulated").find("(chosen automatically: the 3 types seen") !=
                std::string::npos);
    }

    // A model trained on gene symbols reads a file whose var_names are Ensembl IDs through its symbol column
    // (CELLxGENE's feature_name): the same genes, so the same annotation as on the original file.
    void aModelFindsItsGenesBySymbolWhenVarNamesAreIds() {
        const auto c = test::tinyConfig(Task::Annotation, 5);
        const auto& data = test::tinyDataset();
        const auto m = train(data, c);
        AnnData renamed = data;
        std::vector<std::string> symbols = renamed.var.index;
        for (auto& name : renamed.var.index) name = "ENSG" + name;
        renamed.var.set("feature_name", Categorical::fromLabels(symbols));
        const auto match = matchSourceGenes(m.genes(), renamed, m.config().keys.expression);
        QCOMPARE(match.matched, static_cast<std::int64_t>(m.genes().size()));
        QCOMPARE(match.symbolColumn, std::string("feature_name"));
        QVERIFY(match.summary().find("by var['feature_name']") != std::string::npos);
        QCOMPARE(annotate(m, renamed).labels, annotate(m, data).labels);
        renamed.var.remove("feature_name");  // no symbols: the IDs find nothing, and the message says why
        QVERIFY_THROWS_EXCEPTION(scdiff::InvalidInput, annotate(m, renamed));
    }

    // Auto's test on hand-made responses: types 0/1 and 2/3 are pairs of near types (close control means).
    void theAutomaticChoiceFollowsWhetherNearTypesRespondAlike() {
        const std::vector<std::vector<double>> control{{0, 0, 0, 0}, {0.1, 0, 0, 0}, {5, 5, 0, 0}, {5, 5.1, 0, 0}};
        // Pairs respond alike, the pairs differently: the nearest type predicts a response, the others' mean not.
        const std::vector<std::vector<double>> paired{{1, -1, 0, 2}, {1.1, -0.9, 0, 2}, {-1, 1, 2, 0}, {-1, 1.2, 2, 0}};
        auto s = responseStructure(control, paired);
        QCOMPARE(s.types, 4);
        QVERIFY2(s.nearestR2 > 0.9 && s.othersR2 < 0.5,
                 (std::to_string(s.nearestR2) + " " + std::to_string(s.othersR2)).c_str());
        QVERIFY(s.choice == HeldOutToken::Nearest);
        // One programme at different strengths plus noise specific to each type: the mean of the others wins.
        const std::vector<std::vector<double>> shared{
            {1, 2, -1, 0.5}, {2, 1.2, -2, 1.4}, {1.5, 3, -1.5, 0.1}, {0.5, 1, -0.4, 0.6}};
        s = responseStructure(control, shared);
        QVERIFY2(s.othersR2 > s.nearestR2, (std::to_string(s.nearestR2) + " " + std::to_string(s.othersR2)).c_str());
        QVERIFY(s.choice == HeldOutToken::Null);
        QVERIFY(responseStructure({{0}, {1}}, {{1}, {2}}).choice == HeldOutToken::Null);  // two types: no test
        QVERIFY(heldOutTokenFromName("auto") == HeldOutToken::Auto);
        QVERIFY_THROWS_EXCEPTION(scdiff::InvalidInput, heldOutTokenFromName("closest"));
    }
};

QTEST_GUILESS_MAIN(EngineBudgetTest)
#include "test_engine_budget.moc"
