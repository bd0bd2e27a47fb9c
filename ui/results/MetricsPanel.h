#pragma once
// Every run of the session in one table: training, annotation, imputation, perturbation and evaluation
// (scDiff and the baselines of the same split, a row each), with the run's task, preset, epochs, the
// settings it ran with (conditioners, genes, learning rate, batch, seed; the whole configuration as a
// tooltip), its named metrics and the wall time. Exports as CSV (one column per metric name, empty where a
// run lacks it, and the configuration as JSON text) and as JSON (an array of runs, configuration included).
#include <QDateTime>
#include <QString>
#include <QJsonArray>
#include <QWidget>
#include <map>
#include <vector>

class QTableWidget;
class QPushButton;

namespace scdiff::engine {
struct EvaluationReport;
}

namespace scdiff::ui {

struct RunRecord {
    QString task;    // "training (annotation)", "annotation", "evaluation: scDiff", ...
    QString preset;  // the model's preset ("quick", "paper", ...), "" when none
    int epochs = 0;  // the model's trained epochs
    std::map<QString, double> metrics;
    std::map<QString, double>
        sd;          // evaluations over several runs: the sample sd of each metric (metrics hold the means)
    QString config;  // the run configuration as engine::toJson writes it ("" when none)
    qint64 genes =
        0;  // the genes the model learned (0: unknown, e.g. an evaluation: the configuration's choice is shown)
    double seconds = 0;
    QDateTime finished = QDateTime::currentDateTime();
};

class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetricsPanel(QWidget* parent = nullptr);

    void addRun(const RunRecord& run);
    // One row per method of an evaluation report ("evaluation (annotation): scDiff", baselines...), its
    // mean over the report's runs with the sd.
    void addEvaluation(const engine::EvaluationReport& report, const QString& preset, int epochs);
    void clear();
    const std::vector<RunRecord>& runs() const { return runs_; }
    int rowCount() const;
    QTableWidget* table() const { return table_; }

    bool exportCsv(const QString& path) const;
    bool exportJson(const QString& path) const;
    // The runs as exportJson writes them, and back (session files): restoreRuns replaces the table.
    QJsonArray runsToJson() const;
    void restoreRuns(const QJsonArray& runs);

signals:
    void runAdded(int row);

private:
    void askExport(bool json);

    QTableWidget* table_;
    std::vector<RunRecord> runs_;
};

// "accuracy 0.912 · macro_f1 0.887": a run's metrics in one line (NaN shown as n/a); with sds (an
// evaluation over several runs) "accuracy 0.912 ± 0.021 · ...".
QString metricsText(const std::map<QString, double>& metrics, const std::map<QString, double>& sd = {});
// "cell_type + batch · 2000 genes · d 128 × 2 · lr 0.0032 (batch 128) · seed 0": the settings of a run
// configuration (engine JSON) that tell runs apart; `genes` > 0 is the model's gene count, else the
// configuration's choice is shown. "" for an empty or unreadable configuration.
QString configSummary(const QString& configJson, qint64 genes = 0);

}  // namespace scdiff::ui
