// The Model menu's whole path through the real MainWindow offscreen on synth's "tiny" dataset, one
// test per behaviour, run in order on one window: a tiny perturbation-task model trained through
// ModelController::trainModel (what Train… starts), annotation results, agreement on the embedding,
// low-confidence selection, accepting predictions, imputation and its tab, a perturbation prediction
// (DE table, scatter, violins, h5ad), the runs table, the exported dataset read by anndata, an
// imputation evaluation, and a new dataset clearing the old one's results. Each test builds on the
// state the ones before it left (the model, the annotation, the layer).
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

#include "error_of.hpp"
#include "python_anndata.hpp"
#include "common/ErrorReporter.h"
#include "app/MainWindow.h"
#include "support_dataset.h"
#include "app/ModelController.h"
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
#include "session/PerturbationPredictions.h"
#include "session/PerturbationRecord.h"
#include "session/Session.h"
#include "session/SessionFile.h"

#include "scdiff/engine/config.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/synth.hpp"

using namespace scdiff;
using namespace scdiff::ui;

namespace {

engine::RunConfig tinyPerturbationConfig() {
    engine::RunConfig c = engine::preset("quick", engine::Task::Perturbation);
    c.keys.labelKey = "cell_type";
    c.keys.batchKey = "batch";
    c.keys.conditionKey = "condition";
    c.keys.control = "control";
    c.keys.stimulated = "stimulated";
    c.model.hidden = 32;
    c.model.depth = 1;
    c.train.epochs = 20;
    c.train.steps = 0;  // the epochs above, not the preset's step budget
    c.train.batchSize = 64;
    c.train.baseLr = 1.5e-5;
    c.train.device = "cpu";
    return c;
}

std::vector<std::string> labelsOf(const AnnData& d, const std::string& column) {
    const Categorical c = asCategorical(d.obs.find(column)->data);
    std::vector<std::string> out;
    for (std::int64_t r = 0; r < d.nObs(); ++r) out.push_back(c.label(r).value_or("<missing>"));
    return out;
}

QStringList readLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

}  // namespace

class TestModelWorkflow : public QObject {
    Q_OBJECT
    QStringList errors_;
    std::unique_ptr<MainWindow> w_;
    std::int64_t nObs_ = 0, nVars_ = 0;
    std::vector<std::string> truth_, predicted_;  // cell_type and scdiff_cell_type after annotating
    double macroAccuracy_ = 0;
    std::string perturbedType_;
    std::int64_t controls_ = 0, stimulated_ = 0;  // cells of the perturbed type
    QTemporaryDir dir_;

    static void removeCheckpoints() {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/checkpoints").removeRecursively();
    }
    bool waitIdle(MainWindow& w, int ms = 180000) {
        QElapsedTimer t;
        t.start();
        while (w.jobs()->busy() && t.elapsed() < ms) QTest::qWait(20);
        return !w.jobs()->busy();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName("scdiff-studio-workflow-tests");
        removeCheckpoints();
        ErrorReporter::setHandler([this](QWidget*, const QString&, const QString& s) { errors_ << s; });
        // The jobs run inside start() (InlineJobRunner): no worker thread, and waitIdle only lets the queued
        // result arrive. The threaded runner is what test_mainwindow and test_training_dialog drive.
        w_ = std::make_unique<MainWindow>(nullptr, new InlineJobRunner);
        MainWindow& w = *w_;
        w.show();
        w.session()->setDataset(scdiff::testing::tinyWithGrid(), QString());
        nObs_ = w.session()->data().nObs();
        nVars_ = w.session()->data().nVars();
    }
    void cleanupTestCase() {
        w_.reset();
        removeCheckpoints();
    }
    void init() { errors_.clear(); }

    // Model > Train… on a perturbation-task model: the tasks become available, the run is recorded.
    void trainingEnablesTheModelTasks() {
        MainWindow& w = *w_;
        QVERIFY(!w.findChild<QAction*>("actionImpute")->isEnabled());
        QVERIFY(!w.annotationResults()->hasResults());
        // What Model > Train… calls.
        QVERIFY(w.models()->trainModel(tinyPerturbationConfig()));
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QVERIFY(w.session()->model());
        QCOMPARE(w.session()->model()->epochsTrained(), 20);
        QVERIFY(w.findChild<QAction*>("actionImpute")->isEnabled());
        QVERIFY(w.findChild<QAction*>("actionPerturb")->isEnabled());
        QCOMPARE(w.metricsPanel()->rowCount(), 1);
    }

    // Annotate: the results panel's confusion matrix, macro accuracy/F1 and per-class table are metrics::classification's; the table exports as CSV.
    void annotationResultsMatchTheMetrics() {
        MainWindow& w = *w_;
        const std::int64_t nObs = nObs_;
        QVERIFY(w.models()->annotateWithModel());
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        AnnotationResultsPanel* panel = w.annotationResults();
        QCOMPARE(panel->reference(), QString("cell_type"));  // the model's label key
        QVERIFY(panel->setReference("cell_type"));
        QVERIFY(panel->hasResults());
        const AnnData& d = w.session()->data();
        truth_ = labelsOf(d, "cell_type");
        predicted_ = labelsOf(d, "scdiff_cell_type");
        const auto& truth = truth_;
        const auto& predicted = predicted_;
        // The class probabilities are results, not an embedding to plot.
        QVERIFY(d.obsm.contains("scdiff_probabilities"));
        for (const auto& key : ui::embeddingKeys(d)) QVERIFY(key != "scdiff_probabilities");
        const auto expected = metrics::classification(truth, predicted);
        macroAccuracy_ = expected.macroAccuracy;
        QCOMPARE(panel->confusionTotal(), nObs);
        QCOMPARE(panel->colorMap()->data()->keySize(), static_cast<int>(expected.classes.size()));
        QCOMPARE(panel->report()->macroAccuracy, expected.macroAccuracy);
        QCOMPARE(panel->report()->macroF1, expected.macroF1);
        QVERIFY2(std::abs(panel->shownMacroAccuracy() - expected.macroAccuracy) < 5e-4,
                 qPrintable(panel->macroAccuracyLabel()->text()));
        QVERIFY(panel->macroAccuracyLabel()->text().contains(QString::number(expected.macroAccuracy, 'f', 3)));
        QVERIFY(std::abs(panel->shownMacroF1() - expected.macroF1) < 5e-4);
        QCOMPARE(panel->table()->rowCount(), static_cast<int>(expected.classes.size()) + 1);
        QCOMPARE(panel->table()->item(0, 0)->text(), QString::fromStdString(expected.classes[0]));
        QCOMPARE(panel->table()->item(0, 4)->text().toLongLong(), expected.support[0]);
        qInfo("annotation: macro accuracy %.3f, macro F1 %.3f", expected.macroAccuracy, expected.macroF1);
        QVERIFY(panel->exportCsv(dir_.filePath("classes.csv")));
        const QStringList csv = readLines(dir_.filePath("classes.csv"));
        QCOMPARE(csv.size(), static_cast<int>(expected.classes.size()) + 2);
        QCOMPARE(csv.front(), QString("class,precision,recall,f1,support,training"));
        // Every type had training cells (uns['scdiff']['annotation']['class_training']).
        QCOMPARE(panel->table()->item(0, 5)->text(), QString("trained"));
        QVERIFY(csv[1].endsWith(",trained"));
    }

