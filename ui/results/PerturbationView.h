#pragma once
// The session's perturbation predictions (a list above the plots picks the one shown, session/PerturbationPredictions.h).
// The predicted perturbation of one cell type: a bar chart of the 20 genes whose mean changes most
// between the type's control cells and the model's predicted stimulated cells (predicted − control),
// next to the observed change (stimulated − control) when the dataset has stimulated cells of that
// type, with R² of predicted vs observed change (scdiff::metrics::perturbation: all genes and the top
// 100 DE genes). "Save as h5ad…" asks the window to write the predicted cells. Beside the chart, a DE
// table of every model gene (gene, control mean, predicted stimulated mean, predicted change, observed
// change when available) sorted by |predicted change|, exported with "Export CSV…" (exportDeCsv).
// The plot area has three tabs: the bars, a predicted-vs-observed scatter of every model gene's mean
// change (identity line, R² in the title; only with observed cells) and violins of one gene (a combo
// of the table's top 20) over control, observed stimulated and predicted stimulated cells (drawn by
// the marker view's drawViolins: KDE outline, quartile bar, median line, cell count per group).
#include <QWidget>
#include <optional>
#include <string>
#include <vector>

#include "plots/MarkerPlots.h"
#include "scdiff/anndata.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/metrics.hpp"
#include "tasks/PerturbationSummary.h"

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;
class QCPBars;
class QCPGraph;
class QCPTextElement;
class QComboBox;
class QTabWidget;

namespace scdiff::ui {

class VerdictLine;
class PerturbationPredictions;

class PerturbationView : public QWidget {
    Q_OBJECT
public:
    // How scDiff compared with the baselines on this dataset (the latest evaluation of the task: perturbation
    // or gene perturbation; the line of the shown prediction's task is visible).
    VerdictLine* verdictLine(engine::Task task) const {
        return task == engine::Task::GenePerturbation ? geneVerdict_ : verdict_;
    }
    explicit PerturbationView(QWidget* parent = nullptr);

    // The session's predictions: the view shows the current one and lists them all above the plots ("Prediction:"),
    // where the user picks another or removes the shown one.
    void setPredictions(PerturbationPredictions* predictions);
    QComboBox* predictionBox() const { return predictionBox_; }
    QPushButton* removeButton() const { return remove_; }

    void setSummary(PerturbationSummary summary);
    void clear();
    const std::optional<PerturbationSummary>& summary() const { return summary_; }
    // The genes on the chart (top 20 by |predicted − control|, descending).
    const std::vector<std::string>& shownGenes() const { return shownGenes_; }
    bool hasObserved() const { return summary_ && !summary_->observedMean.empty(); }
    // Of predicted vs observed mean change (nullopt without observed cells, and for a gene perturbation, which
    // is scored by summary()->geneReport).
    const std::optional<metrics::PerturbationReport>& report() const { return report_; }

    QCustomPlot* plot() const { return plot_; }
    QLabel* r2Label() const { return r2Label_; }
    QPushButton* saveButton() const { return save_; }
    QCPBars* predictedBars() const { return predictedBars_; }
    QCPBars* observedBars() const { return observedBars_; }
    // One row per model gene, descending |predicted − control|; columns gene, control mean, predicted
    // stimulated mean, predicted change, observed change ("" without observed cells).
    QTableWidget* deTable() const { return deTable_; }
    QPushButton* exportDeButton() const { return exportDe_; }
    // The plots beside the table: bars (top changes), the scatter and the per-gene violins.
    QTabWidget* plotTabs() const { return plotTabs_; }
    // Predicted vs observed mean change, one point per model gene (x observed, y predicted), with the
    // identity line; the title carries R² (top-N DE and all genes). Empty without observed cells.
    QCustomPlot* scatterPlot() const { return scatter_; }
    QCPGraph* scatterGraph() const { return scatterGraph_; }
    QCPTextElement* scatterTitle() const { return scatterTitle_; }
    // One gene's per-cell values in three groups: control, observed stimulated (absent without such
    // cells), predicted stimulated. The gene combo lists the DE table's top 20 genes.
    QCustomPlot* violinPlot() const { return violinPlot_; }
    QComboBox* violinGeneBox() const { return violinGene_; }
    // The violins in the order drawn (control, [observed,] predicted): cells, median line, outline.
    const std::vector<DrawnViolin>& violins() const { return violins_; }

    // The table as CSV (header + one line per gene); false (reported) without a prediction or on a write error.
    bool exportDeCsv(const QString& path);

signals:
    void saveRequested();

private:
    void showPredictions();
    void draw();
    void drawScatter();
    void drawViolins();
    void fillTable();
    // The sentence above the plots: how the prediction was made and its score against the observed cells.
    QString scoreText() const;
    QString cellTypeHow() const;

    PerturbationPredictions* predictions_ = nullptr;
    QComboBox* predictionBox_;
    QPushButton* remove_;
    QCustomPlot* plot_;
    QLabel* title_;
    VerdictLine* verdict_;
    VerdictLine* geneVerdict_;
    QLabel* r2Label_;
    QPushButton* save_;
    QTableWidget* deTable_;
    QPushButton* exportDe_;
    std::vector<std::size_t> deOrder_;  // gene indices, descending |predicted change|
    QCPBars* predictedBars_ = nullptr;
    QCPBars* observedBars_ = nullptr;
    std::optional<PerturbationSummary> summary_;
    std::optional<metrics::PerturbationReport> report_;
    std::vector<std::string> shownGenes_;
    QTabWidget* plotTabs_;
    QCustomPlot* scatter_;
    QCPGraph* scatterGraph_ = nullptr;
    QCPTextElement* scatterTitle_;
    QCustomPlot* violinPlot_;
    QComboBox* violinGene_;
    std::vector<DrawnViolin> violins_;
};

}  // namespace scdiff::ui
