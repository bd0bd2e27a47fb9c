#include "results/PerturbationView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QTabWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>
#include <QTextStream>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <qcustomplot.h>
#include <unordered_map>

#include "common/ErrorReporter.h"
#include "common/Settings.h"
#include "models/DataAccess.h"
#include "results/VerdictLine.h"
#include "session/PerturbationPredictions.h"
#include "io/CsvWriter.h"

namespace scdiff::ui {

PerturbationView::PerturbationView(QWidget* parent) : QWidget(parent) {
    title_ = new QLabel;
    QFont f = title_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    title_->setFont(f);
    title_->setWordWrap(true);
    r2Label_ = new QLabel;
    r2Label_->setObjectName("perturbationR2");
    r2Label_->setWordWrap(true);
    save_ = new QPushButton(tr("Save predicted cells as h5ad…"));
    save_->setObjectName("savePerturbation");
    save_->setEnabled(false);
    connect(save_, &QPushButton::clicked, this, &PerturbationView::saveRequested);
    plot_ = new QCustomPlot;
    plot_->setObjectName("perturbationPlot");
    plot_->setMinimumSize(400, 300);
    deTable_ = new QTableWidget(0, 5);
    deTable_->setObjectName("perturbationDeTable");
    deTable_->setHorizontalHeaderLabels({tr("Gene"), tr("Control"), tr("Predicted"), tr("Pred. Δ"), tr("Obs. Δ")});
    const QStringList tips{tr("Gene"), tr("Mean of the type's control cells"),
                           tr("Mean of the predicted stimulated cells"),
                           tr("Predicted change: predicted stimulated − control"),
                           tr("Observed change: observed stimulated − control (when the dataset has such cells)")};
    for (int c = 0; c < 5; ++c) deTable_->horizontalHeaderItem(c)->setToolTip(tips[c]);
    deTable_->verticalHeader()->setDefaultSectionSize(deTable_->fontMetrics().height() + 6);
    deTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    deTable_->verticalHeader()->hide();
    deTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    deTable_->horizontalHeader()->setStretchLastSection(true);
    deTable_->setWordWrap(false);
    exportDe_ = new QPushButton(tr("Export CSV…"));
    exportDe_->setObjectName("exportPerturbationDe");
    exportDe_->setEnabled(false);
    connect(exportDe_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the DE table"), Settings::lastFolder() + "/perturbation_de.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty()) exportDeCsv(path);
    });
    auto* tableTitle = new QLabel(tr("All model genes by |predicted change| (log-normalised means)"));
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(tableTitle);
    tableLayout->addWidget(deTable_, 1);
    tableLayout->addWidget(exportDe_, 0, Qt::AlignRight);
    scatter_ = new QCustomPlot;
    scatter_->setObjectName("perturbationScatter");
    scatter_->setMinimumSize(400, 300);
    scatter_->plotLayout()->insertRow(0);
    scatterTitle_ = new QCPTextElement(scatter_, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    scatter_->plotLayout()->addElement(0, 0, scatterTitle_);
    violinPlot_ = new QCustomPlot;
    violinPlot_->setObjectName("perturbationViolinPlot");
    violinPlot_->setMinimumSize(400, 280);
    violinGene_ = new QComboBox;
    violinGene_->setObjectName("perturbationViolinGene");
    violinGene_->setMinimumContentsLength(12);
    connect(violinGene_, &QComboBox::currentIndexChanged, this, [this] { drawViolins(); });
    auto* violinTab = new QWidget;
    auto* violinLayout = new QVBoxLayout(violinTab);
    violinLayout->setContentsMargins(0, 0, 0, 0);
    auto* geneRow = new QHBoxLayout;
    geneRow->addWidget(new QLabel(tr("Gene (top 20 by |predicted change|):")));
    geneRow->addWidget(violinGene_);
    geneRow->addStretch(1);
    violinLayout->addLayout(geneRow);
    violinLayout->addWidget(violinPlot_, 1);
    plotTabs_ = new QTabWidget;
    plotTabs_->setObjectName("perturbationPlotTabs");
    plotTabs_->addTab(plot_, tr("Top changes"));
    plotTabs_->addTab(scatter_, tr("Predicted vs observed"));
    plotTabs_->addTab(violinTab, tr("Violins"));
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(plotTabs_);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* top = new QHBoxLayout;
    top->addWidget(r2Label_, 1);
    top->addWidget(save_);
    predictionBox_ = new QComboBox;
    predictionBox_->setObjectName("perturbationPredictions");
    predictionBox_->setMinimumContentsLength(24);
    predictionBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    predictionBox_->setToolTip(tr("Every perturbation predicted in this session, in the order made"));
    connect(predictionBox_, &QComboBox::activated, this, [this](int index) {
        if (predictions_) predictions_->setCurrent(index);
    });
    remove_ = new QPushButton(tr("Remove"));
    remove_->setObjectName("removePerturbation");
    remove_->setToolTip(tr("Forget the shown prediction and free the memory its predicted cells take"));
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (predictions_) predictions_->removeCurrent();
    });
    auto* predictionsRow = new QHBoxLayout;
    predictionsRow->addWidget(new QLabel(tr("Prediction:")));
    predictionsRow->addWidget(predictionBox_);
    predictionsRow->addWidget(remove_);
    predictionsRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    verdict_ = new VerdictLine(engine::Task::Perturbation);
    geneVerdict_ = new VerdictLine(engine::Task::GenePerturbation);
    layout->addLayout(predictionsRow);
    layout->addWidget(title_);
    layout->addWidget(verdict_);
    layout->addWidget(geneVerdict_);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    clear();
}

