#include "train/TrainDialog.h"

#include "train/GeneGraphBox.h"
#include "train/HeldOutPerturbationsBox.h"
#include "train/TypeConditionerBox.h"

#include "train/StepTimeEstimator.h"
#include "train/DatasetFacts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <climits>
#include <set>
#include <thread>

#include "common/DisplayNames.h"
#include "common/ErrorReporter.h"
#include "common/Settings.h"
#include "io/WholeFile.h"
#include "models/DataAccess.h"
#include "scdiff/engine/budget.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/engine/problems.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/error.hpp"
#include "scdiff/expression.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::ui {
namespace {

QLabel* errorLabel(const char* name) {
    auto* l = new QLabel;
    l->setObjectName(QString::fromLatin1(name));
    l->setStyleSheet(QStringLiteral("color: #c0392b;"));
    l->setProperty("problem", true);  // a shown, non-empty one blocks Train (validate() marks its page)
    l->setWordWrap(true);
    l->hide();
    return l;
}

// A field with the lines under it (its normally hidden red problem line, a note, a warning).
QWidget* stacked(std::initializer_list<QWidget*> widgets) {
    auto* w = new QWidget;
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    for (QWidget* widget : widgets) v->addWidget(widget);
    return w;
}

void setError(QLabel* label, const QString& sentence, QStringList& problems) {
    label->setText(sentence);
    label->setVisible(!sentence.isEmpty());
    if (!sentence.isEmpty()) problems << sentence;
}

QString currentKey(const QComboBox* box) { return box->currentData().toString(); }

// Selects the item whose data is value; a value the data does not have is added (so a loaded
// configuration shows what it asks for) and then reported by validate().
void selectData(QComboBox* box, const QString& value, const QString& missingText = QString()) {
    int i = box->findData(value);
    if (i < 0) {
        box->addItem(missingText.isEmpty() ? QObject::tr("%1 (not in this dataset)").arg(value) : missingText, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

// One engine problem as the sentence under its field, in the user's language.
QString describeProblem(const engine::Problem& p, const engine::RunConfig& config) {
    const engine::Task task = config.task;
    const QString column = QString::fromStdString(p.column), value = QString::fromStdString(p.value);
    using K = engine::ProblemKind;
    switch (p.kind) {
        case K::NoCells:
            return TrainDialog::tr("The dataset has no cells.");
        case K::NoLabelColumn:
            return TrainDialog::tr("The %1 task needs a cell type column.").arg(taskInSentence(task));
        case K::NoSuchColumn:
            return TrainDialog::tr("There is no obs column “%1” with labels in this dataset.").arg(column);
        case K::TooManyClasses:
            return (p.field == "keys.batch_key"
                        ? TrainDialog::tr(
                              "Column “%1” has %2 distinct values, more than the %3 a batch column can have; is it a "
                              "cell ID or a number?")
                        : TrainDialog::tr("Column “%1” has %2 distinct values, more than the %3 a cell type column can "
                                          "have; is it a "
                                          "cell ID or a number?"))
                .arg(column, QLocale().toString(static_cast<qint64>(p.count)),
                     QLocale().toString(static_cast<qint64>(p.limit)));
        case K::TooFewClasses:
            return TrainDialog::tr("Column “%1” has %n class(es); annotation needs at least two cell types.", nullptr,
                                   static_cast<int>(p.count))
                .arg(column);
        case K::FewCells: {
            QStringList rare;
            for (const auto& [name, cells] : p.classes)
                rare << TrainDialog::tr("%1 (%n cell(s))", nullptr, static_cast<int>(cells))
                            .arg(QString::fromStdString(name));
            const int shown = 5;
            const QString list = rare.mid(0, shown).join(", ") + (rare.size() > shown ? ", …" : "");
            return TrainDialog::tr(
                       "%n class(es) with fewer than %1 cells: %2. The model sees few examples of them, so their "
                       "predictions are unreliable; consider merging them.",
                       nullptr, static_cast<int>(rare.size()))
                .arg(p.limit)
                .arg(list);
        }
        case K::NoConditionColumn:
            return task == engine::Task::GenePerturbation
                       ? TrainDialog::tr(
                             "Gene perturbation needs a column of perturbed genes per cell (KLF1, "
                             "KLF1+MAP2K6, ctrl).")
                       : TrainDialog::tr("Perturbation needs a condition column (control / stimulated).");
        case K::ValueMissing:
            if (task == engine::Task::GenePerturbation)  // a malformed label or no control / perturbed cells
                return QString::fromStdString(p.message);
            return (p.field == "keys.control"
                        ? TrainDialog::tr("The control value “%1” does not occur in column “%2”.")
                        : TrainDialog::tr("The stimulated value “%1” does not occur in column “%2”."))
                .arg(value, column);
        case K::SameValues:
            return TrainDialog::tr("Control and stimulated must be different values.");
        case K::HeldOutMissing:
            return TrainDialog::tr("The held-out cell type “%1” does not occur in column “%2”.").arg(value, column);
        case K::HeldOutWithoutControls:
            return TrainDialog::tr("The held-out cell type “%1” has no “%2” cells to predict from.")
                .arg(value, QString::fromStdString(config.keys.control));
    }
    return QString::fromStdString(p.message);
}

// "40 s", "4 min", "2.5 h": an estimate, so no more digits than it has.
QString durationText(double seconds) {
    if (seconds < 90) return TrainDialog::tr("%1 s").arg(std::max(1, static_cast<int>(std::lround(seconds))));
    if (seconds < 90 * 60) return TrainDialog::tr("%1 min").arg(std::lround(seconds / 60));
    return TrainDialog::tr("%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
}

}  // namespace

TrainDialog::TrainDialog(const AnnData& data, QWidget* parent) : QDialog(parent), data_(data), facts_(data) {
    setWindowTitle(tr("Train scDiff model"));
    task_ = new QComboBox;
    task_->setObjectName("task");
    for (auto task : {engine::Task::Annotation, engine::Task::Imputation, engine::Task::Perturbation,
                      engine::Task::GenePerturbation})
        task_->addItem(taskTitle(task), QString::fromLatin1(engine::taskName(task)));
    preset_ = new QComboBox;
    preset_->setObjectName("preset");
    for (const auto& name : engine::presetNames())
        preset_->addItem(QString::fromStdString(name), QString::fromStdString(name));

    labelKey_ = new QComboBox;
    labelKey_->setObjectName("labelKey");
    batchKey_ = new QComboBox;
    batchKey_->setObjectName("batchKey");
    conditionKey_ = new QComboBox;
    conditionKey_->setObjectName("conditionKey");
    for (QComboBox* box : {labelKey_, batchKey_, conditionKey_}) box->addItem(tr("(none)"), QString());
    for (const auto& c : data_.obs.columns)
        if (isLabelColumn(c.data))
            for (QComboBox* box : {labelKey_, batchKey_, conditionKey_})
                box->addItem(QString::fromStdString(c.name), QString::fromStdString(c.name));
    control_ = new QComboBox;
    control_->setObjectName("control");
    stimulated_ = new QComboBox;
    stimulated_->setObjectName("stimulated");
    heldOut_ = new QComboBox;
    heldOut_->setObjectName("heldOut");

    auto spin = [](const char* name, int lo, int hi) {
        auto* s = new QSpinBox;
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(lo, hi);
        return s;
    };
    epochs_ = spin("epochs", 1, 1000000);
    steps_ = spin("steps", 0, 1000000000);
    steps_->setSingleStep(500);
    steps_->setSpecialValueText(tr("none: the epochs"));
    steps_->setToolTip(
        tr("A budget of optimiser steps: the epochs follow from the number of training cells, so a small "
           "dataset gets as many updates as a large one"));
    budgetNote_ = new QLabel;
    budgetNote_->setObjectName("budgetNote");
    budgetNote_->setWordWrap(true);
    budgetNote_->setStyleSheet(QStringLiteral("color: #555;"));
    estimator_ = new StepTimeEstimator(this);
    connect(estimator_, &StepTimeEstimator::measured, this, [this] { updateBudgetNote(); });
    batchSize_ = spin("batchSize", 1, 1 << 20);
    hidden_ = spin("hidden", 1, 8192);
    depth_ = spin("depth", 1, 128);
    seed_ = spin("seed", 0, INT_MAX);
    checkpointEvery_ = spin("checkpointEvery", 0, 1000000);
    checkpointEvery_->setSpecialValueText(tr("only at the end"));
    patience_ = spin("patience", 0, 1000000);
    patience_->setSpecialValueText(tr("off"));
    auto decimal = [](const char* name, double hi, double step, int decimals) {
        auto* s = new QDoubleSpinBox;
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(0, hi);
        s->setSingleStep(step);
        s->setDecimals(decimals);
        return s;
    };
    validation_ = decimal("validationFraction", 0.49, 0.05, 2);
    validation_->setSpecialValueText(tr("none"));
    classLoss_ = decimal("classLoss", 100, 0.01, 3);
    classLoss_->setSpecialValueText(tr("off"));
    classLoss_->setToolTip(
        tr("Annotation: the weight of the diffusion classifier's cross-entropy over the cell types, added to the "
           "denoising loss, so training also separates the errors annotation compares. Chosen from the data: "
           "%1 below %2 cells, where it made the classifier more accurate on small sets, else off "
           "(docs/engine.md, \"Training the classifier's decision\")")
            .arg(engine::kAutoClassLoss)
            .arg(engine::kAutoValidationCells));
    baseLr_ = new QLineEdit;
    baseLr_->setObjectName("baseLr");
    effectiveLr_ = new QLabel;
    effectiveLr_->setObjectName("effectiveLr");
    device_ = new QComboBox;
    device_->setObjectName("device");
    device_->addItem(tr("Automatic (a GPU when there is one)"), QStringLiteral("auto"));
    for (const auto& d : engine::availableDevices())
        device_->addItem(QString::fromStdString(d.name), QString::fromStdString(d.id));
    devicesListed_ = device_->count();
    batchIn_ = new QComboBox;
    batchIn_->setObjectName("batchIn");
    batchIn_->addItem(tr("Chosen from the data"), QStringLiteral("auto"));
    batchIn_->addItem(tr("Decoder only (the paper)"), QStringLiteral("decoder"));
    batchIn_->addItem(tr("A token in every block"), QStringLiteral("token"));
    batchIn_->addItem(tr("Added to the input"), QStringLiteral("input"));
    batchIn_->setToolTip(
        tr("Where the batch enters the network. Chosen from the data: a token in every block when "
           "the batch explains at least 55 % of the expression variance within cell types on "
           "the training cells, else the decoder only (docs/engine.md, \"Strong batch effects\")"));
    types_ = new TypeConditionerBox;
    geneGraph_ = new GeneGraphBox;
    heldOutPerturbations_ = new HeldOutPerturbationsBox;
    contextMasking_ = new QCheckBox(tr("Mask a random part of each cell's expression context"));
    contextMasking_->setObjectName("contextMasking");
    contextMasking_->setToolTip(tr("Per cell a masking ratio r ~ U(0,1) (r = 1 with probability %1) hides part of the "
                                   "expression the context conditioner sees")
                                    .arg(engine::TrainConfig{}.fullMaskProbability));
    threads_ = spin("threads", 0, std::max(1, static_cast<int>(std::thread::hardware_concurrency())) * 4);
    threads_->setSpecialValueText(tr("all cores (%1)").arg(std::max(1u, std::thread::hardware_concurrency())));
    threads_->setValue(0);
    xNote_ = new QLabel;
    xNote_->setObjectName("xKindNote");
    xNote_->setWordWrap(true);
    xNote_->hide();
    // Where expression is read: X, raw/X or a layer, each with what it holds.
    expression_ = new QComboBox;
    expression_->setObjectName("expression");
    fillExpressionSources();
    normalise_ = new QPushButton(tr("Normalise X in the dataset"));
    normalise_->setObjectName("normaliseX");
    normalise_->setToolTip(
        tr("Analysis > Normalise and log-transform X: every cell scaled to 10,000 counts, then log1p; "
           "the counts are kept in layers['counts']. Undoable. The plots then show the same "
           "values the model learns."));
    normalise_->hide();
    connect(normalise_, &QPushButton::clicked, this, &TrainDialog::normaliseRequested);
    logTransform_ = new QPushButton(tr("Log-transform X in the dataset…"));
    logTransform_->setObjectName("logTransformX");
    logTransform_->setToolTip(
        tr("Analysis > Log-transform X: log1p of the abundances, optionally after rescaling every "
           "cell to 10,000; the values are kept in layers['abundance']. Undoable."));
    logTransform_->hide();
    connect(logTransform_, &QPushButton::clicked, this, &TrainDialog::logTransformRequested);
    genes_ = spin("genes", 0, 1000000);
    form_.bind(epochs_, "train.epochs");
    form_.bind(steps_, "train.steps");
    form_.bind(batchSize_, "train.batch_size");
    form_.bind(hidden_, "model.hidden");
    form_.bind(depth_, "model.depth");
    form_.bind(seed_, "train.seed");
    form_.bind(checkpointEvery_, "train.checkpoint_every");
    form_.bind(validation_, "train.validation_fraction");
    form_.bind(classLoss_, "train.class_loss");
    form_.bind(patience_, "train.early_stopping_patience");
    form_.bind(contextMasking_, "train.context_masking");
    form_.bind(batchIn_, "model.batch_in");
    form_.bind(types_->conditionerBox(), "model.type_conditioner");
    graphLayers_ = spin("graphLayers", 1, 16);
    graphLayers_->setToolTip(
        tr("Gene perturbation: simple graph convolutions over the gene graph (1 was better and "
           "steadier than 2 on the tuning set; docs/prior_knowledge.md)"));
    form_.bind(graphLayers_, "model.graph_layers");
    form_.bind(genes_, "genes.highly_variable");
    genesPerBatch_ = new QCheckBox(tr("Variable in most batches (scanpy's batch_key)"));
    genesPerBatch_->setObjectName("genesPerBatch");
    genesPerBatch_->setToolTip(
        tr("With a batch column: rank genes by how many batches find them highly variable, "
           "so that genes that only tell the batches apart are not chosen"));
    form_.bind(genesPerBatch_, "genes.per_batch");
    genes_->setSpecialValueText(tr("all genes"));
    genes_->setSingleStep(500);
    genes_->setToolTip(
        tr("Train on the most highly variable genes (scanpy's seurat flavour on the log-normalised "
           "values); 0 = every gene of the expression source"));
    genesNote_ = new QLabel;
    genesNote_->setObjectName("genesNote");
    genesNote_->setWordWrap(true);
    genesNote_->setStyleSheet(QStringLiteral("color: #555;"));

    labelError_ = errorLabel("labelError");
    labelWarning_ = errorLabel("labelWarning");
    labelWarning_->setStyleSheet(QStringLiteral("color: #b9770e;"));
    labelWarning_->setProperty("problem", false);  // a warning: Train stays on
    batchError_ = errorLabel("batchError");
    conditionError_ = errorLabel("conditionError");
    heldOutError_ = errorLabel("heldOutError");
    heldOutPerturbationsError_ = errorLabel("heldOutPerturbationsError");
    lrError_ = errorLabel("lrError");
    deviceError_ = errorLabel("deviceError");

    // Task and preset on top; the data and its conditioners on one page, the network and the
    // optimisation on the other; under the pages the problems that keep Train disabled.
    auto* top = new QFormLayout;
    top->addRow(tr("Task:"), task_);
    top->addRow(tr("Preset:"), preset_);

    auto* dataPage = new QFormLayout;
    dataPage->addRow(tr("Expression:"), expression_);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(xNote_, 1);
    noteRow->addWidget(normalise_, 0, Qt::AlignTop);
    noteRow->addWidget(logTransform_, 0, Qt::AlignTop);
    dataPage->addRow(noteRow);
    dataPage->addRow(tr("Highly variable genes:"), stacked({genes_, genesPerBatch_, genesNote_}));
    dataPage->addRow(tr("Cell type column:"), stacked({labelKey_, labelError_, labelWarning_}));
    dataPage->addRow(tr("Cell type enters as:"), types_);
    dataPage->addRow(tr("Batch column:"), stacked({batchKey_, batchError_}));
    dataPage->addRow(tr("Batch enters:"), batchIn_);
    dataPage->addRow(tr("Condition column:"), conditionKey_);
    dataPage->addRow(tr("Control value:"), control_);
    dataPage->addRow(tr("Stimulated value:"), stacked({stimulated_, conditionError_}));
    dataPage->addRow(tr("Held-out cell type:"), stacked({heldOut_, heldOutError_}));
    dataPage->addRow(tr("Gene graph:"), geneGraph_);
    dataPage->addRow(tr("Held-out perturbations:"), stacked({heldOutPerturbations_, heldOutPerturbationsError_}));
    dataPage->addRow(tr("Context masking:"), contextMasking_);

    auto* training = new QFormLayout;
    training->addRow(tr("Optimiser steps:"), stacked({steps_, budgetNote_}));
    training->addRow(tr("Epochs:"), epochs_);
    training->addRow(tr("Base learning rate:"), stacked({baseLr_, effectiveLr_, lrError_}));
    training->addRow(tr("Batch size:"), batchSize_);
    training->addRow(tr("Hidden size:"), hidden_);
    training->addRow(tr("Depth (blocks):"), depth_);
    training->addRow(tr("Graph convolutions:"), graphLayers_);
    training->addRow(tr("Seed:"), seed_);
    training->addRow(tr("Device:"), stacked({device_, deviceError_}));
    training->addRow(tr("CPU threads:"), threads_);
    training->addRow(tr("Checkpoint every (epochs):"), checkpointEvery_);
    training->addRow(tr("Classifier loss weight:"), classLoss_);
    training->addRow(tr("Validation fraction:"), validation_);
    training->addRow(tr("Early-stopping patience (epochs):"), patience_);

    pages_ = new QTabWidget;
    pages_->setObjectName("pages");
    auto page = [](QFormLayout* form) {
        auto* w = new QWidget;
        w->setLayout(form);
        return w;
    };
    pages_->addTab(page(dataPage), tr("Data and conditioners"));
    pages_->addTab(page(training), tr("Network and training"));
    problemSummary_ = errorLabel("problemSummary");

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Train"));
    QPushButton* save = buttons->addButton(tr("Save config…"), QDialogButtonBox::ActionRole);
    QPushButton* load = buttons->addButton(tr("Load config…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save run configuration"), Settings::lastFolder() + "/scdiff_run.json", tr("JSON (*.json)"));
        if (!path.isEmpty()) saveConfig(path);
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load run configuration"), Settings::lastFolder(),
                                                          tr("JSON (*.json);;All files (*)"));
        if (!path.isEmpty()) loadConfig(path);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(pages_);
    layout->addWidget(problemSummary_);
    layout->addWidget(buttons);

    // Defaults: the auto preset on the usual column names.
    engine::RunConfig initial = engine::preset("auto", engine::Task::Annotation);
    auto has = [this](const char* name) { return labelKey_->findData(QString::fromLatin1(name)) >= 0; };
    initial.keys.labelKey = has("cell_type")
                                ? "cell_type"
                                : (labelKey_->count() > 1 ? labelKey_->itemData(1).toString().toStdString() : "");
    initial.keys.batchKey = "";
    initial.keys.conditionKey = has("condition") ? "condition" : "";
    // X when the engine can train on it, else the first source it can (a scanpy file with scaled X and
    // the counts in a layer or log-normalised values in raw).
    initial.keys.expression = "X";
    for (int i = 0; i < expression_->count(); ++i) {
        const auto kind = facts_.kindOf(expression_->itemData(i).toString());
        if (kind == preprocess::XKind::Counts || kind == preprocess::XKind::LogNormalized) {
            initial.keys.expression = expression_->itemData(i).toString().toStdString();
            break;
        }
    }
    initial = engine::presetFor(initial.preset, initial.task, initial.keys, data_);
    setConfig(initial);

    connect(task_, &QComboBox::currentIndexChanged, this, [this] {
        // The task's usual column, when the one chosen is none or the other perturbation task's usual one.
        const bool genes = engine::taskFromName(currentKey(task_).toStdString()) == engine::Task::GenePerturbation;
        const QString chosen = currentKey(conditionKey_);
        const QStringList usual = genes ? QStringList{"perturbation", "guide_identity"} : QStringList{"condition"};
        if (chosen.isEmpty() || chosen == QLatin1String(genes ? "condition" : "perturbation"))
            for (const QString& name : usual)
                if (const int i = conditionKey_->findData(name); i >= 0) {
                    const QSignalBlocker block(conditionKey_);
                    conditionKey_->setCurrentIndex(i);
                    break;
                }
        applyPreset();
        // The chosen values where the column has them, else its usual ones (the last task's may not be among them).
        refillConditionValues(currentKey(control_), currentKey(stimulated_), false);
        validate();
    });
    connect(preset_, &QComboBox::currentIndexChanged, this, [this] { applyPreset(); });
    connect(labelKey_, &QComboBox::currentIndexChanged, this, [this] {
        if (filling_) return;
        refillHeldOut(currentKey(heldOut_), false);
        validate();
    });
    connect(conditionKey_, &QComboBox::currentIndexChanged, this, [this] {
        if (filling_) return;
        refillConditionValues(currentKey(control_), currentKey(stimulated_), false);
        refillHeldOut(currentKey(heldOut_), false);
        validate();
    });
    connect(types_, &TypeConditionerBox::changed, this, [this] {
        if (!filling_) validate();
    });
    connect(geneGraph_, &GeneGraphBox::changed, this, [this] {
        if (!filling_) validate();
    });
    connect(heldOutPerturbations_, &HeldOutPerturbationsBox::changed, this, [this] {
        if (!filling_) validate();
    });
    connect(contextMasking_, &QCheckBox::toggled, this, [this] {
        if (!filling_) validate();
    });
    for (QComboBox* box : {batchKey_, control_, stimulated_, heldOut_, device_, expression_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!filling_) validate();
        });
    // Where the batch enters means something only with a batch column.
    auto batchChosen = [this] {
        batchIn_->setEnabled(!currentKey(batchKey_).isEmpty());
        genesPerBatch_->setEnabled(!currentKey(batchKey_).isEmpty());
    };
    connect(batchKey_, &QComboBox::currentIndexChanged, this, batchChosen);
    batchChosen();
    connect(genes_, &QSpinBox::valueChanged, this, [this] {
        if (!filling_) updateGenesNote();
    });
    connect(baseLr_, &QLineEdit::textChanged, this, [this] {
        if (!filling_) {
            updateEffectiveLr();
            validate();
        }
    });
    connect(batchSize_, &QSpinBox::valueChanged, this, [this] {
        if (!filling_) {
            updateEffectiveLr();
            validate();
        }
    });
    for (QSpinBox* box : {steps_, epochs_, hidden_, depth_, threads_})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!filling_) updateBudgetNote();
        });
    connect(validation_, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!filling_) updateBudgetNote();
    });
}

