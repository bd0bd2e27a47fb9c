#include "app/ModelController.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <memory>

#include "tasks/CoreBridge.h"
#include "common/DisplayNames.h"
#include "common/ErrorReporter.h"
#include "common/Reaction.h"
#include "common/Settings.h"
#include "app/SessionReactions.h"
#include "jobs/JobRunner.h"
#include "tasks/DatasetTasks.h"
#include "tasks/ModelTasks.h"
#include "models/DataAccess.h"
#include "plots/EmbeddingView.h"
#include "results/AnnotationResultsPanel.h"
#include "results/GenePerturbationDialog.h"
#include "results/ImputationView.h"
#include "results/MetricsPanel.h"
#include "results/PerturbationView.h"
#include "scdiff/engine/device.hpp"
#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/expression.hpp"
#include "session/Commands.h"
#include "session/PerturbationPredictions.h"
#include "session/Session.h"
#include "train/CheckpointStore.h"
#include "train/LossCurveView.h"
#include "train/RememberedConfig.h"
#include "train/FineTuneDialog.h"
#include "train/TrainDialog.h"
#include "train/TrainingDock.h"

namespace scdiff::ui {

ModelController::ModelController(Session* session, JobRunner* jobs, Views views, QObject* parent)
    : QObject(parent), session_(session), jobs_(jobs), views_(views), trainingThreads_(Settings::trainingThreads()) {
    connect(views_.training, &TrainingDock::cancelRequested, jobs_, &JobRunner::cancel);
    connect(views_.training, &TrainingDock::resumeRequested, this, &ModelController::askResume);
    connect(views_.perturbation, &PerturbationView::saveRequested, this, &ModelController::askSavePerturbation);
    connect(session_, &Session::modelChanged, this, &ModelController::refreshModelState);
    views_.perturbation->setPredictions(perturbations_);
    connect(session_, &Session::datasetReplaced, this, [this] {
        perturbations_->clear();  // predicted from the previous dataset's cells
        refreshModelState();
    });
}

void ModelController::report(const QString& title, const QString& sentence) const {
    ErrorReporter::report(views_.window, title, sentence);
}

void ModelController::buildMenu(QMenu* model) {
    // Each action's condition, asked again whenever the model, its fit to the dataset or the last run's
    // settings change (stateChanged) and, where named, on the session's own signals.
    const auto applies = [this] { return fit_.match.has_value(); };
    // Annotation needs a model with a cell-type conditioner (an imputation model may have none).
    const auto annotates = [this, applies] { return applies() && !session_->model()->cellTypes().classes.empty(); };
    const auto hasTask = [this, applies](engine::Task task) {
        return [this, applies, task] { return applies() && session_->model()->config().task == task; };
    };
    const auto evaluates = [this] { return lastConfig_.has_value() && session_->hasData(); };
    const auto react = [this](QAction* action, Reaction::Condition condition) {
        return Reaction::attach(action, std::move(condition))->refreshOn(this, &ModelController::stateChanged);
    };

    QAction* train =
        model->addAction(tr("&Train…"), QKeySequence(tr("Ctrl+T")), this, &ModelController::showTrainDialog);
    train->setObjectName("actionTrain");
    enableWithData(train, session_);
    QAction* annotate = model->addAction(tr("&Annotate with model"), this, [this] {
        if (confirmModelGenes()) annotateWithModel();
    });
    annotate->setObjectName("actionAnnotate");
    react(annotate, annotates);
    QAction* fineTune = model->addAction(tr("&Fine-tune on selected cells…"), this, [this] {
        if (confirmModelGenes()) askFineTune();
    });
    fineTune->setObjectName("actionFineTune");
    fineTune->setToolTip(
        tr("Few-shot: label a handful of cells of a rare type (Edit > Relabel selection), select them and "
           "continue training the model on them"));
    react(fineTune, [this, annotates] {
        return annotates() && !session_->selection().empty();
    })->refreshOn(session_, &Session::selectionChanged);
    QAction* impute = model->addAction(tr("&Impute with model"), this, [this] {
        if (confirmModelGenes()) imputeWithModel();
    });
    impute->setObjectName("actionImpute");
    react(impute, applies);
    QAction* perturb = model->addAction(tr("&Predict perturbation…"), this, [this] {
        if (confirmModelGenes()) askPerturbation();
    });
    perturb->setObjectName("actionPerturb");
    react(perturb, hasTask(engine::Task::Perturbation));
    QAction* perturbGenes = model->addAction(tr("Predict &gene perturbation…"), this, [this] {
        if (confirmModelGenes()) askGenePerturbation();
    });
    perturbGenes->setObjectName("actionPerturbGenes");
    perturbGenes->setToolTip(
        tr("Cells perturbed in one or two genes (a model trained for the gene-perturbation task), predicted from the "
           "dataset's control cells; genes no training cell had are predicted through the gene graph"));
    react(perturbGenes, hasTask(engine::Task::GenePerturbation));
    QAction* evaluate = model->addAction(tr("&Evaluate the last training settings…"), this, [this] {
        if (!lastConfig_) return;
        if (const int runs = askEvaluationRuns(tr("Evaluate the last training settings")); runs > 0)
            evaluateModel(*lastConfig_, runs);
    });
    evaluate->setObjectName("actionEvaluate");
    evaluate->setToolTip(
        tr("Trains on held-out splits with the last run's settings and compares with baselines on "
           "the same splits (mean ± sd over the runs)"));
    react(evaluate, evaluates);
    QAction* evaluateImputation = model->addAction(tr("Evaluate &imputation (hide 10 % of entries)…"), this, [this] {
        if (const int runs = askEvaluationRuns(tr("Evaluate imputation")); runs > 0) this->evaluateImputation(runs);
    });
    evaluateImputation->setObjectName("actionEvaluateImputation");
    evaluateImputation->setToolTip(
        tr("Hides 10 % of the non-zero entries, trains an imputation model with the last "
           "run's settings on the rest and compares its imputed values with baselines"));
    react(evaluateImputation, evaluates);
    model->addSeparator();
    QAction* save = model->addAction(tr("&Save model…"), this, &ModelController::askSaveModel);
    save->setObjectName("actionSaveModel");
    react(save, [this] { return session_->model() != nullptr; });
    model->addAction(tr("&Load model…"), this, &ModelController::askLoadModel)->setObjectName("actionLoadModel");
}

void ModelController::refreshModelState() {
    fit_ = geneFit();
    if (const auto model = session_->model())
        views_.annotation->setPreferredReference(QString::fromStdString(model->config().keys.labelKey));
    showModelInfo(fit_);
    emit stateChanged();
}

ModelController::GeneFit ModelController::geneFit() const {
    GeneFit fit;
    const auto model = session_->model();
    if (!model || !session_->hasData()) return fit;
    try {
        fit.match = engine::matchSourceGenes(model->genes(), session_->data(), model->config().keys.expression);
    } catch (const std::exception& e) {
        fit.problem = QString::fromUtf8(e.what());
    }
    return fit;
}

void ModelController::showModelInfo(const GeneFit& fit) {
    const auto model = session_->model();
    if (!model) return views_.training->setModelInfo({}, false);
    const QString task = taskInSentence(model->config().task);
    const int genes = static_cast<int>(model->genes().size());
    // One whole sentence per case, so that each language words it its own way.
    if (!session_->hasData())
        return views_.training->setModelInfo(tr("Model: %1, %Ln gene(s).", nullptr, genes).arg(task), false);
    if (!fit.match)
        return views_.training->setModelInfo(
            tr("Model: %1, %Ln gene(s). It cannot be applied to this dataset: %2", nullptr, genes)
                .arg(task, fit.problem),
            true);
    const auto& match = *fit.match;
    if (match.missing == 0)
        return views_.training->setModelInfo(
            tr("Model: %1, %Ln gene(s), all found in this dataset.", nullptr, genes).arg(task), false);
    views_.training->setModelInfo(
        tr("Model: %1, %Ln gene(s); %2 found in this dataset, %3 missing (fed as zeros).", nullptr, genes)
            .arg(task, QLocale().toString(static_cast<qint64>(match.matched)),
                 QLocale().toString(static_cast<qint64>(match.missing))),
        true);
}

bool ModelController::confirmModelGenes() {
    const auto model = session_->model();
    if (!model || !session_->hasData()) return false;
    const GeneFit fit = geneFit();
    if (!fit.match) {
        report(tr("The model cannot be applied to this dataset"), fit.problem);
        return false;
    }
    const auto& match = *fit.match;
    if (match.missing == 0) return true;
    const int genes = static_cast<int>(model->genes().size());
    return QMessageBox::question(
               views_.window, tr("Genes missing"),
               tr("This dataset has %1 of the model's %Ln gene(s); the %2 missing are fed to the model as zeros, "
                  "which makes its results less reliable. Apply the model anyway?",
                  nullptr, genes)
                   .arg(QLocale().toString(static_cast<qint64>(match.matched)),
                        QLocale().toString(static_cast<qint64>(match.missing))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
}

RunRecord ModelController::modelRun(const QString& task, const engine::Model& model, double seconds) {
    RunRecord run;
    run.task = task;
    run.preset = QString::fromStdString(model.config().preset);
    run.epochs = model.epochsTrained();
    run.config = QString::fromStdString(engine::toJson(model.config()));
    run.genes = static_cast<qint64>(model.genes().size());
    run.seconds = seconds;
    return run;
}

TaskLauncher ModelController::launcher() const { return TaskLauncher(jobs_, session_, views_.window); }

void ModelController::showTrainDialog() {
    if (!session_->hasData()) return;
    auto* dialog = new TrainDialog(session_->data(), views_.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (lastConfig_)
        dialog->setConfig(*lastConfig_);
    else if (auto remembered = rememberedRunConfig(session_->data(), dialog->config()))
        dialog->setConfig(*remembered);  // the last session's settings
    dialog->setThreads(trainingThreads_);
    // The dialog reads the dataset; it closes when the dataset is replaced under it.
    connect(session_, &Session::datasetReplaced, dialog, &QDialog::reject);
    connect(dialog, &TrainDialog::normaliseRequested, this, &ModelController::normaliseRequested);
    connect(dialog, &TrainDialog::logTransformRequested, this, &ModelController::logTransformRequested);
    connect(session_, &Session::expressionChanged, dialog, &TrainDialog::expressionChanged);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        trainingThreads_ = dialog->threads();
        Settings::setTrainingThreads(trainingThreads_);  // the next session's dialog starts from it
        rememberRunConfig(dialog->config());             // ... and from these settings
        trainModel(dialog->config(), QString(), dialog->typeTable());
    });
    dialog->open();
}

bool ModelController::trainModel(const engine::RunConfig& config, const QString& resumeFrom,
                                 const std::optional<prior::TypeTable>& typeTable) {
    if (jobs_->busy() || !session_->hasData()) return false;
    const QString checkpoint = resumeFrom.isEmpty() ? checkpoints::newPath() : resumeFrom;
    auto task = std::make_shared<TrainTask>(*session_, config, checkpoint, resumeFrom, trainingThreads_, typeTable);
    auto ended = [this, checkpoint](const QString& message) {
        trainingJob_ = false;
        views_.training->finishRun(message, QFileInfo::exists(checkpoint));
    };
    const bool started = launcher().start(
        task, {.applied =
                   [this, task, checkpoint] {
                       trainingJob_ = false;
                       const engine::Model& m = *task->model();
                       modelUnsaved_ = true;  // only in memory until Model > Save model
                       modelFile_.clear();
                       checkpoints::removeOwned(checkpoint);  // the model is in the session now
                       RunRecord run =
                           modelRun(tr("training (%1)").arg(taskInSentence(m.config().task)), m, task->seconds());
                       if (!m.history().empty()) {
                           run.metrics["train_loss"] = m.history().back().trainLoss;
                           if (m.history().back().validationLoss >= 0)
                               run.metrics["val_loss"] = m.history().back().validationLoss;
                       }
                       run.metrics["parameters"] = static_cast<double>(m.parameterCount());
                       views_.metrics->addRun(run);
                       refreshModelState();
                       views_.training->finishRun(
                           tr("Trained %n epoch(s) of a model with %1 parameters on %2; %3", nullptr, m.epochsTrained())
                               .arg(QLocale().toString(static_cast<qint64>(m.parameterCount())),
                                    QString::fromStdString(m.deviceName()), nextStep(m.config().task)),
                           false);
                   },
               .failed = [ended](const QString& error) { ended(tr("Training failed: %1").arg(error)); },
               .cancelled = [ended] { ended(tr("Training cancelled.")); }});
    if (!started) return false;
    trainingJob_ = true;
    lastConfig_ = config;
    lastCheckpoint_ = checkpoint;
    // With a budget of optimiser steps the trainer reports the epochs it makes of them.
    views_.training->startRun(config.train.steps > 0
                                  ? tr("%1 · %2 preset · %3 optimiser steps")
                                        .arg(taskTitle(config.task), QString::fromStdString(config.preset),
                                             QLocale().toString(static_cast<qint64>(config.train.steps)))
                                  : tr("%1 · %2 preset · %n epoch(s)", nullptr, config.train.epochs)
                                        .arg(taskTitle(config.task), QString::fromStdString(config.preset)),
                              config.train.steps > 0 ? 0 : config.train.epochs);
    views_.trainingDock->show();
    views_.trainingDock->raise();
    return true;
}

QString ModelController::nextStep(engine::Task task) {
    switch (task) {
        case engine::Task::Annotation:
            return tr("use Model > Annotate with model.");
        case engine::Task::Imputation:
            return tr("use Model > Impute with model.");
        case engine::Task::Perturbation:
            return tr("use Model > Predict perturbation…");
        case engine::Task::GenePerturbation:
            return tr("use Model > Predict gene perturbation…");
    }
    return {};
}

bool ModelController::resumeTraining(const QString& checkpoint) {
    if (jobs_->busy() || !session_->hasData()) return false;
    if (lastConfig_ && checkpoint == lastCheckpoint_) return trainModel(*lastConfig_, checkpoint);
    // Another checkpoint: continue it with the settings stored in it.
    auto task = std::make_shared<ReadCheckpointSettingsTask>(checkpoint);
    return launcher().start(task, {.applied = [this, task, checkpoint] { trainModel(task->config(), checkpoint); }});
}

void ModelController::askResume() {
    if (jobs_->busy()) return;
    const QString start = QFileInfo::exists(lastCheckpoint_) ? lastCheckpoint_ : checkpoints::directory();
    const QString path = QFileDialog::getOpenFileName(views_.window, tr("Resume training from checkpoint"), start,
                                                      tr("scDiff models (*.pt);;All files (*)"));
    if (!path.isEmpty()) resumeTraining(path);
}

bool ModelController::annotateWithModel() {
    const auto model = session_->model();
    if (jobs_->busy() || !session_->hasData() || !model) return false;
    auto task = std::make_shared<AnnotateTask>(*session_, model);
    return launcher().start(task, {.applied = [this, task, model] {
                                views_.embedding->colourByColumn("scdiff_cell_type");
                                // Without an embedding to colour, the results table is what there is to look at.
                                if (embeddingKeys(session_->data()).empty()) emit showRequested(views_.annotation);
                                RunRecord run = modelRun(tr("annotation"), *model, task->seconds());
                                for (const auto& [k, v] : task->metrics()) run.metrics[QString::fromStdString(k)] = v;
                                views_.metrics->addRun(run);
                            }});
}

void ModelController::askFineTune() {
    const auto model = session_->model();
    if (!model || !session_->hasData() || jobs_->busy()) return;
    std::vector<std::pair<std::string, std::int64_t>> types;
    try {
        types = engine::fineTuneTypes(*model, session_->data(), session_->selection());
    } catch (const std::exception& e) {
        return report(tr("Cannot fine-tune the model"), QString::fromUtf8(e.what()));
    }
    auto* dialog = new FineTuneDialog(*model, types, views_.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(session_, &Session::datasetReplaced, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { fineTuneOnSelection(dialog->options(), dialog->annotateAfterwards()); });
    dialog->open();
}

bool ModelController::fineTuneOnSelection(const engine::FineTuneOptions& settings, bool annotateAfterwards) {
    const auto model = session_->model();
    if (jobs_->busy() || !session_->hasData() || !model) return false;
    const auto cells = session_->selection();
    try {
        engine::fineTuneTypes(*model, session_->data(), cells);
    } catch (const std::exception& e) {
        report(tr("Cannot fine-tune the model"), QString::fromUtf8(e.what()));
        return false;
    }
    engine::FineTuneOptions options = settings;
    const QString checkpoint = checkpoints::newPath();
    options.checkpoint = checkpoint.toStdString();
    auto task = std::make_shared<FineTuneTask>(*session_, model, cells, options, trainingThreads_);
    auto ended = [this](const QString& message) {
        trainingJob_ = false;
        views_.training->finishRun(message, false);
    };
    const bool started = launcher().start(
        task, {.applied =
                   [this, task, checkpoint, annotateAfterwards, count = cells.size()] {
                       trainingJob_ = false;
                       const engine::Model& m = *task->model();
                       modelUnsaved_ = true;
                       modelFile_.clear();
                       checkpoints::removeOwned(checkpoint);
                       RunRecord run = modelRun(tr("fine-tuning on %n cell(s)", nullptr, static_cast<int>(count)), m,
                                                task->seconds());
                       if (!m.history().empty()) run.metrics["train_loss"] = m.history().back().trainLoss;
                       views_.metrics->addRun(run);
                       refreshModelState();
                       views_.training->finishRun(tr("Fine-tuned on %n cell(s); the model has %1 epochs now.", nullptr,
                                                     static_cast<int>(count))
                                                      .arg(m.epochsTrained()),
                                                  false);
                       if (annotateAfterwards) annotateWithModel();
                   },
               .failed =
                   [ended, checkpoint](const QString& error) {
                       checkpoints::removeOwned(checkpoint);
                       ended(tr("Fine-tuning failed: %1").arg(error));
                   },
               .cancelled =
                   [ended, checkpoint] {
                       checkpoints::removeOwned(checkpoint);
                       ended(tr("Fine-tuning cancelled; the model is as it was."));
                   }});
    if (!started) return false;
    trainingJob_ = true;
    // The trainer counts on from the model's epochs (its progress says epoch 51 of 100 for 50 more).
    views_.training->startRun(tr("Fine-tuning · %n more epoch(s)", nullptr, options.epochs),
                              model->epochsTrained() + options.epochs);
    views_.trainingDock->show();
    views_.trainingDock->raise();
    return true;
}

bool ModelController::imputeWithModel() {
    const auto model = session_->model();
    if (jobs_->busy() || !session_->hasData() || !model) return false;
    auto task = std::make_shared<ImputeTask>(*session_, model);
    return launcher().start(task, {.applied = [this, task, model] {
                                views_.imputation->refresh();
                                emit showRequested(views_.imputation);
                                RunRecord run = modelRun(tr("imputation"), *model, task->seconds());
                                run.metrics["cells"] = static_cast<double>(task->cells());
                                run.metrics["model_genes"] = static_cast<double>(task->modelGenes());
                                views_.metrics->addRun(run);
                            }});
}

void ModelController::askPerturbation() {
    const auto model = session_->model();
    if (!model || !session_->hasData()) return;
    QStringList types;
    for (const auto& c : model->cellTypes().classes) types << QString::fromStdString(c);
    if (types.isEmpty()) return report(tr("Cannot predict a perturbation"), tr("The model has no cell types."));
    const QString held = QString::fromStdString(model->config().keys.heldOutType);
    bool ok = false;
    const QString type = QInputDialog::getItem(views_.window, tr("Predict perturbation"),
                                               tr("Cell type whose control cells are perturbed:"), types,
                                               std::max(0, static_cast<int>(types.indexOf(held))), false, &ok);
    if (ok && !type.isEmpty()) predictPerturbation(type);
}

bool ModelController::predictPerturbation(const QString& cellType) {
    const auto model = session_->model();
    if (jobs_->busy() || !session_->hasData() || !model) return false;
    const auto& keys = model->config().keys;
    if (model->config().task != engine::Task::Perturbation || keys.conditionKey.empty()) {
        report(tr("Cannot predict a perturbation"),
               tr("The model was trained for %1; train a model for the perturbation task (with a condition column).")
                   .arg(taskInSentence(model->config().task)));
        return false;
    }
    auto task = std::make_shared<PerturbTask>(*session_, model, cellType.toStdString());
    return launcher().start(
        task, {.applied = [this, task, model, cellType] {
            perturbations_->add({std::make_shared<const PerturbationSummary>(task->summary()), task->prediction()});
            emit showRequested(views_.perturbation);
            RunRecord run = modelRun(tr("perturbation (%1)").arg(cellType), *model, task->seconds());
            for (const auto& [k, v] : task->recorded()) run.metrics[QString::fromStdString(k)] = v;
            views_.metrics->addRun(run);
        }});
}

void ModelController::askGenePerturbation() {
    const auto model = session_->model();
    if (!model || !session_->hasData() || jobs_->busy()) return;
    std::vector<std::pair<std::string, std::int64_t>> measured;
    try {
        measured = engine::measuredPerturbations(session_->data(), model->config().keys);
    } catch (const std::exception&) {
        // The dataset has no readable perturbation column: predictions from its cells are still possible when it
        // has control cells, which the engine checks and reports.
    }
    auto* dialog = new GenePerturbationDialog(*model, std::move(measured), views_.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(session_, &Session::datasetReplaced, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { predictGenePerturbation(dialog->genes()); });
    dialog->open();
}

bool ModelController::predictGenePerturbation(const std::vector<std::string>& genes) {
    const auto model = session_->model();
    if (jobs_->busy() || !session_->hasData() || !model || genes.empty()) return false;
    if (model->config().task != engine::Task::GenePerturbation) {
        report(tr("Cannot predict a gene perturbation"),
               tr("The model was trained for %1; train a model for the gene-perturbation task.")
                   .arg(taskInSentence(model->config().task)));
        return false;
    }
    auto task = std::make_shared<GenePerturbTask>(*session_, model, genes);
    return launcher().start(
        task, {.applied = [this, task, model] {
            perturbations_->add({std::make_shared<const PerturbationSummary>(task->summary()), task->prediction()});
            emit showRequested(views_.perturbation);
            RunRecord run =
                modelRun(tr("gene perturbation (%1)").arg(QString::fromStdString(task->summary().perturbedGenes)),
                         *model, task->seconds());
            for (const auto& [k, v] : task->recorded()) run.metrics[QString::fromStdString(k)] = v;
            views_.metrics->addRun(run);
        }});
}

bool ModelController::savePerturbation(const QString& path) {
    const auto* shown = perturbations_->current();
    if (jobs_->busy() || !shown) return false;
    return launcher().start(std::make_shared<SaveDatasetTask>(shown->cells, path, session_->sourcePath(),
                                                              tr("Cannot save the predicted cells")));
}

void ModelController::askSavePerturbation() {
    if (!perturbations_->current()) return;
    const QString path =
        QFileDialog::getSaveFileName(views_.window, tr("Save predicted cells"),
                                     Settings::lastFolder() + "/perturbation_prediction.h5ad", tr("AnnData (*.h5ad)"));
    if (!path.isEmpty()) savePerturbation(path);
}

int ModelController::askEvaluationRuns(const QString& title) {
    bool ok = false;
    const QString what = lastConfig_ && lastConfig_->task == engine::Task::Perturbation
                             ? tr("Runs (each holds out another cell type's stimulated cells):")
                             : tr("Runs (each on another random split; the result is the mean ± sd):");
    const int runs = QInputDialog::getInt(views_.window, title, what, 3, 1, 20, 1, &ok);
    return ok ? runs : 0;
}

bool ModelController::evaluateModel(const engine::RunConfig& config, int repeats) {
    if (jobs_->busy() || !session_->hasData()) return false;
    engine::EvaluationOptions options;
    options.config = config;
    options.repeats = repeats;
    options.sampling = engine::defaultSampling(config.task);
    return startEvaluation(std::make_shared<EvaluateTask>(
        *session_, options, tr("Evaluating the %1 settings").arg(taskInSentence(config.task)), tr("Cannot evaluate")));
}

bool ModelController::evaluateImputation(int repeats) {
    if (jobs_->busy() || !session_->hasData() || !lastConfig_) return false;
    engine::EvaluationOptions options;
    options.config = *lastConfig_;
    options.config.task = engine::Task::Imputation;
    options.config.keys.conditionKey.clear();
    options.config.keys.heldOutType.clear();
    options.hideFraction = 0.1;
    options.repeats = repeats;
    options.sampling = engine::defaultSampling(engine::Task::Imputation);
    return startEvaluation(std::make_shared<EvaluateTask>(*session_, options,
                                                          tr("Evaluating imputation (10 % of the entries hidden)"),
                                                          tr("Cannot evaluate imputation")));
}

bool ModelController::startEvaluation(std::shared_ptr<EvaluateTask> task) {
    return launcher().start(task, {.applied = [this, task] {
                                const auto& config = task->config();
                                views_.metrics->addEvaluation(task->report(), QString::fromStdString(config.preset),
                                                              config.train.epochs);
                                emit evaluationFinished(task->report());
                            }});
}

bool ModelController::saveModel(const QString& path) {
    const auto model = session_->model();
    if (jobs_->busy() || !model) return false;
    return launcher().start(std::make_shared<SaveModelTask>(model, path), {.applied = [this, model, path] {
                                if (model != session_->model()) return;
                                modelUnsaved_ = false;
                                modelFile_ = QFileInfo(path).absoluteFilePath();
                            }});
}

bool ModelController::loadModel(const QString& path, bool recovered) {
    if (jobs_->busy()) return false;
    auto task = std::make_shared<LoadModelTask>(path);
    return launcher().start(
        task, {.applied = [this, task, path, recovered] {
            const engine::Model& m = *task->model();
            modelUnsaved_ = recovered;  // else it is in a file
            modelFile_ = recovered ? QString() : QFileInfo(path).absoluteFilePath();
            if (recovered) QFile::remove(path);
            views_.training->lossCurve()->setHistory(m.history(), m.config().train.epochs);
            views_.training->finishRun(
                tr("Loaded %1: %n epoch(s), %2 parameters.", nullptr, m.epochsTrained())
                    .arg(QFileInfo(path).fileName(), QLocale().toString(static_cast<qint64>(m.parameterCount()))),
                false);
        }});
}

void ModelController::askSaveModel() {
    const QString path = QFileDialog::getSaveFileName(views_.window, tr("Save model"),
                                                      Settings::lastFolder() + "/model.pt", tr("scDiff models (*.pt)"));
    if (!path.isEmpty()) saveModel(path);
}

void ModelController::askLoadModel() {
    const QString path = QFileDialog::getOpenFileName(views_.window, tr("Load model"), Settings::lastFolder(),
                                                      tr("scDiff models (*.pt);;All files (*)"));
    if (!path.isEmpty()) loadModel(path);
}

bool ModelController::modelUnsaved() const { return modelUnsaved_ && session_->model() != nullptr; }

QString ModelController::modelFile() const { return session_->model() ? modelFile_ : QString(); }

bool ModelController::maybeSaveModel() {
    if (!modelUnsaved()) return true;
    const auto answer = QMessageBox::question(
        views_.window, tr("Unsaved model"),
        tr("The model trained in this session is not saved and is lost when scDiff Studio quits. Save it first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) {
        askSaveModel();
        return false;  // the model is written in the background; close again when it is done
    }
    return answer == QMessageBox::Discard;
}

}  // namespace scdiff::ui
