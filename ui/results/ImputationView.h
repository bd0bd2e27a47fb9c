#pragma once
// Observed vs imputed expression of up to 30 genes as two heat maps side by side (rows = genes,
// columns = cells, one shared colour scale): left what the session's model reads (X, raw/X or a layer: its
// expression source) on the engine's log-normalised scale (counts are normalised to 1e4 per cell and
// log1p'd), right layers['scdiff_imputed'] (Model > Impute with model). Genes come from a comma-separated
// line edit (default: the 20 most variable genes of what the model reads),
// cells are ordered by an obs column (default: the model's label column), ticks at each group's centre.
#include <QStringList>
#include <QWidget>
#include <string>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QLabel;
class QLineEdit;

namespace scdiff::ui {

class VerdictLine;

class Session;

class ImputationView : public QWidget {
    Q_OBJECT
public:
    // How scDiff compared with the baselines on this dataset (the latest evaluation of this task).
    VerdictLine* verdictLine() const { return verdict_; }
    static constexpr int kMaxGenes = 30;
    // More cells than this are drawn as this many, evenly spaced in the chosen order: a heat map has fewer
    // columns of pixels than that, and two dense cells x genes maps of a million cells would take gigabytes.
    static constexpr int kMaxCells = 5000;
    static constexpr int kDefaultGenes = 20;

    explicit ImputationView(Session* session, QWidget* parent = nullptr);

    // Rebuilds the column list and redraws (keeps the typed genes when they still exist).
    void refresh();
    bool hasImputation() const;
    // Sets the genes (names matched exactly; unknown ones are listed under the plot, at most kMaxGenes
    // kept) and redraws. False when none is known.
    bool setGenes(const QStringList& genes);
    // Orders the cells by obs[column] (categories in category order, numbers ascending); false when absent.
    bool setOrderColumn(const QString& column);
    QString orderColumn() const;
    // The default genes: the kDefaultGenes genes with the largest variance of log-normalised X.
    QStringList mostVariableGenes() const;

    // What is drawn: genes (map rows, value index g), cells in column order (map key index c = row
    // cellOrder()[c] of the dataset; at most kMaxCells of them). Both maps have keySize() = cells and
    // valueSize() = genes.
    const std::vector<std::string>& shownGenes() const { return shownGenes_; }
    const std::vector<std::int64_t>& cellOrder() const { return cellOrder_; }
    QCPColorMap* observedMap() const { return observed_; }
    QCPColorMap* imputedMap() const { return imputed_; }
    QCustomPlot* plot() const { return plot_; }
    QLineEdit* geneEdit() const { return genes_; }
    QComboBox* orderCombo() const { return order_; }
    QLabel* statusLabel() const { return status_; }

private:
    void draw();
    // The session model's expression source (X, raw, layers/NAME): the observed side shows what it read.
    std::string expressionSource() const;

    Session* session_;
    QLineEdit* genes_;
    QComboBox* order_;
    QLabel* status_;
    VerdictLine* verdict_;
    QCustomPlot* plot_;
    QCPColorMap* observed_ = nullptr;
    QCPColorMap* imputed_ = nullptr;
    std::vector<std::string> shownGenes_;
    std::vector<std::int64_t> cellOrder_;
    QString preferredOrder_;
};

}  // namespace scdiff::ui
