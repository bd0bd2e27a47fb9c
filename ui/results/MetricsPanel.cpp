#include "results/MetricsPanel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <cmath>
#include <set>

#include "io/WholeFile.h"
#include "common/DisplayNames.h"
#include "common/ErrorReporter.h"
#include "common/Settings.h"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/evaluate.hpp"
#include "io/CsvWriter.h"

namespace scdiff::ui {

QString metricsText(const std::map<QString, double>& metrics, const std::map<QString, double>& sd) {
    QStringList parts;
    for (const auto& [k, v] : metrics) {
        QString value = std::isfinite(v) ? QString::number(v, 'g', 4) : MetricsPanel::tr("n/a");
        if (const auto it = sd.find(k); it != sd.end() && std::isfinite(it->second))
            value += QStringLiteral(" ± ") + QString::number(it->second, 'g', 2);
        parts << QStringLiteral("%1 %2").arg(k, value);
    }
    return parts.join(QStringLiteral(" · "));
}

QString configSummary(const QString& configJson, qint64 genes) {
    if (configJson.isEmpty()) return {};
    try {
        const auto c = engine::runConfigFromJson(configJson.toStdString());
        QStringList conditioners;
        for (const std::string& key : {c.keys.labelKey, c.keys.batchKey, c.keys.conditionKey})
            if (!key.empty()) conditioners << QString::fromStdString(key);
        QStringList parts;
        parts << (conditioners.isEmpty() ? MetricsPanel::tr("no labels") : conditioners.join(QStringLiteral(" + ")));
        if (!c.keys.heldOutType.empty())
            parts << MetricsPanel::tr("%1 held out").arg(QString::fromStdString(c.keys.heldOutType));
        if (genes > 0)
            parts << MetricsPanel::tr("%n gene(s)", nullptr, static_cast<int>(genes));
        else if (c.genes.highlyVariable > 0)
            parts << MetricsPanel::tr("%n most variable gene(s)", nullptr, static_cast<int>(c.genes.highlyVariable));
        else
            parts << MetricsPanel::tr("all genes");
        parts << MetricsPanel::tr("d %1 × %2").arg(c.model.hidden).arg(c.model.depth);
        parts << MetricsPanel::tr("lr %1 (batch %2)")
                     .arg(QString::number(c.train.learningRate(), 'g', 3))
                     .arg(c.train.batchSize);
        parts << MetricsPanel::tr("seed %1").arg(static_cast<qulonglong>(c.train.seed));
        return parts.join(QStringLiteral(" · "));
    } catch (const std::exception&) {
        return {};
    }
}

MetricsPanel::MetricsPanel(QWidget* parent) : QWidget(parent) {
    table_ = new QTableWidget(0, 7);
    table_->setObjectName("runsTable");
    table_->setHorizontalHeaderLabels(
        {tr("Finished"), tr("Task"), tr("Preset"), tr("Epochs"), tr("Settings"), tr("Metrics"), tr("Time (s)")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* csv = new QPushButton(tr("Export CSV…"));
    auto* json = new QPushButton(tr("Export JSON…"));
    connect(csv, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(json, &QPushButton::clicked, this, [this] { askExport(true); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(csv);
    buttons->addWidget(json);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(table_);
    layout->addLayout(buttons);
}

int MetricsPanel::rowCount() const { return table_->rowCount(); }

void MetricsPanel::addRun(const RunRecord& run) {
    runs_.push_back(run);
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto right = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    table_->setItem(row, 0, new QTableWidgetItem(run.finished.toString("HH:mm:ss")));
    table_->setItem(row, 1, new QTableWidgetItem(run.task));
    table_->setItem(row, 2, new QTableWidgetItem(run.preset));
    table_->setItem(row, 3, right(run.epochs > 0 ? QString::number(run.epochs) : QString()));
    auto* settings = new QTableWidgetItem(configSummary(run.config, run.genes));
    settings->setToolTip(run.config);  // the whole configuration
    table_->setItem(row, 4, settings);
    auto* metrics = new QTableWidgetItem(metricsText(run.metrics, run.sd));
    metrics->setToolTip(metrics->text());
    table_->setItem(row, 5, metrics);
    table_->setItem(row, 6, right(QLocale().toString(run.seconds, 'f', 1)));
    table_->scrollToBottom();
    emit runAdded(row);
}

void MetricsPanel::addEvaluation(const engine::EvaluationReport& report, const QString& preset, int epochs) {
    for (const auto& m : report.summary) {
        RunRecord r;
        r.config = QString::fromStdString(report.configJson);  // the split and the settings scDiff was trained with
        r.task = m.runs > 1
                     ? tr("evaluation (%1, %2 runs): %3")
                           .arg(taskInSentence(report.task))
                           .arg(m.runs)
                           .arg(QString::fromStdString(m.method))
                     : tr("evaluation (%1): %2").arg(taskInSentence(report.task), QString::fromStdString(m.method));
        r.preset = preset;
        r.epochs = epochs;
        for (const auto& [k, v] : m.mean) r.metrics[QString::fromStdString(k)] = v;
        for (const auto& [k, v] : m.sd) r.sd[QString::fromStdString(k)] = v;
        r.seconds = m.seconds;
        addRun(r);
    }
}

void MetricsPanel::clear() {
    runs_.clear();
    table_->setRowCount(0);
}

bool MetricsPanel::exportCsv(const QString& path) const {
    std::set<QString> names, sdNames;
    for (const auto& r : runs_) {
        for (const auto& [k, v] : r.metrics) names.insert(k);
        for (const auto& [k, v] : r.sd) sdNames.insert(k);
    }
    CsvWriter csv(path);
    auto failed = [&] {
        ErrorReporter::report(nullptr, tr("Cannot export the runs"), tr("Cannot write %1: %2.").arg(path, csv.error()));
        return false;
    };
    if (!csv.open()) return failed();
    csv.text("finished").text("task").text("preset").text("epochs").text("seconds");
    for (const auto& n : names) csv.text(n);
    for (const auto& n : sdNames) csv.text(n + QStringLiteral("_sd"));
    csv.text("config").endRow();
    for (const auto& r : runs_) {
        csv.text(r.finished.toString(Qt::ISODate)).text(r.task).text(r.preset).integer(r.epochs).number(r.seconds);
        for (const auto& n : names) {
            if (auto it = r.metrics.find(n); it != r.metrics.end())
                csv.number(it->second);
            else
                csv.blank();
        }
        for (const auto& n : sdNames) {
            if (auto it = r.sd.find(n); it != r.sd.end())
                csv.number(it->second);
            else
                csv.blank();
        }
        // One line of JSON per run, so that the CSV keeps one row per run.
        csv.text(QString::fromUtf8(QJsonDocument::fromJson(r.config.toUtf8()).toJson(QJsonDocument::Compact))).endRow();
    }
    return csv.commit() || failed();
}

QJsonArray MetricsPanel::runsToJson() const {
    QJsonArray runs;
    for (const auto& r : runs_) {
        QJsonObject metrics;
        for (const auto& [k, v] : r.metrics) metrics.insert(k, std::isfinite(v) ? QJsonValue(v) : QJsonValue());
        QJsonObject sd;
        for (const auto& [k, v] : r.sd) sd.insert(k, std::isfinite(v) ? QJsonValue(v) : QJsonValue());
        runs.append(QJsonObject{{"finished", r.finished.toString(Qt::ISODate)},
                                {"task", r.task},
                                {"preset", r.preset},
                                {"epochs", r.epochs},
                                {"genes", r.genes},
                                {"seconds", r.seconds},
                                {"metrics", metrics},
                                {"sd", sd},
                                {"config", QJsonDocument::fromJson(r.config.toUtf8()).object()}});
    }
    return runs;
}

void MetricsPanel::restoreRuns(const QJsonArray& runs) {
    clear();
    for (const auto& value : runs) {
        const QJsonObject o = value.toObject();
        RunRecord r;
        r.finished = QDateTime::fromString(o.value("finished").toString(), Qt::ISODate);
        r.task = o.value("task").toString();
        r.preset = o.value("preset").toString();
        r.epochs = o.value("epochs").toInt();
        r.genes = static_cast<qint64>(o.value("genes").toDouble());
        r.seconds = o.value("seconds").toDouble();
        const QJsonObject metrics = o.value("metrics").toObject(), sd = o.value("sd").toObject();
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            r.metrics[it.key()] = it.value().isNull() ? std::nan("") : it.value().toDouble();
        for (auto it = sd.begin(); it != sd.end(); ++it)
            r.sd[it.key()] = it.value().isNull() ? std::nan("") : it.value().toDouble();
        const QJsonObject config = o.value("config").toObject();
        if (!config.isEmpty()) r.config = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
        addRun(r);
    }
}

bool MetricsPanel::exportJson(const QString& path) const {
    const QString why = writeWholeFile(path, QJsonDocument(runsToJson()).toJson());
    if (!why.isEmpty()) {
        ErrorReporter::report(nullptr, tr("Cannot export the runs"), why);
        return false;
    }
    return true;
}

void MetricsPanel::askExport(bool json) {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export runs"),
                                                      Settings::lastFolder() + (json ? "/runs.json" : "/runs.csv"),
                                                      json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (!path.isEmpty()) json ? exportJson(path) : exportCsv(path);
}

}  // namespace scdiff::ui
