#include "results/EvaluationView.h"

#include "results/VerdictLine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace scdiff::ui {

namespace {

double valueOf(const std::map<std::string, double>& metrics, const std::string& key) {
    const auto it = metrics.find(key);
    return it == metrics.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
}

QString formatted(double v, int decimals) {
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : EvaluationView::tr("n/a");
}

QString metricTitle(const std::string& key) {
    if (key == "macro_accuracy") return EvaluationView::tr("Macro accuracy");
    if (key == "macro_f1") return EvaluationView::tr("Macro F1");
    if (key == "accuracy") return EvaluationView::tr("Accuracy");
    if (key == "ece") return EvaluationView::tr("ECE");
    if (key == "pearson") return EvaluationView::tr("Pearson");
    if (key == "rmse") return EvaluationView::tr("RMSE");
    if (key == "median_cell_pearson") return EvaluationView::tr("Median-cell Pearson");
    if (key == "r2_top100_de") return EvaluationView::tr("R² top-100 DE");
    if (key == "r2_all_genes") return EvaluationView::tr("R² all genes");
    return QString::fromStdString(key);
}

QString metricTip(const std::string& key) {
    if (key == "macro_accuracy")
        return EvaluationView::tr("Mean over cell types of the fraction of test cells called right");
    if (key == "macro_f1") return EvaluationView::tr("Mean over cell types of the F1 score");
    if (key == "accuracy") return EvaluationView::tr("Fraction of all test cells called right");
    if (key == "ece")
        return EvaluationView::tr("Expected calibration error of scDiff's confidence (0 = confidence equals accuracy)");
    if (key == "pearson")
        return EvaluationView::tr("Pearson correlation of the hidden true values and the imputed values");
    if (key == "rmse")
        return EvaluationView::tr("Root mean squared error on the hidden entries (log-normalised scale)");
    if (key == "median_cell_pearson")
        return EvaluationView::tr(
            "Median over cells (with at least two hidden entries) of the per-cell Pearson correlation");
    if (key == "r2_top100_de")
        return EvaluationView::tr(
            "Squared Pearson of the predicted and true mean change over the 100 genes that change most");
    if (key == "r2_all_genes")
        return EvaluationView::tr("Squared Pearson of the predicted and true mean change over all genes");
    return {};
}

}  // namespace

std::vector<std::string> EvaluationView::metricKeys(engine::Task task) {
    switch (task) {
        case engine::Task::Annotation:
            return {"macro_accuracy", "macro_f1", "accuracy", "ece"};
        case engine::Task::Imputation:
            return {"pearson", "rmse", "median_cell_pearson"};
        case engine::Task::Perturbation:
            return {"r2_top100_de", "r2_all_genes"};
        case engine::Task::GenePerturbation:
            return {"pearson_delta_top20", "pearson_delta_all", "mse_top20"};
    }
    return {};
}

