#pragma once
// Marker-gene views over chosen genes grouped by an obs column: dot plot (dot area = fraction of
// cells expressing, colour = mean expression scaled per gene), violin (Gaussian KDE per group, Scott's
// bandwidth) and heat map (cells sorted by group x genes, each gene scaled to its maximum). The violin
// drawer itself takes any groups of values, so other views (the perturbation's one-gene tab) share it.
#include <QColor>
#include <QString>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

class QCustomPlot;
class QCPCurve;
class QCPItemLine;

namespace scdiff::ui {

void drawDotPlot(QCustomPlot* plot, const AnnData& data, const std::string& groupBy,
                 const std::vector<std::int64_t>& genes);
// Gene's expression (X as stored) in the groups of obs[groupBy], coloured like the embedding.
void drawViolins(QCustomPlot* plot, const AnnData& data, const std::string& groupBy, std::int64_t gene);

struct ViolinGroup {
    QString name;
    std::vector<double> values;  // one per cell
    QColor colour;
};
// What was drawn for one group; body and median are null for a group without values.
struct DrawnViolin {
    QCPCurve* body = nullptr;          // the KDE outline, clipped to the group's range
    QCPItemLine* median = nullptr;     // horizontal line at the median (linear interpolation, as numpy)
    QCPItemLine* quartiles = nullptr;  // vertical bar from the first to the third quartile
    std::size_t cells = 0;
};
// Clears the plot and draws one violin per group at x = 0, 1, … (tick label: name and cell count).
std::vector<DrawnViolin> drawViolins(QCustomPlot* plot, const std::vector<ViolinGroup>& groups, const QString& xLabel,
                                     const QString& yLabel);
void drawHeatmap(QCustomPlot* plot, const AnnData& data, const std::string& groupBy,
                 const std::vector<std::int64_t>& genes);

}  // namespace scdiff::ui
