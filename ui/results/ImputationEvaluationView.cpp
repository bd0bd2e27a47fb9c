#include "results/ImputationEvaluationView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QHBoxLayout>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace scdiff::ui {

namespace {

double scoreOf(const std::map<std::string, double>& metrics, const char* key) {
    const auto it = metrics.find(key);
    return it == metrics.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
}

QString formatted(double v, int decimals) {
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : ImputationEvaluationView::tr("n/a");
}

}  // namespace

ImputationEvaluationView::ImputationEvaluationView(QWidget* parent) : QWidget(parent) {
    protocol_ = new QLabel;
    protocol_->setObjectName("imputationEvaluationProtocol");
    protocol_->setWordWrap(true);
    plot_ = new QCustomPlot;
    plot_->setObjectName("imputationEvaluationPlot");
    plot_->setMinimumSize(360, 300);
    plot_->plotLayout()->insertRow(0);
    plotTitle_ = new QCPTextElement(plot_, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    plot_->plotLayout()->addElement(0, 0, plotTitle_);
    plot_->xAxis->setLabel(tr("true value (log-normalised)"));
    plot_->yAxis->setLabel(tr("scDiff imputed value (log-normalised)"));
    subset_ = new QLabel;
    subset_->setObjectName("imputationEvaluationSubset");
    subset_->setStyleSheet(QStringLiteral("color: gray;"));
    subset_->hide();
    auto* plotBox = new QWidget;
    auto* plotLayout = new QVBoxLayout(plotBox);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addWidget(plot_, 1);
    plotLayout->addWidget(subset_);

    table_ = new QTableWidget(0, 5);
    table_->setObjectName("imputationEvaluationTable");
    table_->setHorizontalHeaderLabels({tr("Method"), tr("Pearson"), tr("RMSE"), tr("Median-cell Pearson"), tr("Seconds")});
    const QStringList tips{tr("scDiff and the baselines, on the same hidden entries in the same run"),
                           tr("Pearson correlation of the hidden true values and the imputed values"),
                           tr("Root mean squared error on the hidden entries (log-normalised scale)"),
                           tr("Median over cells (with at least two hidden entries) of the per-cell Pearson correlation"),
                           tr("Training and imputation time")};
    for (int c = 0; c < 5; ++c) table_->horizontalHeaderItem(c)->setToolTip(tips[c]);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setWordWrap(false);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A few rows: the table is as large as its cells, under the plot, so the scatter keeps the width.
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table_->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(table_);
    tableRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(protocol_);
    layout->addWidget(plotBox, 1);
    layout->addWidget(new QLabel(tr("Scores on the hidden entries: scDiff and the baselines of the same run")));
    layout->addLayout(tableRow);
}

void ImputationEvaluationView::setReport(engine::EvaluationReport report) {
    report_ = std::move(report);
    protocol_->setText(tr("Protocol: %1. Scores on the hidden entries; scDiff trained with the last run's settings "
                          "(task imputation), the baselines on the same observed entries.")
                           .arg(QString::fromStdString(report_->protocol)));
    drawScatter();
    fillTable();
}

int ImputationEvaluationView::shownPoints() const { return scatter_ ? scatter_->dataCount() : 0; }

void ImputationEvaluationView::drawScatter() {
    plot_->clearPlottables();
    plot_->clearItems();
    scatter_ = nullptr;
    const auto& truth = report_->hiddenTrue;
    const auto& imputed = report_->hiddenImputed;
    const auto n = std::min(truth.size(), imputed.size());
    if (n == 0 || report_->runs.empty() || report_->runs.front().methods.empty()) {
        plotTitle_->setText(tr("The report has no hidden entries to show"));
        subset_->hide();
        plot_->replot();
        return;
    }
    // Evenly spaced over the entries (hideEntries lists them cell by cell, so every part of the data shows).
    const std::size_t shown = std::min<std::size_t>(n, kMaxPoints);
    QVector<double> x, y;
    x.reserve(static_cast<qsizetype>(shown));
    y.reserve(static_cast<qsizetype>(shown));
    double hi = 0, lo = 0;
    for (std::size_t i = 0; i < shown; ++i) {
        const std::size_t k = i * n / shown;
        x << truth[k];
        y << imputed[k];
        hi = std::max({hi, truth[k], imputed[k]});
        lo = std::min({lo, truth[k], imputed[k]});
    }
    scatter_ = plot_->addGraph();
    scatter_->setName(tr("hidden entries"));
    scatter_->setLineStyle(QCPGraph::lsNone);
    scatter_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180, shown > 5000 ? 60 : 130),
                                              shown > 5000 ? 3 : 5));
    scatter_->setAdaptiveSampling(false);  // every shown entry is a point (the count is part of the contract)
    scatter_->setData(x, y);
    auto* identity = new QCPItemStraightLine(plot_);
    identity->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    identity->point1->setCoords(0, 0);
    identity->point2->setCoords(1, 1);
    // The scatter is the first run's hidden entries, so the title gives that run's scores.
    const auto& scdiff = report_->runs.front().methods.front();
    const QString title = report_->runs.size() > 1 ? tr("%1 on the hidden entries of run 1: Pearson %2, RMSE %3")
                                                   : tr("%1 on the hidden entries: Pearson %2, RMSE %3");
    plotTitle_->setText(title.arg(QString::fromStdString(scdiff.method), formatted(scoreOf(scdiff.metrics, "pearson"), 3),
                                  formatted(scoreOf(scdiff.metrics, "rmse"), 3)));
    const double pad = 0.04 * std::max(1e-6, hi - lo);
    plot_->xAxis->setRange(lo - pad, hi + pad);
    plot_->yAxis->setRange(lo - pad, hi + pad);
    if (shown < n) {
        const QLocale locale;
        subset_->setText(tr("%1 of %2 hidden entries shown (evenly spaced)")
                             .arg(locale.toString(static_cast<qint64>(shown)), locale.toString(static_cast<qint64>(n))));
        subset_->show();
    } else {
        subset_->hide();
    }
    plot_->replot();
}

void ImputationEvaluationView::fillTable() {
    table_->setRowCount(static_cast<int>(report_->summary.size()));
    // The mean over the runs in Qt::UserRole; the text adds "± sd" when there were several runs.
    auto number = [](double mean, double sd, int decimals) {
        QString text = formatted(mean, decimals);
        if (std::isfinite(sd)) text += QStringLiteral(" ± ") + formatted(sd, decimals);
        auto* item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, mean);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto& m = report_->summary[static_cast<std::size_t>(row)];
        table_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(m.method)));
        table_->setItem(row, 1, number(scoreOf(m.mean, "pearson"), scoreOf(m.sd, "pearson"), 3));
        table_->setItem(row, 2, number(scoreOf(m.mean, "rmse"), scoreOf(m.sd, "rmse"), 3));
        table_->setItem(row, 3, number(scoreOf(m.mean, "median_cell_pearson"), scoreOf(m.sd, "median_cell_pearson"), 3));
        table_->setItem(row, 4, number(m.seconds, NAN, 1));
        if (row == 0)  // scDiff, the method the scatter shows
            for (int c = 0; c < table_->columnCount(); ++c) {
                QFont f = table_->item(row, c)->font();
                f.setBold(true);
                table_->item(row, c)->setFont(f);
            }
    }
}

}  // namespace scdiff::ui
