#include "app/MainWindow.h"

#include <QActionGroup>
#include <QDir>
#include <QTimer>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QStatusBar>
#include <QComboBox>
#include <QTextStream>
#include <QToolButton>
#include <QUndoView>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>
#include <limits>
#include <memory>
#include <qcustomplot.h>

#include "tasks/CoreBridge.h"
#include "app/Autosave.h"
#include "app/ModelController.h"
#include "app/SessionReactions.h"
#include "app/UserGuide.h"
#include "common/DisplayNames.h"
#include "common/ErrorReporter.h"
#include "common/Settings.h"
#include "jobs/JobRunner.h"
#include "tasks/DatasetTasks.h"
#include "models/DataAccess.h"
#include "panels/DatasetPanel.h"
#include "panels/MarkerPanel.h"
#include "plots/EmbeddingView.h"
#include "session/Commands.h"
#include "session/Session.h"
#include "session/PerturbationRecord.h"
#include "session/RestoreSession.h"
#include "session/SessionFile.h"
#include "plots/PointCloud.h"
#include <QLocale>

#include "train/TrainingDock.h"
#include "results/AnnotationResultsPanel.h"
#include "results/MetricsPanel.h"
#include "results/EvaluationView.h"
#include "results/VerdictLine.h"
#include "results/ImputationView.h"
#include "results/PerturbationView.h"

#include "scdiff/engine/model.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/error.hpp"
#include "scdiff/version.hpp"
#include "io/DataFrameCsv.h"
#include "io/PlotExporter.h"