void TrainDialog::fillExpressionSources() {
    const QString current = expression_->currentData().toString();
    const bool was = filling_;
    filling_ = true;
    expression_->clear();
    for (const auto& source : expression::sources(data_)) {
        const QString key = QString::fromStdString(source);
        const QString shown = key == "X"     ? QStringLiteral("X")
                              : key == "raw" ? QStringLiteral("raw.X")
                                             : QStringLiteral("layers['%1']").arg(key.mid(7));
        expression_->addItem(QStringLiteral("%1 (%2)").arg(shown, expressionKindName(facts_.kindOf(key))), key);
    }
    if (const int i = expression_->findData(current); i >= 0) expression_->setCurrentIndex(i);
    filling_ = was;
}

void TrainDialog::expressionChanged() {
    facts_.forgetExpression();
    fillExpressionSources();  // X's kind changed; a counts layer may have appeared
    validate();
}

void TrainDialog::updateGenesNote() {
    const QString source = currentKey(expression_);
    std::int64_t total = 0;
    try {
        total = expression::view(data_, source.toStdString()).geneCount();
    } catch (const std::exception&) {}
    const QString shown =
        expression_->currentIndex() >= 0 ? expression_->currentText().section(" (", 0, 0) : QStringLiteral("X");
    const qint64 wanted = genes_->value();
    genesNote_->setText(wanted == 0 || wanted >= total
                            ? tr("The model learns all %Ln gene(s) of %1.", nullptr, static_cast<int>(total)).arg(shown)
                            : tr("The model learns the %1 most variable of the %Ln gene(s) of %2 (chosen on the "
                                 "log-normalised values); annotation and imputation match datasets to them by name.",
                                 nullptr, static_cast<int>(total))
                                  .arg(QLocale().toString(wanted), shown));
}