void PerturbationView::setPredictions(PerturbationPredictions* predictions) {
    if (predictions_) disconnect(predictions_, nullptr, this, nullptr);
    predictions_ = predictions;
    if (predictions_)
        connect(predictions_, &PerturbationPredictions::changed, this, &PerturbationView::showPredictions);
    showPredictions();
}

void PerturbationView::showPredictions() {
    {
        const QSignalBlocker block(predictionBox_);
        predictionBox_->clear();
        if (predictions_)
            for (const auto& p : predictions_->all())
                predictionBox_->addItem(PerturbationPredictions::nameOf(*p.summary));
        predictionBox_->setCurrentIndex(predictions_ ? predictions_->currentIndex() : -1);
    }
    const auto* shown = predictions_ ? predictions_->current() : nullptr;
    predictionBox_->setEnabled(shown != nullptr);
    remove_->setEnabled(shown != nullptr);
    if (shown)
        setSummary(*shown->summary);
    else
        clear();
}

void PerturbationView::clear() {
    summary_.reset();
    report_.reset();
    shownGenes_.clear();
    title_->setText(
        tr("Predict a perturbation with Model > Predict perturbation… (a model trained for the "
           "perturbation task) or Model > Predict gene perturbation… (the gene-perturbation task)."));
    geneVerdict_->hide();
    verdict_->show();
    r2Label_->clear();
    save_->setEnabled(false);
    draw();
    fillTable();
    drawScatter();
    violinGene_->clear();
    drawViolins();
}

void PerturbationView::setSummary(PerturbationSummary s) {
    summary_ = std::move(s);
    const auto& p = *summary_;
    report_ = p.report;
    verdict_->setVisible(!p.genePerturbation());
    geneVerdict_->setVisible(p.genePerturbation());
    if (p.genePerturbation())
        title_->setText(tr("%1: predicted from %n control cell(s)", nullptr, static_cast<int>(p.controlCells))
                            .arg(QString::fromStdString(p.perturbedGenes)));
    else
        title_->setText(tr("%1: predicted %2 vs %3 (%n control cell(s))", nullptr, static_cast<int>(p.controlCells))
                            .arg(QString::fromStdString(p.cellType), QString::fromStdString(p.stimulated),
                                 QString::fromStdString(p.control)));
    r2Label_->setText(scoreText());
    save_->setEnabled(true);
    draw();
    fillTable();
    drawScatter();
    {
        const QSignalBlocker block(violinGene_);
        violinGene_->clear();
        for (std::size_t i = 0; i < std::min<std::size_t>(20, deOrder_.size()); ++i)
            violinGene_->addItem(QString::fromStdString(p.genes[deOrder_[i]]), static_cast<qulonglong>(deOrder_[i]));
    }
    drawViolins();
}