    // "Show agreement on embedding": the embedding coloured by prediction vs reference.
    void agreementOnTheEmbeddingShowsTheMisclassifiedCells() {
        MainWindow& w = *w_;
        const std::int64_t nObs = nObs_;
        const auto& truth = truth_;
        const auto& predicted = predicted_;
        AnnotationResultsPanel* panel = w.annotationResults();
        {
            QVERIFY(panel->agreementButton()->isEnabled());
            w.centralTabs()->setCurrentIndex(w.centralTabs()->indexOf(panel));
            panel->agreementButton()->click();
            EmbeddingView* embedding = w.embeddingView();
            QCOMPARE(w.centralTabs()->currentWidget(), static_cast<QWidget*>(embedding));
            QCOMPARE(embedding->colouredBy(), QString("scdiff_cell_type"));
            QCOMPARE(embedding->agreementReference(), QString("cell_type"));
            QCOMPARE(embedding->colourBox()->currentText(), QString("scdiff_cell_type vs cell_type"));
            std::int64_t agrees = 0, disagrees = 0;
            for (std::size_t r = 0; r < truth.size(); ++r) (truth[r] == predicted[r] ? agrees : disagrees)++;
            QCOMPARE(embedding->legend()->count(), 3);
            QCOMPARE(embedding->legend()->item(0)->text(), QString("agrees (%1)").arg(agrees));
            QCOMPARE(embedding->legend()->item(1)->text(), QString("disagrees (%1)").arg(disagrees));
            QCOMPARE(embedding->legend()->item(2)->text(), QString("no label (0)"));
            // The agreeing share is the panel's (micro) accuracy over the same cells.
            QCOMPARE(static_cast<double>(agrees) / static_cast<double>(agrees + disagrees), panel->report()->accuracy);
            // Hiding "agrees" leaves exactly the misclassified cells.
            embedding->legend()->item(0)->setCheckState(Qt::Unchecked);
            const auto& mask = embedding->points()->visibleMask();
            QCOMPARE(static_cast<std::int64_t>(mask.size()), nObs);
            for (std::size_t r = 0; r < mask.size(); ++r) QCOMPARE(mask[r] != 0, truth[r] != predicted[r]);
            qInfo("agreement on the embedding: %lld agree, %lld disagree", static_cast<long long>(agrees),
                  static_cast<long long>(disagrees));
            QVERIFY(embedding->colourByColumn("cell_type"));
        }
    }

    // "Select low-confidence cells" selects exactly the cells below the threshold.
    void lowConfidenceSelectionSelectsThoseCells() {
        MainWindow& w = *w_;
        const std::int64_t nObs = nObs_;
        AnnotationResultsPanel* panel = w.annotationResults();
        const AnnData& d = w.session()->data();
        const Column* confidence = d.obs.find("scdiff_confidence");
        QVERIFY(confidence);
        std::vector<std::int64_t> low;
        for (std::int64_t r = 0; r < nObs; ++r)
            if (std::get<NDArray>(confidence->data).at(r) < 0.6) low.push_back(r);
        QCOMPARE(panel->selectLowConfidence(0.6), static_cast<qint64>(low.size()));
        QCOMPARE(w.session()->selection(), low);
    }

    // Accepting predictions into a column, for the selected cells only or for all, is one undoable step.
    void acceptingPredictionsIsOneUndoableStep() {
        MainWindow& w = *w_;
        const std::int64_t nObs = nObs_;
        const auto& truth = truth_;
        const auto& predicted = predicted_;
        AnnotationResultsPanel* panel = w.annotationResults();
        const AnnData& d = w.session()->data();
        std::vector<std::int64_t> chosen;
        for (std::int64_t r = 0; r < nObs; r += 7) chosen.push_back(r);
        w.session()->setSelection(chosen);
        const ColumnData before = d.obs.find("cell_type")->data;
        const int steps = w.session()->undoStack()->count();
        QVERIFY(panel->acceptPredictions("cell_type", true));
        QCOMPARE(w.session()->undoStack()->count(), steps + 1);
        const auto after = labelsOf(w.session()->data(), "cell_type");
        int changed = 0;
        for (std::int64_t r = 0; r < nObs; ++r) {
            const bool selected = std::binary_search(chosen.begin(), chosen.end(), r);
            const auto i = static_cast<std::size_t>(r);
            QCOMPARE(after[i], selected ? predicted[i] : truth[i]);
            changed += after[i] != truth[i];
        }
        qInfo("accepting %zu selected predictions changed %d labels", chosen.size(), changed);
        w.session()->undoStack()->undo();
        QVERIFY(w.session()->data().obs.find("cell_type")->data == before);
        w.session()->undoStack()->redo();
        QCOMPARE(labelsOf(w.session()->data(), "cell_type"), after);
        w.session()->undoStack()->undo();
        // All cells into a new column; an empty selection with "only selected" is refused.
        QVERIFY(panel->acceptPredictions("accepted", false));
        QCOMPARE(labelsOf(w.session()->data(), "accepted"), predicted);
        w.session()->undoStack()->undo();
        QVERIFY(!w.session()->data().obs.find("accepted"));
        w.session()->setSelection({});
        QVERIFY(!panel->acceptPredictions("accepted", true));
        QCOMPARE(errors_.size(), 1);
        errors_.clear();
        QVERIFY(!panel->acceptPredictions("scdiff_cell_type", false));
        errors_.clear();
    }