namespace scdiff::ui {

MainWindow::MainWindow(QWidget* parent, JobRunner* jobs) : QMainWindow(parent) {
    session_ = new Session(this);
    jobs_ = jobs ? jobs : new ThreadJobRunner;
    jobs_->setParent(this);
    embedding_ = new EmbeddingView(session_);
    markers_ = new MarkerPanel(session_, jobs_);
    central_ = new QTabWidget;
    central_->addTab(embedding_, tr("Embedding"));
    central_->addTab(markers_, tr("Markers"));
    annotationResults_ = new AnnotationResultsPanel(session_);
    central_->addTab(annotationResults_, tr("Annotation results"));
    connect(annotationResults_, &AnnotationResultsPanel::agreementRequested, this,
            [this](const QString& predicted, const QString& reference) {
                if (embedding_->colourByAgreement(predicted, reference)) central_->setCurrentWidget(embedding_);
            });
    imputation_ = new ImputationView(session_);
    central_->addTab(imputation_, tr("Imputation"));
    perturbation_ = new PerturbationView;
    central_->addTab(perturbation_, tr("Perturbation"));
    setCentralWidget(central_);
    setAcceptDrops(true);

    dataset_ = new DatasetPanel(session_);
    // The summary's names and shapes stay readable (the dock starts too narrow otherwise).
    dataset_->setMinimumWidth(280);
    auto* datasetDock = new QDockWidget(tr("Dataset"), this);
    datasetDock->setObjectName("datasetDock");
    datasetDock->setWidget(dataset_);
    addDockWidget(Qt::LeftDockWidgetArea, datasetDock);
    history_ = new QUndoView(session_->undoStack());
    history_->setEmptyLabel(tr("<opened>"));
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName("historyDock");
    historyDock->setWidget(history_);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    training_ = new TrainingDock;
    trainingDockWidget_ = new QDockWidget(tr("Training"), this);
    trainingDockWidget_->setObjectName("trainingDock");
    trainingDockWidget_->setWidget(training_);
    addDockWidget(Qt::RightDockWidgetArea, trainingDockWidget_);
    splitDockWidget(historyDock, trainingDockWidget_, Qt::Vertical);
    metrics_ = new MetricsPanel;
    metricsDockWidget_ = new QDockWidget(tr("Runs"), this);
    metricsDockWidget_->setObjectName("runsDock");
    metricsDockWidget_->setWidget(metrics_);
    addDockWidget(Qt::BottomDockWidgetArea, metricsDockWidget_);
    metricsDockWidget_->hide();  // shown when the first run ends
    connect(metrics_, &MetricsPanel::runAdded, this, [this] {
        if (metricsDockWidget_->isVisible()) return;
        metricsDockWidget_->show();
        resizeDocks({metricsDockWidget_}, {170}, Qt::Vertical);  // a few rows; the views keep the height
    });
    models_ = new ModelController(
        session_, jobs_,
        {this, training_, trainingDockWidget_, annotationResults_, imputation_, perturbation_, metrics_, embedding_},
        this);
    connect(models_, &ModelController::showRequested, central_, &QTabWidget::setCurrentWidget);
    connect(models_, &ModelController::evaluationFinished, this, &MainWindow::showEvaluation);
    connect(models_, &ModelController::normaliseRequested, this, &MainWindow::normaliseX);
    connect(models_, &ModelController::logTransformRequested, this, [this] { logTransformX(); });
    connect(jobs_, &JobRunner::metricsReported, this, [this](qint64 done, qint64 total, const QVariantMap& metrics) {
        if (!models_->trainingJob()) return;
        training_->addMetrics(done, total, metrics);
        progress_->setRange(0, training_->progressBar()->maximum());
        progress_->setValue(training_->progressBar()->value());
    });

    selectionLabel_ = new QLabel(tr("No selection"));
    jobLabel_ = new QLabel;
    progress_ = new QProgressBar;
    progress_->setMaximumWidth(200);
    progress_->hide();
    cancel_ = new QToolButton;
    cancel_->setText(tr("Cancel"));
    cancel_->hide();
    statusBar()->addWidget(selectionLabel_);
    statusBar()->addPermanentWidget(jobLabel_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    connect(cancel_, &QToolButton::clicked, jobs_, &JobRunner::cancel);
    connect(jobs_, &JobRunner::started, this, [this](const QString& title) {
        jobLabel_->setText(title);
        progress_->setRange(0, 0);
        progress_->show();
        cancel_->show();
    });
    connect(jobs_, &JobRunner::progressChanged, this, [this](qint64 done, qint64 total, const QString& stage) {
        if (!stage.isEmpty()) jobLabel_->setText(stage);
        // A training shows its whole run (above), not the running epoch's steps.
        if (total > 0 && !models_->trainingJob()) {
            progress_->setRange(0, 1000);
            progress_->setValue(static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
        }
    });
    connect(jobs_, &JobRunner::finished, this, [this](const QString&, const QString&, bool cancelled) {
        progress_->hide();
        cancel_->hide();
        jobLabel_->setText(cancelled ? tr("Cancelled") : QString());
    });
    connect(session_, &Session::selectionChanged, this, [this](qint64 n) {
        selectionLabel_->setText(n ? tr("%n cell(s) selected", nullptr, static_cast<int>(n)) : tr("No selection"));
    });
    connect(session_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::refreshTitle);
    connect(session_, &Session::datasetReplaced, this, [this] {
        // Results computed on the previous dataset do not describe this one.
        for (auto* line : {annotationResults_->verdictLine(), imputation_->verdictLine(),
                           perturbation_->verdictLine(engine::Task::Perturbation),
                           perturbation_->verdictLine(engine::Task::GenePerturbation)})
            line->setVerdict(std::nullopt);
        if (evaluation_) {
            central_->removeTab(central_->indexOf(evaluation_));
            evaluation_->deleteLater();
            evaluation_ = nullptr;
        }
        refreshTitle();
    });

    buildMenus();
    resize(1280, 800);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    refreshTitle();
}

MainWindow::~MainWindow() {
    jobs_->cancel();
    jobs_->waitForWorker();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::askOpen);
    file->addAction(tr("Open &10x folder…"), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::askOpen10x);
    file->addAction(tr("Open &larger than memory (backed)…"), this, &MainWindow::askOpenBacked)
        ->setToolTip(tr("Read obs, var and embeddings of an .h5ad file and leave X in it; training, annotation and "
                        "imputation read X's rows from the file as they need them"));
    file->addAction(tr("Open &example dataset"), this, [this] { openSynthetic("small"); });
    recentMenu_ = file->addMenu(tr("Open &recent"));
    refreshRecent();
    file->addSeparator();
    QAction* saveSession = file->addAction(tr("&Save session…"), QKeySequence::Save, this, &MainWindow::askSaveSession);
    saveSession->setObjectName("actionSaveSession");
    enableWithData(saveSession, session_);
    enableWithData(
        file->addAction(tr("&Export annotated h5ad…"), QKeySequence::SaveAs, this, &MainWindow::askExportH5ad),
        session_);
    enableWithData(file->addAction(tr("Export &obs table as CSV…"), this, &MainWindow::askExportObs), session_);
    enableWithData(file->addAction(tr("Export &markers table as CSV…"), this, &MainWindow::askExportMarkers), session_);
    enableWithData(file->addAction(tr("Export &plot…"), QKeySequence(tr("Ctrl+P")), this, &MainWindow::askExportPlot),
                   session_);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = session_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = session_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    enableWithData(
        edit->addAction(tr("&Relabel selected cells…"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::askRelabel),
        session_);
    enableWithData(edit->addAction(tr("&Save selection as category…"), QKeySequence(tr("Ctrl+Shift+L")), this,
                                   &MainWindow::askSaveSelection),
                   session_);
    enableWithData(edit->addAction(tr("Re&name or merge category…"), this, &MainWindow::askRename), session_);
    enableWithData(
        edit->addAction(tr("Select by &gene expression…"), QKeySequence(tr("Ctrl+G")), this, &MainWindow::askGate),
        session_);
    enableWithData(
        edit->addAction(tr("&Clear selection"), QKeySequence(tr("Esc")), this, [this] { session_->setSelection({}); }),
        session_);

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    normaliseAction_ = analysis->addAction(tr("&Normalise and log-transform X"), this, [this] { normaliseX(); });
    normaliseAction_->setObjectName("actionNormalise");
    Reaction::attach(normaliseAction_, [this] { return session_->xValues().kind == preprocess::XKind::Counts; })
        ->refreshOn(session_, &Session::expressionChanged)
        ->refreshOn(session_, &Session::datasetReplaced);
    normaliseAction_->setToolTip(
        tr("Scale every cell to 10,000 counts and take log1p; the counts are kept in layers['counts']"));
    logTransformAction_ = analysis->addAction(tr("&Log-transform X (FPKM, TPM)…"), this, [this] { logTransformX(); });
    logTransformAction_->setObjectName("actionLogTransform");
    Reaction::attach(logTransformAction_, [this] { return session_->xValues().abundances(); })
        ->refreshOn(session_, &Session::expressionChanged)
        ->refreshOn(session_, &Session::datasetReplaced);
    logTransformAction_->setToolTip(
        tr("For abundances such as FPKM or TPM (neither counts nor log-normalised): log1p, "
           "optionally after rescaling every cell to 10,000; the values are kept in "
           "layers['abundance']"));
    analysis->addSeparator();
    enableWithData(analysis->addAction(tr("Compute &PCA"), this, [this] { computeEmbedding(false); }), session_);
    enableWithData(analysis->addAction(tr("Find &marker genes"), QKeySequence(tr("Ctrl+M")), this,
                                       [this] {
                                           showMarkers();
                                           markers_->computeMarkers();
                                       }),
                   session_);
    enableWithData(
        analysis->addAction(tr("Compute &UMAP"), QKeySequence(tr("Ctrl+U")), this, [this] { computeEmbedding(true); }),
        session_);
    enableWithData(analysis->addAction(tr("&Cluster cells (Leiden)…"), this, &MainWindow::askCluster), session_);

    models_->buildMenu(menuBar()->addMenu(tr("&Model")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());
    view->addAction(tr("&Reset zoom"), QKeySequence(tr("Ctrl+0")), embedding_, &EmbeddingView::resetView);

    QMenu* language = menuBar()->addMenu(tr("&Preferences"))->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = Settings::language();
    for (const auto& [code, name] :
         {std::pair{QString(), tr("System default")}, std::pair{QString("en"), QString("English")},
          std::pair{QString("de"), QString("Deutsch")}, std::pair{QString("fr"), QString("Français")}}) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            Settings::setLanguage(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used after a restart of scDiff Studio."));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        auto* window = new UserGuide(this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    guide->setObjectName("actionUserGuide");
    help->addAction(tr("&About scDiff Studio"), this, &MainWindow::showAbout);
}

void MainWindow::refreshRecent() {
    recentMenu_->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString& f : files) recentMenu_->addAction(f, this, [this, f] { openFile(f); });
    recentMenu_->setEnabled(!files.isEmpty());
}

void MainWindow::refreshTitle() {
    const QString name =
        session_->hasData()
            ? (session_->sourcePath().isEmpty() ? tr("untitled") : QFileInfo(session_->sourcePath()).fileName())
            : tr("no dataset");
    setWindowTitle(QStringLiteral("%1%2 — scDiff Studio").arg(name, session_->isDirty() ? "*" : ""));
}

void MainWindow::report(const QString& title, const QString& sentence) { ErrorReporter::report(this, title, sentence); }

bool MainWindow::openFile(const QString& path) {
    if (path.endsWith(".scdiffsession", Qt::CaseInsensitive)) return openSession(path);
    return loadThen(path, {});
}

ViewSettings MainWindow::viewSettings() const {
    ViewSettings view;
    view.embedding = embedding_->embedding();
    view.colourBy = embedding_->colouredBy();
    view.colourByGene = embedding_->colouredByGene();
    view.pointSize = embedding_->points()->pointSize();
    view.opacity = embedding_->points()->opacity();
    return view;
}

SessionContent MainWindow::captureSession() const {
    SessionContent content =
        ui::captureSession(*session_, viewSettings(), models_->modelFile(), metrics_->runsToJson());
    content.sourcePath = QFileInfo(session_->sourcePath()).absoluteFilePath();
    content.perturbations = models_->perturbations()->all();  // shared, not copied
    content.shownPerturbation = models_->perturbations()->currentIndex();
    return content;
}

bool MainWindow::saveSession(const QString& path) {
    if (session_->sourcePath().isEmpty()) {
        report(tr("Cannot save the session"), tr("The dataset was not opened from a file; export it as h5ad first."));
        return false;
    }
    try {
        writeSessionFile(path, captureSession());
    } catch (const std::exception& e) {
        report(tr("Cannot save the session"), QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

bool MainWindow::openSession(const QString& path, std::function<void()> whenApplied) {
    if (jobs_->busy()) return false;
    auto task = std::make_shared<OpenSessionTask>(path);
    return launcher().start(task, {.applied = [this, task, path, whenApplied] {
                                applySession(task->content());
                                if (whenApplied) whenApplied();
                                Settings::addRecentFile(path);
                                refreshRecent();
                            }});
}

void MainWindow::applySession(SessionContent& content) {
    try {
        applySessionChanges(session_, content);
    } catch (const std::exception& e) {
        report(tr("Cannot apply the session"), QString::fromUtf8(e.what()));
        return;
    }
    const ViewSettings& view = content.view;
    if (!view.embedding.isEmpty()) embedding_->setEmbedding(view.embedding);
    if (view.colourByGene)
        embedding_->colourByGene(view.colourBy);
    else if (!view.colourBy.isEmpty())
        embedding_->colourByColumn(view.colourBy);
    embedding_->setPointSize(view.pointSize);
    embedding_->setOpacity(view.opacity);
    if (!content.runs.isEmpty()) metrics_->restoreRuns(content.runs);
    if (!content.perturbations.empty())
        models_->perturbations()->reset(content.perturbations, content.shownPerturbation);
    // The model, once the window is idle again (this runs as the opening job ends).
    if (!content.modelPath.isEmpty() && content.modelPath != models_->modelFile()) {
        if (!QFileInfo::exists(content.modelPath)) {
            report(tr("Cannot load the session's model"), tr("%1 is no longer there.").arg(content.modelPath));
        } else {
            // A model the autosave kept because it was never saved comes back unsaved.
            const bool recovered =
                QFileInfo(content.modelPath).absolutePath() == QDir(Autosave::folder()).absolutePath();
            QTimer::singleShot(0, this,
                               [this, model = content.modelPath, recovered] { models_->loadModel(model, recovered); });
        }
    }
}

void MainWindow::askSaveSession() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save session"), Settings::lastFolder() + "/analysis.scdiffsession",
                                     tr("scDiff sessions (*.scdiffsession)"));
    if (!path.isEmpty()) saveSession(path);
}

bool MainWindow::openBacked(const QString& path) { return loadThen(path, {}, true); }

bool MainWindow::loadThen(const QString& path, std::function<void()> after, bool backed) {
    if (jobs_->busy()) return false;
    return launcher().start(std::make_shared<LoadTask>(path, backed), {.applied = [this, path, after] {
                                if (after) after();
                                Settings::addRecentFile(path);
                                Settings::setLastFolder(QFileInfo(path).absolutePath());
                                refreshRecent();
                            }});
}

bool MainWindow::openSynthetic(const QString& preset) {
    if (jobs_->busy()) return false;
    return launcher().start(std::make_shared<SyntheticTask>(preset.toStdString()));
}

bool MainWindow::computeEmbedding(bool umap) {
    if (jobs_->busy() || !session_->hasData()) return false;
    // The task works on a copy, so the window keeps drawing the current data.
    return launcher().start(std::make_shared<EmbeddingTask>(*session_, umap));
}

bool MainWindow::clusterCells(double resolution) {
    if (jobs_->busy() || !session_->hasData()) return false;
    auto task = std::make_shared<ClusterTask>(*session_, resolution);
    return launcher().start(task, {[this] { embedding_->colourByColumn(QStringLiteral("leiden")); }, {}, {}});
}

void MainWindow::askCluster() {
    bool ok = false;
    const double resolution = QInputDialog::getDouble(
        this, tr("Cluster cells (Leiden)"), tr("Resolution (higher: more, smaller clusters; scanpy's default is 1):"),
        1.0, 0.05, 20.0, 2, &ok);
    if (ok) clusterCells(resolution);
}

bool MainWindow::normaliseX() {
    if (jobs_->busy() || !session_->hasData() || !session_->data().X) return false;
    return launcher().start(std::make_shared<NormaliseTask>(*session_));
}

bool MainWindow::logTransformX(std::optional<bool> rescale) {
    if (jobs_->busy() || !session_->hasData() || !session_->data().X) return false;
    const auto seen = session_->xValues();  // a copy: X may be replaced before the dialog closes
    if (!seen.abundances()) {
        report(tr("Cannot log-transform X"), tr("X holds %1.").arg(QString::fromStdString(seen.describe())));
        return false;
    }
    if (!rescale) {
        QMessageBox ask(QMessageBox::Question, tr("Log-transform X"),
                        tr("X holds %1.\n\nscDiff and the plots work on log1p values. Rescale every cell to 10,000 "
                           "first (as for counts), or take log1p of the values as they are?")
                            .arg(QString::fromStdString(seen.describe())),
                        QMessageBox::Cancel, this);
        auto* asIs = ask.addButton(tr("log1p as they are"), QMessageBox::AcceptRole);
        auto* scaled = ask.addButton(tr("Rescale, then log1p"), QMessageBox::AcceptRole);
        ask.setDefaultButton(asIs);
        ask.exec();
        if (ask.clickedButton() != asIs && ask.clickedButton() != scaled) return false;
        rescale = ask.clickedButton() == scaled;
    }
    return launcher().start(std::make_shared<LogTransformTask>(*session_, *rescale));
}

bool MainWindow::exportH5ad(const QString& path) {
    if (jobs_->busy() || !session_->hasData()) return false;
    auto task = std::make_shared<SaveDatasetTask>(std::make_shared<const AnnData>(session_->data()), path,
                                                  session_->sourcePath(), tr("Cannot export the dataset"));
    return launcher().start(task, {.applied = [this] { session_->markSaved(); }});
}

TaskLauncher MainWindow::launcher() { return TaskLauncher(jobs_, session_, this); }

bool MainWindow::exportObsCsv(const QString& path) {
    QString why;
    if (writeDataFrameCsv(session_->data().obs, path, &why)) return true;
    report(tr("Cannot export the table"), tr("Cannot write %1: %2.").arg(path, why));
    return false;
}

QCustomPlot* MainWindow::currentPlot() const {
    // The largest plot shown on the current tab (inner tabs hide the others): the one the user looks at.
    QWidget* tab = central_->currentWidget();
    QCustomPlot* best = nullptr;
    qint64 bestArea = -1;
    for (QCustomPlot* plot : tab->findChildren<QCustomPlot*>()) {
        if (!plot->isVisibleTo(tab)) continue;
        const qint64 area = static_cast<qint64>(plot->width()) * plot->height();
        if (area > bestArea) {
            best = plot;
            bestArea = area;
        }
    }
    return best;
}

bool MainWindow::exportPlot(const QString& path, int width, int height, double dpi) {
    QCustomPlot* plot = currentPlot();
    if (!plot) {
        report(tr("Cannot export the plot"),
               tr("The current tab shows a table, not a plot; export it as CSV instead."));
        return false;
    }
    const QString error = ui::exportPlot(*plot, path, width, height, dpi, windowTitle());
    if (!error.isEmpty()) report(tr("Cannot export the plot"), error);
    return error.isEmpty();
}

bool MainWindow::exportMarkersCsv(const QString& path) { return markers_->exportMarkersCsv(path); }

void MainWindow::showAnnotationResults() { central_->setCurrentWidget(annotationResults_); }
void MainWindow::showPerturbation() { central_->setCurrentWidget(perturbation_); }
void MainWindow::showImputation() { central_->setCurrentWidget(imputation_); }

void MainWindow::showEvaluation(const engine::EvaluationReport& r) {
    if (!evaluation_) {
        evaluation_ = new EvaluationView;
        central_->insertTab(central_->indexOf(imputation_) + 1, evaluation_, tr("Evaluation"));
    }
    evaluation_->setReport(r);
    // The verdict also goes next to that task's results, where the user reads them.
    VerdictLine* line = r.task == engine::Task::Annotation   ? annotationResults_->verdictLine()
                        : r.task == engine::Task::Imputation ? imputation_->verdictLine()
                                                             : perturbation_->verdictLine(r.task);
    line->setVerdict(r.verdict);
    central_->setCurrentWidget(evaluation_);
}

void MainWindow::showMarkers() { central_->setCurrentWidget(markers_); }
void MainWindow::showEmbedding() { central_->setCurrentWidget(embedding_); }

void MainWindow::askExportMarkers() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export markers table"),
                                                      Settings::lastFolder() + "/markers.csv", tr("CSV (*.csv)"));
    if (!path.isEmpty()) exportMarkersCsv(path);
}

bool MainWindow::relabelSelection(const QString& column, const QString& label) {
    try {
        if (session_->selection().empty())
            throw InvalidInput("no cells are selected; select cells with the lasso first");
        if (label.trimmed().isEmpty()) throw InvalidInput("the new label is empty");
        session_->undoStack()->push(makeRelabelCommand(session_, column, session_->selection(), label.trimmed()));
        return true;
    } catch (const std::exception& e) {
        report(tr("Cannot relabel"), QString::fromUtf8(e.what()));
        return false;
    }
}

bool MainWindow::saveSelectionAs(const QString& name) {
    try {
        if (name.trimmed().isEmpty()) throw InvalidInput("the column name is empty");
        session_->undoStack()->push(makeSelectionCategoryCommand(session_, name.trimmed(), session_->selection()));
        return true;
    } catch (const std::exception& e) {
        report(tr("Cannot save the selection"), QString::fromUtf8(e.what()));
        return false;
    }
}

bool MainWindow::renameCategory(const QString& column, const QString& from, const QString& to) {
    try {
        if (to.trimmed().isEmpty()) throw InvalidInput("the new category name is empty");
        session_->undoStack()->push(makeRenameCategoryCommand(session_, column, from, to.trimmed()));
        return true;
    } catch (const std::exception& e) {
        report(tr("Cannot rename the category"), QString::fromUtf8(e.what()));
        return false;
    }
}

bool MainWindow::gateByGene(const QString& gene, bool greater, double threshold) {
    const AnnData& d = session_->data();
    const auto j = varIndex(d, gene.toStdString());
    if (!d.X || j < 0) {
        report(tr("Cannot select by gene"), tr("There is no gene named \"%1\" in this dataset.").arg(gene));
        return false;
    }
    const auto v = geneColumn(*d.X, j);
    std::vector<std::int64_t> rows;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (greater ? v[i] > threshold : v[i] < threshold) rows.push_back(static_cast<std::int64_t>(i));
    session_->setSelection(std::move(rows));
    return true;
}

void MainWindow::askOpen() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open dataset"), Settings::lastFolder(),
        tr("Datasets and sessions (*.h5ad *.h5 *.loom *.csv *.tsv *.txt *.scdiffsession);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

void MainWindow::askOpenBacked() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a dataset larger than memory"),
                                                      Settings::lastFolder(), tr("AnnData files (*.h5ad)"));
    if (!path.isEmpty()) openBacked(path);
}

void MainWindow::askOpen10x() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open 10x folder"), Settings::lastFolder());
    if (!dir.isEmpty()) openFile(dir);
}

void MainWindow::askExportH5ad() {
    QString suggestion = session_->sourcePath();
    suggestion = suggestion.isEmpty() ? Settings::lastFolder() + "/annotated.h5ad"
                                      : QFileInfo(suggestion).absolutePath() + "/" +
                                            QFileInfo(suggestion).completeBaseName() + "_annotated.h5ad";
    const QString path = QFileDialog::getSaveFileName(this, tr("Export annotated h5ad"), suggestion,
                                                      tr("AnnData (*.h5ad);;loom (*.loom)"));
    if (!path.isEmpty()) exportH5ad(path);
}

void MainWindow::askExportObs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export obs table"), Settings::lastFolder() + "/obs.csv",
                                                      tr("CSV (*.csv)"));
    if (!path.isEmpty()) exportObsCsv(path);
}

