#pragma once
// The settings of one scDiff training run over the session's dataset: task, preset, the obs columns
// that condition the model (cell type, batch, condition with its control/stimulated values, a held-out
// type), the network and optimiser numbers, the device, checkpoints, validation and early stopping.
// Two pages: the data and its conditioners, the network and the optimisation. The engine's problems with
// the configuration (engine::taskProblems, the same checks `scdiff train` makes) are shown in red under
// their field (the page gets a warning icon, the first problem is repeated under the pages) and keep OK
// disabled; classes with fewer than engine::kFewCells cells get an amber warning that does not.
// config()/setConfig() convert from and to engine::RunConfig; Save/Load write and read it as the engine's JSON.
#include <QDialog>
#include <optional>
#include <QStringList>

#include "scdiff/anndata.hpp"
#include "scdiff/prior/type_source.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/preprocess.hpp"
#include "train/DatasetFacts.h"
#include "train/RunConfigForm.h"

class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QCheckBox;
class QTabWidget;

namespace scdiff::ui {
class TypeConditionerBox;
class GeneGraphBox;
class HeldOutPerturbationsBox;
}

namespace scdiff::ui {

class StepTimeEstimator;

class TrainDialog : public QDialog {
    Q_OBJECT
public:
    // data must outlive the dialog.
    explicit TrainDialog(const AnnData& data, QWidget* parent = nullptr);

    engine::RunConfig config() const;
    void setConfig(const engine::RunConfig& config);
    // The current problems, one sentence each (empty: OK is enabled).
    QStringList problems() const { return problems_; }
    // Torch threads for the run (0 = all cores); the window applies it with engine::setThreads.
    int threads() const;
    // The cell-type conditioner and, for a text embedding, where its table comes from.
    TypeConditionerBox* typeConditioner() const { return types_; }
    GeneGraphBox* geneGraph() const { return geneGraph_; }
    // Gene perturbation: the perturbations whose cells training leaves out, and the problem with them.
    HeldOutPerturbationsBox* heldOutPerturbations() const { return heldOutPerturbations_; }
    QLabel* heldOutPerturbationsError() const { return heldOutPerturbationsError_; }
    // The table read for the coverage report (none with the class conditioner).
    std::optional<prior::TypeTable> typeTable() const;
    void setThreads(int threads);  // 0 = all cores

    // JSON via engine::toJson / runConfigFromJson; false (with the reason reported) on failure.
    bool saveConfig(const QString& path);
    bool loadConfig(const QString& path);