    // Impute: one undoable layer of cells x genes.
    void imputationIsOneUndoableLayer() {
        MainWindow& w = *w_;
        const std::int64_t nObs = nObs_, nVars = nVars_;
        QVERIFY(w.models()->imputeWithModel());
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const Element* layer = w.session()->data().layers.find("scdiff_imputed");
        QVERIFY(layer && layer->is<NDArray>());
        QCOMPARE(layer->get<NDArray>().shape(), (std::vector<std::int64_t>{nObs, nVars}));
        QCOMPARE(w.session()->undoStack()->undoText(), QString("Impute %1 cell(s) with the scDiff model").arg(nObs));
        w.session()->undoStack()->undo();
        QVERIFY(!w.session()->data().layers.contains("scdiff_imputed"));
        w.session()->undoStack()->redo();
        QVERIFY(w.session()->data().layers.contains("scdiff_imputed"));
    }

    // The Imputation tab: observed vs imputed heat maps (genes x cells), ordered by a column, genes chosen by name.
    void imputationTabShowsObservedAndImputedValues() {
        MainWindow& w = *w_;
        const std::int64_t nObs = nObs_, nVars = nVars_;
        ImputationView* imp = w.imputationView();
        QVERIFY(imp->hasImputation());
        QCOMPARE(imp->orderColumn(), QString("cell_type"));  // the model's label key
        QCOMPARE(static_cast<int>(imp->shownGenes().size()),
                 std::min<int>(ImputationView::kDefaultGenes, static_cast<int>(nVars)));
        QCOMPARE(static_cast<std::int64_t>(imp->cellOrder().size()), nObs);
        QCOMPARE(imp->observedMap()->data()->keySize(), static_cast<int>(nObs));
        QCOMPARE(imp->observedMap()->data()->valueSize(), static_cast<int>(imp->shownGenes().size()));
        QCOMPARE(imp->imputedMap()->data()->keySize(), static_cast<int>(nObs));
        QCOMPARE(imp->imputedMap()->data()->valueSize(), static_cast<int>(imp->shownGenes().size()));
        {
            // Cells grouped by cell_type.
            const auto types = labelsOf(w.session()->data(), "cell_type");
            const Categorical cat = asCategorical(w.session()->data().obs.find("cell_type")->data);
            for (std::size_t c = 1; c < imp->cellOrder().size(); ++c)
                QVERIFY(cat.codes[static_cast<std::size_t>(imp->cellOrder()[c - 1])] <=
                        cat.codes[static_cast<std::size_t>(imp->cellOrder()[c])]);
        }
        // Three chosen genes (one unknown): the observed map at (cell 5, gene 1) is X there, on the
        // engine's log-normalised scale; the imputed map is the layer there.
        const std::string g0 = w.session()->data().var.index[3], g1 = w.session()->data().var.index[7];
        QVERIFY(imp->setGenes({QString::fromStdString(g0), "NOT_A_GENE", QString::fromStdString(g1)}));
        QCOMPARE(imp->shownGenes(), (std::vector<std::string>{g0, g1}));
        QVERIFY(imp->statusLabel()->text().contains("NOT_A_GENE"));
        QCOMPARE(imp->observedMap()->data()->valueSize(), 2);
        QVERIFY(imp->setOrderColumn("batch"));
        QCOMPARE(imp->orderCombo()->currentText(), QString("batch"));
        {
            const AnnData& data = w.session()->data();
            const std::int64_t row = imp->cellOrder()[5];
            const std::vector<float> xcol = geneColumn(*data.X, 7);
            double expectedX = xcol[static_cast<std::size_t>(row)];
            if (preprocess::detectXKind(*data.X) == preprocess::XKind::Counts) {
                double total = 0;
                for (std::int64_t j = 0; j < nVars; ++j) total += geneColumn(*data.X, j)[static_cast<std::size_t>(row)];
                expectedX = std::log1p(expectedX * 1e4 / total);
            }
            QVERIFY(std::abs(imp->observedMap()->data()->cell(5, 1) - expectedX) < 1e-5);
            const NDArray& layerValues = data.layers.find("scdiff_imputed")->get<NDArray>();
            QCOMPARE(imp->imputedMap()->data()->cell(5, 1), layerValues.at(row * nVars + 7));
            qInfo("imputation view: X kind %s, observed %.3f, imputed %.3f at cell %lld of %s",
                  preprocess::detectXKind(*data.X) == preprocess::XKind::Counts ? "counts" : "log-normalised",
                  expectedX, layerValues.at(row * nVars + 7), static_cast<long long>(row), g1.c_str());
        }
        // More than 30 genes are cut to 30.
        QStringList many;
        for (std::int64_t j = 0; j < std::min<std::int64_t>(40, nVars); ++j)
            many << QString::fromStdString(w.session()->data().var.index[static_cast<std::size_t>(j)]);
        QVERIFY(imp->setGenes(many));
        QCOMPARE(static_cast<std::int64_t>(imp->shownGenes().size()),
                 std::min<std::int64_t>(ImputationView::kMaxGenes, nVars));
    }

