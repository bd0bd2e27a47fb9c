// The gene-perturbation task in the Studio (issue 14), through the real MainWindow offscreen: the Train dialog's
// task with its perturbation column, control value and gene graph (an edge list the test writes: a ring of genes)
// with the graph's coverage of the perturbed genes; a tiny model trained as Train… trains it; Model > Predict gene
// perturbation…'s dialog (completion over the graph's genes, neighbours, seen / zero-shot, measured cells, refusals);
// the prediction in the Perturbation tab scored as the engine scores it, and saved as h5ad.
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QListWidget>
#include <QtTest>
#include <qcustomplot.h>
#include <set>

#include "app/MainWindow.h"
#include "app/ModelController.h"
#include "common/ErrorReporter.h"
#include "jobs/JobRunner.h"
#include "results/GenePerturbationDialog.h"
#include "results/PerturbationView.h"
#include "results/VerdictLine.h"
#include "session/Session.h"
#include "train/GeneGraphBox.h"
#include "train/HeldOutPerturbationsBox.h"
#include "train/TrainDialog.h"

#include "scdiff/engine/config.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/gene_perturbation_metrics.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/prior/gene_graph.hpp"
#include "scdiff/synth.hpp"

using namespace scdiff;
using namespace scdiff::ui;

namespace {

// 120 genes GENE000... in a ring, each linked to the two on either side: every gene has 4 neighbours.
prior::GeneGraph ringGraph() {
    prior::GeneGraph g;
    for (int i = 0; i < 120; ++i) g.genes.push_back(QString("GENE%1").arg(i, 3, 10, QChar('0')).toStdString());
    for (int i = 0; i < 120; ++i)
        for (int d : {1, 2}) {
            const auto j = (i + d) % 120;
            g.edges.push_back({i, j, d == 1 ? 1.0f : 0.5f});
            g.edges.push_back({j, i, d == 1 ? 1.0f : 0.5f});
        }
    g.source = "ring";
    return g;
}

AnnData perturbedDataset() {
    auto o = synth::preset("tiny");
    o.nCells = 500;
    o.nGenes = 120;
    o.nCellTypes = 3;
    o.nGenePerturbations = 8;
    o.seed = 7;
    const auto graph = ringGraph();
    o.graphGenes = graph.genes;
    o.graphNeighbours.resize(graph.genes.size());
    for (const auto& e : graph.edges) o.graphNeighbours[static_cast<std::size_t>(e.to)].emplace_back(e.from, e.weight);
    o.graphSource = graph.source;
    return synth::generate(o);
}

std::vector<std::string> labels(const AnnData& d, const std::string& key) {
    const auto& c = std::get<Categorical>(d.obs.find(key)->data);
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < d.nObs(); ++i) out.push_back(c.label(i).value_or(""));
    return out;
}

}  // namespace

class TestGenePerturbationStudio : public QObject {
    Q_OBJECT
    QStringList errors_;
    std::unique_ptr<MainWindow> w_;
    QTemporaryDir dir_;
    QString graphFile_;
    engine::RunConfig config_;

    bool waitIdle(int ms = 300000) {
        QElapsedTimer t;
        t.start();
        while (w_->jobs()->busy() && t.elapsed() < ms) QTest::qWait(20);
        return !w_->jobs()->busy();
    }
    // The perturbed genes of the dataset (what the graph's coverage counts).
    std::set<std::string> perturbedGenes() const {
        std::set<std::string> out;
        for (const auto& l : labels(w_->session()->data(), "perturbation"))
            if (l != "ctrl")
                for (const auto& g : prior::parsePerturbationLabel(l).genes) out.insert(g);
        return out;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName("scdiff-studio-gene-perturbation-tests");
        ErrorReporter::setHandler([this](QWidget*, const QString&, const QString& s) { errors_ << s; });
        QVERIFY(dir_.isValid());
        graphFile_ = dir_.filePath("ring.tsv");
        prior::writeEdgeList(ringGraph(), graphFile_.toStdString());
        w_ = std::make_unique<MainWindow>(nullptr, new InlineJobRunner);
        w_->show();
        w_->session()->setDataset(perturbedDataset(), QString());
    }
    void cleanupTestCase() { w_.reset(); }
    void init() { errors_.clear(); }