    // The widgets, for tests (they are driven like a user would).
    QComboBox* taskBox() const { return task_; }
    QComboBox* presetBox() const { return preset_; }
    QComboBox* labelBox() const { return labelKey_; }
    QComboBox* batchBox() const { return batchKey_; }
    QComboBox* batchInBox() const { return batchIn_; }  // where the batch enters (model.batch_in)
    QComboBox* conditionBox() const { return conditionKey_; }
    QComboBox* controlBox() const { return control_; }
    QComboBox* stimulatedBox() const { return stimulated_; }
    QComboBox* heldOutBox() const { return heldOut_; }
    QSpinBox* epochsBox() const { return epochs_; }
    // A budget of optimiser steps (0: the epochs), and the note saying what it means for this dataset and
    // how long it takes on this machine (measured on a worker thread).
    QSpinBox* stepsBox() const { return steps_; }
    QLabel* budgetNote() const { return budgetNote_; }
    QLineEdit* baseLrEdit() const { return baseLr_; }
    QLabel* effectiveLrLabel() const { return effectiveLr_; }
    QSpinBox* batchSizeBox() const { return batchSize_; }
    QSpinBox* hiddenBox() const { return hidden_; }
    QSpinBox* depthBox() const { return depth_; }
    QSpinBox* seedBox() const { return seed_; }
    QComboBox* deviceBox() const { return device_; }
    QSpinBox* checkpointEveryBox() const { return checkpointEvery_; }
    QDoubleSpinBox* validationBox() const { return validation_; }
    QSpinBox* patienceBox() const { return patience_; }
    QLabel* labelError() const { return labelError_; }
    QLabel* labelWarning() const { return labelWarning_; }
    QLabel* conditionError() const { return conditionError_; }
    QLabel* heldOutError() const { return heldOutError_; }
    QPushButton* okButton() const { return ok_; }
    QCheckBox* contextMaskingBox() const { return contextMasking_; }
    QSpinBox* threadsBox() const { return threads_; }
    // What the chosen expression holds: a note when it holds raw counts (the engine normalises them), an
    // error (blocking OK) when it is neither counts nor log-normalised.
    QLabel* xKindNote() const { return xNote_; }
    // Where expression is read (expression::sources: X, raw, layers/NAME), each shown with its kind.
    QComboBox* expressionBox() const { return expression_; }
    // Shown while the chosen source is X holding raw counts: asks the window to normalise X (undoable).
    QPushButton* normaliseButton() const { return normalise_; }
    QPushButton* logTransformButton() const { return logTransform_; }
    // The most variable genes the model learns (0 = all), and the sentence saying how many of how many.
    QSpinBox* genesBox() const { return genes_; }
    QLabel* genesNote() const { return genesNote_; }
    QTabWidget* pages() const { return pages_; }
    QLabel* problemSummary() const { return problemSummary_; }

public slots:
    // X was replaced (normalised, or the normalisation undone): re-read what each source holds.
    void expressionChanged();

signals:
    void normaliseRequested();
    void logTransformRequested();

private:
    void applyPreset();
    // exact: select the given value even when the column lacks it (validate() then reports it);
    // otherwise fall back to a sensible value of the column.
    void refillConditionValues(const QString& control, const QString& stimulated, bool exact);
    void refillHeldOut(const QString& heldOut, bool exact);
    void validate();
    void updateEffectiveLr();
    void updateExpressionNote();                                         // the note / problem of the chosen source
    void updateGenesNote();
    void updateBudgetNote();
    void fillExpressionSources();

    const AnnData& data_;
    DatasetFacts facts_;      // label counts and expression kinds, read once
    engine::RunConfig base_;  // fields without a widget (heads, dropout, ...) come from here
    RunConfigForm form_;      // the numeric and check-box fields, bound by name
    QStringList problems_;
    QComboBox *task_, *preset_, *labelKey_, *batchKey_, *conditionKey_, *control_, *stimulated_, *heldOut_, *device_;
    QComboBox* batchIn_;  // where the batch enters the network (model.batch_in)
    QSpinBox *epochs_, *batchSize_, *hidden_, *depth_, *seed_, *checkpointEvery_, *patience_, *threads_;
    QCheckBox* contextMasking_;
    QLabel* xNote_;
    QString xProblem_;  // the chosen expression is neither counts nor log-normalised
    QDoubleSpinBox* validation_;
    QDoubleSpinBox* classLoss_;
    QLineEdit* baseLr_;
    TypeConditionerBox* types_;
    GeneGraphBox* geneGraph_;
    HeldOutPerturbationsBox* heldOutPerturbations_;
    QLabel* heldOutPerturbationsError_;
    QCheckBox* genesPerBatch_;
    QSpinBox* graphLayers_;
    QLabel *effectiveLr_, *labelError_, *labelWarning_, *batchError_, *conditionError_, *heldOutError_, *lrError_,
        *deviceError_;
    QPushButton* ok_;
    int devicesListed_ = 0;  // device_ items before any "not available here" entry
    bool filling_ = false;   // setConfig() is filling the widgets: no preset, no validation yet
    QComboBox* expression_;
    QTabWidget* pages_;       // "Data and conditioners", "Network and training"
    QLabel* problemSummary_;  // the first problem, under the pages
    QPushButton* normalise_;
    QPushButton* logTransform_;
    QSpinBox* genes_;
    QLabel* genesNote_;
    QSpinBox* steps_;
    QLabel* budgetNote_;
    StepTimeEstimator* estimator_;
};

}  // namespace scdiff::ui
