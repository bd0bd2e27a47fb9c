#pragma once
// The studio's main window: menus, the embedding view in the centre, the dataset and history docks,
// and a status bar with the selection count and the running job's progress and cancel button.
// The public slots are what the menus call; tests drive the window through them.
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/evaluate.hpp"
#include "session/SessionFile.h"

class QCustomPlot;
class QLabel;
class QProgressBar;
class QToolButton;
class QMenu;
class QUndoView;
class QTabWidget;
class QDockWidget;

namespace scdiff::engine {
class Model;
}

namespace scdiff::ui {

class Session;
class JobRunner;
class TaskLauncher;
class ModelController;
class EmbeddingView;
class DatasetPanel;
class MarkerPanel;
class TrainingDock;
class AnnotationResultsPanel;
class PerturbationView;
class ImputationView;
class EvaluationView;
class MetricsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // jobs: the runner of the window's long work, taken over (null: a ThreadJobRunner; tests that need no
    // worker thread pass an InlineJobRunner).
    explicit MainWindow(QWidget* parent = nullptr, JobRunner* jobs = nullptr);
    ~MainWindow() override;

    Session* session() const { return session_; }
    JobRunner* jobs() const { return jobs_; }
    EmbeddingView* embeddingView() const { return embedding_; }
    DatasetPanel* datasetPanel() const { return dataset_; }
    MarkerPanel* markerPanel() const { return markers_; }
    QTabWidget* centralTabs() const { return central_; }
    void showMarkers();
    void showEmbedding();
    QLabel* selectionLabel() const { return selectionLabel_; }
    QString aboutText() const;  // versions of Qt, HDF5 and LibTorch
    TrainingDock* trainingDock() const { return training_; }
    QDockWidget* trainingDockWidget() const { return trainingDockWidget_; }
    // The session's model and the Model menu's work (training, annotation, imputation, perturbation,
    // evaluation, model files).
    ModelController* models() const { return models_; }
    // Results: the annotation results and perturbation tabs, the runs table dock.
    AnnotationResultsPanel* annotationResults() const { return annotationResults_; }
    PerturbationView* perturbationView() const { return perturbation_; }
    ImputationView* imputationView() const { return imputation_; }
    void showImputation();
    MetricsPanel* metricsPanel() const { return metrics_; }
    QDockWidget* metricsDockWidget() const { return metricsDockWidget_; }
    void showAnnotationResults();
    void showPerturbation();

public slots:
    // Starts loading in the background; errors go to the ErrorReporter. False when a job is running.
    bool openFile(const QString& path);
    // An .h5ad larger than memory: obs, var and embeddings read, X left in the file and read by the engine as it
    // needs (training, annotation, imputation); steps that need X in memory say so.
    bool openBacked(const QString& path);
    bool openSynthetic(const QString& preset);
    // .scdiffsession (session/SessionFile.h): what the session changed in its dataset (edits and results),
    // the view, the runs and the model file. Opening reads it and its dataset in the background.
    bool saveSession(const QString& path);
    // whenApplied: called once the session is applied (not when opening fails).
    bool openSession(const QString& path, std::function<void()> whenApplied = {});
    // The session as a session file would hold it now (the autosave's snapshot).
    SessionContent captureSession() const;
    bool computeEmbedding(bool umap);
    // Leiden clusters of the kNN graph into obs['leiden'] (undoable), then coloured by them.
    bool clusterCells(double resolution);
    // Analysis > Normalise: X (raw counts) normalised to 1e4 per cell and log1p'd in the background, then
    // pushed as one undoable step (counts kept in layers['counts']). False when X holds no counts.
    bool normaliseX();
    QAction* normaliseAction() const { return normaliseAction_; }
    // Analysis > Log-transform X: abundances (FPKM/TPM) log1p'd, optionally after rescaling each cell to
    // 10,000 (asked when `rescale` is not given), as one undoable step; the values kept in layers['abundance'].
    bool logTransformX(std::optional<bool> rescale = std::nullopt);
    QAction* logTransformAction() const { return logTransformAction_; }
    // Writes the annotated dataset (h5ad) in the background; the source file is protected.
    bool exportH5ad(const QString& path);
    bool exportObsCsv(const QString& path);
    bool exportMarkersCsv(const QString& path);
    // The current plot (embedding or marker tab) as PNG / SVG / PDF by extension, size in pixels at
    // 96 dpi scaled by dpi / 96.
    // The plot of the current tab (embedding, marker plot, confusion matrix, imputation heat maps,
    // perturbation plots, ...), nullptr when the tab shows a table.
    QCustomPlot* currentPlot() const;
    bool exportPlot(const QString& path, int width, int height, double dpi = 96);

    // Edits (undoable). They report a sentence and return false on invalid input.
    bool relabelSelection(const QString& column, const QString& label);
    bool saveSelectionAs(const QString& name);
    bool renameCategory(const QString& column, const QString& from, const QString& to);
    // Selects cells with expression of gene greater (or less) than the threshold.
    bool gateByGene(const QString& gene, bool greater, double threshold);

    // The Evaluation tab: the last evaluation's verdict, plot and table (null before one).
    EvaluationView* evaluationView() const { return evaluation_; }

protected:
    void closeEvent(QCloseEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    void buildMenus();
    void refreshRecent();
    void refreshTitle();
    // Before closing: a running job (stop it?), a trained model only in memory (save it?, ModelController),
    // changed annotations (export them?). False: stay open.
    bool maybeStopJob();
    bool maybeSave();
    void report(const QString& title, const QString& sentence);
    bool loadThen(const QString& path, std::function<void()> after, bool backed = false);
    ViewSettings viewSettings() const;
    void applySession(SessionContent& content);
    // Runs the window's tasks (ui/tasks) through jobs_, their errors reported over this window.
    TaskLauncher launcher();
    void askOpen();
    void askSaveSession();
    void askOpen10x();
    void askOpenBacked();
    void askExportH5ad();
    void askExportObs();
    void askExportMarkers();
    void askExportPlot();
    QString plotFileStem() const;  // the default name of an exported plot
    void askRelabel();
    void askSaveSelection();
    void askRename();
    void askGate();
    void askCluster();
    void showAbout();
    // The Evaluation tab (added on the first report) with this report, and its verdict next to its task's results.
    void showEvaluation(const scdiff::engine::EvaluationReport& report);

    Session* session_;
    JobRunner* jobs_;
    ModelController* models_;
    EmbeddingView* embedding_;
    DatasetPanel* dataset_;
    MarkerPanel* markers_;
    QTabWidget* central_;
    QUndoView* history_;
    QLabel* selectionLabel_;
    QLabel* jobLabel_;
    QProgressBar* progress_;
    QToolButton* cancel_;
    QMenu* recentMenu_ = nullptr;
    TrainingDock* training_;
    QDockWidget* trainingDockWidget_;
    QAction* normaliseAction_ = nullptr;     // its reaction: enabled while X holds raw counts
    QAction* logTransformAction_ = nullptr;  // its reaction: enabled while X holds abundances (FPKM/TPM)
    EvaluationView* evaluation_ = nullptr;
    AnnotationResultsPanel* annotationResults_;
    PerturbationView* perturbation_;
    ImputationView* imputation_;
    MetricsPanel* metrics_;
    QDockWidget* metricsDockWidget_;
};

}  // namespace scdiff::ui