QString PerturbationView::cellTypeHow() const {
    const auto& p = *summary_;
    // How a type the model never saw stimulated was predicted (shown above the score).
    QString how;
    if (!p.ownToken && p.responseSources.empty())
        how = tr("The model never saw %1 %2: its cells were sampled with the null cell-type token (the response "
                 "learned across all types).")
                  .arg(QString::fromStdString(p.cellType), QString::fromStdString(p.stimulated));
    else if (!p.ownToken) {
        QStringList sources;
        for (const auto& [type, cells] : p.responseSources)
            sources << tr("%1 (%n cell(s))", nullptr, static_cast<int>(cells)).arg(QString::fromStdString(type));
        how = tr("The model never saw %1 %2: each cell borrowed the learned response of the trained type nearest "
                 "to it: %3.")
                  .arg(QString::fromStdString(p.cellType), QString::fromStdString(p.stimulated), sources.join(", "));
    }
    if (!p.ownToken && p.autoTypes >= 3) {
        const bool nearest = !p.responseSources.empty();
        how += QLatin1Char(' ') +
               (nearest ? tr("Chosen automatically: the %n type(s) seen %1 respond more like their nearest type "
                             "(R² %2) than like the mean of the others (%3).",
                             nullptr, p.autoTypes)
                        : tr("Chosen automatically: the %n type(s) seen %1 respond more like the mean of the others "
                             "(R² %2) than like their nearest type (%3).",
                             nullptr, p.autoTypes))
                   .arg(QString::fromStdString(p.stimulated))
                   .arg(nearest ? p.autoNearestR2 : p.autoOthersR2, 0, 'f', 2)
                   .arg(nearest ? p.autoOthersR2 : p.autoNearestR2, 0, 'f', 2);
    }
    return how;
}

QString PerturbationView::scoreText() const {
    const auto& p = *summary_;
    auto value = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : tr("n/a"); };
    if (p.genePerturbation()) {
        const QString how =
            p.seenInTraining
                ? tr("The training cells had %1.").arg(QString::fromStdString(p.perturbedGenes))
                : tr("No training cell had %1: predicted zero-shot through the gene graph (%2, %n gene(s)).", nullptr,
                     static_cast<int>(p.graphGenes))
                          .arg(QString::fromStdString(p.perturbedGenes), QString::fromStdString(p.graphSource)) +
                      (p.sumOfSingles
                           ? QLatin1Char(' ') + tr("The change is the sum of the model's two single-gene changes.")
                           : QString());
        if (const auto& g = p.geneReport)
            return how + "\n" +
                   tr("Observed: %n cell(s) under this perturbation.  Pearson of predicted vs observed mean change: "
                      "%1 (top %2 DE genes), %3 (all %4 genes); MSE on the top %2: %5",
                      nullptr, static_cast<int>(p.observedCells))
                       .arg(value(g->pearsonDeltaTop))
                       .arg(g->topGenes.size())
                       .arg(value(g->pearsonDeltaAll))
                       .arg(p.genes.size())
                       .arg(value(g->mseTop));
        return how + "\n" + tr("The dataset has no cells under this perturbation: only the predicted change is shown.");
    }
    const QString how = cellTypeHow();
    if (report_)
        return (how.isEmpty() ? QString() : how + "\n") +
               tr("Observed: %n stimulated cell(s) of this type.  R² of predicted vs observed mean change: "
                  "%1 (top %2 DE genes), %3 (all %4 genes)",
                  nullptr, static_cast<int>(p.observedCells))
                   .arg(value(report_->r2TopDE))
                   .arg(report_->topN)
                   .arg(value(report_->r2All))
                   .arg(p.genes.size());
    return (how.isEmpty() ? QString() : how + "\n") +
           tr("The dataset has no %1 cells of this type: only the predicted change is shown.")
               .arg(QString::fromStdString(p.stimulated));
}

