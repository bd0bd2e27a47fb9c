// Task inference on a tiny trained model, and the results written into an AnnData and an h5ad file.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/expression.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/preprocess.hpp"
#include "resource_limits.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;

class EngineTasksTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<Model> model_;  // a perturbation-task model: cell type + condition + batch + context
    std::vector<std::string> truth_;

private slots:
    // A small test set often gives both methods the same score: such a run is a tie, not a win of either.
    void verdictCountsTiedRuns() {
        std::vector<EvaluationRun> runs;
        for (double scdiff : {0.9, 0.8, 0.8, 0.7}) {
            EvaluationRun run;
            run.methods.push_back({"scDiff", {{"macro_accuracy", scdiff}}, 1.0});
            run.methods.push_back({"logistic regression (PCA)", {{"macro_accuracy", 0.8}}, 0.1});
            runs.push_back(run);
        }
        const auto v = verdictOf(Task::Annotation, runs);
        QCOMPARE(v.runs, 4);
        QCOMPARE(v.scdiffAhead, 1);
        QCOMPARE(v.ties, 2);
        QVERIFY(v.scdiffBest);  // 0.800 vs 0.800: the higher-or-equal mean
        QCOMPARE(v.winnerAhead(), 1);
        QVERIFY2(v.sentence.find("scDiff was ahead in 1 of 4 runs (2 tied)") != std::string::npos, v.sentence.c_str());
        runs[0].methods[0].metrics["macro_accuracy"] = 0.6;  // now the baseline has the higher mean
        const auto w = verdictOf(Task::Annotation, runs);
        QVERIFY(!w.scdiffBest);
        QCOMPARE(w.winnerAhead(), 2);  // the runs at 0.6 and 0.7; the two ties count for neither
        QVERIFY2(w.sentence.find("logistic regression (PCA) was ahead in 2 of 4 runs") != std::string::npos,
                 w.sentence.c_str());
    }

    void initTestCase() {
        auto c = test::tinyConfig(Task::Perturbation, 150);
        model_ = std::make_unique<Model>(train(test::tinyDataset(), c));
        const auto& col = std::get<Categorical>(test::tinyDataset().obs.find("cell_type")->data);
        for (std::int64_t i = 0; i < test::tinyDataset().nObs(); ++i) truth_.push_back(*col.label(i));
    }

    void annotationProbabilitiesAreConsistent() {
        const auto r = annotate(*model_, test::tinyDataset());
        const auto C = r.classes.size();
        QCOMPARE(r.classes, model_->cellTypes().classes);
        QCOMPARE(r.labels.size(), truth_.size());
        for (std::size_t i = 0; i < r.labels.size(); ++i) {
            double sum = 0;
            std::size_t best = 0;
            for (std::size_t c = 0; c < C; ++c) {
                sum += r.probabilities[i * C + c];
                if (r.errors[i * C + c] < r.errors[i * C + best]) best = c;
            }
            QVERIFY(std::abs(sum - 1) < 1e-4);
            QCOMPARE(r.labels[i], r.classes[best]);
            QCOMPARE(r.confidence[i], double(r.probabilities[i * C + best]));
        }
        // Trained for a few seconds on 4 well-separated types: far above chance (0.25).
        const auto report = metrics::classification(truth_, r.labels);
        QVERIFY2(report.macroAccuracy > 0.6, std::to_string(report.macroAccuracy).c_str());
    }

    void batchedSharedNoiseAgreesWithNaiveLoop() {
        AnnotationOptions batched, naive, pruned;
        naive.batched = false;
        pruned.pruneAfter = 2;
        pruned.pruneBelow = 1e-3;
        const auto a = annotate(*model_, test::tinyDataset(), batched);
        const auto b = annotate(*model_, test::tinyDataset(), naive);
        const auto p = annotate(*model_, test::tinyDataset(), pruned);
        auto agreement = [](const auto& x, const auto& y) {
            std::size_t same = 0;
            for (std::size_t i = 0; i < x.size(); ++i) same += x[i] == y[i];
            return double(same) / double(x.size());
        };
        QVERIFY2(agreement(a.labels, b.labels) > 0.9, std::to_string(agreement(a.labels, b.labels)).c_str());
        QVERIFY2(agreement(a.labels, p.labels) > 0.95, std::to_string(agreement(a.labels, p.labels)).c_str());
        // Same seed, same options: identical.
        QCOMPARE(annotate(*model_, test::tinyDataset(), batched).errors, a.errors);
    }

    // Imputation's result is dense (cells x all genes): one too large for the memory this process may still
    // take (an address-space limit stands in for a smaller machine) is refused before sampling starts.
    void imputationTooLargeForMemoryIsRefused() {
        AnnData wide = test::tinyDataset();
        auto x = toCsrFloat32(*wide.X);
        x.cols += 100000;  // 100,000 more genes the model does not know, none expressed
        wide.X = x;
        for (int j = 0; j < 100000; ++j) wide.var.index.push_back("extra" + std::to_string(j));
        for (auto& c : wide.var.columns) c.data = StringArray::fromVector(std::vector<std::string>(wide.nVars(), "x"));
        std::string message;
        try {
            testing::AddressSpaceLimit limit(60 << 20);
            impute(*model_, wide);
        } catch (const InvalidInput& e) {
            message = e.what();
        }
        // 300 cells x (200 model genes + 100,200 genes) x 4 bytes
        QVERIFY2(message.rfind("imputing all 300 cells needs about 120 MB of memory and ", 0) == 0, message.c_str());
    }

    // Annotation's result (probabilities and errors, cells x cell types) and the normalised copy of X it reads
    // are checked the same way, each before it is allocated.
    void annotationTooLargeForMemoryIsRefused() {
        std::vector<std::int64_t> rows;
        for (std::int64_t k = 0; k < 40000; ++k) rows.push_back(k % test::tinyDataset().nObs());
        const AnnData many = preprocess::subsetObs(test::tinyDataset(), rows);
        const auto types = static_cast<std::int64_t>(model_->cellTypes().classes.size());
        std::string results, normalised;
        try {
            testing::AddressSpaceLimit limit(2 << 20);
            annotate(*model_, many);
        } catch (const InvalidInput& e) {
            results = e.what();
        }
        const std::string expected =
            "annotating 40000 cells with " + std::to_string(types) + " cell types needs about ";
        QVERIFY2(results.rfind(expected, 0) == 0, results.c_str());
        try {
            // Room for the results (about 4 MB), not for the normalised copy of X.
            testing::AddressSpaceLimit limit(12 << 20);
            annotate(*model_, many);
        } catch (const InvalidInput& e) {
            normalised = e.what();
        }
        QVERIFY2(normalised.rfind("normalising the expression of 40000 cells needs about ", 0) == 0,
                 normalised.c_str());
    }

    // The layer written a batch of cells at a time as they are imputed (scdiff impute's path) is the one
    // addImputation builds from the whole result, value for value.
    void imputedLayerWrittenAsItIsImputedIsTheWholeOne() {
        SamplingOptions o;
        o.steps = 5;
        o.batchSize = 64;  // 300 cells: 5 batches
        AnnData whole = test::tinyDataset();
        addImputation(whole, impute(*model_, whole, o));
        const AnnData& data = test::tinyDataset();
        const ImputedLayerRows layer(data, model_->genes(), model_->config().keys.expression);
        const std::string file = std::string(SCDIFF_TEST_DATA_DIR) + "/engine_streamed_imputation.h5ad";
        int batches = 0;
        h5ad::writeWithLayerRows(data, file, "scdiff_imputed", layer.cols(), [&](const h5ad::PutRows& put) {
            std::vector<float> rows;
            imputeRows(*model_, data, o, nullProgress(), [&](std::int64_t first, std::int64_t cells, const float* v) {
                rows.resize(static_cast<std::size_t>(cells * layer.cols()));
                layer.fill(first, cells, v, rows.data());
                put(first, cells, rows.data());
                ++batches;
            });
        });
        QCOMPARE(batches, 5);
        const AnnData back = h5ad::read(file);
        QVERIFY(back.layers.at("scdiff_imputed") == whole.layers.at("scdiff_imputed"));
        QVERIFY(*back.X == *data.X);
        QVERIFY(back.obs == data.obs);
    }

    void imputationKeepsObservedValues() {
        SamplingOptions o;
        o.steps = 20;
        const auto r = impute(*model_, test::tinyDataset(), o);
        QCOMPARE(r.cells, test::tinyDataset().nObs());
        QCOMPARE(r.genes, std::int64_t(200));
        AnnData d = test::tinyDataset();
        addImputation(d, r);
        const auto& layer = d.layers.at("scdiff_imputed").get<NDArray>();
        QCOMPARE(layer.shape(), (std::vector<std::int64_t>{d.nObs(), 200}));
        // Observed (non-zero) log-normalised entries are held fixed; everything is finite and >= 0.
        auto x = toCsrFloat32(*test::tinyDataset().X);
        const auto counts = x.values.data<float>();
        for (std::int64_t row = 0; row < 3; ++row) {
            double total = 0;
            for (auto k = x.indptr[row]; k < x.indptr[row + 1]; ++k) total += counts[k];
            for (auto k = x.indptr[row]; k < x.indptr[row + 1]; ++k) {
                const double logNorm = std::log1p(counts[k] / total * 1e4);
                QVERIFY(std::abs(r.values[row * 200 + x.indices[k]] - logNorm) < 1e-4);
            }
        }
        std::int64_t filled = 0;
        for (float v : r.values) {
            QVERIFY(std::isfinite(v) && v >= 0);
            filled += v > 0;
        }
        QVERIFY(filled > x.nnz());  // some zeros were imputed
    }

    // The predicted cells are dense too: 40,000 control cells of a type x 200 genes, twice (the result and its
    // AnnData), do not fit in 60 MB more than the process holds, and are refused before sampling starts.
    void perturbationTooLargeForMemoryIsRefused() {
        const auto& cond = std::get<Categorical>(test::tinyDataset().obs.find("condition")->data);
        std::vector<std::int64_t> controls;
        for (std::int64_t i = 0; i < test::tinyDataset().nObs(); ++i)
            if (truth_[i] == "Type01" && cond.label(i) == "control") controls.push_back(i);
        std::vector<std::int64_t> rows;
        for (std::size_t k = 0; rows.size() < 40000; ++k) rows.push_back(controls[k % controls.size()]);
        const AnnData many = preprocess::subsetObs(test::tinyDataset(), rows);
        std::string message;
        try {
            testing::AddressSpaceLimit limit(60 << 20);
            perturb(*model_, many, "Type01");
        } catch (const InvalidInput& e) {
            message = e.what();
        }
        // 40,000 x 200 x 4 bytes x 2
        QVERIFY2(
            message.rfind("predicting the stimulated state of 40000 control cells needs about 64 MB of memory", 0) == 0,
            message.c_str());
    }

    void perturbationPredictsEveryControlCell() {
        PerturbationOptions o;
        o.sampling.steps = 20;
        const auto r = perturb(*model_, test::tinyDataset(), "Type01", o);
        const auto& cond = std::get<Categorical>(test::tinyDataset().obs.find("condition")->data);
        std::vector<std::int64_t> expected;
        for (std::int64_t i = 0; i < test::tinyDataset().nObs(); ++i)
            if (truth_[i] == "Type01" && cond.label(i) == "control") expected.push_back(i);
        QCOMPARE(r.controlCells, expected);
        QCOMPARE(r.predicted.size(), expected.size() * 200);
        const auto out = perturbationPrediction(test::tinyDataset(), r, *model_);
        QCOMPARE(out.nObs(), std::int64_t(expected.size()));
        QCOMPARE(out.nVars(), std::int64_t(200));
        QCOMPARE(*std::get<Categorical>(out.obs.find("condition")->data).label(0),
                 std::string("stimulated (predicted)"));
        // Scored against the dataset's own stimulated Type01 cells, on the model's log-normalised scale.
        const auto score = scorePerturbation(test::tinyDataset(), *model_, r);
        std::vector<std::int64_t> stimulated;
        for (std::int64_t i = 0; i < test::tinyDataset().nObs(); ++i)
            if (truth_[i] == "Type01" && cond.label(i) == "stimulated") stimulated.push_back(i);
        QVERIFY(!stimulated.empty());
        QCOMPARE(score.observedCells, stimulated);
        QVERIFY(score.report);
        const auto x = expression::logNormalised(expression::view(test::tinyDataset(), "X"));
        const auto direct = metrics::perturbation(metrics::meanOfRows(x, expected), metrics::meanOfRows(x, stimulated),
                                                  metrics::meanOfRows(r.predicted, 200), 100);
        QVERIFY2(std::abs(score.report->r2TopDE - direct.r2TopDE) < 1e-9,
                 std::to_string(score.report->r2TopDE).c_str());
        QVERIFY(std::abs(score.report->r2All - direct.r2All) < 1e-9);
        // The rows behind the means (the Studio's plots): each observed cell's row is its log-normalised row
        // of X (the model learned all 200 genes, in the data's order).
        QCOMPARE(score.controlValues.size(), expected.size() * 200);
        QCOMPARE(score.observedValues.size(), stimulated.size() * 200);
        const auto& xi = x.indptr;
        const auto xv = x.values.data<float>();
        const auto r0 = static_cast<std::size_t>(stimulated.front());
        std::vector<float> row(200, 0.0f);
        for (auto k = xi[r0]; k < xi[r0 + 1]; ++k)
            row[static_cast<std::size_t>(x.indices[static_cast<std::size_t>(k)])] = xv[static_cast<std::size_t>(k)];
        QCOMPARE(std::vector<float>(score.observedValues.begin(), score.observedValues.begin() + 200), row);
        // A type without stimulated cells in the data gets the means but no score.
        AnnData noStimulated = test::tinyDataset();
        noStimulated.obs.set("condition", Categorical::fromLabels(std::vector<std::string>(
                                              static_cast<std::size_t>(noStimulated.nObs()), "control")));
        const auto unscored = scorePerturbation(noStimulated, *model_, r);
        QVERIFY(unscored.observedCells.empty() && !unscored.report);
        QCOMPARE(unscored.controlMean.size(), std::size_t(200));
    }

    // The evaluation report carries the hidden entries behind its scores (for the studio's scatter): the
    // protocol's entries, the true values hideEntries drew, and scDiff's imputations that give its row.
    void imputationEvaluationKeepsTheHiddenEntries() {
        EvaluationOptions o;
        o.config = test::tinyConfig(Task::Imputation, 2);
        o.sampling = defaultSampling(Task::Imputation);
        o.sampling.steps = 10;
        o.splitSeed = 3;
        const auto r = evaluate(test::tinyDataset(), o);
        const auto open = r.protocol.rfind('(');
        QVERIFY2(open != std::string::npos && r.protocol.find(" entries)", open) != std::string::npos,
                 r.protocol.c_str());
        const auto stated = std::stoul(r.protocol.substr(open + 1));
        QVERIFY(stated > 100);
        QCOMPARE(r.hiddenTrue.size(), stated);
        QCOMPARE(r.hiddenImputed.size(), stated);
        const auto hidden = metrics::hideEntries(expression::logNormalised(expression::view(test::tinyDataset(), "X")),
                                                 o.hideFraction, o.splitSeed);
        QCOMPARE(r.hiddenTrue, hidden.values);
        QCOMPARE(r.runs.size(), std::size_t(1));
        // The run says where the batch entered (the quick preset's decoder; tinyConfig has a batch key).
        QCOMPARE(r.runs.front().batchIn, std::string("decoder"));
        QVERIFY2(toTable(r).find("where the batch entered scDiff's network: the decoder in 1 of 1 run\n") !=
                     std::string::npos,
                 toTable(r).c_str());
        QCOMPARE(r.runs.front().methods.front().method, std::string("scDiff"));
        const auto& scdiff = r.runs.front().methods.front().metrics;
        QCOMPARE(r.summary.front().mean.at("pearson"), scdiff.at("pearson"));  // one run: the mean is that run
        QVERIFY(std::isnan(r.summary.front().sd.at("pearson")));
        const auto again = metrics::imputation(r.hiddenTrue, r.hiddenImputed, hidden.rows);
        QVERIFY2(std::abs(again.pearson - scdiff.at("pearson")) < 1e-9, std::to_string(again.pearson).c_str());
        QVERIFY2(std::abs(again.rmse - scdiff.at("rmse")) < 1e-9, std::to_string(again.rmse).c_str());
        QVERIFY2(std::abs(again.medianCellPearson - scdiff.at("median_cell_pearson")) < 1e-9,
                 std::to_string(again.medianCellPearson).c_str());
        // Not the truth copied back: the hidden entries were zeros to the model, so the imputations differ.
        QVERIFY(again.rmse > 1e-3);
    }

    void expressionSourceIsReadFromTheConfiguration() {
        // A scanpy-like file: X scaled (negative values), the counts in layers['counts'], raw/X = counts too.
        const AnnData& original = test::tinyDataset();
        AnnData moved = original;
        SparseMatrix scaled = toCsrFloat32(*original.X);
        for (float& v : scaled.values.data<float>()) v = -v - 0.5f;
        moved.X = scaled;
        moved.layers.set("counts", std::get<SparseMatrix>(*original.X));
        Raw raw;
        raw.X = *original.X;
        raw.var = original.var;
        for (auto& g : raw.var.index) g += "_raw";  // raw/var's genes, not var's
        moved.raw = raw;

        QCOMPARE(expression::sources(moved), (std::vector<std::string>{"X", "raw", "layers/counts"}));
        // Views point into the dataset: nothing is copied.
        const auto ofX = expression::view(moved, "X");
        QCOMPARE(ofX.sparse, &std::get<SparseMatrix>(*moved.X));
        QCOMPARE(ofX.genes, &moved.var.index);
        const auto fromRaw = expression::view(moved, "raw");
        QCOMPARE(fromRaw.genes->front(), original.var.index.front() + "_raw");
        QCOMPARE(fromRaw.sparse, &std::get<SparseMatrix>(moved.raw->X));
        QCOMPARE(&fromRaw.obs(), &moved.obs);
        const auto ofLayer = expression::view(moved, "layers/counts");
        QCOMPARE(ofLayer.sparse, &moved.layers.at("counts").get<SparseMatrix>());
        QCOMPARE(expression::inspect(ofLayer).kind, preprocess::XKind::Counts);
        QCOMPARE(expression::inspect(ofX).kind, preprocess::XKind::Other);
        // Scaled X is refused naming where it was read; raw/X's counts are normalised as X's would be.
        try {
            expression::logNormalised(ofX);
            QFAIL("scaled X was accepted");
        } catch (const InvalidInput& e) {
            QVERIFY2(std::string(e.what()).rfind("X contains negative values", 0) == 0, e.what());
        }
        QVERIFY(expression::logNormalised(fromRaw) == expression::logNormalised(expression::view(original, "X")));
        try {
            expression::view(moved, "layers/spliced");
            QFAIL("no error for a missing layer");
        } catch (const InvalidInput& e) {
            const std::string what = e.what();
            QVERIFY2(
                what.find("layers/spliced") != std::string::npos && what.find("layers/counts") != std::string::npos,
                e.what());
        }

        // X itself is refused (scaled); the counts layer trains exactly as the original X does.
        auto config = test::tinyConfig(Task::Annotation, 2);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, train(moved, config));
        const Model fromX = train(original, config);
        config.keys.expression = "layers/counts";
        const Model fromLayer = train(moved, config);
        QCOMPARE(fromLayer.config().keys.expression, std::string("layers/counts"));
        QCOMPARE(runConfigFromJson(toJson(fromLayer.config())).keys.expression, std::string("layers/counts"));
        QCOMPARE(fromLayer.history().back().trainLoss, fromX.history().back().trainLoss);  // bit-identical run
        // Inference reads the model's source: the same errors as the X model on the original data.
        QCOMPARE(annotate(fromLayer, moved).errors, annotate(fromX, original).errors);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, annotate(fromLayer, original));  // no counts layer there
    }

    void highlyVariableGenesAreTheModelsGenes() {
        // The genes scanpy's seurat flavour ranks highest on the log-normalised values, computed here
        // through the preprocessing API (not the engine's path).
        const AnnData& data = test::tinyDataset();
        AnnData logged;
        logged.X = expression::logNormalised(expression::view(data, "X"));
        logged.obs = data.obs;
        logged.var = data.var;
        preprocess::HvgOptions hvg;
        hvg.nTopGenes = 40;
        preprocess::highlyVariableGenes(logged, hvg);
        const auto& flags = std::get<NDArray>(logged.var.find("highly_variable")->data);
        std::vector<std::string> expected;
        for (std::int64_t j = 0; j < logged.nVars(); ++j)
            if (flags.at(j) != 0) expected.push_back(data.var.index[static_cast<std::size_t>(j)]);
        QVERIFY(expected.size() >= 40 && expected.size() < 50);

        auto config = test::tinyConfig(Task::Imputation, 2);
        config.genes.highlyVariable = 40;
        const Model model = train(data, config);
        QCOMPARE(model.genes(), expected);
        QCOMPARE(runConfigFromJson(toJson(model.config())).genes.highlyVariable, std::int64_t(40));
        // Asking for more genes than there are keeps all of them.
        config.genes.highlyVariable = 5000;
        QCOMPARE(train(data, config).genes(), data.var.index);

        // Inference on the full dataset: every model gene is found, the imputed layer covers every var
        // gene, and the genes the model does not have keep their observed (log-normalised) values.
        const auto match = matchGenes(model.genes(), data.var.index);
        QCOMPARE(match.matched, std::int64_t(expected.size()));
        QCOMPARE(match.missing, std::int64_t(0));
        SamplingOptions o;
        o.steps = 5;
        const auto r = impute(model, data, o);
        QCOMPARE(r.genes, std::int64_t(expected.size()));
        AnnData out = data;
        addImputation(out, r);
        const auto& layer = out.layers.at("scdiff_imputed").get<NDArray>();
        QCOMPARE(layer.shape(), (std::vector<std::int64_t>{data.nObs(), data.nVars()}));
        const auto x = expression::logNormalised(expression::view(data, "X"));
        std::int64_t other = -1;
        for (std::int64_t j = 0; j < data.nVars() && other < 0; ++j)
            if (std::find(expected.begin(), expected.end(), data.var.index[static_cast<std::size_t>(j)]) ==
                expected.end())
                other = j;
        QVERIFY(other >= 0);
        std::vector<float> column(static_cast<std::size_t>(data.nObs()), 0.0f);
        for (std::int64_t i = 0; i < x.rows; ++i)
            for (auto k = x.indptr[static_cast<std::size_t>(i)]; k < x.indptr[static_cast<std::size_t>(i) + 1]; ++k)
                if (x.indices[static_cast<std::size_t>(k)] == other)
                    column[static_cast<std::size_t>(i)] = x.values.data<float>()[static_cast<std::size_t>(k)];
        for (std::int64_t i = 0; i < data.nObs(); ++i)
            QCOMPARE(float(layer.at(i * data.nVars() + other)), column[static_cast<std::size_t>(i)]);

        // Evaluation scores scDiff and the baselines on the selected genes only.
        EvaluationOptions e;
        e.config = test::tinyConfig(Task::Imputation, 1);
        e.config.genes.highlyVariable = 40;
        e.sampling.steps = 5;
        const auto report = evaluate(data, e);
        QCOMPARE(runConfigFromJson(report.configJson).genes.highlyVariable, std::int64_t(40));
        const auto narrowed = preprocess::subsetVars(logged, [&] {
            std::vector<std::int64_t> cols;
            for (std::int64_t j = 0; j < logged.nVars(); ++j)
                if (flags.at(j) != 0) cols.push_back(j);
            return cols;
        }());
        const auto hidden = metrics::hideEntries(std::get<SparseMatrix>(*narrowed.X), e.hideFraction, e.splitSeed);
        QCOMPARE(report.hiddenTrue, hidden.values);
    }

    void resultsSurviveAnH5adRoundTrip() {
        AnnData d = test::tinyDataset();
        const auto r = annotate(*model_, d);
        addAnnotation(d, r);
        recordRun(d, *model_, Task::Annotation, {{"macro_accuracy", 0.5}});
        const auto file = std::filesystem::path(dir_.path().toStdString()) / "annotated.h5ad";
        h5ad::write(d, file);
        const auto back = h5ad::read(file);
        const auto& labels = std::get<Categorical>(back.obs.find("scdiff_cell_type")->data);
        for (std::int64_t i = 0; i < back.nObs(); ++i) QCOMPARE(*labels.label(i), r.labels[i]);
        QCOMPARE(back.obsm.at("scdiff_probabilities").get<NDArray>().shape(),
                 (std::vector<std::int64_t>{d.nObs(), std::int64_t(r.classes.size())}));
        // Recorded under what was done (annotation), with the config the (perturbation) model was trained with.
        const auto& run = back.uns.at("scdiff").get<Dict>().at("annotation").get<Dict>();
        QVERIFY(run.at("config").get<StringArray>().values[0].find("\"hidden\": 32") != std::string::npos);
        QVERIFY(run.at("config").get<StringArray>().values[0].find("\"task\": \"perturbation\"") != std::string::npos);
        QCOMPARE(run.at("metrics").get<Dict>().at("macro_accuracy").get<NDArray>().at(0), 0.5);
        // The in-sample agreement with the model's cell-type column, as evaluate's metrics compute it.
        const auto agreement = agreementWithLabels(d, *model_, r);
        QCOMPARE(agreement.at("macro_accuracy"), metrics::classification(truth_, r.labels).macroAccuracy);
        QCOMPARE(agreement.at("accuracy"), metrics::classification(truth_, r.labels).accuracy);
    }
};

QTEST_GUILESS_MAIN(EngineTasksTest)
#include "test_engine_tasks.moc"