    // Perturb one type: its control cells predicted stimulated; the DE table lists every model gene by |predicted change| and exports as CSV.
    void perturbationPredictsTheControlCellsOfOneType() {
        MainWindow& w = *w_;
        const std::int64_t nObs = nObs_;
        const auto& truth = truth_;
        perturbedType_ = w.session()->model()->cellTypes().classes.front();
        const std::string& type = perturbedType_;
        std::int64_t& controls = controls_;
        std::int64_t& stimulated = stimulated_;
        const auto conditions = labelsOf(w.session()->data(), "condition");
        for (std::int64_t r = 0; r < nObs; ++r)
            if (truth[static_cast<std::size_t>(r)] == type)
                (conditions[static_cast<std::size_t>(r)] == "control" ? controls : stimulated)++;
        QVERIFY(controls > 0 && stimulated > 0);
        QVERIFY(w.models()->predictPerturbation(QString::fromStdString(type)));
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QVERIFY(w.models()->perturbations()->current());
        QCOMPARE(w.models()->perturbations()->current()->cells->nObs(), controls);
        PerturbationView* view = w.perturbationView();
        QVERIFY(view->hasObserved());
        QCOMPARE(view->summary()->observedCells, stimulated);
        QCOMPARE(static_cast<int>(view->shownGenes().size()), 20);
        QCOMPARE(view->predictedBars()->data()->size(), 20);
        QCOMPARE(view->observedBars()->data()->size(), 20);
        QVERIFY(view->report() && std::isfinite(view->report()->r2All));
        QVERIFY(view->r2Label()->text().contains("R²"));
        // The DE table: every model gene, descending |predicted change|, CSV with a header.
        const int modelGenes = static_cast<int>(w.session()->model()->genes().size());
        QCOMPARE(static_cast<int>(view->summary()->genes.size()), modelGenes);
        QTableWidget* de = view->deTable();
        QCOMPARE(de->rowCount(), modelGenes);
        {
            const auto& s = *view->summary();
            double largest = 0;
            for (std::size_t g = 0; g < s.genes.size(); ++g)
                largest = std::max(largest, std::abs(s.predictedMean[g] - s.controlMean[g]));
            QCOMPARE(std::abs(de->item(0, 3)->data(Qt::UserRole).toDouble()), largest);
            for (int r = 1; r < de->rowCount(); ++r)
                QVERIFY(std::abs(de->item(r - 1, 3)->data(Qt::UserRole).toDouble()) >=
                        std::abs(de->item(r, 3)->data(Qt::UserRole).toDouble()));
            QCOMPARE(de->item(0, 0)->text(), QString::fromStdString(view->shownGenes().front()));
            QVERIFY(!de->item(0, 4)->text().isEmpty());
        }
        QVERIFY(view->exportDeCsv(dir_.filePath("de.csv")));
        const QStringList deCsv = readLines(dir_.filePath("de.csv"));
        QCOMPARE(deCsv.size(), modelGenes + 1);
        QCOMPARE(deCsv.front(),
                 QString("gene,control_mean,predicted_stimulated_mean,predicted_change,observed_change"));
        QVERIFY(deCsv[1].startsWith(de->item(0, 0)->text() + ","));
    }

    // The perturbation scatter: one point per model gene, R² equal to metrics::perturbation's on the same means.
    void perturbationScatterMatchesTheMetrics() {
        MainWindow& w = *w_;
        PerturbationView* view = w.perturbationView();
        const int modelGenes = static_cast<int>(w.session()->model()->genes().size());
        const std::int64_t controls = controls_, stimulated = stimulated_;
        // The scatter: one point per model gene (observed change, predicted change), R² in the title equal
        // to metrics::perturbation's on the same means.
        {
            const auto& s = *view->summary();
            QVERIFY(view->scatterGraph());
            QCOMPARE(view->scatterGraph()->data()->size(), modelGenes);
            const auto expectedReport =
                metrics::perturbation(s.controlMean, s.observedMean, s.predictedMean, std::min(100, modelGenes));
            QCOMPARE(view->report()->r2All, expectedReport.r2All);
            QCOMPARE(view->report()->r2TopDE, expectedReport.r2TopDE);
            const QString title = view->scatterTitle()->text();
            QVERIFY2(title.contains(QString::number(expectedReport.r2TopDE, 'f', 3)) &&
                         title.contains(QString::number(expectedReport.r2All, 'f', 3)) && title.contains("R²"),
                     qPrintable(title));
            double sumX = 0, sumY = 0, wantX = 0, wantY = 0;
            for (auto it = view->scatterGraph()->data()->constBegin(); it != view->scatterGraph()->data()->constEnd();
                 ++it) {
                sumX += it->key;
                sumY += it->value;
            }
            for (std::size_t g = 0; g < s.genes.size(); ++g) {
                wantX += s.observedMean[g] - s.controlMean[g];
                wantY += s.predictedMean[g] - s.controlMean[g];
            }
            QVERIFY(std::abs(sumX - wantX) < 1e-9 * std::max(1.0, std::abs(wantX)) + 1e-9);
            QVERIFY(std::abs(sumY - wantY) < 1e-9 * std::max(1.0, std::abs(wantY)) + 1e-9);
            QVERIFY(view->plotTabs()->isTabEnabled(1));
            // Per-cell values behind the means.
            QCOMPARE(s.controlValues.size(), static_cast<std::size_t>(controls) * s.genes.size());
            QCOMPARE(s.observedValues.size(), static_cast<std::size_t>(stimulated) * s.genes.size());
            QCOMPARE(s.predictedValues.size(), static_cast<std::size_t>(controls) * s.genes.size());
        }
    }

