#include "results/AnnotationResultsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

#include "common/ErrorReporter.h"
#include "common/Settings.h"
#include "models/DataAccess.h"
#include "session/Commands.h"
#include "session/Session.h"
#include "scdiff/engine/results.hpp"
#include "scdiff/error.hpp"
#include "results/VerdictLine.h"
#include "io/CsvWriter.h"

namespace scdiff::ui {

namespace {
const char* kPredicted = "scdiff_cell_type";
const char* kConfidence = "scdiff_confidence";

QSharedPointer<QCPAxisTickerText> ticker(const std::vector<std::string>& labels, bool reversed) {
    QSharedPointer<QCPAxisTickerText> t(new QCPAxisTickerText);
    const auto n = labels.size();
    for (std::size_t i = 0; i < n; ++i)
        t->addTick(static_cast<double>(reversed ? n - 1 - i : i), QString::fromStdString(labels[i]));
    return t;
}
QString fixed(double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : AnnotationResultsPanel::tr("n/a"); }
}  // namespace

AnnotationResultsPanel::AnnotationResultsPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
    referenceBox_ = new QComboBox;
    referenceBox_->setObjectName("referenceBox");
    referenceBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    accuracyLabel_ = new QLabel;
    accuracyLabel_->setObjectName("macroAccuracyLabel");
    f1Label_ = new QLabel;
    f1Label_->setObjectName("macroF1Label");
    status_ = new QLabel;
    status_->setWordWrap(true);
    QFont big = accuracyLabel_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    accuracyLabel_->setFont(big);
    f1Label_->setFont(big);
    agreementButton_ = new QPushButton(tr("Show agreement on embedding"));
    agreementButton_->setObjectName("showAgreement");
    agreementButton_->setToolTip(
        tr("Colours the embedding by whether the prediction agrees with the reference column"));
    connect(agreementButton_, &QPushButton::clicked, this,
            [this] { emit agreementRequested(kPredicted, reference()); });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Reference column:")));
    top->addWidget(referenceBox_);
    top->addSpacing(16);
    top->addWidget(accuracyLabel_);
    top->addSpacing(16);
    top->addWidget(f1Label_);
    top->addStretch();
    top->addWidget(agreementButton_);

    plot_ = new QCustomPlot;
    plot_->setObjectName("confusionPlot");
    plot_->setMinimumSize(360, 300);
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(
        0, 0, new QCPTextElement(plot_, tr("Confusion matrix"), QFont(font().family(), 11, QFont::Bold)));

