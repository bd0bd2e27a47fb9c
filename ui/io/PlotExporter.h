#pragma once
// The one way the Studio writes a figure: a QCustomPlot as PNG (at a resolution), SVG or PDF, chosen by the
// file's extension, drawn into a temporary file next to the target and renamed when complete, so a failed
// export never leaves half a figure where the user asked for one.
#include <QString>

class QCustomPlot;

namespace scdiff::ui {

// Returns an empty string on success, else one sentence for the user (unknown extension, unwritable file).
QString exportPlot(QCustomPlot& plot, const QString& path, int width, int height, double dpi, const QString& title);

}  // namespace scdiff::ui
