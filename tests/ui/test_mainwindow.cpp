// Drives the real MainWindow offscreen: tables, colouring, lasso selection, relabel with undo/redo,
// error reporting for a corrupt file, exports, and responsiveness while a job runs.
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QStandardPaths>
#include <QTranslator>
#include <QMenuBar>
#include <QTextBrowser>
#include <QtTest>
#include <map>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

#include "python_anndata.hpp"
#include "tasks/CoreBridge.h"
#include "common/ErrorReporter.h"
#include "app/MainWindow.h"
#include "app/ModelController.h"
#include "app/UserGuide.h"
#include "jobs/JobRunner.h"
#include "models/DataAccess.h"
#include "models/DataFrameModel.h"
#include "panels/DatasetPanel.h"
#include "panels/MarkerPanel.h"
#include <QTableWidget>
#include "plots/EmbeddingView.h"
#include "plots/PointCloud.h"
#include "session/Commands.h"
#include "results/MetricsPanel.h"
#include "session/Session.h"
#include "support_dataset.h"

#include "scdiff/engine/config.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/synth.hpp"

using namespace scdiff;
using namespace scdiff::ui;

// The longest the event loop may stall while work runs: about where a user notices a pause.
constexpr qint64 kNoticeablePauseMs = 150;

class TestMainWindow : public QObject {
    Q_OBJECT
    QStringList errors_;

