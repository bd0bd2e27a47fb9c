#pragma once
// Marker-gene views over chosen genes grouped by an obs column: dot plot (dot area = fraction of
// cells expressing, colour = mean expression scaled per gene), violin (Gaussian KDE per group, Scott's
// bandwidth) and heat map (cells sorted by group x genes, each gene scaled to its maximum).
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

class QCustomPlot;

namespace scdiff::ui {

void drawDotPlot(QCustomPlot* plot, const AnnData& data, const std::string& groupBy,
                 const std::vector<std::int64_t>& genes);
void drawViolins(QCustomPlot* plot, const AnnData& data, const std::string& groupBy, std::int64_t gene);
void drawHeatmap(QCustomPlot* plot, const AnnData& data, const std::string& groupBy,
                 const std::vector<std::int64_t>& genes);

}  // namespace scdiff::ui
