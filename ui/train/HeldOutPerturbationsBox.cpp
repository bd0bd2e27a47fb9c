#include "train/HeldOutPerturbationsBox.h"

#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "scdiff/engine/gene_perturbation.hpp"

namespace scdiff::ui {

namespace {
constexpr int kLabelRole = Qt::UserRole;
}

HeldOutPerturbationsBox::HeldOutPerturbationsBox(QWidget* parent) : QWidget(parent) {
    list_ = new QListWidget;
    list_->setObjectName("heldOutPerturbations");
    list_->setMaximumHeight(list_->fontMetrics().height() * 7);
    list_->setToolTip(
        tr("Tick the perturbations whose cells training leaves out, to predict them zero-shot "
           "afterwards (Model > Predict gene perturbation…); Model > Evaluate holds out the same ones"));
    note_ = new QLabel;
    note_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list_);
    layout->addWidget(note_);
    connect(list_, &QListWidget::itemChanged, this, [this] {
        updateNote();
        emit changed();
    });
    updateNote();
}

void HeldOutPerturbationsBox::refresh(const AnnData& data, const engine::DataKeys& keys) {
    const QString key = QString::fromStdString(keys.conditionKey + '\n' + keys.control);
    if (key == listedKey_) return;
    listedKey_ = key;
    const std::string ticked = pending_.empty() ? setting() : pending_;
    std::vector<std::pair<std::string, std::int64_t>> measured;
    if (!keys.conditionKey.empty()) {
        try {
            measured = engine::measuredPerturbations(data, keys);
        } catch (const std::exception&) {
            // A missing column or a malformed label: the dialog says so under the column.
        }
    }
    {
        const QSignalBlocker block(list_);
        list_->clear();
        for (const auto& [label, cells] : measured) {
            auto* item = new QListWidgetItem(
                tr("%1 (%n cell(s))", nullptr, static_cast<int>(cells)).arg(QString::fromStdString(label)));
            item->setData(kLabelRole, QString::fromStdString(label));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            list_->addItem(item);
        }
    }
    if (!measured.empty()) {
        pending_.clear();
        tick(ticked);
    }
    updateNote();
}

std::string HeldOutPerturbationsBox::setting() const {
    if (list_->count() == 0) return pending_;
    std::string out;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->checkState() == Qt::Checked)
            out += (out.empty() ? "" : ",") + list_->item(i)->data(kLabelRole).toString().toStdString();
    return out;
}

void HeldOutPerturbationsBox::setSetting(const std::string& setting) {
    if (list_->count() == 0)
        pending_ = setting;  // ticked once the dialog lists the column
    else
        tick(setting);
    emit changed();
}

void HeldOutPerturbationsBox::tick(const std::string& setting) {
    // Compared as the engine compares them: canonical labels (KLF1+ctrl is KLF1, MAP2K6+KLF1 is KLF1+MAP2K6).
    QSet<QString> wanted;
    try {
        engine::DataKeys keys;
        keys.heldOutPerturbations = setting;
        for (const auto& label : engine::heldOutPerturbations(keys)) wanted.insert(QString::fromStdString(label));
    } catch (const std::exception&) {
        // A malformed setting ticks nothing; the engine's check names it when it is used.
    }
    {
        const QSignalBlocker block(list_);
        for (int i = 0; i < list_->count(); ++i)
            list_->item(i)->setCheckState(wanted.contains(list_->item(i)->data(kLabelRole).toString()) ? Qt::Checked
                                                                                                       : Qt::Unchecked);
    }
    updateNote();
}

void HeldOutPerturbationsBox::updateNote() {
    int ticked = 0;
    for (int i = 0; i < list_->count(); ++i) ticked += list_->item(i)->checkState() == Qt::Checked;
    note_->setText(ticked == 0 ? tr("None held out: every measured perturbation is trained on.")
                               : tr("%n held out: their cells are left out of training, to predict them zero-shot.",
                                    nullptr, ticked));
}

}  // namespace scdiff::ui
