// The results views on their own, each on data made for it: accepting predictions as a pure function,
// the annotation evaluation's reliability diagram, the imputation evaluation's subset, perturbation
// violins without observed cells. The whole Model-menu path through the main window is
// test_model_workflow.
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QLocale>
#include <QRegularExpression>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <QProcess>
#include <cmath>
#include <qcustomplot.h>

#include "common/ErrorReporter.h"
#include "app/MainWindow.h"
#include "jobs/JobRunner.h"
#include "models/DataAccess.h"
#include "plots/EmbeddingView.h"
#include "plots/MarkerPlots.h"
#include "plots/PointCloud.h"
#include "results/AnnotationResultsPanel.h"
#include "results/EvaluationView.h"
#include "results/VerdictLine.h"
#include "results/ImputationView.h"
#include "results/MetricsPanel.h"
#include "results/PerturbationView.h"
#include "session/Commands.h"
#include "session/Session.h"
#include "support_dataset.h"

#include "scdiff/engine/config.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/synth.hpp"

using namespace scdiff;
using namespace scdiff::ui;

class TestResultsViews : public QObject {
    Q_OBJECT
    QStringList errors_;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName("scdiff-studio-results-tests");
        ErrorReporter::setHandler([this](QWidget*, const QString&, const QString& s) { errors_ << s; });
    }

    // A large dataset's heat maps draw kMaxCells cells, evenly spaced in the chosen order, not a dense map
    // of every cell.
    void imputationHeatMapsOfManyCellsAreEvenlySpaced() {
        Session session;
        AnnData d = testing::makeDataset(12000, 10);
        const std::int64_t n = d.nObs(), g = d.nVars();
        std::vector<float> imputed(static_cast<std::size_t>(n * g));
        for (std::size_t i = 0; i < imputed.size(); ++i) imputed[i] = float(i % 7);
        d.layers.set("scdiff_imputed", NDArray::fromVector(imputed, {n, g}));
        session.setDataset(std::move(d), QString());
        ImputationView view(&session);
        view.refresh();
        QVERIFY(view.setGenes({QString::fromStdString(session.data().var.index[0])}));
        QVERIFY(view.setOrderColumn("cell_type"));
        QCOMPARE(view.cellOrder().size(), std::size_t(ImputationView::kMaxCells));
        QCOMPARE(view.observedMap()->data()->keySize(), ImputationView::kMaxCells);
        // Still in cell-type order, and spread over all of it: the first and the last type are both there.
        const Categorical types = asCategorical(session.data().obs.find("cell_type")->data);
        const auto& order = view.cellOrder();
        for (std::size_t i = 1; i < order.size(); ++i)
            QVERIFY(types.codes[static_cast<std::size_t>(order[i - 1])] <=
                    types.codes[static_cast<std::size_t>(order[i])]);
        QCOMPARE(types.codes[static_cast<std::size_t>(order.front())], 0);
        QCOMPARE(types.codes[static_cast<std::size_t>(order.back())],
                 static_cast<std::int32_t>(types.categoryCount() - 1));
        QVERIFY(view.observedMap()->keyAxis()->label().startsWith("5,000 of 12,000 cells"));
    }

    void acceptPredictionsPureFunction() {
        DataFrame obs;
        obs.index = {"a", "b", "c"};
        obs.set("scdiff_cell_type", Categorical::fromLabels({"T", "B", "T"}));
        obs.set("cell_type", Categorical::fromLabels({"B", "B", "NK"}));
        const Categorical some = withLabelsFrom(obs, "scdiff_cell_type", "cell_type", {2}, false);
        QCOMPARE(some.label(0).value(), std::string("B"));
        QCOMPARE(some.label(2).value(), std::string("T"));
        const Categorical fresh = withLabelsFrom(obs, "scdiff_cell_type", "new", {1}, false);
        QVERIFY(!fresh.label(0));
        QCOMPARE(fresh.label(1).value(), std::string("B"));
        const Categorical all = withLabelsFrom(obs, "scdiff_cell_type", "new", {}, true);
        QCOMPARE(all.label(0).value(), std::string("T"));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, withLabelsFrom(obs, "scdiff_cell_type", "x", {7}, false));
    }

    // More hidden entries than the cap: an evenly spaced subset, said under the plot.
    // An annotation evaluation: the reliability diagram has one bar per non-empty confidence bin at the
    // bin's accuracy, the title gives the ECE, the verdict is red when a baseline won every run.
    void annotationEvaluationShowsReliability() {
        engine::EvaluationReport report;
        report.task = engine::Task::Annotation;
        report.protocol = "2 runs, each: stratified 10 % of the cells held out";
        std::vector<double> confidence{0.95, 0.97, 0.99, 0.55, 0.52, 0.31};
        std::vector<bool> correct{true, true, false, true, false, false};
        report.calibration = metrics::calibration(confidence, correct);
        for (int k = 0; k < 2; ++k) {
            engine::EvaluationRun run;
            run.methods.push_back(
                {"scDiff",
                 {{"macro_accuracy", 0.7 + 0.1 * k}, {"macro_f1", 0.6}, {"accuracy", 0.7}, {"ece", 0.2}},
                 3.0});
            run.methods.push_back(
                {"logistic regression (PCA)", {{"macro_accuracy", 0.9}, {"macro_f1", 0.8}, {"accuracy", 0.9}}, 0.1});
            report.runs.push_back(run);
        }
        report.summary = engine::summarise(report.runs);
        report.verdict = engine::verdictOf(report.task, report.runs);
        EvaluationView view;
        view.resize(1000, 600);
        view.setReport(report);
        QVERIFY(view.reliabilityBars());
        QVERIFY(!view.scatterGraph());
        const auto bars = view.reliabilityBars()->data();
        QCOMPARE(bars->size(), 3);  // bins [0.3, 0.4), [0.5, 0.6), [0.9, 1]
        QCOMPARE(bars->at(0)->key, 0.35);
        QCOMPARE(bars->at(0)->value, 0.0);
        QCOMPARE(bars->at(1)->value, 0.5);
        QVERIFY(std::abs(bars->at(2)->value - 2.0 / 3.0) < 1e-12);
        QVERIFY2(view.plotTitle()->text().contains(QString::number(report.calibration.ece, 'f', 3)),
                 qPrintable(view.plotTitle()->text()));
        QVERIFY(!report.verdict.scdiffBest);
        QVERIFY2(view.verdictLabel()->text().startsWith("logistic regression (PCA) is better than scDiff"),
                 qPrintable(view.verdictLabel()->text()));
        QVERIFY(view.verdictLabel()->styleSheet().contains("#c0392b"));  // ahead in both runs: red
        QCOMPARE(view.table()->columnCount(), 6);                        // method, 4 metrics, seconds
        QCOMPARE(view.table()->item(0, 1)->text(), QString("0.750 ± 0.071"));
        QCOMPARE(view.table()->item(1, 4)->text(), QString("n/a"));  // baselines have no confidence
    }

    void imputationEvaluationShowsAnEvenSubset() {
        engine::EvaluationReport report;
        report.task = engine::Task::Imputation;
        report.protocol = "10 % of the non-zero entries hidden with probability ~ exp(-x) (50000 entries)";
        for (int k = 0; k < 50000; ++k) {
            report.hiddenTrue.push_back(k * 1e-4);
            report.hiddenImputed.push_back(k % 2 ? 7.0 : 0.0);  // odd entries far off
        }
        engine::EvaluationRun run;
        run.methods.push_back({"scDiff", {{"pearson", 0.25}, {"rmse", 1.5}, {"median_cell_pearson", 0.125}}, 3.0});
        run.methods.push_back({"gene mean", {{"pearson", 0.5}, {"rmse", 0.75}, {"median_cell_pearson", 0.375}}, 0.5});
        report.runs.push_back(run);
        report.summary = engine::summarise(report.runs);
        EvaluationView view;
        view.resize(1000, 500);
        view.setReport(report);
        QCOMPARE(view.shownPoints(), EvaluationView::kMaxPoints);
        QCOMPARE(view.scatterGraph()->dataCount(), EvaluationView::kMaxPoints);
        // Every 2.5th entry: indices 0, 2, 5, 7, 10, ... so both even and odd ones are drawn.
        int odd = 0;
        for (auto it = view.scatterGraph()->data()->constBegin(); it != view.scatterGraph()->data()->constEnd(); ++it) {
            const int k = static_cast<int>(std::lround(it->key * 1e4));
            QCOMPARE(it->value, k % 2 ? 7.0 : 0.0);
            QCOMPARE(k % 5 == 0 || k % 5 == 2, true);
            odd += k % 2;
        }
        QCOMPARE(odd, EvaluationView::kMaxPoints / 2);
        QVERIFY(view.subsetLabel()->isVisibleTo(&view));
        QCOMPARE(view.subsetLabel()->text(), QString("%1 of %2 hidden entries shown (evenly spaced)")
                                                 .arg(QLocale().toString(20000), QLocale().toString(50000)));
        QCOMPARE(view.plotTitle()->text(), QString("scDiff on the hidden entries: Pearson 0.250, RMSE 1.500"));
        QCOMPARE(view.table()->rowCount(), 2);
        QCOMPARE(view.table()->item(1, 3)->data(Qt::UserRole).toDouble(), 0.375);
        QCOMPARE(view.table()->item(1, 3)->text(), QString("0.375"));
        QVERIFY(view.table()->item(0, 4)->font().bold() && !view.table()->item(1, 4)->font().bold());
        QCOMPARE(view.plot()->xAxis->range().upper,
                 view.plot()->yAxis->range().upper);  // same scale: the identity is the diagonal
    }

    // Without observed stimulated cells the violins are control and predicted only; the medians and
    // quartiles are numpy's (linear interpolation) of the per-cell values.
    void perturbationViolinsWithoutObservedCells() {
        PerturbationSummary s;
        s.cellType = "T";
        s.control = "ctrl";
        s.stimulated = "stim";
        s.genes = {"A", "B"};
        s.controlMean = {0.0, 3.25};
        s.predictedMean = {0.0, 4.5};
        s.controlCells = 4;
        s.controlValues = {0, 0, 0, 1, 0, 2, 0, 10};   // B: 0, 1, 2, 10
        s.predictedValues = {0, 3, 0, 7, 0, 3, 0, 5};  // B: 3, 7, 3, 5
        PerturbationView view;
        view.resize(900, 500);
        view.setSummary(s);
        QCOMPARE(view.violinGeneBox()->currentText(), QString("B"));  // the largest predicted change
        const auto& v = view.violins();
        QCOMPARE(v.size(), std::size_t(2));
        QCOMPARE(v[0].cells, std::size_t(4));
        QCOMPARE(v[1].cells, std::size_t(4));
        QCOMPARE(v[0].median->start->coords().y(), 1.5);
        QCOMPARE(v[1].median->start->coords().y(), 4.0);
        QCOMPARE(v[0].quartiles->start->coords().y(), 0.75);
        QCOMPARE(v[0].quartiles->end->coords().y(), 4.0);
        QCOMPARE(v[1].quartiles->start->coords().y(), 3.0);
        QCOMPARE(v[1].quartiles->end->coords().y(), 5.5);
        auto* ticker = dynamic_cast<QCPAxisTickerText*>(view.violinPlot()->xAxis->ticker().data());
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().value(0), QString("ctrl (observed)\n4 cell(s)"));
        QCOMPARE(ticker->ticks().value(1), QString("stim (predicted)\n4 cell(s)"));
        // A gene with one value everywhere still draws (a flat violin at that value).
        view.violinGeneBox()->setCurrentIndex(1);
        QVERIFY(view.violins()[0].body);
        QCOMPARE(view.violins()[0].median->start->coords().y(), 0.0);
    }
};

QTEST_MAIN(TestResultsViews)
#include "test_results_views.moc"
