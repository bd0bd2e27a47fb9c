#pragma once
// The session's model and everything the Model menu does with it: training (with its dock, checkpoints and
// the last run's settings), annotation, imputation, perturbation prediction, evaluation, model files, and
// whether a model trained in this session is still unsaved. It builds the Model menu, whose actions' reactions
// ask it when they can be used; the main window owns it, gives it the views it fills and shows the tabs it asks for.
// The public slots are what the menu calls; tests drive the model workflow through them.
#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/prior/type_table.hpp"
#include "session/PerturbationPredictions.h"
#include "tasks/PerturbationSummary.h"

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace scdiff::ui {

struct RunRecord;
class Session;
class JobRunner;
class EmbeddingView;
class TrainingDock;
class AnnotationResultsPanel;
class PerturbationView;
class ImputationView;
class MetricsPanel;
class TaskLauncher;
class EvaluateTask;

class ModelController : public QObject {
    Q_OBJECT
public:
    // The widgets the model's work reports into (owned by the main window).
    struct Views {
        QWidget* window = nullptr;  // parent of the dialogs and error messages
        TrainingDock* training = nullptr;
        QDockWidget* trainingDock = nullptr;
        AnnotationResultsPanel* annotation = nullptr;
        ImputationView* imputation = nullptr;
        PerturbationView* perturbation = nullptr;
        MetricsPanel* metrics = nullptr;
        EmbeddingView* embedding = nullptr;
    };
    ModelController(Session* session, JobRunner* jobs, Views views, QObject* parent = nullptr);

    // Adds the Model menu's actions, each with its Reaction (when it can be used).
    void buildMenu(QMenu* menu);

    // The checkpoint file of the last training run (written while it trains, and on cancel).
    QString lastCheckpoint() const { return lastCheckpoint_; }
    // A model trained in this session and not yet saved (closing asks to save it).
    bool modelUnsaved() const;
    // The file the session's model was saved to or loaded from; empty when it is only in memory or absent.
    QString modelFile() const;
    // Before closing: asks whether to save an unsaved model. False: stay open.
    bool maybeSaveModel();
    // The running job is a training run (its metrics feed the training dock).
    bool trainingJob() const { return trainingJob_; }
    // The predicted cells of the last Predict perturbation… or Predict gene perturbation… run (null before one).
    // Every perturbation prediction of the session and the one shown (the Perturbation tab's list).
    PerturbationPredictions* perturbations() const { return perturbations_; }
    // Torch threads of the next training run (0 = all cores), set from the Train dialog.
    void setTrainingThreads(int threads) { trainingThreads_ = threads; }
    int trainingThreads() const { return trainingThreads_; }

public slots:
    // Training and annotation run as jobs on a copy of the dataset's X/obs/var/uns; the window stays usable.
    // Training writes a checkpoint (resumeFrom: continue that checkpoint, whose run settings must match
    // config) into the app-data folder and, when it ends, the model becomes the session's. Annotation
    // applies its result as one undoable command. False when not started.
    void showTrainDialog();  // the Train… action: a window-modal TrainDialog, OK starts trainModel()
    // typeTable: the cell-type table of a text-conditioned run (model.type_conditioner text or both).
    bool trainModel(const scdiff::engine::RunConfig& config, const QString& resumeFrom = QString(),
                    const std::optional<scdiff::prior::TypeTable>& typeTable = std::nullopt);
    // Continues a checkpoint with the last run's settings when it is that run's, else with its own.
    bool resumeTraining(const QString& checkpoint);
    bool annotateWithModel();
    // Model > Fine-tune on selected cells…: fine-tunes a copy of the session's model on the selected cells
    // (labelled in the model's cell-type column; engine::fineTuneTypes checks them), with progress and cancel
    // in the training dock; the tuned model becomes the session's, then (annotateAfterwards) annotates.
    bool fineTuneOnSelection(const scdiff::engine::FineTuneOptions& options, bool annotateAfterwards);
    bool saveModel(const QString& path);
    // recovered: the file is an autosave's copy of a model never saved (app/Autosave.h): once loaded it is
    // the session's unsaved model again (closing asks to save it) and the copy is removed.
    bool loadModel(const QString& path, bool recovered = false);
    // Imputation with the session's model (default sampling, 80 % of the context hidden), applied as one
    // undoable command adding layers['scdiff_imputed'].
    bool imputeWithModel();
    // The predicted stimulated cells of a cell type (a perturbation-task model): shown in the Perturbation
    // tab and added to perturbations() (savePerturbation() writes the shown one's cells).
    bool predictPerturbation(const QString& cellType);
    // The predicted cells under one or two perturbed genes (a gene-perturbation model), from the dataset's
    // control cells: shown in the Perturbation tab and added to perturbations() like predictPerturbation's.
    bool predictGenePerturbation(const std::vector<std::string>& genes);
    bool savePerturbation(const QString& path);
    // engine::evaluate with these settings (held-out split, baselines); each method becomes a row of the
    // runs table.
    bool evaluateModel(const scdiff::engine::RunConfig& config, int repeats = 1);
    // Model > Evaluate imputation (hide 10 % of entries)…: engine::evaluate with Task::Imputation on the
    // session dataset with the last training settings (task forced to imputation, the imputation task's
    // default sampling); the methods go into the runs table and the Evaluation tab.
    bool evaluateImputation(int repeats = 1);
    // Asks how many runs (splits, or held-out cell types for perturbation) an evaluation makes; 0 = cancelled.
    int askEvaluationRuns(const QString& title);

signals:
    void showRequested(QWidget* tab);  // a result is ready in this tab
    void evaluationFinished(const scdiff::engine::EvaluationReport& report);
    // The Train dialog's offers to prepare X (the main window's Analysis actions).
    void normaliseRequested();
    void logTransformRequested();
    // The session's model, its fit to the dataset or the last run's settings changed: the actions ask again.
    void stateChanged();

private:
    void report(const QString& title, const QString& sentence) const;
    void askResume();
    void askSaveModel();
    void askLoadModel();
    void askPerturbation();
    void askGenePerturbation();
    void askFineTune();
    void askSavePerturbation();
    // A row of the runs table for a job of the session's model (task, preset, epochs, its seconds).
    static RunRecord modelRun(const QString& task, const engine::Model& model, double seconds);
    // The sentence after "Trained … on CPU;" saying what to do with a model of this task.
    static QString nextStep(engine::Task task);
    // Runs the controller's tasks (ui/tasks) through jobs_, their errors reported over the main window.
    TaskLauncher launcher() const;
    bool startEvaluation(std::shared_ptr<EvaluateTask> task);
    // After the model or the dataset changed: how the model's genes meet the dataset's (fit_), the dock's model
    // line, then stateChanged().
    void refreshModelState();
    // Before a model is applied from the menu: when the dataset lacks some of the model's genes, says how
    // many of them it has and asks whether to go on. False when the user declines or nothing applies.
    bool confirmModelGenes();
    // How the session's model's genes meet the open dataset's: the match, or (none) the sentence saying why
    // it cannot be applied (too few of its genes found); no match and no problem without a model or data.
    struct GeneFit {
        std::optional<engine::GeneMatch> match;
        QString problem;
    };
    GeneFit geneFit() const;
    void showModelInfo(const GeneFit& fit);

    Session* session_;
    JobRunner* jobs_;
    Views views_;
    GeneFit fit_;              // of the session's model to its dataset, kept by refreshModelState()
    int trainingThreads_ = 0;  // from Settings, the Train dialog's last choice
    PerturbationPredictions* perturbations_ = new PerturbationPredictions(this);
    std::optional<scdiff::engine::RunConfig> lastConfig_;
    bool modelUnsaved_ = false;
    QString lastCheckpoint_;
    QString modelFile_;
    bool trainingJob_ = false;
};

}  // namespace scdiff::ui