void TrainDialog::updateExpressionNote() {
    const QString source = currentKey(expression_);
    const QString shown =
        expression_->currentIndex() >= 0 ? expression_->currentText().section(" (", 0, 0) : QStringLiteral("X");
    xProblem_.clear();
    QString note;
    if (expression_->count() == 0 || source.isEmpty()) {
        xProblem_ = tr("The dataset has no expression matrix X.");
    } else {
        switch (facts_.kindOf(source)) {
            case preprocess::XKind::Counts:
                note = tr("%1 holds raw counts: they will be normalised (1e4 per cell) and log1p'd for training.")
                           .arg(shown);
                break;
            case preprocess::XKind::LogNormalized:
                break;
            case preprocess::XKind::Other: {
                const auto seen = engine::expressionValues(data_, source.toStdString());
                xProblem_ =
                    seen.abundances()
                        ? tr("%1 holds %2. scDiff trains on counts or log-normalised expression: log-transform it, "
                             "or choose a source with counts.")
                              .arg(shown, QString::fromStdString(seen.describe()))
                        : tr("%1 holds %2. scDiff trains on counts or log1p-normalised expression: choose raw.X or "
                             "a counts layer if the file has one.")
                              .arg(shown, QString::fromStdString(seen.describe()));
                break;
            }
            case preprocess::XKind::Empty:
                xProblem_ = tr("%1 is empty or missing: there are no cells or genes to train on.").arg(shown);
                break;
        }
    }
    normalise_->setVisible(xProblem_.isEmpty() && source == QLatin1String("X") &&
                           facts_.kindOf(source) == preprocess::XKind::Counts);
    logTransform_->setVisible(source == QLatin1String("X") && data_.X &&
                              facts_.kindOf(source) == preprocess::XKind::Other &&
                              preprocess::inspectX(*data_.X).abundances());
    if (!xProblem_.isEmpty()) {
        xNote_->setText(xProblem_);
        xNote_->setStyleSheet(QStringLiteral("color: #c0392b;"));
        xNote_->setProperty("problem", true);
    } else {
        xNote_->setText(note);
        xNote_->setStyleSheet(QStringLiteral("color: #2c6fad;"));
        xNote_->setProperty("problem", false);
    }
    xNote_->setVisible(!xNote_->text().isEmpty());
}

