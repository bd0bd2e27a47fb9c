#pragma once
// Marker views: choose a grouping column and genes (or take the top markers per group), then see
// the dot plot, violins (one gene), heat map and the "top markers" table (exportable as CSV).
// Ranking runs as a background job through the JobRunner.
#include <QWidget>
#include <vector>

#include "scdiff/markers.hpp"

class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableWidget;
class QCustomPlot;

namespace scdiff::ui {

class Session;
class JobRunner;

class MarkerPanel : public QWidget {
    Q_OBJECT
public:
    MarkerPanel(Session* session, JobRunner* jobs, QWidget* parent = nullptr);

    void setGroupBy(const QString& column);
    // Genes by name; unknown names are ignored. Returns how many were found.
    int setGenes(const QStringList& genes);
    // Ranks genes for the current grouping in the background; fills the table and, when no genes
    // were chosen, the top 3 markers per group. False when a job is running.
    bool computeMarkers();
    bool exportMarkersCsv(const QString& path) const;

    QTabWidget* tabs() const { return tabs_; }
    QCustomPlot* dotPlot() const { return dot_; }
    QCustomPlot* violinPlot() const { return violin_; }
    QCustomPlot* heatmapPlot() const { return heat_; }
    QTableWidget* table() const { return table_; }
    QCustomPlot* currentPlot() const;  // nullptr on the table tab
    const std::vector<markers::GroupMarkers>& ranking() const { return ranking_; }
    void redraw();

private:
    void refreshColumns();
    void fillTable();

    Session* session_;
    JobRunner* jobs_;
    QComboBox* groupBox_;
    QLineEdit* genesEdit_;
    QComboBox* violinGene_;
    QTabWidget* tabs_;
    QCustomPlot *dot_, *violin_, *heat_;
    QTableWidget* table_;
    std::vector<std::int64_t> genes_;
    std::vector<markers::GroupMarkers> ranking_;
};

}  // namespace scdiff::ui