    table_ = new QTableWidget(0, 6);
    table_->setObjectName("perClassTable");
    table_->setHorizontalHeaderLabels(
        {tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support"), tr("Training")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c) table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    exportButton_ = new QPushButton(tr("Export table as CSV…"));
    connect(exportButton_, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export per-class metrics"),
                                         Settings::lastFolder() + "/annotation_metrics.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty()) exportCsv(path);
    });
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(table_);
    tableLayout->addWidget(exportButton_, 0, Qt::AlignRight);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(plot_);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // Actions on the predictions.
    threshold_ = new QDoubleSpinBox;
    threshold_->setObjectName("confidenceThreshold");
    threshold_->setRange(0, 1);
    threshold_->setSingleStep(0.05);
    threshold_->setDecimals(2);
    threshold_->setValue(0.5);
    selectButton_ = new QPushButton(tr("Select low-confidence cells"));
    selectButton_->setToolTip(tr("Selects the cells whose confidence (scdiff_confidence) is below the threshold"));
    connect(selectButton_, &QPushButton::clicked, this, [this] { selectLowConfidence(threshold_->value()); });
    targetBox_ = new QComboBox;
    targetBox_->setObjectName("acceptTarget");
    targetBox_->setEditable(true);
    targetBox_->setMinimumContentsLength(14);
    onlySelected_ = new QCheckBox(tr("only the selected cells"));
    onlySelected_->setObjectName("acceptOnlySelected");
    acceptButton_ = new QPushButton(tr("Accept predictions into…"));
    acceptButton_->setToolTip(tr("Copies scdiff_cell_type into the chosen (or a new) obs column as one undoable step"));
    connect(acceptButton_, &QPushButton::clicked, this,
            [this] { acceptPredictions(targetBox_->currentText(), onlySelected_->isChecked()); });
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Confidence below")));
    actions->addWidget(threshold_);
    actions->addWidget(selectButton_);
    actions->addSpacing(24);
    actions->addWidget(acceptButton_);
    actions->addWidget(targetBox_);
    actions->addWidget(onlySelected_);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    verdict_ = new VerdictLine(engine::Task::Annotation);
    layout->addWidget(status_);
    layout->addWidget(verdict_);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    connect(referenceBox_, &QComboBox::currentIndexChanged, this, [this] {
        if (!updatingColumns_) refresh();
    });
    connect(session_, &Session::datasetReplaced, this, [this] {
        refreshColumns();
        refresh();
    });
    connect(session_, &Session::obsColumnChanged, this, [this](const QString& name) {
        const QString before = reference();
        refreshColumns();
        if (name == kPredicted || name == before || reference() != before) refresh();
    });
    connect(session_, &Session::selectionChanged, this, [this](qint64 n) {
        onlySelected_->setText(n ? tr("only the %n selected cell(s)", nullptr, static_cast<int>(n))
                                 : tr("only the selected cells"));
    });
    refreshColumns();
    refresh();
}

void AnnotationResultsPanel::setPreferredReference(const QString& column) {
    preferred_ = column;
    if (referenceBox_->findData(column) >= 0) setReference(column);
}

bool AnnotationResultsPanel::setReference(const QString& column) {
    const int i = referenceBox_->findData(column);
    if (i < 0) return false;
    if (i == referenceBox_->currentIndex())
        refresh();
    else
        referenceBox_->setCurrentIndex(i);  // refreshes
    return true;
}

QString AnnotationResultsPanel::reference() const { return referenceBox_->currentData().toString(); }

void AnnotationResultsPanel::refreshColumns() {
    const QString current = reference();
    const QString target = targetBox_->currentText();
    updatingColumns_ = true;
    referenceBox_->clear();
    targetBox_->clear();
    if (session_->hasData()) {
        for (const auto& c : session_->data().obs.columns) {
            const QString name = QString::fromStdString(c.name);
            if (name == kPredicted || !isCategoricalLike(c.data)) continue;
            referenceBox_->addItem(name, name);
            targetBox_->addItem(name);
        }
    }
    int pick = -1;
    for (const QString& want : {current, preferred_, QStringLiteral("cell_type")})
        if (pick < 0 && !want.isEmpty()) pick = referenceBox_->findData(want);
    if (pick < 0 && referenceBox_->count() > 0) pick = 0;
    referenceBox_->setCurrentIndex(pick);
    targetBox_->setEditText(target.isEmpty() ? QStringLiteral("curated_cell_type") : target);
    updatingColumns_ = false;
}

void AnnotationResultsPanel::refresh() {
    report_.reset();
    const AnnData& d = session_->data();
    const Column* predicted = session_->hasData() ? d.obs.find(kPredicted) : nullptr;
    const Column* truth = predicted ? d.obs.find(reference().toStdString()) : nullptr;
    if (!predicted) {
        status_->setText(
            tr("Annotate with a model (Model > Annotate with model) to see how its predictions agree with a reference "
               "column."));
    } else if (!truth) {
        status_->setText(tr("Choose a reference obs column to compare the predictions with."));
    } else {
        try {
            const Categorical p = asCategorical(predicted->data), t = asCategorical(truth->data);
            std::vector<std::string> truthLabels, predictedLabels;
            std::int64_t skipped = 0;
            for (std::int64_t r = 0; r < d.nObs(); ++r) {
                auto a = t.label(r), b = p.label(r);
                if (!a || !b) {
                    ++skipped;
                    continue;
                }
                truthLabels.push_back(std::move(*a));
                predictedLabels.push_back(std::move(*b));
            }
            report_ = metrics::classification(truthLabels, predictedLabels);
            const int compared = static_cast<int>(truthLabels.size());
            status_->setText(
                skipped == 0
                    ? tr("%n cell(s) compared; accuracy %1", nullptr, compared).arg(fixed(report_->accuracy))
                    : tr("%n cell(s) compared; accuracy %1 (cells without a label skipped: %2)", nullptr, compared)
                          .arg(fixed(report_->accuracy), QLocale().toString(static_cast<qint64>(skipped))));
        } catch (const std::exception& e) {
            status_->setText(QString::fromUtf8(e.what()));
        }
    }
    accuracyLabel_->setText(
        tr("Macro accuracy: %1").arg(report_ ? fixed(report_->macroAccuracy) : QStringLiteral("–")));
    f1Label_->setText(tr("Macro F1: %1").arg(report_ ? fixed(report_->macroF1) : QStringLiteral("–")));
    const bool havePredictions = predicted != nullptr;
    selectButton_->setEnabled(havePredictions && d.obs.find(kConfidence));
    acceptButton_->setEnabled(havePredictions);
    exportButton_->setEnabled(report_.has_value());
    agreementButton_->setEnabled(havePredictions && truth != nullptr);
    drawConfusion();
    fillTable();
    emit resultsChanged(report_.has_value());
}

std::int64_t AnnotationResultsPanel::confusionTotal() const {
    if (!map_) return 0;
    std::int64_t total = 0;
    const int nx = map_->data()->keySize(), ny = map_->data()->valueSize();
    for (int i = 0; i < nx; ++i)
        for (int j = 0; j < ny; ++j) total += static_cast<std::int64_t>(std::llround(map_->data()->cell(i, j)));
    return total;
}

double AnnotationResultsPanel::shownMacroAccuracy() const {
    return accuracyLabel_->text().section(':', 1).trimmed().toDouble();
}
double AnnotationResultsPanel::shownMacroF1() const { return f1Label_->text().section(':', 1).trimmed().toDouble(); }

void AnnotationResultsPanel::drawConfusion() {
    plot_->clearPlottables();
    plot_->clearItems();
    map_ = nullptr;
    // The colour scale lives in the layout; remove the previous one.
    for (int i = plot_->plotLayout()->elementCount() - 1; i >= 0; --i)
        if (auto* s = qobject_cast<QCPColorScale*>(plot_->plotLayout()->elementAt(i))) plot_->plotLayout()->remove(s);
    plot_->plotLayout()->simplify();
    if (!report_ || report_->classes.empty()) {
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot_->xAxis->setLabel({});
        plot_->yAxis->setLabel({});
        plot_->replot();
        return;
    }
    const auto& r = *report_;
    const int n = static_cast<int>(r.classes.size());
    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    // Counts in the cells (what confusionTotal sums); the colour is the row fraction so that small
    // reference classes are as readable as large ones.
    map_->data()->setSize(n, n);
    map_->data()->setRange(QCPRange(0, std::max(1, n - 1)), QCPRange(0, std::max(1, n - 1)));
    std::int64_t maxCount = 0;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const auto c = r.confusion[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            map_->data()->setCell(j, n - 1 - i, static_cast<double>(c));
            maxCount = std::max(maxCount, c);
        }
    QCPColorGradient blues;
    blues.clearColorStops();
    blues.setColorStopAt(0, QColor(247, 251, 255));
    blues.setColorStopAt(0.35, QColor(158, 202, 225));
    blues.setColorStopAt(0.7, QColor(33, 113, 181));
    blues.setColorStopAt(1, QColor(8, 48, 107));
    map_->setGradient(blues);
    map_->setInterpolate(false);
    map_->setDataRange(QCPRange(0, std::max<double>(1, static_cast<double>(maxCount))));
    map_->setName(tr("cells"));

    auto* scale = new QCPColorScale(plot_);
    plot_->plotLayout()->addElement(1, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setGradient(blues);
    scale->setDataRange(map_->dataRange());
    scale->axis()->setLabel(tr("cells"));
    scale->setBarWidth(12);
    map_->setColorScale(scale);
    auto* group = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);

    if (n <= 15) {
        QFont f = font();
        f.setPointSizeF(n <= 8 ? 10 : 8);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                const auto c = r.confusion[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
                auto* t = new QCPItemText(plot_);
                t->position->setCoords(j, n - 1 - i);
                t->setText(QString::number(c));
                t->setFont(f);
                t->setColor(static_cast<double>(c) > 0.55 * static_cast<double>(maxCount) ? Qt::white
                                                                                          : QColor(40, 40, 40));
                t->setClipToAxisRect(true);
            }
    }
    plot_->xAxis->setTicker(ticker(r.classes, false));
    plot_->yAxis->setTicker(ticker(r.classes, true));
    plot_->xAxis->setTickLabelRotation(n > 4 ? 40 : 0);
    plot_->xAxis->setSubTicks(false);
    plot_->yAxis->setSubTicks(false);
    plot_->xAxis->grid()->setVisible(false);
    plot_->yAxis->grid()->setVisible(false);
    plot_->xAxis->setRange(-0.5, n - 0.5);
    plot_->yAxis->setRange(-0.5, n - 0.5);
    plot_->xAxis->setLabel(tr("predicted (%1)").arg(kPredicted));
    plot_->yAxis->setLabel(tr("reference (%1)").arg(reference()));
    plot_->replot();
}

namespace {
// How a predicted class met the model's training, as the Training column says it.
QString trainingInWords(const std::string& training) {
    if (training == "trained") return AnnotationResultsPanel::tr("trained");
    if (training == "fine-tuned") return AnnotationResultsPanel::tr("fine-tuned");
    if (training == "zero-shot") return AnnotationResultsPanel::tr("zero-shot");
    if (training == "untrained") return AnnotationResultsPanel::tr("no training cells");
    return {};
}
QString trainingTip(const std::string& training) {
    if (training == "fine-tuned")
        return AnnotationResultsPanel::tr("First learnt from the few cells the model was fine-tuned on");
    if (training == "zero-shot")
        return AnnotationResultsPanel::tr(
            "No training cell: the model knows this type only through its row of the cell-type table");
    if (training == "untrained")
        return AnnotationResultsPanel::tr("No training cell and no text table: its predictions carry no information");
    return {};
}
}  // namespace

void AnnotationResultsPanel::fillTable() {
    table_->setRowCount(0);
    if (!report_) return;
    const auto& r = *report_;
    const auto training = engine::annotationClassTraining(session_->data());
    const int n = static_cast<int>(r.classes.size());
    table_->setRowCount(n + 1);
    auto num = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        auto* name = new QTableWidgetItem(QString::fromStdString(r.classes[k]));
        table_->setItem(i, 0, name);
        table_->setItem(i, 1, num(fixed(r.precision[k])));
        table_->setItem(i, 2, num(fixed(r.recall[k])));
        table_->setItem(i, 3, num(fixed(r.f1[k])));
        table_->setItem(i, 4, num(QString::number(r.support[k])));
        const auto how = training.find(r.classes[k]);
        auto* trained = new QTableWidgetItem(how == training.end() ? QString() : trainingInWords(how->second));
        if (how != training.end()) trained->setToolTip(trainingTip(how->second));
        table_->setItem(i, 5, trained);
        if (r.support[k] == 0) {  // only ever predicted: not in the macro averages
            name->setToolTip(tr("Predicted but absent from the reference; not part of the macro averages"));
            for (int c = 0; c < 6; ++c) table_->item(i, c)->setForeground(QColor(130, 130, 130));
        }
    }
    std::int64_t total = 0;
    for (auto s : r.support) total += s;
    QFont bold = table_->font();
    bold.setBold(true);
    table_->setItem(n, 0, new QTableWidgetItem(tr("macro average")));
    table_->setItem(n, 1, num(QString()));
    table_->setItem(n, 2, num(fixed(r.macroAccuracy)));
    table_->setItem(n, 3, num(fixed(r.macroF1)));
    table_->setItem(n, 4, num(QString::number(total)));
    table_->setItem(n, 5, new QTableWidgetItem);
    for (int c = 0; c < 6; ++c) table_->item(n, c)->setFont(bold);
}