    // The perturbation violins: per group the cell count and the median of the per-cell values.
    void perturbationViolinsDrawEachGroupsMedian() {
        MainWindow& w = *w_;
        PerturbationView* view = w.perturbationView();
        const int modelGenes = static_cast<int>(w.session()->model()->genes().size());
        QTableWidget* de = view->deTable();
        const std::int64_t controls = controls_, stimulated = stimulated_;
        // The violins: the combo lists the DE table's top 20 genes; per group (control, observed
        // stimulated, predicted stimulated) the cell count and the median line at the median of that
        // gene's per-cell values in the summary.
        {
            QComboBox* gene = view->violinGeneBox();
            QCOMPARE(gene->count(), std::min(20, modelGenes));
            QCOMPARE(gene->itemText(0), de->item(0, 0)->text());
            QCOMPARE(view->plotTabs()->tabText(2), QString("Violins"));
            gene->setCurrentIndex(1);
            const auto& s = *view->summary();
            const auto g = static_cast<std::size_t>(gene->currentData().toULongLong());
            QCOMPARE(QString::fromStdString(s.genes[g]), de->item(1, 0)->text());
            auto sortedColumn = [&](const std::vector<float>& values) {
                std::vector<double> column;
                for (std::size_t i = 0; i < values.size() / s.genes.size(); ++i)
                    column.push_back(values[i * s.genes.size() + g]);
                std::sort(column.begin(), column.end());
                return column;
            };
            auto median = [](const std::vector<double>& column) {
                const double pos = 0.5 * static_cast<double>(column.size() - 1);
                const auto lo = static_cast<std::size_t>(pos);
                return lo + 1 < column.size()
                           ? column[lo] + (pos - static_cast<double>(lo)) * (column[lo + 1] - column[lo])
                           : column[lo];
            };
            const std::vector<const std::vector<float>*> perCell{&s.controlValues, &s.observedValues,
                                                                 &s.predictedValues};
            const std::vector<std::int64_t> cells{controls, stimulated, controls};
            const auto& violins = view->violins();
            QCOMPARE(violins.size(), std::size_t(3));
            QCOMPARE(view->violinPlot()->plottableCount(), 3);
            for (std::size_t k = 0; k < 3; ++k) {
                QCOMPARE(static_cast<std::int64_t>(violins[k].cells), cells[k]);
                QVERIFY(violins[k].body && violins[k].median && violins[k].quartiles);
                const auto column = sortedColumn(*perCell[k]);
                const double want = median(column);
                QVERIFY2(std::abs(violins[k].median->start->coords().y() - want) < 1e-9,
                         qPrintable(QString("group %1: median drawn %2, expected %3")
                                        .arg(k)
                                        .arg(violins[k].median->start->coords().y())
                                        .arg(want)));
                QCOMPARE(violins[k].median->start->coords().x() + violins[k].median->end->coords().x(),
                         2.0 * static_cast<double>(k));
                // The outline spans the group's values, min to max.
                bool found = false;
                const QCPRange range = violins[k].body->getValueRange(found);
                QVERIFY(found);
                QVERIFY(std::abs(range.lower - column.front()) < 1e-9 && std::abs(range.upper - column.back()) < 1e-9);
            }
            auto* ticker = dynamic_cast<QCPAxisTickerText*>(view->violinPlot()->xAxis->ticker().data());
            QVERIFY(ticker);
            QVERIFY2(ticker->ticks().value(1).contains(QString("%1 cell").arg(stimulated)),
                     qPrintable(ticker->ticks().value(1)));
        }
    }

    // The predicted cells save as their own h5ad.
    void perturbationPredictionSavesAsH5ad() {
        MainWindow& w = *w_;
        PerturbationView* view = w.perturbationView();
        const std::string& type = perturbedType_;
        const std::int64_t controls = controls_;
        qInfo("perturbation of %s: R² top DE %.3f, all %.3f", type.c_str(), view->report()->r2TopDE,
              view->report()->r2All);
        QVERIFY(w.models()->savePerturbation(dir_.filePath("perturbed.h5ad")));
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const AnnData perturbed = h5ad::read(dir_.filePath("perturbed.h5ad").toStdString());
        QCOMPARE(perturbed.nObs(), controls);
        QCOMPARE(labelsOf(perturbed, "condition").front(), std::string("stimulated (predicted)"));
    }

