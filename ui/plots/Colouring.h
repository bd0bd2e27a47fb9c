#pragma once
// Colours for cells: a categorical palette (scanpy's default_20, then evenly spread hues), or the
// colours stored by scanpy in uns['<column>_colors'] when there is one per category.
#include <QColor>
#include <QString>
#include <qcustomplot.h>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff::ui {

// Viridis (matplotlib's default continuous map), which this QCustomPlot version lacks.
QCPColorGradient viridis();
std::vector<QColor> categoricalPalette(std::size_t n);
// uns['<column>_colors'] when it holds at least n valid colours, else the default palette.
std::vector<QColor> categoryColours(const AnnData& data, const std::string& column, std::size_t n);

}  // namespace scdiff::ui
