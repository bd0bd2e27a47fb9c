#include "io/PlotExporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSvgGenerator>
#include <filesystem>
#include <qcustomplot.h>
#include <system_error>

namespace scdiff::ui {

namespace {

bool drawSvg(QCustomPlot& plot, const QString& file, int width, int height, const QString& title) {
    QSvgGenerator svg;
    svg.setFileName(file);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(title);
    QCPPainter painter;
    if (!painter.begin(&svg)) return false;
    plot.toPainter(&painter, width, height);
    return painter.end();
}

}  // namespace

QString exportPlot(QCustomPlot& plot, const QString& path, int width, int height, double dpi, const QString& title) {
    const QFileInfo target(path);
    const QString ext = target.suffix().toLower();
    if (ext != "png" && ext != "svg" && ext != "pdf")
        return QCoreApplication::translate("PlotExporter", "Cannot write %1: use .png, .svg or .pdf.").arg(path);
    // Same folder (a rename never crosses file systems), same extension (the writers go by the name).
    const QString partial = target.absolutePath() + "/." + target.completeBaseName() + ".partial." + ext;
    bool ok = false;
    if (ext == "png")
        ok = plot.savePng(partial, width, height, dpi / 96.0, -1, static_cast<int>(dpi));
    else if (ext == "pdf")
        ok = plot.savePdf(partial, width, height);
    else
        ok = drawSvg(plot, partial, width, height, title);
    std::error_code ec;
    if (ok) std::filesystem::rename(partial.toStdString(), target.absoluteFilePath().toStdString(), ec);
    if (!ok || ec) {
        QFile::remove(partial);
        return QCoreApplication::translate("PlotExporter", "Cannot write %1.").arg(path);
    }
    return {};
}

}  // namespace scdiff::ui