QString MainWindow::plotFileStem() const {
    // The tab's name as a file name: "Annotation results" -> "annotation_results".
    QString stem = central_->tabText(central_->currentIndex()).remove('&').toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("_"));
    return stem.isEmpty() ? QStringLiteral("plot") : stem;
}

void MainWindow::askExportPlot() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export plot"));
    auto* width = new QSpinBox;
    width->setRange(100, 10000);
    width->setValue(1200);
    auto* height = new QSpinBox;
    height->setRange(100, 10000);
    height->setValue(900);
    auto* dpi = new QSpinBox;
    dpi->setRange(48, 1200);
    dpi->setValue(150);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Width (px):"), width);
    form->addRow(tr("Height (px):"), height);
    form->addRow(tr("Resolution (dpi):"), dpi);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export plot"), Settings::lastFolder() + '/' + plotFileStem() + ".png",
                                     tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
    if (!path.isEmpty()) exportPlot(path, width->value(), height->value(), dpi->value());
}

void MainWindow::askRelabel() {
    QStringList columns;
    for (const auto& c : session_->data().obs.columns)
        if (isCategoricalLike(c.data)) columns << QString::fromStdString(c.name);
    bool ok = false;
    const QString column = QInputDialog::getItem(this, tr("Relabel selected cells"), tr("Column (or type a new one):"),
                                                 columns, 0, true, &ok);
    if (!ok || column.isEmpty()) return;
    const QString label =
        QInputDialog::getText(this, tr("Relabel selected cells"), tr("New label:"), QLineEdit::Normal, QString(), &ok);
    if (ok) relabelSelection(column, label);
}

