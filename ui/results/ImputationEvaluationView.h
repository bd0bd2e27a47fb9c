#pragma once
// The result of Model > Evaluate imputation: the protocol sentence, a scatter of the hidden entries' true
// values (x) against scDiff's imputed values (y) on the log-normalised scale, with the identity line and
// scDiff's Pearson and RMSE in the title (an evenly spaced subset of kMaxPoints when there are more), and
// under it the table of every method of the same run (scDiff in bold, then the baselines).
#include <QWidget>
#include <optional>

#include "scdiff/engine/evaluate.hpp"

class QCustomPlot;
class QCPGraph;
class QCPTextElement;
class QLabel;
class QTableWidget;

namespace scdiff::ui {

class ImputationEvaluationView : public QWidget {
    Q_OBJECT
public:
    // More points than this make the scatter slow to draw and no more informative.
    static constexpr int kMaxPoints = 20000;

    explicit ImputationEvaluationView(QWidget* parent = nullptr);

    // Shows an imputation report (engine::evaluate with Task::Imputation) and keeps it.
    void setReport(engine::EvaluationReport report);
    const std::optional<engine::EvaluationReport>& report() const { return report_; }

    QCustomPlot* plot() const { return plot_; }
    // The plot an export takes from this view (there is one).
    QCustomPlot* currentPlot() const { return plot_; }
    // One point per shown hidden entry (x true, y scDiff imputed); null before a report.
    QCPGraph* scatterGraph() const { return scatter_; }
    QCPTextElement* plotTitle() const { return plotTitle_; }
    // "20 000 of 123 456 hidden entries shown" when a subset is drawn, else empty.
    QLabel* subsetLabel() const { return subset_; }
    QLabel* protocolLabel() const { return protocol_; }
    // One row per method, report order; columns Method, Pearson, RMSE, median-cell Pearson, Seconds. Number
    // cells hold the exact value in Qt::UserRole.
    QTableWidget* table() const { return table_; }
    int shownPoints() const;

private:
    void drawScatter();
    void fillTable();

    std::optional<engine::EvaluationReport> report_;
    QLabel* protocol_;
    QCustomPlot* plot_;
    QCPTextElement* plotTitle_;
    QCPGraph* scatter_ = nullptr;
    QLabel* subset_;
    QTableWidget* table_;
};

}  // namespace scdiff::ui