EvaluationView::EvaluationView(QWidget* parent) : QWidget(parent) {
    protocol_ = new QLabel;
    protocol_->setObjectName("evaluationProtocol");
    protocol_->setWordWrap(true);
    verdict_ = new QLabel;
    verdict_->setObjectName("evaluationVerdict");
    verdict_->setWordWrap(true);
    plot_ = new QCustomPlot;
    plot_->setObjectName("evaluationPlot");
    plot_->setMinimumSize(360, 300);
    plot_->plotLayout()->insertRow(0);
    plotTitle_ = new QCPTextElement(plot_, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    plot_->plotLayout()->addElement(0, 0, plotTitle_);
    subset_ = new QLabel;
    subset_->setObjectName("evaluationSubset");
    subset_->setStyleSheet(QStringLiteral("color: gray;"));
    subset_->hide();
    auto* plotBox = new QWidget;
    auto* plotLayout = new QVBoxLayout(plotBox);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addWidget(plot_, 1);
    plotLayout->addWidget(subset_);

    table_ = new QTableWidget(0, 0);
    table_->setObjectName("evaluationTable");
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setWordWrap(false);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A few rows: the table is as large as its cells, under the plot, so the plot keeps the width.
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table_->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(table_);
    tableRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(protocol_);
    layout->addWidget(verdict_);
    layout->addWidget(plotBox, 1);
    layout->addWidget(
        new QLabel(tr("scDiff and the baselines on the same splits in the same run (mean ± sd over the runs)")));
    layout->addLayout(tableRow);
}

void EvaluationView::setReport(engine::EvaluationReport report) {
    report_ = std::move(report);
    const auto& r = *report_;
    protocol_->setText(tr("Protocol: %1.").arg(QString::fromStdString(r.protocol)));
    const auto& v = r.verdict;
    verdict_->setText(QString::fromStdString(v.sentence));
    verdict_->setStyleSheet(VerdictLine::styleOf(v));
    verdict_->setVisible(!v.sentence.empty());
    plot_->clearPlottables();
    plot_->clearItems();
    scatter_ = nullptr;
    bars_ = nullptr;
    subset_->hide();
    switch (r.task) {
        case engine::Task::Annotation:
            drawReliability();
            break;
        case engine::Task::Imputation:
            drawImputation();
            break;
        case engine::Task::Perturbation:
            drawPerturbation();
            break;
        case engine::Task::GenePerturbation:  // the table only: one change per held-out perturbation is not drawn yet
            break;
    }
    fillTable();
}

int EvaluationView::shownPoints() const { return scatter_ ? scatter_->dataCount() : 0; }

void EvaluationView::drawReliability() {
    const auto& c = report_->calibration;
    plot_->xAxis->setLabel(tr("scDiff confidence (probability of the predicted type)"));
    plot_->yAxis->setLabel(tr("accuracy of the cells in the bin"));
    if (c.cells == 0) {
        plotTitle_->setText(tr("The report has no test cells to show"));
        plot_->replot();
        return;
    }
    bars_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    bars_->setName(tr("accuracy per confidence bin"));
    bars_->setPen(QPen(QColor(31, 119, 180)));
    bars_->setBrush(QColor(31, 119, 180, 110));
    QVector<double> keys, values;
    double width = 0.1;
    for (const auto& b : c.bins) {
        width = b.upper - b.lower;
        if (b.count == 0) continue;
        keys << 0.5 * (b.lower + b.upper);
        values << b.accuracy;
    }
    bars_->setWidth(width * 0.9);
    bars_->setData(keys, values);
    addIdentityLine();
    plotTitle_->setText(
        tr("Reliability of scDiff's confidence over %1 test cells: mean confidence %2, accuracy %3, ECE %4")
            .arg(QLocale().toString(static_cast<qint64>(c.cells)), formatted(c.meanConfidence, 3),
                 formatted(c.accuracy, 3), formatted(c.ece, 3)));
    plot_->xAxis->setRange(0, 1);
    plot_->yAxis->setRange(0, 1.02);
    plot_->replot();
}

void EvaluationView::addIdentityLine() {
    auto* identity = new QCPItemStraightLine(plot_);
    identity->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    identity->point1->setCoords(0, 0);
    identity->point2->setCoords(1, 1);
}

void EvaluationView::drawAgainstTruth(const QVector<double>& x, const QVector<double>& y, const QString& name,
                                      int alpha, double size) {
    double hi = 0, lo = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        hi = std::max({hi, x[i], y[i]});
        lo = std::min({lo, x[i], y[i]});
    }
    scatter_ = plot_->addGraph();
    scatter_->setName(name);
    scatter_->setLineStyle(QCPGraph::lsNone);
    scatter_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180, alpha), size));
    scatter_->setAdaptiveSampling(false);  // every given point is drawn (the count is part of the contract)
    scatter_->setData(x, y);
    addIdentityLine();
    // One scale on both axes, so the identity is the diagonal.
    const double pad = 0.04 * std::max(1e-6, hi - lo);
    plot_->xAxis->setRange(lo - pad, hi + pad);
    plot_->yAxis->setRange(lo - pad, hi + pad);
}

