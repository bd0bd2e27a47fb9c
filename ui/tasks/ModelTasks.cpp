#include "tasks/ModelTasks.h"

#include <QFileInfo>

#include "models/DataAccess.h"
#include "scdiff/engine/device.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/engine/train.hpp"
#include "session/Session.h"

namespace scdiff::ui {

namespace {
// Torch threads for the job about to run on this (worker) thread; 0 = all cores.
void useAllCores() { engine::setThreads(0); }

std::shared_ptr<AnnData> inputsFor(const Session& session, const engine::RunConfig& config) {
    return engineInputs(session.data(), config.keys.expression);
}

// What the view draws of a prediction's score: the control, observed and predicted cells and their means.
void takeScore(PerturbationSummary& s, engine::PerturbationScore score, const std::vector<float>& predicted) {
    s.controlValues = std::move(score.controlValues);
    s.controlMean = std::move(score.controlMean);
    s.predictedValues = predicted;
    s.predictedMean = std::move(score.predictedMean);
    s.observedCells = static_cast<std::int64_t>(score.observedCells.size());
    s.observedValues = std::move(score.observedValues);
    s.observedMean = std::move(score.observedMean);
    s.report = std::move(score.report);
    s.geneReport = std::move(score.geneReport);
}
}  // namespace

TrainTask::TrainTask(const Session& session, engine::RunConfig config, QString checkpoint, QString resumeFrom,
                     int threads, std::optional<prior::TypeTable> typeTable)
    : Task(resumeFrom.isEmpty() ? tr("Training the scDiff model") : tr("Resuming the training"),
           tr("Cannot train the model")),
      data_(inputsFor(session, config)),
      config_(std::move(config)),
      checkpoint_(std::move(checkpoint)),
      resumeFrom_(std::move(resumeFrom)),
      threads_(threads),
      typeTable_(std::move(typeTable)) {}

void TrainTask::run(Progress& progress) {
    engine::setThreads(threads_);
    engine::TrainOptions options;
    options.checkpoint = checkpoint_.toStdString();
    if (!resumeFrom_.isEmpty()) options.resumeFrom = resumeFrom_.toStdString();
    if (resumeFrom_.isEmpty()) options.typeTable = typeTable_;  // a resumed run keeps its checkpoint's
    model_ = std::make_shared<const engine::Model>(engine::train(*data_, config_, progress, options));
}

// A model trained on a dataset the session no longer holds is still a model: it becomes the session's (its
// genes are matched against whatever dataset is open when it is applied).
void TrainTask::apply(Session& session) { session.setModel(model_); }

FineTuneTask::FineTuneTask(const Session& session, ModelPtr model, std::vector<std::int64_t> cells,
                           engine::FineTuneOptions options, int threads)
    : Task(tr("Fine-tuning the scDiff model on %n cell(s)", nullptr, static_cast<int>(cells.size())),
           tr("Cannot fine-tune the model")),
      model_(std::move(model)),
      data_(inputsFor(session, model_->config())),
      cells_(std::move(cells)),
      options_(std::move(options)),
      threads_(threads) {}

void FineTuneTask::run(Progress& progress) {
    engine::setThreads(threads_);
    progress.stage("copying the model");
    // A model is one network: the session's stays as it is, so the tuned one starts from its file.
    model_->save(options_.checkpoint);
    auto copy = engine::Model::load(options_.checkpoint);
    tuned_ =
        std::make_shared<const engine::Model>(engine::fineTune(std::move(copy), *data_, cells_, options_, progress));
}

void FineTuneTask::apply(Session& session) { session.setModel(tuned_); }

ReadCheckpointSettingsTask::ReadCheckpointSettingsTask(QString checkpoint)
    : Task(tr("Reading %1").arg(QFileInfo(checkpoint).fileName()), tr("Cannot resume the training")),
      checkpoint_(std::move(checkpoint)) {}

void ReadCheckpointSettingsTask::run(Progress&) {
    config_ = engine::Model::load(checkpoint_.toStdString(), "cpu").config();
}

AnnotateTask::AnnotateTask(const Session& session, ModelPtr model)
    : DatasetTask(session, tr("Annotating with the scDiff model"), tr("Cannot annotate")),
      model_(std::move(model)),
      data_(inputsFor(session, model_->config())) {}

void AnnotateTask::run(Progress& progress) {
    useAllCores();
    result_ = engine::annotate(*model_, *data_, engine::AnnotationOptions{}, progress);
    metrics_ = engine::agreementWithLabels(*data_, *model_, result_);
    if (!result_.confidence.empty()) {
        double confidence = 0;
        for (double c : result_.confidence) confidence += c;
        metrics_["mean_confidence"] = confidence / static_cast<double>(result_.confidence.size());
    }
}

void AnnotateTask::apply(Session& session) {
    requireSameDataset(session);
    session.undoStack()->push(makeAnnotationCommand(&session, result_, *model_, metrics_));
}

ImputeTask::ImputeTask(const Session& session, ModelPtr model)
    : DatasetTask(session, tr("Imputing with the scDiff model"), tr("Cannot impute")),
      model_(std::move(model)),
      data_(inputsFor(session, model_->config())) {}

void ImputeTask::run(Progress& progress) {
    useAllCores();
    const auto result = engine::impute(*model_, *data_, engine::defaultSampling(engine::Task::Imputation), progress);
    modelGenes_ = result.genes;
    changes_ = imputationChanges(*data_, result, *model_);  // here, not on the main thread
    cells_ = changes_.cells;
}

void ImputeTask::apply(Session& session) {
    requireSameDataset(session);
    session.undoStack()->push(makeImputationCommand(&session, std::move(changes_)));
}

PerturbTask::PerturbTask(const Session& session, ModelPtr model, std::string cellType)
    : Task(tr("Predicting the %1 perturbation of %2")
               .arg(QString::fromStdString(model->config().keys.stimulated), QString::fromStdString(cellType)),
           tr("Cannot predict the perturbation")),
      model_(std::move(model)),
      data_(inputsFor(session, model_->config())),
      cellType_(std::move(cellType)) {}

void PerturbTask::run(Progress& progress) {
    useAllCores();
    engine::PerturbationOptions options;
    options.sampling = engine::defaultSampling(engine::Task::Perturbation);
    const auto result = engine::perturb(*model_, *data_, cellType_, options, progress);
    prediction_ = std::make_shared<AnnData>(engine::perturbationPrediction(*data_, result, *model_));
    const auto& k = model_->config().keys;
    PerturbationSummary& s = summary_;
    s.cellType = cellType_;
    s.control = k.control;
    s.stimulated = k.stimulated;
    s.genes = result.geneNames;
    s.controlCells = static_cast<std::int64_t>(result.controlCells.size());
    s.ownToken = result.withCellTypeToken;
    s.responseSources = engine::responseSources(result);
    s.autoTypes = result.structure.types;
    s.autoNearestR2 = result.structure.nearestR2;
    s.autoOthersR2 = result.structure.othersR2;
    // The observed stimulated cells of this type, when the dataset has them, and the score against them.
    takeScore(s, engine::scorePerturbation(*data_, *model_, result), result.predicted);
    recorded_ = {{"control_cells", static_cast<double>(s.controlCells)}};
    if (const auto& r = s.report) {
        recorded_["r2_top_de"] = r->r2TopDE;
        recorded_["r2_all"] = r->r2All;
    }
    // The predicted cells carry the model's configuration and these numbers (uns['scdiff']['perturbation']).
    engine::recordRun(*prediction_, *model_, engine::Task::Perturbation, recorded_);
}

GenePerturbTask::GenePerturbTask(const Session& session, ModelPtr model, std::vector<std::string> genes)
    : Task(tr("Predicting the perturbation of %1")
               .arg(QString::fromStdString(prior::PerturbationLabel{genes}.canonical())),
           tr("Cannot predict the gene perturbation")),
      model_(std::move(model)),
      data_(inputsFor(session, model_->config())),
      genes_(std::move(genes)) {}

void GenePerturbTask::run(Progress& progress) {
    useAllCores();
    const auto result = engine::perturbGenes(*model_, *data_, genes_, {}, progress);
    prediction_ = std::make_shared<AnnData>(engine::genePerturbationPrediction(*data_, result, *model_));
    PerturbationSummary& s = summary_;
    s.perturbedGenes = result.label;
    s.seenInTraining = result.seenInTraining;
    s.sumOfSingles = result.sumOfSingles;
    s.graphSource = model_->geneGraph().source;
    s.graphGenes = static_cast<std::int64_t>(model_->geneGraph().genes.size());
    s.control = model_->config().keys.control;
    s.stimulated = result.label;
    s.genes = result.geneNames;
    s.controlCells = static_cast<std::int64_t>(result.controlCells.size());
    takeScore(s, engine::scorePerturbation(*data_, *model_, result), result.predicted);
    recorded_ = {{"control_cells", static_cast<double>(s.controlCells)},
                 {"seen_in_training", s.seenInTraining ? 1.0 : 0.0}};
    if (const auto& r = s.geneReport) {
        recorded_["pearson_delta_top20"] = r->pearsonDeltaTop;
        recorded_["pearson_delta_all"] = r->pearsonDeltaAll;
        recorded_["mse_top20"] = r->mseTop;
    }
    engine::recordRun(*prediction_, *model_, engine::Task::GenePerturbation, recorded_);
}

EvaluateTask::EvaluateTask(const Session& session, engine::EvaluationOptions options, QString title, QString failure)
    : Task(std::move(title), std::move(failure)),
      data_(inputsFor(session, options.config)),
      options_(std::move(options)) {}

void EvaluateTask::run(Progress& progress) {
    useAllCores();
    report_ = engine::evaluate(*data_, options_, progress);
}

SaveModelTask::SaveModelTask(ModelPtr model, QString path)
    : Task(tr("Writing %1").arg(QFileInfo(path).fileName()), tr("Cannot save the model")),
      model_(std::move(model)),
      path_(std::move(path)) {}

void SaveModelTask::run(Progress&) { model_->save(path_.toStdString()); }

LoadModelTask::LoadModelTask(QString path)
    : Task(tr("Reading %1").arg(QFileInfo(path).fileName()), tr("Cannot load the model")), path_(std::move(path)) {}

void LoadModelTask::run(Progress&) {
    model_ = std::make_shared<const engine::Model>(engine::Model::load(path_.toStdString()));
}

void LoadModelTask::apply(Session& session) { session.setModel(model_); }

}  // namespace scdiff::ui