void TrainDialog::refillConditionValues(const QString& control, const QString& stimulated, bool exact) {
    const bool was = filling_;
    filling_ = true;
    const QStringList values = facts_.valuesOf(currentKey(conditionKey_));
    for (QComboBox* box : {control_, stimulated_}) {
        box->clear();
        for (const QString& v : values) box->addItem(v, v);
    }
    auto pick = [&](QComboBox* box, const QString& wanted, const QString& fallback, int index) {
        if (exact && !wanted.isEmpty()) return selectData(box, wanted);
        if (values.contains(wanted)) return selectData(box, wanted);
        if (values.contains(fallback)) return selectData(box, fallback);
        if (values.size() > index) box->setCurrentIndex(index);
    };
    pick(control_, control,
         values.contains(QStringLiteral("ctrl")) ? QStringLiteral("ctrl") : QStringLiteral("control"), 0);
    pick(stimulated_, stimulated, QStringLiteral("stimulated"), 1);
    filling_ = was;
}

void TrainDialog::refillHeldOut(const QString& heldOut, bool exact) {
    const bool was = filling_;
    filling_ = true;
    heldOut_->clear();
    heldOut_->addItem(tr("(none)"), QString());
    const QStringList& types = facts_.valuesOf(currentKey(labelKey_));
    if (types.size() <= engine::kMaxClasses)  // else the column is refused anyway; no combo of 100,000 cell IDs
        for (const QString& v : types) heldOut_->addItem(v, v);
    if (exact || heldOut_->findData(heldOut) >= 0)
        selectData(heldOut_, heldOut);
    else
        heldOut_->setCurrentIndex(0);
    filling_ = was;
}