void PerturbationView::fillTable() {
    deOrder_.clear();
    deTable_->setRowCount(0);
    exportDe_->setEnabled(summary_.has_value());
    if (!summary_) return;
    const auto& p = *summary_;
    deOrder_.resize(p.genes.size());
    std::iota(deOrder_.begin(), deOrder_.end(), 0);
    auto change = [&](std::size_t g) { return p.predictedMean[g] - p.controlMean[g]; };
    std::stable_sort(deOrder_.begin(), deOrder_.end(),
                     [&](std::size_t a, std::size_t b) { return std::abs(change(a)) > std::abs(change(b)); });
    const bool observed = !p.observedMean.empty();
    deTable_->setRowCount(static_cast<int>(deOrder_.size()));
    auto number = [](double v) {
        auto* item = new QTableWidgetItem(QString::number(v, 'f', 3));
        item->setData(Qt::UserRole, v);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < static_cast<int>(deOrder_.size()); ++row) {
        const auto g = deOrder_[static_cast<std::size_t>(row)];
        deTable_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(p.genes[g])));
        deTable_->setItem(row, 1, number(p.controlMean[g]));
        deTable_->setItem(row, 2, number(p.predictedMean[g]));
        deTable_->setItem(row, 3, number(change(g)));
        deTable_->setItem(row, 4, observed ? number(p.observedMean[g] - p.controlMean[g]) : new QTableWidgetItem);
    }
}

bool PerturbationView::exportDeCsv(const QString& path) {
    if (!summary_) {
        ErrorReporter::report(this, tr("Cannot export the DE table"),
                              tr("There is no perturbation prediction to export."));
        return false;
    }
    CsvWriter csv(path);
    auto failed = [&] {
        ErrorReporter::report(this, tr("Cannot export the DE table"),
                              tr("Cannot write %1: %2.").arg(path, csv.error()));
        return false;
    };
    if (!csv.open()) return failed();
    const auto& p = *summary_;
    const bool observed = !p.observedMean.empty();
    csv.row({"gene", "control_mean", "predicted_stimulated_mean", "predicted_change", "observed_change"});
    for (const auto g : deOrder_) {
        csv.text(QString::fromStdString(p.genes[g])).number(p.controlMean[g]).number(p.predictedMean[g]);
        csv.number(p.predictedMean[g] - p.controlMean[g]);
        if (observed)
            csv.number(p.observedMean[g] - p.controlMean[g]);
        else
            csv.blank();
        csv.endRow();
    }
    return csv.commit() || failed();
}

void PerturbationView::draw() {
    plot_->clearPlottables();
    plot_->clearItems();
    predictedBars_ = observedBars_ = nullptr;
    shownGenes_.clear();
    plot_->legend->setVisible(false);
    if (!summary_) {
        plot_->replot();
        return;
    }
    const auto& p = *summary_;
    std::vector<std::size_t> order(p.genes.size());
    std::iota(order.begin(), order.end(), 0);
    auto change = [&](std::size_t g) { return p.predictedMean[g] - p.controlMean[g]; };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return std::abs(change(a)) > std::abs(change(b)); });
    order.resize(std::min<std::size_t>(20, order.size()));
    const bool observed = !p.observedMean.empty();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, predicted, seen;
    double lo = 0, hi = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto g = order[i];
        shownGenes_.push_back(p.genes[g]);
        keys << static_cast<double>(i);
        predicted << change(g);
        ticker->addTick(static_cast<double>(i), QString::fromStdString(p.genes[g]));
        lo = std::min(lo, change(g));
        hi = std::max(hi, change(g));
        if (observed) {
            seen << p.observedMean[g] - p.controlMean[g];
            lo = std::min(lo, seen.back());
            hi = std::max(hi, seen.back());
        }
    }
    auto* group = new QCPBarsGroup(plot_);
    group->setSpacing(1);
    predictedBars_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    predictedBars_->setName(tr("predicted − control"));
    predictedBars_->setBrush(QColor(31, 119, 180));
    predictedBars_->setPen(QPen(QColor(31, 119, 180).darker(130), 1.5));  // a small change still shows
    predictedBars_->setWidth(observed ? 0.38 : 0.7);
    predictedBars_->setData(keys, predicted, true);
    if (observed) {
        observedBars_ = new QCPBars(plot_->xAxis, plot_->yAxis);
        observedBars_->setName(tr("observed − control"));
        observedBars_->setBrush(QColor(255, 127, 14));
        observedBars_->setPen(Qt::NoPen);
        observedBars_->setWidth(0.38);
        observedBars_->setData(keys, seen, true);
        predictedBars_->setBarsGroup(group);
        observedBars_->setBarsGroup(group);
    }
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setTickLabelRotation(60);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->grid()->setVisible(false);
    plot_->xAxis->setRange(-0.6, static_cast<double>(order.size()) - 0.4);
    const double pad = 0.08 * std::max(1e-6, hi - lo);
    plot_->yAxis->setRange(lo - pad, hi + pad);
    plot_->yAxis->setLabel(tr("mean change (log-normalised)"));
    plot_->xAxis->setLabel(tr("top %n gene(s) by |predicted − control|", nullptr, static_cast<int>(order.size())));
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot_->replot();
}