    // Train…: the task brings its column, control value and graph; the coverage is read from the graph file, and a
    // missing file keeps Train off with a sentence naming it.
    void trainDialogOffersTheTaskWithItsGraphAndCoverage() {
        TrainDialog dialog(w_->session()->data());
        dialog.taskBox()->setCurrentIndex(dialog.taskBox()->findData(QStringLiteral("gene-perturbation")));
        QStringList items;
        for (int i = 0; i < dialog.conditionBox()->count(); ++i) items << dialog.conditionBox()->itemData(i).toString();
        QVERIFY2(dialog.conditionBox()->currentData().toString() == QString("perturbation"),
                 qPrintable(dialog.taskBox()->currentData().toString() + ": " + items.join(",")));
        QCOMPARE(dialog.controlBox()->currentData().toString(), QString("ctrl"));
        QVERIFY(dialog.conditionBox()->isEnabled() && dialog.controlBox()->isEnabled());
        QVERIFY(!dialog.stimulatedBox()->isEnabled() && !dialog.heldOutBox()->isEnabled());
        GeneGraphBox* graph = dialog.geneGraph();
        QVERIFY(graph->isEnabled());
        graph->kindBox()->setCurrentIndex(graph->kindBox()->findData(QStringLiteral("file")));
        QVERIFY(!dialog.problems().isEmpty());  // no file chosen yet
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        graph->pathEdit()->setText(graphFile_);
        QTRY_VERIFY_WITH_TIMEOUT(!graph->reading(), 20000);
        const auto n = perturbedGenes().size();
        QVERIFY2(
            graph->coverageLabel()->text().startsWith(QString("%1 of %1 perturbed genes are in the gene graph").arg(n)),
            qPrintable(graph->coverageLabel()->text()));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join("; ")));
        const auto c = dialog.config();
        QCOMPARE(c.task, engine::Task::GenePerturbation);
        QCOMPARE(QString::fromStdString(c.model.geneGraph), graphFile_);
        QCOMPARE(c.keys.conditionKey, std::string("perturbation"));
        QCOMPARE(c.keys.control, std::string("ctrl"));
        QVERIFY(c.keys.stimulated.empty() || c.task != engine::Task::Perturbation);
        // A file that is not there: the problem names it and Train is off.
        graph->pathEdit()->setText(dir_.filePath("missing.tsv"));
        QTRY_VERIFY_WITH_TIMEOUT(!graph->reading(), 20000);
        QVERIFY2(graph->coverageLabel()->text().contains("missing.tsv"), qPrintable(graph->coverageLabel()->text()));
        QVERIFY(graph->coverageLabel()->property("problem").toBool());
        QVERIFY(!dialog.problems().isEmpty());
        // Held-out perturbations: the measured ones, listed with their cells; the ticked ones go into the settings,
        // a configuration that names one ticks it.
        graph->pathEdit()->setText(graphFile_);
        QTRY_VERIFY_WITH_TIMEOUT(!graph->reading(), 20000);
        HeldOutPerturbationsBox* held = dialog.heldOutPerturbations();
        QVERIFY(held->isEnabled());
        const auto measured = engine::measuredPerturbations(w_->session()->data(), c.keys);
        QCOMPARE(held->list()->count(), static_cast<int>(measured.size()));
        QVERIFY2(held->list()->item(0)->text().startsWith(QString::fromStdString(measured.front().first) + " (" +
                                                          QString::number(measured.front().second)),
                 qPrintable(held->list()->item(0)->text()));
        held->list()->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.config().keys.heldOutPerturbations, measured[1].first);
        QVERIFY2(held->note()->text().startsWith("1 held out"), qPrintable(held->note()->text()));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join("; ")));
        held->list()->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.config().keys.heldOutPerturbations.empty());
        auto named = dialog.config();
        named.keys.heldOutPerturbations = measured[2].first + "," + measured[0].first;
        dialog.setConfig(named);
        QCOMPARE(held->list()->item(0)->checkState(), Qt::Checked);
        QCOMPARE(held->list()->item(2)->checkState(), Qt::Checked);
        QCOMPARE(dialog.config().keys.heldOutPerturbations, measured[0].first + "," + measured[2].first);
        named.keys.heldOutPerturbations.clear();
        dialog.setConfig(named);
        QVERIFY(dialog.config().keys.heldOutPerturbations.empty());
        // Back to the ring, with few epochs: the configuration the next test trains.
        graph->pathEdit()->setText(graphFile_);
        QTRY_VERIFY_WITH_TIMEOUT(!graph->reading(), 20000);
        QVERIFY(dialog.problems().isEmpty());
        config_ = dialog.config();
        config_.model.hidden = 32;
        config_.model.depth = 1;
        config_.train.epochs = 8;
        config_.train.steps = 0;
        config_.train.device = "cpu";
    }

    // The model trained from that configuration enables Predict gene perturbation… (and not the cell-type one).
    void trainingEnablesGenePerturbation() {
        QCOMPARE(config_.task, engine::Task::GenePerturbation);  // made by the test before
        QVERIFY(w_->models()->trainModel(config_));
        QVERIFY(waitIdle());
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const auto model = w_->session()->model();
        QVERIFY(model);
        QCOMPARE(model->config().task, engine::Task::GenePerturbation);
        QCOMPARE(model->geneGraph().genes.size(), std::size_t{120});
        QVERIFY(w_->findChild<QAction*>("actionPerturbGenes")->isEnabled());
        QVERIFY(!w_->findChild<QAction*>("actionPerturb")->isEnabled());
    }

    // The dialog: completion over the graph's genes, neighbours and seen-alone per gene, refusals, and the measured
    // perturbations filling the fields.
    void dialogCompletesGraphGenesAndRefusesOthers() {
        const auto model = w_->session()->model();
        const auto measured = engine::measuredPerturbations(w_->session()->data(), model->config().keys);
        QVERIFY(!measured.empty());
        GenePerturbationDialog dialog(*model, measured);
        QCompleter* completer = dialog.firstGene()->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix("gene01");  // case-insensitive: GENE010..GENE019
        QCOMPARE(completer->completionCount(), 10);
        QVERIFY(!dialog.predictButton()->isEnabled());  // nothing named yet
        dialog.firstGene()->setText("gene005");         // the graph's spelling is found
        QVERIFY(dialog.predictButton()->isEnabled());
        QCOMPARE(dialog.genes(), std::vector<std::string>{"GENE005"});
        QVERIFY2(dialog.firstNote()->text().startsWith("4 graph neighbour"), qPrintable(dialog.firstNote()->text()));
        dialog.secondGene()->setText("NOPE1");
        QVERIFY(!dialog.predictButton()->isEnabled());
        QVERIFY(dialog.secondNote()->text().contains("NOPE1"));
        QVERIFY(dialog.genes().empty());
        dialog.secondGene()->setText("GENE005");
        QVERIFY(!dialog.predictButton()->isEnabled());
        QVERIFY(dialog.status()->text().contains("same gene"));
        // A measured perturbation from the list: its genes in the fields, seen in training, its cells counted.
        const auto& [label, cells] = measured.front();
        dialog.measuredBox()->setCurrentIndex(1);
        const QStringList parts = QString::fromStdString(label).split('+');
        QCOMPARE(dialog.firstGene()->text(), parts.value(0));
        QCOMPARE(dialog.secondGene()->text(), parts.value(1));
        QVERIFY(dialog.predictButton()->isEnabled());
        QVERIFY2(dialog.status()->text().contains("was among the training perturbations") &&
                     dialog.status()->text().contains(QString("measured %1 cell").arg(cells)),
                 qPrintable(dialog.status()->text()));
    }

    // A measured perturbation: the Perturbation tab shows it scored by GEARS's metrics on the same means, with the
    // measured cells as the observed group; the predicted cells save as h5ad.
    void measuredPerturbationIsScoredAgainstItsCells() {
        const auto model = w_->session()->model();
        const auto measured = engine::measuredPerturbations(w_->session()->data(), model->config().keys);
        const auto& [label, cells] = measured.front();
        std::vector<std::string> genes;
        for (const QString& g : QString::fromStdString(label).split('+')) genes.push_back(g.toStdString());
        QVERIFY(w_->models()->predictGenePerturbation(genes));
        QVERIFY(waitIdle());
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        PerturbationView* view = w_->perturbationView();
        QVERIFY(view->summary() && view->summary()->genePerturbation());
        const auto& s = *view->summary();
        QCOMPARE(s.perturbedGenes, label);
        QVERIFY(s.seenInTraining);
        QCOMPARE(s.observedCells, cells);
        std::int64_t controls = 0;
        for (const auto& l : labels(w_->session()->data(), "perturbation")) controls += l == "ctrl";
        QCOMPARE(s.controlCells, controls);
        QVERIFY(s.geneReport);
        const auto expected = metrics::scoreGenePerturbation(s.controlMean, s.observedMean, s.predictedMean);
        QCOMPARE(s.geneReport->pearsonDeltaTop, expected.pearsonDeltaTop);
        QCOMPARE(s.geneReport->pearsonDeltaAll, expected.pearsonDeltaAll);
        QVERIFY2(view->r2Label()->text().contains(QString::number(expected.pearsonDeltaTop, 'f', 3)) &&
                     view->r2Label()->text().contains("Pearson"),
                 qPrintable(view->r2Label()->text()));
        QVERIFY(view->plotTabs()->isTabEnabled(1));
        QVERIFY(view->scatterTitle()->text().contains(QString::number(expected.pearsonDeltaTop, 'f', 3)));
        QCOMPARE(view->scatterGraph()->data()->size(), static_cast<int>(model->genes().size()));
        QCOMPARE(view->violins().size(), std::size_t{3});  // control, measured, predicted
        QVERIFY(view->verdictLine(engine::Task::GenePerturbation)->isVisibleTo(view));
        QVERIFY(!view->verdictLine(engine::Task::Perturbation)->isVisibleTo(view));
        // The predicted cells: one per control cell, saved and read back with the run recorded.
        QCOMPARE(w_->models()->perturbations()->current()->cells->nObs(), controls);
        const QString out = dir_.filePath("predicted.h5ad");
        QVERIFY(w_->models()->savePerturbation(out));
        QVERIFY(waitIdle());
        const AnnData back = h5ad::read(out.toStdString());
        QCOMPARE(back.nObs(), controls);
        QVERIFY(back.var.find("predicted_change"));
    }

    // A graph gene no training cell had alone: predicted zero-shot, nothing to compare with.
    void unseenGeneIsPredictedThroughTheGraph() {
        const auto model = w_->session()->model();
        const auto& trained = model->trainedPerturbations();
        std::string unseen;
        for (const auto& g : model->geneGraph().genes)
            if (!std::binary_search(trained.begin(), trained.end(), g) && perturbedGenes().count(g) == 0) {
                unseen = g;
                break;
            }
        QVERIFY(!unseen.empty());
        QVERIFY(w_->models()->predictGenePerturbation({unseen}));
        QVERIFY(waitIdle());
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const auto& s = *w_->perturbationView()->summary();
        QCOMPARE(s.perturbedGenes, unseen);
        QVERIFY(!s.seenInTraining);
        QCOMPARE(s.observedCells, std::int64_t{0});
        QVERIFY(!s.geneReport);
        QVERIFY(w_->perturbationView()->r2Label()->text().contains("zero-shot"));
        QVERIFY(!w_->perturbationView()->plotTabs()->isTabEnabled(1));
        // The predicted change is not zero: the graph carried its neighbours' responses to it.
        double largest = 0;
        for (std::size_t g = 0; g < s.genes.size(); ++g)
            largest = std::max(largest, std::abs(s.predictedMean[g] - s.controlMean[g]));
        QVERIFY2(largest > 1e-3, qPrintable(QString::number(largest)));
    }
};

QTEST_MAIN(TestGenePerturbationStudio)
#include "test_gene_perturbation_studio.moc"