void TrainDialog::applyPreset() {
    if (filling_) return;
    try {
        const engine::RunConfig current = config();
        engine::RunConfig c = engine::presetFor(currentKey(preset_).toStdString(), current.task, current.keys, data_);
        c.train.device = current.train.device;
        c.train.seed = current.train.seed;
        setConfig(c);
    } catch (const std::exception& e) {
        ErrorReporter::report(this, tr("Cannot apply the preset"), QString::fromUtf8(e.what()));
    }
}

void TrainDialog::setConfig(const engine::RunConfig& c) {
    filling_ = true;
    base_ = c;
    selectData(task_, QString::fromLatin1(engine::taskName(c.task)));
    selectData(preset_, QString::fromStdString(c.preset), QString::fromStdString(c.preset));
    selectData(labelKey_, QString::fromStdString(c.keys.labelKey));
    selectData(batchKey_, QString::fromStdString(c.keys.batchKey));
    selectData(conditionKey_, QString::fromStdString(c.keys.conditionKey));
    selectData(expression_, QString::fromStdString(c.keys.expression));
    refillConditionValues(QString::fromStdString(c.keys.control), QString::fromStdString(c.keys.stimulated), true);
    refillHeldOut(QString::fromStdString(c.keys.heldOutType), true);
    form_.load(c);
    geneGraph_->setSetting(c.model.geneGraph);
    heldOutPerturbations_->setSetting(c.keys.heldOutPerturbations);
    baseLr_->setText(QString::number(c.train.baseLr, 'g', 6));
    selectData(device_, QString::fromStdString(c.train.device),
               tr("%1 (not available here)").arg(QString::fromStdString(c.train.device)));
    filling_ = false;
    updateEffectiveLr();
    validate();
}