    // Every prediction of the session survives a session file (and so the autosave): the summaries the tab draws
    // and the predicted cells its Save button writes come back equal, in order, with the one shown.
    void perturbationPredictionSurvivesASessionFile() {
        MainWindow& w = *w_;
        PerturbationPredictions* predictions = w.models()->perturbations();
        QCOMPARE(predictions->all().size(), std::size_t{1});
        const PerturbationSummary before = *w.perturbationView()->summary();
        const AnnData cells = *predictions->current()->cells;
        // A second prediction beside it (the first one's under another name, its cells marked), then the first
        // shown again through the tab's list.
        auto second = std::make_shared<PerturbationSummary>(before);
        second->cellType = "Another type";
        auto marked = std::make_shared<AnnData>(cells);
        marked->obs.set("second",
                        NDArray::fromVector(std::vector<double>(static_cast<std::size_t>(cells.nObs()), 2.0)));
        predictions->add({second, marked});
        QCOMPARE(w.perturbationView()->predictionBox()->count(), 2);
        QCOMPARE(w.perturbationView()->summary()->cellType, std::string("Another type"));
        emit w.perturbationView()->predictionBox()->activated(0);
        QCOMPARE(predictions->currentIndex(), 0);
        QCOMPARE(w.perturbationView()->summary()->cellType, before.cellType);

        // The window's dataset was never read from a file: a session file needs one to reopen on.
        const QString source = dir_.filePath("perturbation_source.h5ad");
        h5ad::write(w.session()->data(), source.toStdString());
        SessionContent captured = w.captureSession();
        captured.sourcePath = source;
        const QString path = dir_.filePath("perturbation.scdiffsession");
        writeSessionFile(path, captured);
        const SessionContent content = readSessionFile(path);
        QCOMPARE(content.perturbations.size(), std::size_t{2});
        QCOMPARE(content.shownPerturbation, 0);
        QVERIFY2(content.summary().contains("2 perturbation prediction"),
                 qPrintable(content.summary()));  // "(s)" untranslated here
        const PerturbationPrediction& back = content.perturbations[0];
        const PerturbationSummary& s = *back.summary;
        QCOMPARE(s.cellType, before.cellType);
        QCOMPARE(s.genes, before.genes);
        QCOMPARE(s.controlMean, before.controlMean);
        QCOMPARE(s.predictedMean, before.predictedMean);
        QCOMPARE(s.observedMean, before.observedMean);
        QCOMPARE(s.predictedValues, before.predictedValues);
        QCOMPARE(s.controlCells, before.controlCells);
        QCOMPARE(s.ownToken, before.ownToken);
        QCOMPARE(s.responseSources, before.responseSources);
        QVERIFY(s.report.has_value() == before.report.has_value());
        if (before.report) {
            QCOMPARE(s.report->topGenes, before.report->topGenes);
            QCOMPARE(s.report->trueDelta, before.report->trueDelta);
        }
        QVERIFY(back.cells->X == cells.X);
        QVERIFY(back.cells->obs == cells.obs);
        QCOMPARE(back.cells->var.index, cells.var.index);
        const PerturbationPrediction& backSecond = content.perturbations[1];
        QCOMPARE(backSecond.summary->cellType, std::string("Another type"));
        QVERIFY(backSecond.cells->obs == marked->obs);

        // Shown again in a window that never predicted them, each saved from there.
        MainWindow other(nullptr, new InlineJobRunner);
        QVERIFY(other.openSession(path));
        QVERIFY(waitIdle(other));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QCOMPARE(other.models()->perturbations()->all().size(), std::size_t{2});
        QCOMPARE(other.perturbationView()->predictionBox()->currentText(), PerturbationPredictions::nameOf(before));
        QCOMPARE(other.perturbationView()->summary()->cellType, before.cellType);
        QVERIFY(other.models()->savePerturbation(dir_.filePath("restored_perturbed.h5ad")));
        QVERIFY(waitIdle(other));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QCOMPARE(h5ad::read(dir_.filePath("restored_perturbed.h5ad").toStdString()).nObs(), cells.nObs());
        emit other.perturbationView()->predictionBox()->activated(1);
        QVERIFY(other.models()->savePerturbation(dir_.filePath("restored_second.h5ad")));
        QVERIFY(waitIdle(other));
        QVERIFY(h5ad::read(dir_.filePath("restored_second.h5ad").toStdString()).obs.find("second"));
        // Removing the shown one frees it and shows the one before.
        other.perturbationView()->removeButton()->click();
        QCOMPARE(other.models()->perturbations()->all().size(), std::size_t{1});
        QCOMPARE(other.perturbationView()->summary()->cellType, before.cellType);

        // A session file of before 2026-12-08 kept only the last prediction, under another key: still read.
        AnnData oldFile = h5ad::read(path.toStdString());
        Dict& records = oldFile.uns.at("scdiff_session_perturbations").get<Dict>();
        const Element only = records.at("1");
        oldFile.uns.erase("scdiff_session_perturbations");
        oldFile.uns.set("scdiff_session_perturbation", only);
        const QString oldPath = dir_.filePath("one_perturbation.scdiffsession");
        h5ad::write(oldFile, oldPath.toStdString());
        const SessionContent old = readSessionFile(oldPath);
        QCOMPARE(old.perturbations.size(), std::size_t{1});
        QCOMPARE(old.perturbations[0].summary->cellType, std::string("Another type"));
        // A damaged record is named in the one sentence the session file's error is.
        Dict& damaged = oldFile.uns.at("scdiff_session_perturbation").get<Dict>();
        damaged.erase("predicted_values");
        h5ad::write(oldFile, oldPath.toStdString());
        const std::string error = testing::errorOf([&] { readSessionFile(oldPath); });
        QVERIFY2(error.find("/uns/scdiff_session_perturbation") != std::string::npos &&
                     error.find("predicted_values") != std::string::npos,
                 error.c_str());
        predictions->setCurrent(1);
        predictions->removeCurrent();  // the window as the next tests expect it: its one real prediction, shown
        QCOMPARE(predictions->all().size(), std::size_t{1});
        QCOMPARE(w.perturbationView()->summary()->cellType, before.cellType);
    }

