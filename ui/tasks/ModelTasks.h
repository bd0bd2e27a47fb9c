#pragma once
// The Model menu's jobs (ui/tasks/Task.h): training, the model's tasks on the session's dataset, evaluation
// and model files. Each takes its copy of what it reads when it is made (engineInputs: the one matrix the
// engine reads), and keeps its result for the caller's reaction after apply().
#include <QElapsedTimer>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/prior/type_table.hpp"
#include "session/Commands.h"
#include "tasks/PerturbationSummary.h"
#include "tasks/Task.h"

namespace scdiff::ui {

using ModelPtr = std::shared_ptr<const engine::Model>;

// Seconds since the task was made: the "time" column of the runs table.
class TimedTask {
public:
    TimedTask() { clock_.start(); }
    double seconds() const { return static_cast<double>(clock_.elapsed()) / 1000.0; }

private:
    QElapsedTimer clock_;
};

// Trains (or, with resumeFrom, continues a checkpoint) on the session's dataset, writing the checkpoint as it
// goes; apply() makes the model the session's.
class TrainTask final : public Task, public TimedTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::TrainTask)

public:
    // typeTable: the cell-type table of a text-conditioned run (none otherwise; a resumed run keeps its own).
    TrainTask(const Session& session, engine::RunConfig config, QString checkpoint, QString resumeFrom, int threads,
              std::optional<prior::TypeTable> typeTable = std::nullopt);
    void run(Progress& progress) override;
    void apply(Session& session) override;
    const ModelPtr& model() const { return model_; }

private:
    std::shared_ptr<AnnData> data_;
    engine::RunConfig config_;
    QString checkpoint_, resumeFrom_;
    int threads_;
    std::optional<prior::TypeTable> typeTable_;
    ModelPtr model_;
};

// Fine-tunes a copy of the session's model on chosen cells of the session's dataset (the few-shot step: a
// handful of cells of a rare type, labelled by hand), writing the checkpoint as it goes; apply() makes the
// tuned model the session's. The session's model stays as it was until then (cancel leaves it untouched).
class FineTuneTask final : public Task, public TimedTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::FineTuneTask)

public:
    FineTuneTask(const Session& session, ModelPtr model, std::vector<std::int64_t> cells,
                 engine::FineTuneOptions options, int threads);
    void run(Progress& progress) override;
    void apply(Session& session) override;
    const ModelPtr& model() const { return tuned_; }

private:
    ModelPtr model_, tuned_;
    std::shared_ptr<AnnData> data_;
    std::vector<std::int64_t> cells_;
    engine::FineTuneOptions options_;
    int threads_;
};

// The run settings stored in a checkpoint (to continue it with them).
class ReadCheckpointSettingsTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::ReadCheckpointSettingsTask)

public:
    explicit ReadCheckpointSettingsTask(QString checkpoint);
    void run(Progress& progress) override;
    const engine::RunConfig& config() const { return config_; }

private:
    QString checkpoint_;
    engine::RunConfig config_;
};

// Annotates the session's dataset; apply() pushes the annotation as one undoable command. metrics(): the
// agreement with the model's label column when the dataset has it, and the mean confidence.
class AnnotateTask final : public DatasetTask, public TimedTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::AnnotateTask)

public:
    AnnotateTask(const Session& session, ModelPtr model);
    void run(Progress& progress) override;
    void apply(Session& session) override;
    const std::map<std::string, double>& metrics() const { return metrics_; }

private:
    ModelPtr model_;
    std::shared_ptr<AnnData> data_;
    engine::AnnotationResult result_;
    std::map<std::string, double> metrics_;
};

// Imputes with the imputation task's default sampling; the dataset changes are made on the worker and
// pushed by apply() as one undoable command (layers['scdiff_imputed']).
class ImputeTask final : public DatasetTask, public TimedTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::ImputeTask)

public:
    ImputeTask(const Session& session, ModelPtr model);
    void run(Progress& progress) override;
    void apply(Session& session) override;
    std::int64_t cells() const { return cells_; }
    std::int64_t modelGenes() const { return modelGenes_; }

private:
    ModelPtr model_;
    std::shared_ptr<AnnData> data_;
    ImputationChanges changes_;
    std::int64_t cells_ = 0, modelGenes_ = 0;
};

// The predicted stimulated cells of one cell type (a perturbation model), their summary for the Perturbation
// tab and, with observed stimulated cells in the dataset, the score against them (recorded in the prediction's
// uns['scdiff']['perturbation']). Changes nothing in the session.
class PerturbTask final : public Task, public TimedTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::PerturbTask)

public:
    PerturbTask(const Session& session, ModelPtr model, std::string cellType);
    void run(Progress& progress) override;
    const PerturbationSummary& summary() const { return summary_; }
    const std::shared_ptr<AnnData>& prediction() const { return prediction_; }
    // The numbers recorded with the prediction (control cells, R² when scored).
    const std::map<std::string, double>& recorded() const { return recorded_; }

private:
    ModelPtr model_;
    std::shared_ptr<AnnData> data_;
    std::string cellType_;
    PerturbationSummary summary_;
    std::shared_ptr<AnnData> prediction_;
    std::map<std::string, double> recorded_;
};

// The predicted cells of one or two perturbed genes (a gene-perturbation model), from the dataset's control
// cells, scored against the cells the dataset measured under those genes when it has them.
class GenePerturbTask final : public Task, public TimedTask {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::GenePerturbTask)

public:
    GenePerturbTask(const Session& session, ModelPtr model, std::vector<std::string> genes);
    void run(Progress& progress) override;
    const PerturbationSummary& summary() const { return summary_; }
    const std::shared_ptr<AnnData>& prediction() const { return prediction_; }
    // The numbers recorded with the prediction (control cells, Pearson of the change when scored).
    const std::map<std::string, double>& recorded() const { return recorded_; }

private:
    ModelPtr model_;
    std::shared_ptr<AnnData> data_;
    std::vector<std::string> genes_;
    PerturbationSummary summary_;
    std::shared_ptr<AnnData> prediction_;
    std::map<std::string, double> recorded_;
};

// engine::evaluate on the session's dataset (held-out splits, baselines in the same run).
class EvaluateTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::EvaluateTask)

public:
    EvaluateTask(const Session& session, engine::EvaluationOptions options, QString title, QString failure);
    void run(Progress& progress) override;
    const engine::EvaluationReport& report() const { return report_; }
    const engine::RunConfig& config() const { return options_.config; }

private:
    std::shared_ptr<AnnData> data_;
    engine::EvaluationOptions options_;
    engine::EvaluationReport report_;
};

class SaveModelTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::SaveModelTask)

public:
    SaveModelTask(ModelPtr model, QString path);
    void run(Progress& progress) override;
    const ModelPtr& model() const { return model_; }

private:
    ModelPtr model_;
    QString path_;
};

// Reads a model file; apply() makes it the session's model.
class LoadModelTask final : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::LoadModelTask)

public:
    explicit LoadModelTask(QString path);
    void run(Progress& progress) override;
    void apply(Session& session) override;
    const ModelPtr& model() const { return model_; }

private:
    QString path_;
    ModelPtr model_;
};

}  // namespace scdiff::ui