engine::RunConfig TrainDialog::config() const {
    engine::RunConfig c = base_;
    c.task = engine::taskFromName(currentKey(task_).toStdString());
    c.preset = currentKey(preset_).toStdString();
    c.keys.labelKey = currentKey(labelKey_).toStdString();
    c.keys.batchKey = currentKey(batchKey_).toStdString();
    const bool perturbation = c.task == engine::Task::Perturbation;
    const bool conditioned = perturbation || c.task == engine::Task::GenePerturbation;
    c.keys.conditionKey = conditioned ? currentKey(conditionKey_).toStdString() : std::string();
    if (conditioned) c.keys.control = currentKey(control_).toStdString();
    if (perturbation) c.keys.stimulated = currentKey(stimulated_).toStdString();
    c.keys.heldOutType = perturbation ? currentKey(heldOut_).toStdString() : std::string();
    c.keys.heldOutPerturbations =
        c.task == engine::Task::GenePerturbation ? heldOutPerturbations_->setting() : std::string();
    c.keys.expression = currentKey(expression_).toStdString();
    form_.store(c);
    c.model.geneGraph = geneGraph_->setting();
    bool ok = false;
    const double lr = baseLr_->text().trimmed().toDouble(&ok);
    if (ok && lr > 0) c.train.baseLr = lr;
    c.train.device = currentKey(device_).toStdString();
    return c;
}

