#include "train/FineTuneDialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scdiff::ui {

namespace {
QString trainingInWords(const std::string& name) {
    if (name == "trained") return FineTuneDialog::tr("had training cells");
    if (name == "fine-tuned") return FineTuneDialog::tr("fine-tuned before");
    if (name == "zero-shot") return FineTuneDialog::tr("new to the model: so far zero-shot, through its table row");
    return FineTuneDialog::tr("new to the model: its class vector was never trained");
}
}  // namespace

FineTuneDialog::FineTuneDialog(const engine::Model& model,
                               const std::vector<std::pair<std::string, std::int64_t>>& types, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Fine-tune on selected cells"));
    QString list;
    std::int64_t cells = 0;
    for (const auto& [type, count] : types) {
        cells += count;
        list += tr("<li><b>%1</b>: %Ln cell(s), %2</li>", nullptr, static_cast<int>(count))
                    .arg(QString::fromStdString(type).toHtmlEscaped(), trainingInWords(model.typeTrainingName(type)));
    }
    auto* intro =
        new QLabel(tr("Continues training the model on the %Ln selected cell(s), labelled by obs['%1']:", nullptr,
                      static_cast<int>(cells))
                       .arg(QString::fromStdString(model.cellTypes().key).toHtmlEscaped()) +
                   "<ul>" + list + "</ul>" +
                   tr("A few cells move a network far: the other types can lose accuracy. Annotate again and compare; "
                      "Edit > Undo does not undo a fine-tuning, so save the model first if you want to keep it."));
    intro->setWordWrap(true);
    intro->setObjectName("fineTuneTypes");

    const engine::FineTuneOptions defaults;
    epochs_ = new QSpinBox;
    epochs_->setObjectName("fineTuneEpochs");
    epochs_->setRange(1, 10000);
    epochs_->setValue(defaults.epochs);
    learningRate_ = new QDoubleSpinBox;
    learningRate_->setObjectName("fineTuneLearningRate");
    learningRate_->setDecimals(3);
    learningRate_->setRange(0.0, 10.0);  // the minimum, 0, is "automatic"
    learningRate_->setSingleStep(0.01);
    std::int64_t fewest = cells;
    for (const auto& [type, count] : types) fewest = std::min(fewest, count);
    learningRate_->setSpecialValueText(
        tr("Automatic (%1 here)").arg(engine::fineTuneLearningRateShare(fewest), 0, 'g', 2));
    learningRate_->setValue(defaults.learningRateScale);
    learningRate_->setToolTip(
        tr("A share of the model's learning rate. Automatic: %1 while a type has fewer than %2 cells here, else "
           "1 (the model's rate); a handful of cells at the full rate makes the model forget what it knew of a "
           "rare type")
            .arg(engine::kFewCellsShare)
            .arg(engine::kFewCellsPerType));
    conditionerOnly_ = new QCheckBox(tr("Train only the cell-type conditioner (the rest of the network frozen)"));
    conditionerOnly_->setObjectName("fineTuneConditionerOnly");
    conditionerOnly_->setChecked(defaults.conditionerOnly);
    conditionerOnly_->setToolTip(
        tr("The few cells then cannot move what the model knows of the other types; see "
           "docs/prior_knowledge.md for how the two compare"));
    annotate_ = new QCheckBox(tr("Annotate the dataset again when it is done"));
    annotate_->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Epochs over these cells:"), epochs_);
    form->addRow(tr("Learning rate (share of the model's):"), learningRate_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Fine-tune"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(form);
    v->addWidget(conditionerOnly_);
    v->addWidget(annotate_);
    v->addWidget(buttons);
    setMinimumWidth(460);
}

engine::FineTuneOptions FineTuneDialog::options() const {
    engine::FineTuneOptions o;
    o.epochs = epochs_->value();
    o.learningRateScale = learningRate_->value();
    o.conditionerOnly = conditionerOnly_->isChecked();
    return o;
}

bool FineTuneDialog::annotateAfterwards() const { return annotate_->isChecked(); }

}  // namespace scdiff::ui
