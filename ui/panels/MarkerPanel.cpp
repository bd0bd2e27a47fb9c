#include "panels/MarkerPanel.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <memory>
#include <qcustomplot.h>

#include "common/ErrorReporter.h"
#include "tasks/DatasetTasks.h"
#include "models/DataAccess.h"
#include "plots/MarkerPlots.h"
#include "session/Session.h"
#include "io/CsvWriter.h"

namespace scdiff::ui {

MarkerPanel::MarkerPanel(Session* session, JobRunner* jobs, QWidget* parent)
    : QWidget(parent), session_(session), jobs_(jobs) {
    groupBox_ = new QComboBox;
    genesEdit_ = new QLineEdit;
    genesEdit_->setPlaceholderText(tr("Genes, separated by commas or spaces"));
    violinGene_ = new QComboBox;
    violinGene_->setToolTip(tr("Gene shown in the violin plot"));
    auto* rank = new QPushButton(tr("Find top markers"));
    dot_ = new QCustomPlot;
    violin_ = new QCustomPlot;
    heat_ = new QCustomPlot;
    table_ = new QTableWidget;
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSortingEnabled(true);
    tabs_ = new QTabWidget;
    tabs_->addTab(dot_, tr("Dot plot"));
    tabs_->addTab(violin_, tr("Violin"));
    tabs_->addTab(heat_, tr("Heat map"));
    tabs_->addTab(table_, tr("Top markers"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Group by:")));
    bar->addWidget(groupBox_);
    bar->addWidget(new QLabel(tr("Genes:")));
    bar->addWidget(genesEdit_, 1);
    bar->addWidget(rank);
    bar->addWidget(new QLabel(tr("Violin gene:")));
    bar->addWidget(violinGene_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(tabs_, 1);

    connect(groupBox_, &QComboBox::currentTextChanged, this, [this] { redraw(); });
    connect(genesEdit_, &QLineEdit::editingFinished, this,
            [this] { setGenes(genesEdit_->text().split(QRegularExpression("[,\\s]+"), Qt::SkipEmptyParts)); });
    connect(violinGene_, &QComboBox::currentTextChanged, this, [this] { redraw(); });
    connect(rank, &QPushButton::clicked, this, &MarkerPanel::computeMarkers);
    connect(session_, &Session::datasetReplaced, this, [this] {
        genes_.clear();
        ranking_.clear();
        genesEdit_->clear();
        fillTable();
        refreshColumns();
        redraw();
    });
    connect(session_, &Session::expressionChanged, this, [this] {
        ranking_.clear();  // ranked on the values X held before
        fillTable();
        redraw();
    });
    connect(session_, &Session::obsColumnChanged, this, [this](const QString& name) {
        refreshColumns();
        if (name == groupBox_->currentText()) redraw();
    });
}

void MarkerPanel::refreshColumns() {
    const QString current = groupBox_->currentText();
    QSignalBlocker block(groupBox_);
    groupBox_->clear();
    for (const auto& c : session_->data().obs.columns)
        if (isCategoricalLike(c.data)) groupBox_->addItem(QString::fromStdString(c.name));
    if (groupBox_->findText(current) >= 0)
        groupBox_->setCurrentText(current);
    else
        for (const char* c : {"cell_type", "celltype", "leiden", "louvain"})
            if (groupBox_->findText(c) >= 0) {
                groupBox_->setCurrentText(c);
                break;
            }
}

void MarkerPanel::setGroupBy(const QString& column) {
    refreshColumns();
    groupBox_->setCurrentText(column);
    redraw();
}

int MarkerPanel::setGenes(const QStringList& genes) {
    genes_.clear();
    QStringList found;
    for (const QString& g : genes) {
        const auto j = varIndex(session_->data(), g.toStdString());
        if (j >= 0 && std::find(genes_.begin(), genes_.end(), j) == genes_.end()) {
            genes_.push_back(j);
            found << g;
        }
    }
    genesEdit_->setText(found.join(", "));
    QSignalBlocker block(violinGene_);
    violinGene_->clear();
    violinGene_->addItems(found);
    redraw();
    return static_cast<int>(genes_.size());
}

void MarkerPanel::redraw() {
    const std::string group = groupBox_->currentText().toStdString();
    if (!session_->hasData() || group.empty()) return;
    try {
        drawDotPlot(dot_, session_->data(), group, genes_);
        drawViolins(violin_, session_->data(), group,
                    varIndex(session_->data(), violinGene_->currentText().toStdString()));
        drawHeatmap(heat_, session_->data(), group, genes_);
    } catch (const std::exception& e) {
        ErrorReporter::report(this, tr("Cannot draw the marker plots"), QString::fromUtf8(e.what()));
    }
}

bool MarkerPanel::computeMarkers() {
    const TaskLauncher launcher(jobs_, session_, this);
    if (launcher.busy() || !session_->hasData() || groupBox_->currentText().isEmpty()) return false;
    auto task = std::make_shared<RankMarkersTask>(session_->data(), groupBox_->currentText().toStdString());
    return launcher.start(task, {.applied = [this, task] {
                              ranking_ = std::move(task->ranking());
                              fillTable();
                              QStringList top;
                              for (const auto& g : ranking_)
                                  for (std::size_t k = 0; k < std::min<std::size_t>(3, g.genes.size()); ++k)
                                      if (!top.contains(QString::fromStdString(g.genes[k].name)))
                                          top << QString::fromStdString(g.genes[k].name);
                              setGenes(top);
                          }});
}

void MarkerPanel::fillTable() {
    table_->setSortingEnabled(false);
    table_->clear();
    const QStringList headers{tr("group"),
                              tr("rank"),
                              tr("gene"),
                              tr("score"),
                              tr("log2 fold change"),
                              tr("p-value"),
                              tr("adjusted p-value"),
                              tr("mean in group"),
                              tr("fraction expressing")};
    table_->setColumnCount(headers.size());
    table_->setHorizontalHeaderLabels(headers);
    int rows = 0;
    for (const auto& g : ranking_) rows += static_cast<int>(g.genes.size());
    table_->setRowCount(rows);
    int r = 0;
    auto number = [](double v) {
        auto* item = new QTableWidgetItem;
        item->setData(Qt::DisplayRole, v);
        return item;
    };
    for (const auto& g : ranking_)
        for (std::size_t k = 0; k < g.genes.size(); ++k, ++r) {
            const auto& s = g.genes[k];
            table_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(g.group)));
            table_->setItem(r, 1, number(static_cast<double>(k + 1)));
            table_->setItem(r, 2, new QTableWidgetItem(QString::fromStdString(s.name)));
            table_->setItem(r, 3, number(s.score));
            table_->setItem(r, 4, number(s.logFoldChange));
            table_->setItem(r, 5, number(s.pValue));
            table_->setItem(r, 6, number(s.pValueAdj));
            table_->setItem(r, 7, number(s.meanInGroup));
            table_->setItem(r, 8, number(s.fractionInGroup));
        }
    table_->resizeColumnsToContents();
    table_->setSortingEnabled(true);
}

bool MarkerPanel::exportMarkersCsv(const QString& path) const {
    CsvWriter csv(path);
    auto failed = [&] {
        ErrorReporter::report(nullptr, tr("Cannot export the markers"),
                              tr("Cannot write %1: %2.").arg(path, csv.error()));
        return false;
    };
    if (!csv.open()) return failed();
    csv.row({"group", "rank", "gene", "score", "logfoldchange", "pval", "pval_adj", "mean_in_group",
             "fraction_expressing"});
    for (const auto& g : ranking_)
        for (std::size_t k = 0; k < g.genes.size(); ++k) {
            const auto& s = g.genes[k];
            csv.text(QString::fromStdString(g.group))
                .integer(static_cast<qint64>(k + 1))
                .text(QString::fromStdString(s.name));
            csv.number(s.score)
                .number(s.logFoldChange)
                .number(s.pValue)
                .number(s.pValueAdj)
                .number(s.meanInGroup)
                .number(s.fractionInGroup);
            csv.endRow();
        }
    return csv.commit() || failed();
}

QCustomPlot* MarkerPanel::currentPlot() const { return qobject_cast<QCustomPlot*>(tabs_->currentWidget()); }

}  // namespace scdiff::ui
