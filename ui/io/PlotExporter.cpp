#include "io/PlotExporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include "io/WholeFile.h"

namespace scdiff::ui {

namespace {

// Each figure is drawn into memory and written whole (writeWholeFile): QSvgGenerator and QPdfWriter do not
// report a failed write, so drawing straight into a file could leave a truncated figure on a full disk.
bool drawSvg(QCustomPlot& plot, QIODevice* out, int width, int height, const QString& title) {
    QSvgGenerator svg;
    svg.setOutputDevice(out);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(title);
    QCPPainter painter;
    if (!painter.begin(&svg)) return false;
    plot.toPainter(&painter, width, height);
    return painter.end();
}

// As QCustomPlot::savePdf: one page of exactly the plot's size, vector output.
bool drawPdf(QCustomPlot& plot, QIODevice* out, int width, int height, const QString& title) {
    QPdfWriter pdf(out);
    pdf.setCreator(QCoreApplication::applicationName());
    pdf.setTitle(title);
    QPageLayout layout;
    layout.setMode(QPageLayout::FullPageMode);
    layout.setOrientation(QPageLayout::Portrait);
    layout.setMargins(QMarginsF(0, 0, 0, 0));
    layout.setPageSize(QPageSize(QSize(width, height), QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageLayout(layout);
    QCPPainter painter;
    if (!painter.begin(&pdf)) return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setWindow(0, 0, width, height);
    plot.toPainter(&painter, width, height);
    return painter.end();
}

bool drawPng(QCustomPlot& plot, QIODevice* out, int width, int height, double dpi) {
    QImage image = plot.toPixmap(width, height, dpi / 96.0).toImage();
    const int dotsPerMeter = static_cast<int>(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image.save(out, "PNG");
}

}  // namespace

QString exportPlot(QCustomPlot& plot, const QString& path, int width, int height, double dpi, const QString& title) {
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext != "png" && ext != "svg" && ext != "pdf")
        return QCoreApplication::translate("PlotExporter", "Cannot write %1: use .png, .svg or .pdf.").arg(path);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool drawn = ext == "png"   ? drawPng(plot, &buffer, width, height, dpi)
                       : ext == "pdf" ? drawPdf(plot, &buffer, width, height, title)
                                      : drawSvg(plot, &buffer, width, height, title);
    buffer.close();
    if (!drawn || bytes.isEmpty())
        return QCoreApplication::translate("PlotExporter", "Cannot draw the figure for %1.").arg(path);
    return writeWholeFile(path, bytes);
}

}  // namespace scdiff::ui
