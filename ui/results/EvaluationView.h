#pragma once
// The result of an evaluation (Model > Evaluate…): the protocol sentence, the verdict in plain words
// (which method scored best on the task's main metric over the runs, red when a baseline beat scDiff),
// a plot of the first run and the table of every method (mean ± sd over the runs; scDiff in bold).
// The plot follows the task:
// * annotation: the reliability diagram of scDiff's confidence over the test cells of every run (accuracy
//   per confidence bin as bars, the identity dashed), with the expected calibration error in the title;
// * imputation: the hidden entries' true values (x) against scDiff's imputed values (y) on the
//   log-normalised scale, identity line, scDiff's Pearson and RMSE in the title (an evenly spaced subset
//   of kMaxPoints when there are more);
// * perturbation: every gene's true mean change (x) against scDiff's predicted change (y), identity line.
#include <QWidget>
#include <optional>

#include "scdiff/engine/evaluate.hpp"

class QCustomPlot;
class QCPGraph;
class QCPBars;
class QCPTextElement;
class QLabel;
class QTableWidget;

namespace scdiff::ui {

class EvaluationView : public QWidget {
    Q_OBJECT
public:
    // More points than this make the scatter slow to draw and no more informative.
    static constexpr int kMaxPoints = 20000;

    explicit EvaluationView(QWidget* parent = nullptr);

    // Shows an evaluation report (engine::evaluate) and keeps it.
    void setReport(engine::EvaluationReport report);
    const std::optional<engine::EvaluationReport>& report() const { return report_; }

    QCustomPlot* plot() const { return plot_; }
    // The plot an export takes from this view (there is one).
    QCustomPlot* currentPlot() const { return plot_; }
    // Imputation / perturbation: one point per shown entry or gene; null otherwise and before a report.
    QCPGraph* scatterGraph() const { return scatter_; }
    // Annotation: one bar per non-empty confidence bin (key = bin centre, value = accuracy); null otherwise.
    QCPBars* reliabilityBars() const { return bars_; }
    QCPTextElement* plotTitle() const { return plotTitle_; }
    // "20 000 of 123 456 hidden entries shown" when a subset is drawn, else empty.
    QLabel* subsetLabel() const { return subset_; }
    QLabel* protocolLabel() const { return protocol_; }
    QLabel* verdictLabel() const { return verdict_; }
    // One row per method (report summary order); columns Method, the task's metrics (metricKeys), Seconds.
    // Number cells show "mean ± sd" (mean alone for one run) and hold the mean in Qt::UserRole.
    QTableWidget* table() const { return table_; }
    int shownPoints() const;
    // The metric keys of the table's columns for a task, in column order.
    static std::vector<std::string> metricKeys(engine::Task task);

private:
    void drawImputation();
    // A true (x) vs scDiff (y) scatter on one square scale with the identity line.
    void drawAgainstTruth(const QVector<double>& x, const QVector<double>& y, const QString& name, int alpha,
                          double size);
    void addIdentityLine();
    void drawPerturbation();
    void drawReliability();
    void fillTable();

    std::optional<engine::EvaluationReport> report_;
    QLabel* protocol_;
    QLabel* verdict_;
    QCustomPlot* plot_;
    QCPTextElement* plotTitle_;
    QCPGraph* scatter_ = nullptr;
    QCPBars* bars_ = nullptr;
    QLabel* subset_;
    QTableWidget* table_;
};

}  // namespace scdiff::ui