qint64 AnnotationResultsPanel::selectLowConfidence(double threshold) {
    const Column* c = session_->hasData() ? session_->data().obs.find(kConfidence) : nullptr;
    if (!c) {
        ErrorReporter::report(this, tr("Cannot select cells"),
                              tr("There is no confidence column; annotate with the model first."));
        return -1;
    }
    std::vector<std::int64_t> rows;
    for (std::int64_t r = 0; r < session_->data().nObs(); ++r) {
        const auto v = cellNumber(c->data, r);
        if (v && *v < threshold) rows.push_back(r);
    }
    const auto n = static_cast<qint64>(rows.size());
    session_->setSelection(std::move(rows));
    return n;
}

bool AnnotationResultsPanel::acceptPredictions(const QString& target, bool onlySelected) {
    try {
        std::vector<std::int64_t> rows;
        if (onlySelected) {
            rows = session_->selection();
            if (rows.empty()) throw InvalidInput("no cells are selected; select cells first or accept for all cells");
        }
        session_->undoStack()->push(makeAcceptPredictionsCommand(session_, target, rows));
        return true;
    } catch (const std::exception& e) {
        ErrorReporter::report(this, tr("Cannot accept the predictions"), QString::fromUtf8(e.what()));
        return false;
    }
}

bool AnnotationResultsPanel::exportCsv(const QString& path) {
    if (!report_) {
        ErrorReporter::report(this, tr("Cannot export the table"), tr("There are no annotation results to export."));
        return false;
    }
    CsvWriter csv(path);
    auto failed = [&] {
        ErrorReporter::report(this, tr("Cannot export the table"), tr("Cannot write %1: %2.").arg(path, csv.error()));
        return false;
    };
    if (!csv.open()) return failed();
    const auto& r = *report_;
    const auto training = engine::annotationClassTraining(session_->data());
    csv.row({"class", "precision", "recall", "f1", "support", "training"});
    for (std::size_t k = 0; k < r.classes.size(); ++k) {
        csv.text(QString::fromStdString(r.classes[k])).number(r.precision[k]).number(r.recall[k]).number(r.f1[k]);
        const auto how = training.find(r.classes[k]);
        csv.integer(r.support[k]).text(how == training.end() ? QString() : QString::fromStdString(how->second));
        csv.endRow();
    }
    std::int64_t total = 0;
    for (auto s : r.support) total += s;
    csv.text("macro average").blank().number(r.macroAccuracy).number(r.macroF1).integer(total).blank().endRow();
    return csv.commit() || failed();
}

}  // namespace scdiff::ui