    // The runs table: one row per run with its metrics and configuration, in the table, the CSV and the JSON.
    void runsTableRecordsEveryRunWithItsConfiguration() {
        MainWindow& w = *w_;
        MetricsPanel* runs = w.metricsPanel();
        QVERIFY(runs->rowCount() >= 2);
        QCOMPARE(runs->rowCount(), 4);  // training, annotation, imputation, perturbation
        QVERIFY(runs->runs()[1].metrics.count("macro_accuracy"));
        QCOMPARE(runs->runs()[1].metrics.at("macro_accuracy"), macroAccuracy_);
        QVERIFY(runs->exportCsv(dir_.filePath("runs.csv")));
        const QStringList runsCsv = readLines(dir_.filePath("runs.csv"));
        QCOMPARE(runsCsv.size(), 5);
        QVERIFY(runsCsv.front().startsWith("finished,task,preset,epochs,seconds"));
        QVERIFY(runsCsv.front().contains("macro_f1"));
        QVERIFY(runs->exportJson(dir_.filePath("runs.json")));
        QFile json(dir_.filePath("runs.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), 4);
        QCOMPARE(array[0].toObject()["epochs"].toInt(), 20);
        QVERIFY(array[1].toObject()["metrics"].toObject().contains("macro_f1"));
        // Every run carries the configuration it ran with: in the table (a summary, the JSON as tooltip),
        // in the CSV's last column and in the JSON export.
        const engine::RunConfig trained = engine::runConfigFromJson(runs->runs()[0].config.toStdString());
        QCOMPARE(trained, w.session()->model()->config());
        const QString settings = runs->table()->item(0, 4)->text();
        QVERIFY2(settings.contains("cell_type") && settings.contains("seed"), qPrintable(settings));
        QCOMPARE(runs->table()->item(0, 4)->toolTip(), runs->runs()[0].config);
        QVERIFY(runsCsv.front().endsWith(",config"));
        QVERIFY2(runsCsv[1].contains("\"\"label_key\"\":\"\"cell_type\"\""), qPrintable(runsCsv[1]));
        QCOMPARE(array[0].toObject()["config"].toObject()["train"].toObject()["epochs"].toInt(), 20);
        QCOMPARE(array[3].toObject()["config"].toObject()["keys"].toObject()["condition_key"].toString(),
                 QString("condition"));
    }

    // The session's dataset exported and read back, by the core and by Python anndata.
    void exportedDatasetOpensInAnndata() {
        MainWindow& w = *w_;
        const std::int64_t nObs = nObs_, nVars = nVars_;
        const auto& predicted = predicted_;
        QVERIFY(w.exportH5ad(dir_.filePath("annotated.h5ad")));
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const AnnData back = h5ad::read(dir_.filePath("annotated.h5ad").toStdString());
        QVERIFY(back.obs.find("scdiff_cell_type"));
        QCOMPARE(labelsOf(back, "scdiff_cell_type"), predicted);
        QVERIFY(back.layers.contains("scdiff_imputed"));
        QCOMPARE(back.layers.find("scdiff_imputed")->get<NDArray>().shape(), (std::vector<std::int64_t>{nObs, nVars}));
        // Python anndata opens the export without a warning and sees the same predictions, layer and run record.
        const auto py = interop_check::runPythonStrictly(
            "import sys, anndata; a = anndata.read_h5ad(sys.argv[1]);"
            "print(a.obs['scdiff_cell_type'].iloc[0], a.layers['scdiff_imputed'].shape[0],"
            " a.layers['scdiff_imputed'].shape[1], 'annotation' in a.uns['scdiff'])",
            dir_.filePath("annotated.h5ad"));
        QVERIFY2(py.code == 0, py.err.constData());
        QCOMPARE(QString::fromUtf8(py.out),
                 QString("%1 %2 %3 True").arg(QString::fromStdString(predicted[0])).arg(nObs).arg(nVars));
    }

    // Model > Evaluate imputation: scDiff and two baselines on 10 % hidden entries, two runs, in the Evaluation tab, the verdict line and the runs table.
    void imputationEvaluationComparesWithTheBaselines() {
        MainWindow& w = *w_;
        MetricsPanel* runs = w.metricsPanel();
        QAction* evalImputation = w.findChild<QAction*>("actionEvaluateImputation");
        QVERIFY(evalImputation && evalImputation->isEnabled());
        QVERIFY(!w.evaluationView());
        // Before any evaluation the imputation tab says that it has not been compared, and how to.
        QVERIFY2(w.imputationView()->verdictLine()->text().startsWith("Not compared with the baselines"),
                 qPrintable(w.imputationView()->verdictLine()->text()));
        QVERIFY(w.imputationView()->verdictLine()->text().contains("gene mean and kNN smoothing"));
        QVERIFY(w.models()->evaluateImputation(2));  // the action asks for the number of runs first
        QVERIFY(w.jobs()->busy());
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        EvaluationView* eval = w.evaluationView();
        QVERIFY(eval && eval->report());
        QCOMPARE(w.centralTabs()->currentWidget(), static_cast<QWidget*>(eval));
        QCOMPARE(w.centralTabs()->tabText(w.centralTabs()->currentIndex()), QString("Evaluation"));
        QCOMPARE(eval->currentPlot(), eval->plot());
        const engine::EvaluationReport& report = *eval->report();
        QCOMPARE(report.runs.size(), std::size_t(2));
        // The verdict sentence of the report, under the protocol.
        QVERIFY(!eval->verdictLabel()->text().isEmpty());
        QCOMPARE(eval->verdictLabel()->text(), QString::fromStdString(report.verdict.sentence));
        // ... and next to the imputed values, in the same colour; the annotation tab still has none.
        QVERIFY2(w.imputationView()->verdictLine()->text().endsWith(QString::fromStdString(report.verdict.sentence)),
                 qPrintable(w.imputationView()->verdictLine()->text()));
        QCOMPARE(w.imputationView()->verdictLine()->styleSheet(), eval->verdictLabel()->styleSheet());
        QVERIFY(!w.annotationResults()->verdictLine()->verdict().has_value());
        // The scatter: one point per hidden entry of the first run (its protocol states how many), up to the cap.
        const QRegularExpressionMatch stated =
            QRegularExpression(R"(\((\d+) entries\))").match(QString::fromStdString(report.runs.front().protocol));
        QVERIFY2(stated.hasMatch(), report.protocol.c_str());
        const std::size_t hidden = stated.captured(1).toULongLong();
        QVERIFY(hidden > 100);
        QCOMPARE(report.hiddenTrue.size(), hidden);
        QCOMPARE(report.hiddenImputed.size(), hidden);
        QVERIFY(eval->scatterGraph());
        QCOMPARE(eval->scatterGraph()->dataCount(),
                 std::min<int>(static_cast<int>(hidden), EvaluationView::kMaxPoints));
        QCOMPARE(eval->subsetLabel()->isVisibleTo(eval), hidden > std::size_t(EvaluationView::kMaxPoints));
        QVERIFY(eval->protocolLabel()->text().contains(QString::fromStdString(report.protocol)));
        QVERIFY2(eval->table()->item(0, 1)->text().contains(" ± "), qPrintable(eval->table()->item(0, 1)->text()));
        // All shown (the tiny dataset hides fewer than the cap): the plotted pairs give back scDiff's Pearson
        // and RMSE (the graph sorts them by x).
        QVERIFY(hidden <= std::size_t(EvaluationView::kMaxPoints));
        std::vector<double> x, y;
        for (auto it = eval->scatterGraph()->data()->constBegin(); it != eval->scatterGraph()->data()->constEnd();
             ++it) {
            x.push_back(it->key);
            y.push_back(it->value);
        }
        const auto& firstRun = report.runs.front().methods;
        QVERIFY(std::abs(metrics::pearson(x, y) - firstRun[0].metrics.at("pearson")) < 1e-9);
        QVERIFY(std::abs(metrics::rmse(x, y) - firstRun[0].metrics.at("rmse")) < 1e-9);
        // The table: scDiff (bold) and the two baselines, the report's numbers, the same as the runs table.
        QTableWidget* evalTable = eval->table();
        QCOMPARE(evalTable->rowCount(), 3);
        QCOMPARE(evalTable->columnCount(), 5);
        QCOMPARE(evalTable->item(0, 0)->text(), QString("scDiff"));
        QVERIFY(evalTable->item(0, 0)->font().bold() && evalTable->item(0, 1)->font().bold());
        QVERIFY(!evalTable->item(1, 0)->font().bold());
        QCOMPARE(runs->rowCount(), 7);  // + one row per evaluated method
        const char* keys[] = {"pearson", "rmse", "median_cell_pearson"};
        for (int r = 0; r < 3; ++r) {
            const auto& m = report.summary[static_cast<std::size_t>(r)];
            QCOMPARE(evalTable->item(r, 0)->text(), QString::fromStdString(m.method));
            for (int k = 0; k < 3; ++k) {
                const double shown = evalTable->item(r, k + 1)->data(Qt::UserRole).toDouble();
                QVERIFY2(std::isfinite(shown), qPrintable(evalTable->item(r, 0)->text() + " " + keys[k]));
                QCOMPARE(shown, m.mean.at(keys[k]));
                QCOMPARE(shown, runs->runs()[static_cast<std::size_t>(4 + r)].metrics.at(keys[k]));
                QCOMPARE(runs->runs()[static_cast<std::size_t>(4 + r)].sd.at(keys[k]), m.sd.at(keys[k]));
            }
            QCOMPARE(evalTable->item(r, 4)->data(Qt::UserRole).toDouble(), m.seconds);
            QVERIFY(evalTable->item(r, 2)->data(Qt::UserRole).toDouble() > 0);
        }
        QVERIFY2(runs->runs()[4].task.contains("evaluation (imputation, 2 runs)"), qPrintable(runs->runs()[4].task));
        // The title shows the table's scDiff Pearson and RMSE.
        const QString title = eval->plotTitle()->text();
        const QRegularExpressionMatch inTitle = QRegularExpression(R"(Pearson (\S+), RMSE (\S+))").match(title);
        QVERIFY2(inTitle.hasMatch(), qPrintable(title));
        QCOMPARE(inTitle.captured(2), QString::number(firstRun[0].metrics.at("rmse"), 'f', 3));
        QCOMPARE(inTitle.captured(1), QString::number(firstRun[0].metrics.at("pearson"), 'f', 3));
        qInfo("imputation evaluation: %zu hidden entries; scDiff %.3f, %s %.3f, %s %.3f", hidden,
              evalTable->item(0, 1)->data(Qt::UserRole).toDouble(), qPrintable(evalTable->item(1, 0)->text()),
              evalTable->item(1, 1)->data(Qt::UserRole).toDouble(), qPrintable(evalTable->item(2, 0)->text()),
              evalTable->item(2, 1)->data(Qt::UserRole).toDouble());
    }

    // Another dataset: the perturbation and imputation-evaluation results of this one are gone.
    void anotherDatasetClearsThisOnesResults() {
        MainWindow& w = *w_;
        // Another dataset: the perturbation and imputation-evaluation results of this one are gone.
        QVERIFY(w.perturbationView()->summary().has_value());
        w.session()->setDataset(w.session()->data(), QString());
        QVERIFY(!w.perturbationView()->summary().has_value());
        QVERIFY(w.models()->perturbations()->empty());
        QCOMPARE(w.perturbationView()->predictionBox()->count(), 0);
        QVERIFY(!w.evaluationView());
        auto* central = qobject_cast<QTabWidget*>(w.centralWidget());
        QVERIFY(central);
        for (int i = 0; i < central->count(); ++i) QVERIFY(central->tabText(i) != "Evaluation");
    }

    // Model > Fine-tune on selected cells…: a handful of labelled cells continue the model's training, the
    // tuned model replaces the session's and the dataset is annotated again; a label the model does not know
    // is refused with the core's sentence before anything runs.
    void fineTuningOnTheSelectedCells() {
        MainWindow& w = *w_;
        const auto before = w.session()->model();
        QVERIFY(before);
        const auto labels = labelsOf(w.session()->data(), "cell_type");
        std::vector<std::int64_t> cells;
        for (std::int64_t i = 0; i < nObs_ && cells.size() < 5; ++i)
            if (labels[static_cast<std::size_t>(i)] == labels.front()) cells.push_back(i);
        QAction* action = w.findChild<QAction*>("actionFineTune");
        QVERIFY(action);
        w.session()->setSelection({});
        QVERIFY(!action->isEnabled());  // nothing selected
        w.session()->setSelection(cells);
        QVERIFY(action->isEnabled());
        const int runs = w.metricsPanel()->rowCount();
        QVERIFY(w.models()->fineTuneOnSelection({2, 0.5, {}}, true));
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const auto tuned = w.session()->model();
        QVERIFY(tuned && tuned != before);
        QCOMPARE(tuned->epochsTrained(), before->epochsTrained() + 2);
        QCOMPARE(tuned->config().train.baseLr, 0.5 * before->config().train.baseLr);
        QCOMPARE(before->epochsTrained(), 20);             // the session's model was copied, not trained in place
        QCOMPARE(w.metricsPanel()->rowCount(), runs + 2);  // the fine-tuning and the new annotation
        QVERIFY(!engine::annotationClassTraining(w.session()->data()).empty());

        QVERIFY(w.relabelSelection("cell_type", "Brand new type"));
        QVERIFY(!w.models()->fineTuneOnSelection({2, 1.0, {}}, false));
        QCOMPARE(errors_.size(), 1);
        QVERIFY2(errors_.front().contains("'Brand new type' is not a cell type of the model"),
                 qPrintable(errors_.front()));
        QCOMPARE(w.session()->model(), tuned);
        w.session()->undoStack()->undo();
    }
};

QTEST_MAIN(TestModelWorkflow)
#include "test_model_workflow.moc"