    QString label(MainWindow& w, std::int64_t row, const char* column = "cell_type") {
        return cellText(w.session()->data().obs.find(column)->data, row);
    }
    bool waitForJob(MainWindow& w, int ms = 60000) {
        if (!w.jobs()->busy()) return true;
        QSignalSpy spy(w.jobs(), &JobRunner::finished);
        return spy.wait(ms);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // settings (recent files, layout) in the test folder, not the user's
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + "/" +
                      QCoreApplication::applicationName() + "-settings.ini");
    }
    void init() {
        errors_.clear();
        ErrorReporter::setHandler([this](QWidget*, const QString&, const QString& s) { errors_ << s; });
    }

    // First on purpose: nothing before it in this process has needed a model. The window opens and shows a
    // file without LibTorch; it loads with the engine module when a model is needed (docs/architecture.md).
    void showsADatasetBeforeLibTorchLoads() {
        auto libTorchMapped = [] {
            QFile maps("/proc/self/maps");
            return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libtorch_cpu.so");
        };
        const QString path = QString(SCDIFF_TEST_DATA_DIR) + "/ui_lazy_engine.h5ad";
        h5ad::write(testing::makeDataset(300, 30), path.toStdString());
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(waitForJob(w));
        QCOMPARE(w.session()->data().nObs(), std::int64_t(300));
        QVERIFY(!libTorchMapped());
        QCOMPARE(scdiff::engine::defaultSampling(scdiff::engine::Task::Imputation).samples, 8);  // torch-free
        QVERIFY(!libTorchMapped());
        scdiff::engine::loadEngine();
        QVERIFY(libTorchMapped());
    }

    // Help > User guide: the guide embedded in the program, with the screenshots it shows; a link to a document
    // that is not part of the program says so instead of showing a blank page.
    void helpShowsTheUserGuideWithItsPictures() {
        MainWindow w;
        w.show();
        QAction* action = w.findChild<QAction*>("actionUserGuide");
        QVERIFY(action);
        action->trigger();
        auto* guide = w.findChild<UserGuide*>();
        QVERIFY(guide);
        QTextBrowser* browser = guide->browser();
        QVERIFY2(browser->toPlainText().startsWith("scDiff Studio: a user's guide"),
                 qPrintable(browser->toPlainText().left(80)));
        QVERIFY(browser->toPlainText().contains("Predict gene perturbation"));
        const QVariant image = browser->document()->resource(QTextDocument::ImageResource,
                                                             QUrl("qrc:/screenshots/main_window_cell_type.png"));
        QVERIFY(!image.isNull());
        QVERIFY(
            browser->loadResource(QTextDocument::ImageResource, QUrl("../screenshots/studio_leiden.png")).isValid());
        QVERIFY(guide->note()->isHidden());
        emit browser->anchorClicked(QUrl("../engine.md"));
        QVERIFY(!guide->note()->isHidden());
        QVERIFY(guide->note()->text().contains("engine.md"));
    }

    void showsObsAndVarInTables() {
        MainWindow w;
        w.session()->setDataset(testing::makeDataset(300, 30), QString());
        auto* obs = w.datasetPanel()->obsModel();
        QCOMPARE(obs->rowCount(), 300);
        QCOMPARE(obs->columnCount(), 2);
        QCOMPARE(obs->data(obs->index(4, 0)).toString(), QString("beta"));
        QCOMPARE(obs->headerData(4, Qt::Vertical).toString(), QString("cell4"));
        QVERIFY(obs->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains("categorical (3)"));
        QVERIFY(obs->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains("float32"));
        QCOMPARE(w.datasetPanel()->varModel()->rowCount(), 30);
        // Filtering keeps only the matching rows.
        w.datasetPanel()->obsProxy()->setFilterFixedString("gamma");
        QCOMPARE(w.datasetPanel()->obsProxy()->rowCount(), 100);
    }

    // Analysis > Cluster cells (Leiden): the clusters of the kNN graph as one undoable step, coloured; the
    // cell types of the synthetic data come back as clusters (ARI-like check: each cluster mostly one type).
    void clustersCellsAsOneUndoableStep() {
        MainWindow w;
        const AnnData counts = synth::generate(synth::preset("tiny"));
        w.session()->setDataset(counts, QString());
        QVERIFY(w.clusterCells(1.0));  // no kNN graph yet: one sentence, nothing changed
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.size() == 1 && errors_.front().contains("Compute UMAP"), qPrintable(errors_.join("; ")));
        QVERIFY(!w.session()->data().obs.find("leiden"));
        errors_.clear();
        QVERIFY(w.computeEmbedding(true));
        QVERIFY(waitForJob(w, 300000));
        const int before = w.session()->undoStack()->count();
        QVERIFY(w.clusterCells(1.0));
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const auto& d = w.session()->data();
        const auto& clusters = std::get<Categorical>(d.obs.find("leiden")->data);
        const auto types = std::get<Categorical>(d.obs.find("cell_type")->data);
        const auto nClusters = static_cast<int>(clusters.categoryNames().size());
        QVERIFY2(nClusters >= 3 && nClusters <= 12, qPrintable(QString::number(nClusters)));
        std::map<std::pair<int, int>, int> both;
        std::map<int, int> size;
        for (std::size_t i = 0; i < clusters.codes.size(); ++i)
            ++both[{clusters.codes[i], types.codes[i]}], ++size[clusters.codes[i]];
        int majority = 0;  // cells in their cluster's most common type
        for (const auto& [c, n] : size) {
            int best = 0;
            for (const auto& [key, m] : both)
                if (key.first == c) best = std::max(best, m);
            majority += best;
        }
        QVERIFY2(
            majority >
                0.8 * static_cast<double>(clusters.codes.size()),  // by chance: about the largest type's share, 0.4
            qPrintable(QString("%1 of %2 cells, %3 clusters").arg(majority).arg(clusters.codes.size()).arg(nClusters)));
        QCOMPARE(w.embeddingView()->colouredBy(), QString("leiden"));
        QCOMPARE(w.session()->undoStack()->count(), before + 1);
        w.session()->undoStack()->undo();
        QVERIFY(!w.session()->data().obs.find("leiden"));
        QVERIFY(!w.session()->data().uns.find("leiden"));
    }

    void coloursByColumnAndGene() {
        MainWindow w;
        w.session()->setDataset(testing::makeDataset(300, 30), QString());
        EmbeddingView* v = w.embeddingView();
        QCOMPARE(v->embedding(), QString("X_umap"));
        QCOMPARE(v->colouredBy(), QString("cell_type"));  // picked automatically
        QCOMPARE(v->legend()->count(), 3);
        QCOMPARE(v->legend()->item(1)->text(), QString("beta (100)"));
        QVERIFY(v->colorScale() == nullptr);
        QVERIFY(!v->colourByGene("no_such_gene"));
        QVERIFY(v->colourByGene("g4"));  // value 4 % 5 + 1 = 5 in type-1 cells, 0 elsewhere
        QVERIFY(v->colorScale() != nullptr);
        QCOMPARE(v->colorScale()->dataRange().lower, 0.0);
        QCOMPARE(v->colorScale()->dataRange().upper, 5.0);
        QVERIFY(v->colourByColumn("n_counts"));  // numeric: a colour scale too
        QVERIFY(v->colorScale() != nullptr);
        QVERIFY(v->colourByColumn("cell_type"));
        QVERIFY(v->colorScale() == nullptr);
        // Unticking a legend entry hides that category's cells (cell 1 is beta, cell 0 alpha).
        v->legend()->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(v->points()->visibleMask().size(), std::size_t(300));
        QCOMPARE(int(v->points()->visibleMask()[1]), 0);
        QCOMPARE(int(v->points()->visibleMask()[0]), 1);
        QCOMPARE(v->legend()->item(1)->checkState(), Qt::Unchecked);
        v->legend()->item(1)->setCheckState(Qt::Checked);
        QVERIFY(v->points()->visibleMask().empty());
        QVERIFY(v->tooltipFor(5).contains("cell5"));
        QVERIFY(v->tooltipFor(5).contains("gamma"));
    }

    void coloursByAgreementOfTwoLabelColumns() {
        // guess (strings) vs truth (categorical): cell i is "no label" when i % 10 == 0 (no guess) or
        // i % 25 == 3 (no truth), else wrong when i % 7 == 0, else right.
        AnnData d = testing::makeDataset(300, 30);
        const char* names[] = {"alpha", "beta", "gamma"};
        std::vector<std::string> guess, truth, codeText;
        std::vector<float> code;
        std::int64_t agrees = 0, disagrees = 0, missing = 0;
        for (int i = 0; i < 300; ++i) {
            truth.push_back(names[i % 3]);
            guess.push_back(i % 10 == 0 ? "" : i % 7 == 0 ? names[(i + 1) % 3] : names[i % 3]);
            code.push_back(i == 0 ? std::nanf("") : static_cast<float>(i % 3));
            codeText.push_back(std::to_string(i % 3));
            if (i % 10 == 0 || i % 25 == 3)
                ++missing;
            else if (i % 7 == 0)
                ++disagrees;
            else
                ++agrees;
        }
        Categorical truthColumn = Categorical::fromLabels(truth);
        for (int i = 3; i < 300; i += 25) truthColumn.codes[static_cast<std::size_t>(i)] = -1;
        d.obs.set("truth", std::move(truthColumn));
        d.obs.set("guess", StringArray::fromVector(guess));
        d.obs.set("code", NDArray::fromVector(code));
        d.obs.set("code_text", StringArray::fromVector(codeText));
        MainWindow w;
        w.session()->setDataset(std::move(d), QString());
        EmbeddingView* v = w.embeddingView();
        QVERIFY(!v->colourByAgreement("guess", "no_such_column"));
        QVERIFY(!v->colourByAgreement("no_such_column", "truth"));
        QCOMPARE(v->agreementReference(), QString());
        QVERIFY(v->colourByAgreement("guess", "truth"));
        QCOMPARE(v->colouredBy(), QString("guess"));
        QCOMPARE(v->agreementReference(), QString("truth"));
        QCOMPARE(v->colourBox()->currentText(), QString("guess vs truth"));
        QVERIFY(v->colorScale() == nullptr);
        QCOMPARE(v->legend()->count(), 3);
        QCOMPARE(v->legend()->item(0)->text(), QString("agrees (%1)").arg(agrees));
        QCOMPARE(v->legend()->item(1)->text(), QString("disagrees (%1)").arg(disagrees));
        QCOMPARE(v->legend()->item(2)->text(), QString("no label (%1)").arg(missing));
        QVERIFY(v->tooltipFor(7).contains("disagrees"));
        // Unticking "agrees" leaves only the disagreeing and unlabelled cells.
        v->legend()->item(0)->setCheckState(Qt::Unchecked);
        const auto& mask = v->points()->visibleMask();
        QCOMPARE(mask.size(), std::size_t(300));
        QCOMPARE(int(mask[7]), 1);   // wrong guess
        QCOMPARE(int(mask[10]), 1);  // no guess
        QCOMPARE(int(mask[1]), 0);   // right guess
        QCOMPARE(std::count(mask.begin(), mask.end(), std::uint8_t(1)), disagrees + missing);
        // Numbers compare by their text (1.0f is "1"); NaN is no label.
        QVERIFY(v->colourByAgreement("code", "code_text"));
        QCOMPARE(v->legend()->item(0)->text(), QString("agrees (299)"));
        QCOMPARE(v->legend()->item(2)->text(), QString("no label (1)"));
        QVERIFY(v->points()->visibleMask().empty());  // a fresh agreement shows every category
        // Choosing a column leaves the agreement colouring and its combo entry.
        QVERIFY(v->colourByColumn("cell_type"));
        QCOMPARE(v->agreementReference(), QString());
        QCOMPARE(v->colourBox()->findText("code vs code_text"), -1);
        QCOMPARE(v->legend()->item(1)->text(), QString("beta (100)"));
        // So does colouring by a gene.
        QVERIFY(v->colourByAgreement("guess", "truth"));
        QVERIFY(v->colourByGene("g4"));
        QCOMPARE(v->colourBox()->findText("guess vs truth"), -1);
    }

    void lassoSelectsRelabelsAndUndoes() {
        MainWindow w;
        w.session()->setDataset(testing::makeDataset(300, 30), QString());
        // Cluster beta sits around (10, 5) within +-1.
        QPolygonF lasso({{8, 3}, {12, 3}, {12.5, 7}, {8.5, 7.5}});
        w.embeddingView()->selectPolygon(lasso);
        QCOMPARE(w.session()->selection().size(), std::size_t(100));
        QVERIFY(w.selectionLabel()->text().contains("100"));
        QCOMPARE(w.session()->selection().front(), std::int64_t(1));

        QVERIFY(w.relabelSelection("cell_type", "delta"));
        QCOMPARE(label(w, 1), QString("delta"));
        QCOMPARE(label(w, 0), QString("alpha"));
        QCOMPARE(w.embeddingView()->legend()->count(), 4);
        QVERIFY(w.session()->isDirty());
        w.session()->undoStack()->undo();
        QCOMPARE(label(w, 1), QString("beta"));
        QCOMPARE(w.embeddingView()->legend()->count(), 3);
        QVERIFY(!w.session()->isDirty());
        w.session()->undoStack()->redo();
        QCOMPARE(label(w, 1), QString("delta"));
        QCOMPARE(label(w, 4), QString("delta"));

        QVERIFY(w.saveSelectionAs("my_gate"));
        QCOMPARE(label(w, 1, "my_gate"), QString("selected"));
        QCOMPARE(label(w, 2, "my_gate"), QString("other"));
        w.session()->undoStack()->undo();
        QVERIFY(w.session()->data().obs.find("my_gate") == nullptr);
    }

    void renameMergesCategories() {
        MainWindow w;
        w.session()->setDataset(testing::makeDataset(30, 6), QString());
        QVERIFY(w.renameCategory("cell_type", "alpha", "first"));
        QCOMPARE(label(w, 0), QString("first"));
        QVERIFY(w.renameCategory("cell_type", "beta", "gamma"));  // merge
        const auto& c = std::get<Categorical>(w.session()->data().obs.find("cell_type")->data);
        QCOMPARE(c.categoryCount(), std::int64_t(2));
        QCOMPARE(label(w, 1), QString("gamma"));
        QCOMPARE(label(w, 2), QString("gamma"));
        QVERIFY(!w.renameCategory("cell_type", "nope", "x"));
        QCOMPARE(errors_.size(), 1);
        w.session()->undoStack()->undo();
        QCOMPARE(label(w, 1), QString("beta"));
    }

    void gatesByGeneThreshold() {
        MainWindow w;
        w.session()->setDataset(testing::makeDataset(300, 30), QString());
        QVERIFY(w.gateByGene("g2", true, 2.5));  // g2 = 3 in gamma cells
        QCOMPARE(w.session()->selection().size(), std::size_t(100));
        QCOMPARE(w.session()->selection().front(), std::int64_t(2));
        QVERIFY(w.gateByGene("g2", false, 2.5));
        QCOMPARE(w.session()->selection().size(), std::size_t(200));
        QVERIFY(!w.gateByGene("nope", true, 0));
        QCOMPARE(errors_.size(), 1);
    }

    // var_names are Ensembl IDs and the symbols are in var['feature_name'] (CELLxGENE): the symbol finds the gene
    // for colouring and gating, and the gene box offers it.
    // A Cell Ranger file's antibody counts (obsm with their names in uns) are measurements, not an embedding.
    void antibodyCountsAreNotOfferedAsAnEmbedding() {
        AnnData d = testing::makeDataset(40, 10);
        std::vector<float> coords(80, 1.0f), adt(120, 5.0f);
        d.obsm.set("X_umap", NDArray::fromVector(coords, {40, 2}));
        d.obsm.set("antibody_capture", NDArray::fromVector(adt, {40, 3}));
        d.uns.set("antibody_capture_names", StringArray::fromVector({"CD3", "CD4", "CD14"}));
        QCOMPARE(embeddingKeys(d), std::vector<std::string>{"X_umap"});
    }

    void findsGenesBySymbolWhenVarNamesAreIds() {
        AnnData d = testing::makeDataset(300, 30);
        std::vector<std::string> symbols;
        for (auto& name : d.var.index) {
            symbols.push_back("SYM_" + name);
            name = "ENSG000000" + name;
        }
        d.var.set("feature_name", Categorical::fromLabels(symbols));
        MainWindow w;
        w.session()->setDataset(d, QString());
        QVERIFY(w.gateByGene("SYM_g2", true, 2.5));  // g2 = 3 in gamma cells
        QCOMPARE(w.session()->selection().size(), std::size_t(100));
        QVERIFY(w.gateByGene("ENSG000000g2", true, 2.5));  // the ID still works
        QCOMPARE(w.session()->selection().size(), std::size_t(100));
        QVERIFY(w.embeddingView()->colourByGene("SYM_g4"));
        QVERIFY(w.embeddingView()->colorScale() != nullptr);
        QCOMPARE(w.embeddingView()->colorScale()->dataRange().upper, 5.0);
        QVERIFY(!w.embeddingView()->colourByGene("SYM_nope"));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
    }

    void corruptFileIsReportedAndAppStaysUsable() {
        MainWindow w;
        w.session()->setDataset(testing::makeDataset(30, 6), QString());
        const QString path = QString(SCDIFF_TEST_DATA_DIR) + "/ui_corrupt.h5ad";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an HDF5 file at all");
        f.close();
        QVERIFY(w.openFile(path));
        QVERIFY(waitForJob(w));
        QCOMPARE(errors_.size(), 1);
        QVERIFY(!errors_.front().isEmpty());
        qInfo("reported: %s", qPrintable(errors_.front()));
        QCOMPARE(w.session()->data().nObs(), std::int64_t(30));  // the open dataset is untouched
        QVERIFY(!w.jobs()->busy());
        QVERIFY(w.openFile(path));  // and the app accepts new work
        QVERIFY(waitForJob(w));
        QCOMPARE(errors_.size(), 2);
    }

    // Files are read in a child process (io::readSafely): when it dies inside libhdf5, the Studio says so and
    // keeps its dataset. The crash is a stand-in reader killing itself the way libhdf5 does (SIGSEGV);
    // test_h5ad_broken does it with real corrupt files.
    void aReaderCrashIsReportedAndTheDatasetKept() {
        MainWindow w;
        w.session()->setDataset(testing::makeDataset(30, 6), QString());
        const QString path = QString(SCDIFF_TEST_DATA_DIR) + "/ui_reader_crash.h5ad";
        h5ad::write(testing::makeDataset(40, 6), path.toStdString());
        const QString reader = QString(SCDIFF_TEST_DATA_DIR) + "/ui_crashing_reader.sh";
        QFile script(reader);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nkill -SEGV $$\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("SCDIFF_READER", reader.toLocal8Bit());
        QVERIFY(w.openFile(path));
        QVERIFY(waitForJob(w));
        qunsetenv("SCDIFF_READER");
        QCOMPARE(errors_.size(), 1);
        QVERIFY2(errors_.front().contains(path + ": the HDF5 library failed on it (corrupt file?)"),
                 qPrintable(errors_.front()));
        QCOMPARE(w.session()->data().nObs(), std::int64_t(30));
        QVERIFY(w.openFile(path));  // the real reader reads the same file
        QVERIFY(waitForJob(w));
        QCOMPARE(errors_.size(), 1);
        QCOMPARE(w.session()->data().nObs(), std::int64_t(40));
    }

    void exportsPlotsAndObsTable() {
        MainWindow w;
        w.resize(1000, 700);
        w.session()->setDataset(testing::makeDataset(300, 30), QString());
        const QString dir = QString(SCDIFF_TEST_DATA_DIR);
        for (const char* ext : {"png", "svg", "pdf"}) {
            const QString path = dir + "/ui_plot." + ext;
            QFile::remove(path);
            QVERIFY(w.exportPlot(path, 800, 600, 150));
            QVERIFY2(QFileInfo(path).size() > 1000, ext);
        }
        QImage png(dir + "/ui_plot.png");
        QCOMPARE(png.width(), 1250);  // 800 px at 150 dpi
        // Written through a temporary file: none is left behind, and a failed export leaves no file.
        QVERIFY(QDir(dir).entryList({"ui_plot.*.partial"}, QDir::Hidden | QDir::Files).isEmpty());
        QVERIFY(!w.exportPlot(dir + "/ui_plot.bmp", 800, 600));
        QVERIFY(!QFile::exists(dir + "/ui_plot.bmp"));
        QVERIFY2(errors_.size() == 1 && errors_.back().contains(".png, .svg or .pdf"), qPrintable(errors_.join("; ")));
        QVERIFY(!w.exportPlot(dir + "/no_such_folder/ui_plot.png", 800, 600));
        QVERIFY(!QFileInfo::exists(dir + "/no_such_folder"));
        QCOMPARE(errors_.size(), 2);
        errors_.clear();
        QVERIFY(w.exportObsCsv(dir + "/ui_obs.csv"));
        QFile csv(dir + "/ui_obs.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readLine().trimmed(), QByteArray(",cell_type,n_counts"));
        QCOMPARE(csv.readLine().trimmed().left(12), QByteArray("cell0,alpha,"));
    }

    // File > Open larger than memory (backed): obs, var and the embedding are there at once, X stays in the file;
    // a model trains and annotates from the file's rows; the export copies X from the file; a session remembers it.
    void aDatasetLargerThanMemoryOpensBacked() {
        const QString dir = QString(SCDIFF_TEST_DATA_DIR);
        const QString source = dir + "/ui_backed.h5ad", out = dir + "/ui_backed_annotated.h5ad",
                      sessionPath = dir + "/ui_backed.scdiffsession";
        const AnnData tiny = testing::tinyWithGrid();
        h5ad::write(tiny, source.toStdString());
        {
            MainWindow w;
            QVERIFY(w.openBacked(source));
            QVERIFY(waitForJob(w));
            QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
            QVERIFY(!w.session()->data().X);
            QCOMPARE(w.session()->data().nObs(), tiny.nObs());
            const auto xRow = w.datasetPanel()->summary()->findItems("X", Qt::MatchExactly);
            QCOMPARE(xRow.size(), 1);
            QCOMPARE(xRow.front()->text(1), QString("in ui_backed.h5ad, read as needed (opened backed)"));
            QCOMPARE(xRow.front()->toolTip(1), xRow.front()->text(1));
            QCOMPARE(w.embeddingView()->points()->size(), static_cast<std::size_t>(tiny.nObs()));

            engine::RunConfig c = engine::preset("quick", engine::Task::Annotation);
            c.keys.labelKey = "cell_type";
            c.model.hidden = 32;
            c.model.depth = 1;
            c.train.epochs = 20;
            c.train.steps = 0;
            c.train.batchSize = 64;
            c.train.baseLr = 1.5e-5;
            c.train.device = "cpu";
            QVERIFY(w.models()->trainModel(c));
            QVERIFY(waitForJob(w, 300000));
            QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
            QVERIFY(w.session()->model());
            QVERIFY(w.models()->annotateWithModel());
            QVERIFY(waitForJob(w, 300000));
            QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
            QVERIFY(w.session()->data().obs.find("scdiff_cell_type"));
            // Imputation reads the rows from the file too; its layer is held in memory.
            QVERIFY(w.models()->imputeWithModel());
            QVERIFY(waitForJob(w, 300000));
            QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
            QVERIFY(w.session()->data().layers.contains("scdiff_imputed"));
            // What needs X in memory says so in a sentence.
            QVERIFY(w.computeEmbedding(false));
            QVERIFY(waitForJob(w));
            QCOMPARE(errors_.size(), 1);
            QVERIFY2(errors_.front().contains("opened backed"), qPrintable(errors_.front()));
            errors_.clear();

            QVERIFY(w.exportH5ad(out));
            QVERIFY(waitForJob(w));
            QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
            const AnnData back = h5ad::read(out.toStdString());
            QVERIFY(back.X == tiny.X);
            QVERIFY(back.obs.find("scdiff_cell_type"));
            QVERIFY(back.layers.contains("scdiff_imputed"));
            const auto py = interop_check::runPythonStrictly(
                "import sys, anndata; a = anndata.read_h5ad(sys.argv[1]);"
                "print(a.shape, a.obs['scdiff_cell_type'].isin(a.obs['cell_type']).all())",
                out);
            QCOMPARE(py.code, 0);
            QCOMPARE(py.out, QByteArray("(300, 200) True"));
            QVERIFY(w.saveSession(sessionPath));
        }
        MainWindow w;
        QVERIFY(w.openFile(sessionPath));
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QVERIFY(!w.session()->data().X);  // opened backed again
        QCOMPARE(QString::fromStdString(w.session()->data().expressionFile), QFileInfo(source).absoluteFilePath());
        QVERIFY(w.session()->data().obs.find("scdiff_cell_type"));
    }

    void exportedH5adCarriesTheLabels() {
        MainWindow w;
        AnnData original = testing::makeDataset(300, 30);
        const QString dir = QString(SCDIFF_TEST_DATA_DIR);
        const QString source = dir + "/ui_source.h5ad", out = dir + "/ui_annotated.h5ad";
        h5ad::write(original, source.toStdString());
        QVERIFY(w.openFile(source));
        QVERIFY(waitForJob(w));
        QVERIFY(errors_.isEmpty());
        w.embeddingView()->selectPolygon(QPolygonF({{8, 3}, {12, 3}, {12.5, 7}, {8.5, 7.5}}));
        QVERIFY(w.relabelSelection("cell_type", "delta"));
        // The source is protected: exporting onto it is refused with a sentence.
        QVERIFY(w.exportH5ad(source));
        QVERIFY(waitForJob(w));
        QCOMPARE(errors_.size(), 1);
        QVERIFY(w.exportH5ad(out));
        QVERIFY(waitForJob(w));
        QCOMPARE(errors_.size(), 1);
        QVERIFY(!w.session()->isDirty());
        AnnData back = h5ad::read(out.toStdString());
        QCOMPARE(cellText(back.obs.find("cell_type")->data, 1), QString("delta"));
        back.obs.remove("cell_type");
        original.obs.remove("cell_type");
        QVERIFY(back.obs == original.obs);
        QVERIFY(back.X == original.X);
        QVERIFY(back.obsm == original.obsm);
        const auto py = interop_check::runPythonStrictly(
            "import sys, anndata; a = anndata.read_h5ad(sys.argv[1]);"
            "print(a.obs['cell_type'].iloc[1], (a.obs['cell_type'] == 'delta').sum())",
            out);
        QCOMPARE(py.code, 0);
        QCOMPARE(py.out, QByteArray("delta 100"));
        // The same export to a .loom name writes loom, with the edited labels.
        const QString loom = dir + "/ui_annotated.loom";
        QVERIFY(w.exportH5ad(loom));
        QVERIFY(waitForJob(w));
        QCOMPARE(errors_.size(), 1);
        const AnnData fromLoom = io::readLoom(loom.toStdString());
        QCOMPARE(cellText(fromLoom.obs.find("cell_type")->data, 1), QString("delta"));
        QCOMPARE(fromLoom.nObs(), original.nObs());
    }

    void sessionFileRestoresEditsAndView() {
        const QString dir = QString(SCDIFF_TEST_DATA_DIR);
        const QString source = dir + "/ui_session_source.h5ad", sessionPath = dir + "/ui.scdiffsession";
        h5ad::write(testing::makeDataset(300, 30), source.toStdString());
        {
            MainWindow w;
            QVERIFY(w.openFile(source));
            QVERIFY(waitForJob(w));
            w.embeddingView()->selectPolygon(QPolygonF({{8, 3}, {12, 3}, {12.5, 7}, {8.5, 7.5}}));
            QVERIFY(w.relabelSelection("cell_type", "delta"));
            QVERIFY(w.saveSelectionAs("gate"));
            QVERIFY(w.embeddingView()->colourByGene("g4"));
            w.embeddingView()->setPointSize(7);
            QVERIFY(w.saveSession(sessionPath));
        }
        MainWindow w;
        QVERIFY(w.openFile(sessionPath));
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QCOMPARE(label(w, 1), QString("delta"));
        QCOMPARE(label(w, 1, "gate"), QString("selected"));
        QCOMPARE(label(w, 0, "gate"), QString("other"));
        QVERIFY(w.embeddingView()->colouredByGene());
        QCOMPARE(w.embeddingView()->colouredBy(), QString("g4"));
        QCOMPARE(w.embeddingView()->points()->pointSize(), 7.0);
        w.session()->undoStack()->undo();  // one step undoes the whole session
        QCOMPARE(label(w, 1), QString("beta"));
        QVERIFY(w.session()->data().obs.find("gate") == nullptr);
        // A broken session is one sentence, not a crash.
        QFile bad(dir + "/bad.scdiffsession");
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{not json");
        bad.close();
        QVERIFY(w.openFile(dir + "/bad.scdiffsession"));  // read in the background
        QVERIFY(waitForJob(w));
        QCOMPARE(errors_.size(), 1);
        QVERIFY2(errors_.front().contains("bad.scdiffsession"), qPrintable(errors_.front()));
        QCOMPARE(label(w, 1), QString("beta"));  // the open dataset is untouched
    }

    // Session files keep results, not only edits: numeric result columns, layers (imputed values), uns
    // entries, an embedding run's obsm/varm/obsp, removed columns and the runs table; the file is an h5ad
    // that anndata opens without a warning, and a version 1 (JSON) session still opens.
    // FPKM-like values log-transformed (each cell rescaled first): the session file records the step and
    // reopening it on the source does it again, as one undoable step with the rest of the session.
    void aLogTransformedSessionReopensLogTransformed() {
        const QString dir = QString(SCDIFF_TEST_DATA_DIR);
        const QString source = dir + "/ui_session_fpkm.h5ad", sessionPath = dir + "/fpkm.scdiffsession";
        AnnData fpkm = testing::makeDataset(120, 20);
        auto& x = std::get<SparseMatrix>(*fpkm.X);
        x.values = x.values.astype(DType::Float32);
        for (auto& v : x.values.data<float>()) v = v * 12.75f + 0.5f;  // non-integer abundances
        h5ad::write(fpkm, source.toStdString());
        AnnData saved;
        {
            MainWindow w;
            QVERIFY(w.openFile(source));
            QVERIFY(waitForJob(w));
            QVERIFY(w.logTransformX(true));
            QVERIFY(waitForJob(w));
            QVERIFY(w.session()->xTransform() == XTransform::LogRescaledAbundances);
            QVERIFY(w.saveSession(sessionPath));
            saved = w.session()->data();
        }
        QVERIFY(preprocess::detectXKind(*saved.X) == preprocess::XKind::LogNormalized);
        MainWindow w;
        QVERIFY(w.openFile(sessionPath));
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const AnnData& d = w.session()->data();
        QVERIFY(*d.X == *saved.X);          // transformed again, not the file's values
        QVERIFY(d.layers == saved.layers);  // the abundances kept in layers['abundance']
        QVERIFY(w.session()->xTransform() == XTransform::LogRescaledAbundances);
        QVERIFY(!w.logTransformAction()->isEnabled());
        w.session()->undoStack()->undo();
        QVERIFY(*w.session()->data().X == *fpkm.X);
        QVERIFY(w.session()->xTransform() == XTransform::None);
    }

    void sessionFileRestoresResults() {
        const QString dir = QString(SCDIFF_TEST_DATA_DIR);
        const QString source = dir + "/ui_session_results.h5ad", sessionPath = dir + "/results.scdiffsession";
        h5ad::write(testing::makeDataset(200, 20), source.toStdString());
        AnnData saved;
        {
            MainWindow w;
            QVERIFY(w.openFile(source));
            QVERIFY(waitForJob(w));
            QVERIFY(w.computeEmbedding(false));
            QVERIFY(waitForJob(w));
            const AnnData& d = w.session()->data();
            std::vector<double> confidence(static_cast<std::size_t>(d.nObs()));
            for (std::size_t i = 0; i < confidence.size(); ++i) confidence[i] = 0.5 + 0.001 * double(i);
            std::vector<float> imputed(static_cast<std::size_t>(d.nObs() * d.nVars()));
            for (std::size_t i = 0; i < imputed.size(); ++i) imputed[i] = float(i % 13) / 3.0f;
            SetElementsCommand::Changes<ColumnData> obs{{"scdiff_confidence", NDArray::fromVector(confidence)},
                                                        {"cell_type", std::nullopt}};
            SetElementsCommand::Changes<Element> layers{
                {"scdiff_imputed", NDArray::fromVector(imputed, {d.nObs(), d.nVars()})}};
            SetElementsCommand::Changes<Element> uns{{"scdiff_note", StringArray::scalar("kept")}};
            w.session()->undoStack()->push(
                new SetElementsCommand(w.session(), std::move(obs), {}, std::move(uns), std::move(layers), "results"));
            RunRecord run;
            run.task = "annotation";
            run.metrics["macro_accuracy"] = 0.875;
            w.metricsPanel()->addRun(run);
            QVERIFY(w.saveSession(sessionPath));
            saved = w.session()->data();
        }
        const auto py = interop_check::runPythonStrictly(
            "import sys, anndata; a = anndata.read_h5ad(sys.argv[1]);"
            "print(a.shape, list(a.layers), 'X_pca' in a.obsm)",
            sessionPath);
        QVERIFY2(py.code == 0, py.err.constData());
        QCOMPARE(py.out, QByteArray("(200, 20) ['scdiff_imputed'] True"));

        MainWindow w;
        QVERIFY(w.openFile(sessionPath));
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const AnnData& d = w.session()->data();
        QVERIFY(d.obs == saved.obs);  // the confidence column back, cell_type removed again
        QVERIFY(d.obs.find("cell_type") == nullptr);
        QVERIFY(d.layers == saved.layers);
        QVERIFY(d.obsm == saved.obsm);
        QVERIFY(d.varm == saved.varm);
        QVERIFY(*d.uns.find("scdiff_note") == *saved.uns.find("scdiff_note"));
        QCOMPARE(w.metricsPanel()->runs().size(), std::size_t(1));
        QCOMPARE(w.metricsPanel()->runs().front().metrics.at("macro_accuracy"), 0.875);
        w.session()->undoStack()->undo();  // one step undoes the whole session
        QVERIFY(w.session()->data().obs.find("cell_type") != nullptr);
        QVERIFY(!w.session()->data().layers.contains("scdiff_imputed"));

        // Version 1: JSON with the obs edits as categories and codes.
        const QString v1 = dir + "/v1.scdiffsession";
        QFile f(v1);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QJsonArray codes;
        for (int i = 0; i < 200; ++i) codes.append(i % 2);
        const QJsonObject edit{{"name", "gate"}, {"categories", QJsonArray{"in", "out"}}, {"codes", codes}};
        f.write(QJsonDocument(QJsonObject{{"format", "scdiffsession"},
                                          {"version", 1},
                                          {"source", source},
                                          {"obs_edits", QJsonArray{edit}}})
                    .toJson());
        f.close();
        QVERIFY(w.openFile(v1));
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QCOMPARE(label(w, 1, "gate"), QString("out"));
    }

    void sessionFileRestoresTheNormalisation() {
        const QString dir = QString(SCDIFF_TEST_DATA_DIR);
        const QString source = dir + "/ui_session_counts.h5ad", sessionPath = dir + "/counts.scdiffsession";
        const AnnData counts = synth::generate(synth::preset("tiny"));
        h5ad::write(counts, source.toStdString());
        {
            MainWindow w;
            QVERIFY(w.openFile(source));
            QVERIFY(waitForJob(w));
            QVERIFY(w.normaliseX());
            QVERIFY(waitForJob(w));
            QVERIFY(w.saveSession(sessionPath));
        }
        MainWindow w;
        QVERIFY(w.openFile(sessionPath));
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const AnnData& d = w.session()->data();
        QCOMPARE(preprocess::detectXKind(*d.X), preprocess::XKind::LogNormalized);
        QVERIFY(d.layers.contains("counts"));
        QVERIFY(w.session()->xTransform() == XTransform::NormalisedCounts);
        w.session()->undoStack()->undo();  // one step undoes the whole session
        QVERIFY(*w.session()->data().X == *counts.X);
        QVERIFY(!w.session()->data().layers.contains("counts"));
    }

    // A dataset task keeps the generation of the dataset it was made from: when another dataset was opened
    // while it ran, its result is not applied to the new one, and the user is told why.
    void aTaskEndingOnAReplacedDatasetChangesNothing() {
        MainWindow w(nullptr, new InlineJobRunner);
        w.session()->setDataset(synth::generate(synth::preset("tiny")), QString());
        QVERIFY(w.normaliseX());  // the inline runner ran it; its end is delivered by the event loop
        const AnnData other = synth::generate(synth::preset("tiny"));
        w.session()->setDataset(other, QString());
        QVERIFY(waitForJob(w));
        QCOMPARE(errors_.size(), 1);
        QVERIFY2(errors_.front().contains("replaced"), qPrintable(errors_.front()));
        QVERIFY(*w.session()->data().X == *other.X);  // still the counts
        QVERIFY(!w.session()->data().layers.contains("counts"));
        QCOMPARE(w.session()->undoStack()->count(), 0);
    }

    // Each action says when it can be used (its Reaction): nothing that needs a dataset before one is open, then
    // what the dataset allows; the model's actions wait for a model.
    void actionsFollowTheSession() {
        MainWindow w;
        const auto action = [&w](const char* name) { return w.findChild<QAction*>(name); };
        for (const char* name : {"actionSaveSession", "actionTrain", "actionNormalise", "actionLogTransform",
                                 "actionAnnotate", "actionSaveModel"})
            QVERIFY2(action(name) && !action(name)->isEnabled(), name);
        QVERIFY(action("actionLoadModel")->isEnabled());
        w.session()->setDataset(synth::generate(synth::preset("tiny")), QString());
        QVERIFY(action("actionSaveSession")->isEnabled());
        QVERIFY(action("actionTrain")->isEnabled());
        QVERIFY(action("actionNormalise")->isEnabled());      // synth data holds counts
        QVERIFY(!action("actionLogTransform")->isEnabled());  // and no abundances
        QVERIFY(!action("actionAnnotate")->isEnabled());      // no model yet
        QVERIFY(!action("actionEvaluate")->isEnabled());      // nothing trained in this session
    }

    void embeddingOfCountsNormalisesAsOneUndoableStep() {
        MainWindow w;
        const AnnData counts = synth::generate(synth::preset("tiny"));
        w.session()->setDataset(counts, QString());
        QVERIFY(!w.embeddingView()->noEmbeddingHint()->isHidden());  // synth data has no embedding: say what to do
        QVERIFY(w.computeEmbedding(false));
        QVERIFY(waitForJob(w));
        QVERIFY(w.embeddingView()->noEmbeddingHint()->isHidden());
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const AnnData& d = w.session()->data();
        QVERIFY(d.obsm.contains("X_pca"));
        QCOMPARE(preprocess::detectXKind(*d.X), preprocess::XKind::LogNormalized);
        QVERIFY(d.layers.at("counts") == Element(std::get<SparseMatrix>(*counts.X)));
        QCOMPARE(w.session()->undoStack()->count(), 2);  // the embedding, then the normalisation
        QVERIFY(!w.normaliseAction()->isEnabled());
        w.session()->undoStack()->undo();  // the counts come back; the embedding stays
        QVERIFY(*w.session()->data().X == *counts.X);
        QVERIFY(!w.session()->data().layers.contains("counts"));
        QVERIFY(w.session()->data().obsm.contains("X_pca"));
        QVERIFY(w.normaliseAction()->isEnabled());
        w.session()->undoStack()->undo();  // and then the embedding goes
        QVERIFY(w.session()->data() == counts);
    }

    void staysResponsiveWhileALargeFileLoads() {
        const QString path = QString(SCDIFF_TEST_DATA_DIR) + "/ui_large.h5ad";
        h5ad::write(testing::makeDataset(50000, 200), path.toStdString());
        MainWindow w;
        w.show();
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        clock.start();
        tick.start();
        QVERIFY(w.openFile(path));
        QVERIFY(waitForJob(w, 120000));
        for (int i = 0; i < 20; ++i) QTest::qWait(5);  // let the first redraw of the new data happen
        tick.stop();
        qInfo("longest event-loop stall while a 50000-cell file loaded and was shown: %lld ms (took %lld ms)", worst,
              clock.elapsed());
        QCOMPARE(w.session()->data().nObs(), std::int64_t(50000));
        // A pause a user notices starts at 100-200 ms. Measured 43-59 ms with two compilers running on the
        // two cores; reading, and scanning what X holds, happen on the worker.
        QVERIFY2(worst < kNoticeablePauseMs, qPrintable(QString::number(worst)));
    }

    void staysResponsiveWhileAJobRuns() {
        MainWindow w;
        w.show();
        w.session()->setDataset(testing::makeDataset(1500, 300), QString());
        const AnnData before = w.session()->data();
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        clock.start();
        tick.start();
        QVERIFY(w.computeEmbedding(true));
        QVERIFY(waitForJob(w, 300000));
        tick.stop();
        qInfo("longest event-loop stall while the job ran: %lld ms (job took %lld ms)", worst, clock.elapsed());
        QVERIFY2(worst < kNoticeablePauseMs, qPrintable(QString::number(worst)));  // measured 17-56 ms under load
        QVERIFY(errors_.isEmpty());
        QVERIFY(w.session()->data().obsm.contains("X_pca"));
        QCOMPARE(w.embeddingView()->embedding(), QString("X_umap"));
        // The embedding is undoable, as the normalisation of the counts it needed.
        const Element umap = *w.session()->data().obsm.find("X_umap");
        QCOMPARE(w.session()->undoStack()->count(), 2);
        QCOMPARE(w.session()->undoStack()->text(0), QString("Compute UMAP"));
        w.session()->undoStack()->undo();
        w.session()->undoStack()->undo();
        QVERIFY(w.session()->data() == before);  // obsm, obsp, varm, var, uns and X as they were
        w.session()->undoStack()->redo();
        w.session()->undoStack()->redo();
        QVERIFY(*w.session()->data().obsm.find("X_umap") == umap);
        QVERIFY(w.session()->data().uns.contains("umap") && w.session()->data().layers.contains("counts"));
    }

    void markerViewsShowTopMarkers() {
        MainWindow w;
        w.resize(1200, 800);
        w.session()->setDataset(testing::makeDataset(300, 30), QString());
        w.showMarkers();
        MarkerPanel* m = w.markerPanel();
        m->setGroupBy("cell_type");
        QVERIFY(m->computeMarkers());
        QVERIFY(waitForJob(w));
        QVERIFY(errors_.isEmpty());
        QCOMPARE(m->ranking().size(), std::size_t(3));
        QCOMPARE(m->ranking()[0].group, std::string("alpha"));
        // Genes 0, 3, 6, ... are expressed only in alpha cells: the top alpha markers are among them.
        for (int k = 0; k < 3; ++k) QCOMPARE(m->ranking()[0].genes[k].gene % 3, std::int64_t(0));
        QCOMPARE(m->table()->rowCount(), 75);  // 25 per group
        QCOMPARE(m->dotPlot()->plottableCount(), 1);
        QCOMPARE(m->violinPlot()->plottableCount(), 3);  // one violin per group
        {
            auto* ticker = dynamic_cast<QCPAxisTickerText*>(m->violinPlot()->xAxis->ticker().data());
            QVERIFY(ticker);
            QCOMPARE(ticker->ticks().value(1), QString("beta\n100 cell(s)"));  // the group and its cells
        }
        auto* map = qobject_cast<QCPColorMap*>(m->heatmapPlot()->plottable(0));
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), 300);
        QCOMPARE(map->data()->valueSize(), 9);  // top 3 of 3 groups
        const QString csv = QString(SCDIFF_TEST_DATA_DIR) + "/ui_markers.csv";
        QVERIFY(w.exportMarkersCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("group,rank,gene,score"));
        QVERIFY(f.readLine().startsWith("alpha,1,g"));
        m->tabs()->setCurrentIndex(0);
        QVERIFY(w.exportPlot(QString(SCDIFF_TEST_DATA_DIR) + "/ui_dotplot.svg", 600, 400));
    }

    void menusAreTranslated() {
        for (const auto& [lang, file] : {std::pair{"de", "&Datei"}, std::pair{"fr", "&Fichier"}}) {
            QTranslator t;
            QVERIFY2(t.load(QString("scdiff_") + lang, ":/i18n"), lang);
            QCoreApplication::installTranslator(&t);
            {
                MainWindow w;
                QCOMPARE(w.menuBar()->actions().front()->text(), QString::fromUtf8(file));
            }
            QCoreApplication::removeTranslator(&t);
        }
        MainWindow english;
        const QString about = english.aboutText();
        QVERIFY2(about.contains(QString("Qt ") + qVersion()), qPrintable(about));
        QVERIFY2(QRegularExpression("HDF5 1\\.\\d+\\.\\d+").match(about).hasMatch(), qPrintable(about));
        QVERIFY2(QRegularExpression("LibTorch \\d+\\.\\d+").match(about).hasMatch(), qPrintable(about));
        QCOMPARE(english.menuBar()->actions().front()->text(), QString("&File"));
    }

    void cancellingStopsTheJob() {
        MainWindow w;
        QVERIFY(w.jobs()->start("spin",
                                [](Progress& p) {
                                    for (;;) {
                                        p.report(0, 1);
                                        p.checkCancelled();
                                        QThread::msleep(5);
                                    }
                                },
                                {}));
        QSignalSpy spy(w.jobs(), &JobRunner::finished);
        QTimer::singleShot(50, w.jobs(), &JobRunner::cancel);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.front().at(2).toBool(), true);
        QVERIFY(errors_.isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
