#pragma once
// How well the model's annotation (obs['scdiff_cell_type']) agrees with a reference obs column:
// macro accuracy and macro F1 (scdiff::metrics::classification), the confusion matrix as a heat map
// (rows = reference, columns = predicted, counts written in the cells when the matrix is small), a
// per-class table (precision, recall, F1, support) with CSV export; "Select low-confidence cells"
// (obs['scdiff_confidence'] below a threshold becomes the session's selection) and "Accept predictions
// into…" (the predictions copied into an obs column, all cells or the selected ones, one undoable step);
// "Show agreement on embedding" asks the window to colour the embedding by prediction vs reference.
#include <QWidget>
#include <optional>

#include "scdiff/metrics.hpp"

class QComboBox;
class QLabel;
class QTableWidget;
class QDoubleSpinBox;
class QCheckBox;
class QPushButton;
class QCustomPlot;
class QCPColorMap;

namespace scdiff::ui {

class VerdictLine;

class Session;

class AnnotationResultsPanel : public QWidget {
    Q_OBJECT
public:
    // How scDiff compared with the baselines on this dataset (the latest evaluation of this task).
    VerdictLine* verdictLine() const { return verdict_; }
    explicit AnnotationResultsPanel(Session* session, QWidget* parent = nullptr);

    // The reference obs column; false when there is no such categorical-like column.
    bool setReference(const QString& column);
    QString reference() const;
    // A column to preselect when it exists (the model's label key); the panel falls back to cell_type.
    void setPreferredReference(const QString& column);
    // The report on display (nullopt without predictions or a reference).
    const std::optional<metrics::ClassificationReport>& report() const { return report_; }
    bool hasResults() const { return report_.has_value(); }
    std::int64_t confusionTotal() const;  // sum of the heat map's cells
    double shownMacroAccuracy() const;    // parsed from the label (what the user sees)
    double shownMacroF1() const;

    // Sets the session's selection to the cells with confidence < threshold; returns their count
    // (-1 without obs['scdiff_confidence']).
    qint64 selectLowConfidence(double threshold);
    // Copies the predictions into obs[target] (a new or existing column) for all cells or only the
    // selected ones, as one undoable command. False (and a reported sentence) on invalid input.
    bool acceptPredictions(const QString& target, bool onlySelected);
    bool exportCsv(const QString& path);

    QCustomPlot* plot() const { return plot_; }
    QCPColorMap* colorMap() const { return map_; }
    QTableWidget* table() const { return table_; }
    QComboBox* referenceBox() const { return referenceBox_; }
    QLabel* macroAccuracyLabel() const { return accuracyLabel_; }
    QLabel* macroF1Label() const { return f1Label_; }
    QDoubleSpinBox* thresholdBox() const { return threshold_; }
    QComboBox* targetBox() const { return targetBox_; }
    QCheckBox* onlySelectedBox() const { return onlySelected_; }
    QPushButton* agreementButton() const { return agreementButton_; }

public slots:
    void refresh();  // recompute from the session's data

signals:
    void resultsChanged(bool available);
    // "Show agreement on embedding": where obs[predicted] (scdiff_cell_type) and obs[reference] differ.
    void agreementRequested(const QString& predicted, const QString& reference);

private:
    void refreshColumns();
    void drawConfusion();
    void fillTable();

    Session* session_;
    QComboBox* referenceBox_;
    QLabel* accuracyLabel_;
    QLabel* f1Label_;
    QLabel* status_;
    VerdictLine* verdict_;
    QCustomPlot* plot_;
    QCPColorMap* map_ = nullptr;
    QTableWidget* table_;
    QDoubleSpinBox* threshold_;
    QPushButton* selectButton_;
    QComboBox* targetBox_;
    QCheckBox* onlySelected_;
    QPushButton* acceptButton_;
    QPushButton* exportButton_;
    QPushButton* agreementButton_;
    QString preferred_;
    std::optional<metrics::ClassificationReport> report_;
    bool updatingColumns_ = false;
};

}  // namespace scdiff::ui