void TrainDialog::updateEffectiveLr() {
    bool ok = false;
    const double lr = baseLr_->text().trimmed().toDouble(&ok);
    effectiveLr_->setText(ok && lr > 0 ? tr("Effective learning rate: %1 (base × batch size %2)")
                                             .arg(QString::number(lr * batchSize_->value(), 'g', 4))
                                             .arg(batchSize_->value())
                                       : QString());
}

int TrainDialog::threads() const { return threads_->value(); }
void TrainDialog::setThreads(int threads) { threads_->setValue(threads); }

void TrainDialog::updateBudgetNote() {
    const engine::RunConfig c = config();
    epochs_->setEnabled(c.train.steps == 0);
    engine::DataShape shape;
    try {
        shape = engine::dataShape(data_, c);
    } catch (const std::exception&) {
        budgetNote_->clear();  // a key the dataset lacks: validate() says so
        return;
    }
    const auto cells = std::max<std::int64_t>(
        1, shape.cells - std::llround(c.train.validationFraction * static_cast<double>(shape.cells)));
    const auto steps = engine::plannedSteps(c.train, cells);
    const std::int64_t perEpoch = (cells + c.train.batchSize - 1) / std::max(1, c.train.batchSize);
    QString text = c.train.steps > 0
                       ? tr("%1 epochs of %2 training cells")
                             .arg(QLocale().toString(static_cast<qint64>((steps + perEpoch - 1) / perEpoch)),
                                  QLocale().toString(static_cast<qint64>(cells)))
                       : tr("%1 optimiser steps (%2 per epoch)")
                             .arg(QLocale().toString(static_cast<qint64>(steps)),
                                  QLocale().toString(static_cast<qint64>(perEpoch)));
    if (const auto seconds = estimator_->secondsPerStep(c, shape, threads()))
        text +=
            tr("; training takes about %1 on this machine").arg(durationText(*seconds * static_cast<double>(steps)));
    else if (estimator_->busy())
        text += tr("; measuring this machine's speed…");
    budgetNote_->setText(text);
}