void MainWindow::askSaveSelection() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save selection as category"), tr("New obs column name:"),
                                               QLineEdit::Normal, tr("selection"), &ok);
    if (ok) saveSelectionAs(name);
}

void MainWindow::askRename() {
    QStringList columns;
    for (const auto& c : session_->data().obs.columns)
        if (std::holds_alternative<Categorical>(c.data)) columns << QString::fromStdString(c.name);
    bool ok = false;
    const QString column = QInputDialog::getItem(this, tr("Rename category"), tr("Column:"), columns, 0, false, &ok);
    if (!ok) return;
    QStringList categories;
    for (const auto& n : asCategorical(session_->data().obs.find(column.toStdString())->data).categoryNames())
        categories << QString::fromStdString(n);
    const QString from = QInputDialog::getItem(this, tr("Rename category"), tr("Category:"), categories, 0, false, &ok);
    if (!ok) return;
    const QString to = QInputDialog::getText(
        this, tr("Rename category"), tr("New name (an existing name merges the two):"), QLineEdit::Normal, from, &ok);
    if (ok) renameCategory(column, from, to);
}

void MainWindow::askGate() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Select by gene expression"));
    auto* gene = new QLineEdit;
    auto* op = new QComboBox;
    op->addItems({">", "<"});
    auto* value = new QDoubleSpinBox;
    value->setRange(-1e9, 1e9);
    value->setDecimals(3);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Gene:"), gene);
    form->addRow(tr("Comparison:"), op);
    form->addRow(tr("Threshold:"), value);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) gateByGene(gene->text().trimmed(), op->currentIndex() == 0, value->value());
}