void EvaluationView::drawImputation() {
    plot_->xAxis->setLabel(tr("true value (log-normalised)"));
    plot_->yAxis->setLabel(tr("scDiff imputed value (log-normalised)"));
    const auto& truth = report_->hiddenTrue;
    const auto& imputed = report_->hiddenImputed;
    const auto n = std::min(truth.size(), imputed.size());
    if (n == 0 || report_->runs.empty() || report_->runs.front().methods.empty()) {
        plotTitle_->setText(tr("The report has no hidden entries to show"));
        plot_->replot();
        return;
    }
    // Evenly spaced over the entries (hideEntries lists them cell by cell, so every part of the data shows).
    const std::size_t shown = std::min<std::size_t>(n, kMaxPoints);
    QVector<double> x, y;
    x.reserve(static_cast<qsizetype>(shown));
    y.reserve(static_cast<qsizetype>(shown));
    for (std::size_t i = 0; i < shown; ++i) {
        const std::size_t k = i * n / shown;
        x << truth[k];
        y << imputed[k];
    }
    drawAgainstTruth(x, y, tr("hidden entries"), shown > 5000 ? 60 : 130, shown > 5000 ? 3 : 5);
    // The scatter is the first run's hidden entries, so the title gives that run's scores.
    const auto& scdiff = report_->runs.front().methods.front();
    const QString title = report_->runs.size() > 1 ? tr("%1 on the hidden entries of run 1: Pearson %2, RMSE %3")
                                                   : tr("%1 on the hidden entries: Pearson %2, RMSE %3");
    plotTitle_->setText(title.arg(QString::fromStdString(scdiff.method),
                                  formatted(valueOf(scdiff.metrics, "pearson"), 3),
                                  formatted(valueOf(scdiff.metrics, "rmse"), 3)));
    if (shown < n) {
        const QLocale locale;
        subset_->setText(
            tr("%1 of %2 hidden entries shown (evenly spaced)")
                .arg(locale.toString(static_cast<qint64>(shown)), locale.toString(static_cast<qint64>(n))));
        subset_->show();
    }
    plot_->replot();
}

void EvaluationView::drawPerturbation() {
    plot_->xAxis->setLabel(tr("true mean change (stimulated − control)"));
    plot_->yAxis->setLabel(tr("scDiff predicted mean change"));
    const auto& truth = report_->trueDelta;
    const auto& predicted = report_->predictedDelta;
    const auto n = std::min(truth.size(), predicted.size());
    if (n == 0 || report_->runs.empty() || report_->runs.front().methods.empty()) {
        plotTitle_->setText(tr("The report has no predicted change to show"));
        plot_->replot();
        return;
    }
    QVector<double> x, y;
    for (std::size_t k = 0; k < n; ++k) {
        x << truth[k];
        y << predicted[k];
    }
    drawAgainstTruth(x, y, tr("genes"), 130, 5);
    const auto& run = report_->runs.front();
    plotTitle_->setText(tr("%1 held out (run 1): R² top-100 DE %2, all genes %3")
                            .arg(QString::fromStdString(run.heldOutType),
                                 formatted(valueOf(run.methods.front().metrics, "r2_top100_de"), 3),
                                 formatted(valueOf(run.methods.front().metrics, "r2_all_genes"), 3)));
    plot_->replot();
}

void EvaluationView::fillTable() {
    const auto keys = metricKeys(report_->task);
    table_->clear();
    table_->setColumnCount(static_cast<int>(keys.size()) + 2);
    QStringList headers{tr("Method")};
    for (const auto& k : keys) headers << metricTitle(k);
    headers << tr("Seconds");
    table_->setHorizontalHeaderLabels(headers);
    table_->horizontalHeaderItem(0)->setToolTip(tr("scDiff and the baselines, on the same splits in the same run"));
    for (std::size_t k = 0; k < keys.size(); ++k)
        table_->horizontalHeaderItem(static_cast<int>(k) + 1)->setToolTip(metricTip(keys[k]));
    table_->horizontalHeaderItem(table_->columnCount() - 1)
        ->setToolTip(tr("Training and inference time (mean per run)"));
    table_->setRowCount(static_cast<int>(report_->summary.size()));
    // The mean over the runs in Qt::UserRole; the text adds "± sd" when there were several runs.
    auto number = [](double mean, double sd, int decimals) {
        QString text = formatted(mean, decimals);
        if (std::isfinite(mean) && std::isfinite(sd)) text += QStringLiteral(" ± ") + formatted(sd, decimals);
        auto* item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, mean);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto& m = report_->summary[static_cast<std::size_t>(row)];
        table_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(m.method)));
        for (std::size_t k = 0; k < keys.size(); ++k)
            table_->setItem(row, static_cast<int>(k) + 1, number(valueOf(m.mean, keys[k]), valueOf(m.sd, keys[k]), 3));
        table_->setItem(row, table_->columnCount() - 1, number(m.seconds, NAN, 1));
        if (m.method == "scDiff")
            for (int c = 0; c < table_->columnCount(); ++c) {
                QFont f = table_->item(row, c)->font();
                f.setBold(true);
                table_->item(row, c)->setFont(f);
            }
    }
}

}  // namespace scdiff::ui
