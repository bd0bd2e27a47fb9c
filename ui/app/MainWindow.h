#pragma once
// The studio's main window: menus, the embedding view in the centre, the dataset and history docks,
// and a status bar with the selection count and the running job's progress and cancel button.
// The public slots are what the menus call; tests drive the window through them.
#include <QMainWindow>
#include <QElapsedTimer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/evaluate.hpp"

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

struct RunRecord;
class Session;
class JobRunner;
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
    explicit MainWindow(QWidget* parent = nullptr);
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
    // The checkpoint file of the last training run (written while it trains, and on cancel).
    QString lastCheckpoint() const { return lastCheckpoint_; }
    // A model trained in this session and not yet saved (closing asks to save it).
    bool modelUnsaved() const;
    // Results: the annotation results and perturbation tabs, the runs table dock.
    AnnotationResultsPanel* annotationResults() const { return annotationResults_; }
    PerturbationView* perturbationView() const { return perturbation_; }
    ImputationView* imputationView() const { return imputation_; }
    void showImputation();
    MetricsPanel* metricsPanel() const { return metrics_; }
    QDockWidget* metricsDockWidget() const { return metricsDockWidget_; }
    void showAnnotationResults();
    void showPerturbation();
    // The predicted cells of the last Predict perturbation… run (null before one).
    std::shared_ptr<const AnnData> lastPerturbation() const { return lastPerturbation_; }

public slots:
    // Starts loading in the background; errors go to the ErrorReporter. False when a job is running.
    bool openFile(const QString& path);
    bool openSynthetic(const QString& preset);
    // .scdiffsession: the dataset path, the edited obs columns and the view settings (JSON).
    bool saveSession(const QString& path);
    bool openSession(const QString& path);
    bool computeEmbedding(bool umap);
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

    // Model menu. Training and annotation run as jobs on a copy of the dataset's X/obs/var/uns; the
    // window stays usable. Training writes a checkpoint (resumeFrom: continue that checkpoint, whose
    // run settings must match config) into the app-data folder and, when it ends, the model becomes
    // the session's. Annotation applies its result as one undoable command. False when not started.
    void showTrainDialog();  // the Train… action: a window-modal TrainDialog, OK starts trainModel()
    bool trainModel(const scdiff::engine::RunConfig& config, const QString& resumeFrom = QString());
    // Continues a checkpoint with the last run's settings when it is that run's, else with its own.
    bool resumeTraining(const QString& checkpoint);
    bool annotateWithModel();
    bool saveModel(const QString& path);
    bool loadModel(const QString& path);
    // Imputation with the session's model (default sampling, 80 % of the context hidden), applied as one
    // undoable command adding layers['scdiff_imputed'].
    bool imputeWithModel();
    // The predicted stimulated cells of a cell type (a perturbation-task model): shown in the Perturbation
    // tab and kept as lastPerturbation() for savePerturbation().
    bool predictPerturbation(const QString& cellType);
    bool savePerturbation(const QString& path);
    // engine::evaluate with these settings (held-out split, baselines); each method becomes a row of the
    // runs table.
    bool evaluateModel(const scdiff::engine::RunConfig& config, int repeats = 1);
    // Model > Evaluate imputation (hide 10 % of entries)…: engine::evaluate with Task::Imputation on the
    // session dataset with the last training settings (task forced to imputation, the imputation task's
    // default sampling); the methods go into the runs table and the Imputation evaluation tab.
    bool evaluateImputation(int repeats = 1);
    // Asks how many runs (splits, or held-out cell types for perturbation) an evaluation makes; 0 = cancelled.
    int askEvaluationRuns(const QString& title);
    // Torch threads of the next training run (0 = all cores), set from the Train dialog.
    void setTrainingThreads(int threads) { trainingThreads_ = threads; }
    int trainingThreads() const { return trainingThreads_; }
    // The last imputation evaluation (true vs imputed scatter, scDiff vs baselines): the central tab
    // "Imputation evaluation", added when the first one finishes (null before).
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
    // Before closing: a running job (stop it?), a trained model only in memory (save it?), changed
    // annotations (export them?). False: stay open.
    bool maybeStopJob();
    bool maybeSaveModel();
    bool maybeSave();
    void report(const QString& title, const QString& sentence);
    bool loadThen(const QString& path, std::function<void()> after);
    void askOpen();
    void askSaveSession();
    void askOpen10x();
    void askExportH5ad();
    void askExportObs();
    void askExportMarkers();
    void askExportPlot();
    QString plotFileStem() const;  // the default name of an exported plot
    void askRelabel();
    void askSaveSelection();
    void askRename();
    void askGate();
    void showAbout();
    void askResume();
    void askSaveModel();
    void askLoadModel();
    void askPerturbation();
    void askSavePerturbation();
    // Starts the clock of the job about to start (its time goes into the runs table).
    std::shared_ptr<QElapsedTimer> startClock() const;
    // A row of the runs table for a job of the session's model (task, preset, epochs, time so far).
    RunRecord modelRun(const QString& task, const engine::Model& model, const QElapsedTimer& clock) const;
    // Enables the model actions the session's model and dataset allow and updates the dock's model line.
    void refreshModelActions();
    void refreshNormaliseAction();
    // Before a model is applied from the menu: when the dataset lacks some of the model's genes, says how
    // many of them it has and asks whether to go on. False when the user declines or nothing applies.
    bool confirmModelGenes();
    // Why the model cannot be applied to the open dataset (too few of its genes found), "" when it can.
    QString modelApplies(const engine::Model& model) const;
    void showModelInfo();
    void showEvaluation(const scdiff::engine::EvaluationReport& report);

    Session* session_;
    JobRunner* jobs_;
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
    QList<QAction*> needData_;
    TrainingDock* training_;
    QDockWidget* trainingDockWidget_;
    QAction* trainAction_ = nullptr;
    QAction* normaliseAction_ = nullptr;     // enabled while X holds raw counts
    QAction* logTransformAction_ = nullptr;  // enabled while X holds abundances (FPKM/TPM)
    QAction* annotateAction_ = nullptr;
    QAction* saveModelAction_ = nullptr;
    QAction* imputeAction_ = nullptr;
    QAction* perturbAction_ = nullptr;
    QAction* evaluateAction_ = nullptr;
    QAction* evaluateImputationAction_ = nullptr;
    EvaluationView* evaluation_ = nullptr;
    int trainingThreads_ = 0;  // from Settings, the Train dialog's last choice
    AnnotationResultsPanel* annotationResults_;
    PerturbationView* perturbation_;
    ImputationView* imputation_;
    MetricsPanel* metrics_;
    QDockWidget* metricsDockWidget_;
    std::shared_ptr<const AnnData> lastPerturbation_;
    std::optional<scdiff::engine::RunConfig> lastConfig_;
    bool modelUnsaved_ = false;
    QString lastCheckpoint_;
    bool trainingJob_ = false;   // the running job is a training run (its metrics feed the dock)
    int datasetGeneration_ = 0;  // bumped on every dataset replacement
};

}  // namespace scdiff::ui
