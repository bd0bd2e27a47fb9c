#include "train/TrainingDock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "train/LossCurveView.h"

namespace scdiff::ui {

TrainingDock::TrainingDock(QWidget* parent) : QWidget(parent) {
    title_ = new QLabel(tr("No model trained in this session. Use Model > Train…"));
    title_->setWordWrap(true);
    curve_ = new LossCurveView;
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    message_ = new QLabel;
    message_->setObjectName("trainingMessage");
    message_->setWordWrap(true);
    message_->hide();
    modelInfo_ = new QLabel;
    modelInfo_->setObjectName("modelInfo");
    modelInfo_->setWordWrap(true);
    modelInfo_->hide();
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setEnabled(false);
    resume_ = new QPushButton(tr("Resume from checkpoint…"));
    connect(cancel_, &QPushButton::clicked, this, &TrainingDock::cancelRequested);
    connect(resume_, &QPushButton::clicked, this, &TrainingDock::resumeRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(progress_, 1);
    buttons->addWidget(cancel_);
    buttons->addWidget(resume_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(curve_, 1);
    layout->addLayout(buttons);
    layout->addWidget(message_);
    layout->addWidget(modelInfo_);
}

void TrainingDock::setModelInfo(const QString& text, bool warning) {
    modelInfo_->setText(text);
    modelInfo_->setStyleSheet(warning ? QStringLiteral("color: #b00020;") : QString());
    modelInfo_->setVisible(!text.isEmpty());
}

void TrainingDock::startRun(const QString& description, int totalEpochs) {
    totalEpochs_ = totalEpochs;
    running_ = true;
    title_->setText(description);
    curve_->reset(totalEpochs);
    progress_->setValue(0);
    progress_->setFormat(tr("%p %"));
    message_->hide();
    cancel_->setEnabled(true);
    resume_->setEnabled(false);
}

void TrainingDock::addMetrics(qint64 done, qint64 total, const QVariantMap& metrics) {
    if (!running_) return;
    // The trainer says how many epochs the run has (with a budget of optimiser steps only it knows).
    if (const int epochs = metrics.value("epochs").toInt(); epochs > 0 && epochs != totalEpochs_) {
        totalEpochs_ = epochs;
        curve_->setTotalEpochs(epochs);
    }
    curve_->addMetrics(metrics);
    if (totalEpochs_ <= 0) return;
    double epochs = 0;  // finished epochs, fractional within the running one
    if (metrics.contains("epoch_done"))
        epochs = metrics.value("epoch_done").toDouble();
    else if (metrics.contains("epoch") && total > 0)
        epochs = metrics.value("epoch").toDouble() - 1 + static_cast<double>(done) / static_cast<double>(total);
    else
        return;
    progress_->setValue(static_cast<int>(std::clamp(1000.0 * epochs / totalEpochs_, 0.0, 1000.0)));
}

void TrainingDock::finishRun(const QString& message, bool canResume) {
    running_ = false;
    cancel_->setEnabled(false);
    resume_->setEnabled(true);
    message_->setText(message + (canResume ? QStringLiteral(" ") + tr("The checkpoint can be resumed.") : QString()));
    message_->show();
}

QString TrainingDock::message() const { return message_->text(); }

}  // namespace scdiff::ui