QString MainWindow::aboutText() const {
    const QString hdf5 = QString::fromStdString(scdiff::hdf5Version());
    return tr("<b>scDiff Studio</b> %1<br>Single-cell data exploration and the scDiff diffusion model.<br><br>"
              "Qt %2<br>HDF5 %3<br>LibTorch %4")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), hdf5,
             QStringLiteral(SCDIFF_TORCH_VERSION));
}

void MainWindow::showAbout() { QMessageBox::about(this, tr("About scDiff Studio"), aboutText()); }

bool MainWindow::maybeStopJob() {
    if (!jobs_->busy()) return true;
    const auto answer = QMessageBox::question(this, tr("A job is running"),
                                              tr("%1 is still running. Stop it and quit?").arg(jobLabel_->text()),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;  // the job runner cancels the job and waits for it on destruction
}

bool MainWindow::maybeSave() {
    if (!session_->isDirty()) return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("The annotations were changed. Export them before closing?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) {
        askExportH5ad();
        return false;  // the export runs in the background; close again when it is done
    }
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* e) {
    if (!maybeStopJob() || !models_->maybeSaveModel() || !maybeSave()) {
        e->ignore();
        return;
    }
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    e->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e) {
    const auto urls = e->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile()) openFile(urls.front().toLocalFile());
}

}  // namespace scdiff::ui