void PerturbationView::drawScatter() {
    scatter_->clearPlottables();
    scatter_->clearItems();
    scatterGraph_ = nullptr;
    plotTabs_->setTabEnabled(1, hasObserved());
    if (!hasObserved()) {
        scatterTitle_->setText(!summary_ ? QString()
                               : summary_->genePerturbation()
                                   ? tr("No measured cells under this perturbation to compare with")
                                   : tr("No observed stimulated cells of this type to compare with"));
        scatter_->replot();
        return;
    }
    const auto& p = *summary_;
    QVector<double> x, y;
    double lo = 0, hi = 0;
    for (std::size_t g = 0; g < p.genes.size(); ++g) {
        x << p.observedMean[g] - p.controlMean[g];
        y << p.predictedMean[g] - p.controlMean[g];
        lo = std::min({lo, x.back(), y.back()});
        hi = std::max({hi, x.back(), y.back()});
    }
    scatterGraph_ = scatter_->addGraph();
    scatterGraph_->setName(tr("genes"));
    scatterGraph_->setLineStyle(QCPGraph::lsNone);
    scatterGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180, 150), 5));
    scatterGraph_->setData(x, y);  // sorted by key for drawing; one point per gene either way
    auto* identity = new QCPItemStraightLine(scatter_);
    identity->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    identity->point1->setCoords(0, 0);
    identity->point2->setCoords(1, 1);
    auto value = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : tr("n/a"); };
    if (const auto& g = p.geneReport)
        scatterTitle_->setText(tr("Pearson = %1 (top %2 DE genes), %3 (all %4 genes)")
                                   .arg(value(g->pearsonDeltaTop))
                                   .arg(g->topGenes.size())
                                   .arg(value(g->pearsonDeltaAll))
                                   .arg(p.genes.size()));
    else
        scatterTitle_->setText(tr("R² = %1 (top %2 DE genes), %3 (all %4 genes)")
                                   .arg(value(report_->r2TopDE))
                                   .arg(report_->topN)
                                   .arg(value(report_->r2All))
                                   .arg(p.genes.size()));
    const double pad = 0.06 * std::max(1e-6, hi - lo);
    scatter_->xAxis->setRange(lo - pad, hi + pad);
    scatter_->yAxis->setRange(lo - pad, hi + pad);
    scatter_->xAxis->setLabel(p.genePerturbation() ? tr("observed mean change (perturbed − control)")
                                                   : tr("observed mean change (stimulated − control)"));
    scatter_->yAxis->setLabel(tr("predicted mean change (predicted − control)"));
    scatter_->replot();
}

void PerturbationView::drawViolins() {
    violins_.clear();
    const int index = violinGene_->currentIndex();
    if (!summary_ || index < 0) {
        ui::drawViolins(violinPlot_, std::vector<ViolinGroup>{}, QString(), QString());
        return;
    }
    const auto& p = *summary_;
    const auto g = static_cast<std::size_t>(violinGene_->itemData(index).toULongLong());
    const std::size_t G = p.genes.size();
    auto column = [&](const std::vector<float>& values) {
        std::vector<double> out;
        for (std::size_t i = 0; G > 0 && i < values.size() / G; ++i) out.push_back(values[i * G + g]);
        return out;
    };
    std::vector<ViolinGroup> groups;
    groups.push_back(
        {tr("%1 (observed)").arg(QString::fromStdString(p.control)), column(p.controlValues), QColor(127, 127, 127)});
    if (!p.observedValues.empty())
        groups.push_back({tr("%1 (observed)").arg(QString::fromStdString(p.stimulated)), column(p.observedValues),
                          QColor(255, 127, 14)});
    groups.push_back({tr("%1 (predicted)").arg(QString::fromStdString(p.stimulated)), column(p.predictedValues),
                      QColor(31, 119, 180)});
    violins_ = ui::drawViolins(violinPlot_, groups, QString(),
                               tr("%1 expression (log-normalised)").arg(QString::fromStdString(p.genes[g])));
}

}  // namespace scdiff::ui
