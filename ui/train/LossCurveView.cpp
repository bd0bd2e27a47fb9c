#include "train/LossCurveView.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

#include "scdiff/engine/model.hpp"

namespace scdiff::ui {
namespace {

QString duration(double seconds) {
    const auto s = static_cast<qint64>(std::llround(std::max(0.0, seconds)));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QChar('0'))
            .arg(s % 60, 2, 10, QChar('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

}  // namespace

LossCurveView::LossCurveView(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setObjectName("lossPlot");
    plot_->setMinimumHeight(160);
    plot_->xAxis->setLabel(tr("epoch"));
    plot_->yAxis->setLabel(tr("loss (MSE)"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    train_ = plot_->addGraph();
    train_->setName(tr("train loss"));
    train_->setPen(QPen(QColor(31, 119, 180), 2));
    train_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    validation_ = plot_->addGraph();
    validation_->setName(tr("validation loss"));
    validation_->setPen(QPen(QColor(255, 127, 14), 2, Qt::DashLine));
    validation_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    validation_->removeFromLegend();
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    status_ = new QLabel(tr("No training yet"));
    status_->setObjectName("trainingStatus");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_, 1);
    layout->addWidget(status_);
    reset(0);
}

void LossCurveView::reset(int totalEpochs) {
    totalEpochs_ = totalEpochs;
    lastEpoch_ = 0;
    train_->data()->clear();
    validation_->data()->clear();
    validation_->removeFromLegend();
    status_->setText(totalEpochs > 0 ? tr("Epoch 0/%1 · preparing").arg(totalEpochs) : tr("No training yet"));
    rescale();
}

void LossCurveView::addMetrics(const QVariantMap& m) {
    const QLocale locale;
    if (m.contains("epoch_done")) {
        addEpoch(m.value("epoch_done").toInt(), m.value("train_loss").toDouble(), m.value("val_loss", -1.0).toDouble());
        const QString loss = QString::number(m.value("train_loss").toDouble(), 'g', 4);
        const QString rate = locale.toString(std::llround(m.value("cells_per_s").toDouble()));
        // Short epochs end faster than step reports arrive: the epoch line carries the time left too.
        if (lastEpoch_ < totalEpochs_ && m.contains("eta_s"))
            status_->setText(tr("Epoch %1/%2 · train loss %3 · %4 cells/s · %5 left")
                                 .arg(lastEpoch_)
                                 .arg(totalEpochs_)
                                 .arg(loss, rate, duration(m.value("eta_s").toDouble())));
        else
            status_->setText(
                tr("Epoch %1/%2 · train loss %3 · %4 cells/s").arg(lastEpoch_).arg(totalEpochs_).arg(loss, rate));
        return;
    }
    if (!m.contains("epoch")) return;
    status_->setText(tr("Epoch %1/%2 · loss %3 · %4 cells/s · %5 left")
                         .arg(m.value("epoch").toInt())
                         .arg(totalEpochs_)
                         .arg(QString::number(m.value("loss").toDouble(), 'g', 4))
                         .arg(locale.toString(std::llround(m.value("cells_per_s").toDouble())))
                         .arg(duration(m.value("eta_s").toDouble())));
}

void LossCurveView::setTotalEpochs(int totalEpochs) {
    totalEpochs_ = totalEpochs;
    rescale();
}

void LossCurveView::addEpoch(int epoch, double trainLoss, double validationLoss) {
    lastEpoch_ = epoch;
    train_->addData(epoch, trainLoss);
    if (validationLoss >= 0) {
        if (validation_->data()->isEmpty()) validation_->addToLegend();
        validation_->addData(epoch, validationLoss);
    }
    rescale();
}

void LossCurveView::setHistory(const std::vector<engine::EpochRecord>& history, int totalEpochs) {
    reset(totalEpochs);
    for (const auto& r : history) addEpoch(r.epoch, r.trainLoss, r.validationLoss);
    if (!history.empty())
        status_->setText(tr("Epoch %1/%2 · train loss %3")
                             .arg(history.back().epoch)
                             .arg(totalEpochs)
                             .arg(QString::number(history.back().trainLoss, 'g', 4)));
}

void LossCurveView::rescale() {
    const int span = std::max({totalEpochs_, lastEpoch_, 1});
    plot_->xAxis->setRange(0, span + 0.5);
    bool found = false;
    QCPRange y = train_->data()->valueRange(found);
    bool vFound = false;
    const QCPRange v = validation_->data()->valueRange(vFound);
    if (vFound) y = found ? QCPRange(std::min(y.lower, v.lower), std::max(y.upper, v.upper)) : v;
    if (found || vFound) {
        const double pad = std::max(1e-6, 0.08 * (y.upper - y.lower));
        plot_->yAxis->setRange(std::max(0.0, y.lower - pad), y.upper + pad);
    } else {
        plot_->yAxis->setRange(0, 1);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int LossCurveView::pointCount() const { return train_->data()->size(); }
int LossCurveView::validationPointCount() const { return validation_->data()->size(); }
QString LossCurveView::statusText() const { return status_->text(); }

}  // namespace scdiff::ui