void TrainDialog::validate() {
    QStringList problems;
    updateExpressionNote();
    updateGenesNote();
    updateBudgetNote();
    if (!xProblem_.isEmpty()) problems << xProblem_;
    const auto task = engine::taskFromName(currentKey(task_).toStdString());
    const bool perturbation = task == engine::Task::Perturbation;
    const bool genePerturbation = task == engine::Task::GenePerturbation;
    for (QWidget* w : std::initializer_list<QWidget*>{conditionKey_, control_})
        w->setEnabled(perturbation || genePerturbation);
    for (QWidget* w : std::initializer_list<QWidget*>{stimulated_, heldOut_}) w->setEnabled(perturbation);
    graphLayers_->setEnabled(genePerturbation);
    classLoss_->setEnabled(task == engine::Task::Annotation);
    heldOutPerturbations_->setEnabled(genePerturbation);
    conditionKey_->setToolTip(genePerturbation ? tr("The perturbed genes of each cell: KLF1, KLF1+MAP2K6, "
                                                    "GEARS's KLF1+ctrl, and the control value for control cells")
                                               : tr("Each cell's condition: the control and the stimulated value"));

    // The engine's own checks (engine::taskProblems), each drawn under its field in the user's language.
    QString labelProblem, batchProblem, conditionProblem, heldOutProblem, heldOutPerturbationsProblem, rareWarning;
    const engine::RunConfig current = config();
    for (const auto& p : engine::taskProblems(data_, current)) {
        const QString text = describeProblem(p, current);
        if (!p.blocking) {
            rareWarning = text;
            continue;
        }
        QString& slot = p.field == "keys.label_key"       ? labelProblem
                        : p.field == "keys.batch_key"     ? batchProblem
                        : p.field == "keys.held_out_type" ? heldOutProblem
                        : p.field == "keys.held_out_perturbations"
                            ? heldOutPerturbationsProblem
                            : conditionProblem;  // condition, control, stimulated
        if (slot.isEmpty())
            slot = text;
        else if (p.field.empty())
            problems << text;  // the dataset itself (no cells)
    }
    setError(labelError_, labelProblem, problems);
    labelWarning_->setText(rareWarning);
    labelWarning_->setVisible(!rareWarning.isEmpty());
    setError(batchError_, batchProblem, problems);
    setError(conditionError_, conditionProblem, problems);
    setError(heldOutError_, heldOutProblem, problems);
    setError(heldOutPerturbationsError_, heldOutPerturbationsProblem, problems);
    if (genePerturbation && conditionProblem.isEmpty()) heldOutPerturbations_->refresh(data_, current.keys);
    const QString typeProblem = types_->refresh(data_, currentKey(labelKey_));
    if (!typeProblem.isEmpty()) problems << typeProblem;
    if (conditionProblem.isEmpty()) {
        const QString graphProblem = geneGraph_->refresh(data_, current);
        if (!graphProblem.isEmpty()) problems << graphProblem;
    }

    bool ok = false;
    const double lr = baseLr_->text().trimmed().toDouble(&ok);
    setError(lrError_,
             ok && lr > 0 ? QString() : tr("The base learning rate must be a positive number, for example 1e-5."),
             problems);

    const QString device = currentKey(device_);
    const bool available = device_->currentIndex() >= 0 && device_->currentIndex() < devicesListed_;
    setError(deviceError_, available ? QString() : tr("The device “%1” is not available on this computer.").arg(device),
             problems);

    problems_ = problems;
    ok_->setEnabled(problems.isEmpty());
    // A page with a problem is marked, and the first problem is repeated under the pages, so that a
    // problem on the page not shown still says why Train is off.
    for (int i = 0; i < pages_->count(); ++i) {
        bool marked = false;
        for (QLabel* l : pages_->widget(i)->findChildren<QLabel*>())
            marked |= l->property("problem").toBool() && !l->isHidden() && !l->text().isEmpty();
        pages_->setTabIcon(i, marked ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
    problemSummary_->setText(problems.isEmpty()
                                 ? QString()
                                 : tr("Train is off: %1")
                                       .arg(problems.size() == 1
                                                ? problems.front()
                                                : tr("%1 (and %n more)", nullptr, static_cast<int>(problems.size()) - 1)
                                                      .arg(problems.front())));
    problemSummary_->setVisible(!problems.isEmpty());
}

std::optional<prior::TypeTable> TrainDialog::typeTable() const { return types_->table(); }

bool TrainDialog::saveConfig(const QString& path) {
    const QString why = writeWholeFile(path, QByteArray::fromStdString(engine::toJson(config())));
    if (!why.isEmpty()) {
        ErrorReporter::report(this, tr("Cannot save the configuration"), why);
        return false;
    }
    return true;
}

bool TrainDialog::loadConfig(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ErrorReporter::report(this, tr("Cannot load the configuration"),
                              tr("Cannot read %1: %2.").arg(path, f.errorString()));
        return false;
    }
    try {
        setConfig(engine::runConfigFromJson(f.readAll().toStdString()));
        return true;
    } catch (const std::exception& e) {
        ErrorReporter::report(this, tr("Cannot load the configuration"),
                              tr("%1 is not a usable run configuration: %2").arg(path, QString::fromUtf8(e.what())));
        return false;
    }
}

}  // namespace scdiff::ui
