#pragma once
// A QCustomPlot plottable that draws up to millions of coloured points by rasterising them itself
// into one QImage per redraw (one disc stamp per point, alpha-blended), instead of one QCPGraph
// scatter per category: redraw is O(points x stamp pixels) with no per-point painter calls.
#include <QImage>
#include <QPolygonF>
#include <cstdint>
#include <qcustomplot.h>
#include <vector>

namespace scdiff::ui {

class PointCloud : public QCPAbstractPlottable {
    Q_OBJECT
public:
    PointCloud(QCPAxis* keyAxis, QCPAxis* valueAxis);

    void setPoints(std::vector<double> x, std::vector<double> y);
    // Per point colour (opaque RGB); the draw order lists the points back to front (empty = 0..n-1).
    void setColours(std::vector<QRgb> colours, std::vector<std::int32_t> order = {});
    void setVisibleMask(std::vector<std::uint8_t> visible);   // empty = all visible
    void setHighlighted(std::vector<std::uint8_t> selected);  // non-empty: others are faded
    void setPointSize(double diameterPx);
    void setOpacity(double alpha);          // 0..1
    void setOutline(QPolygonF plotCoords);  // the lasso/box being drawn, in plot coordinates

    std::size_t size() const { return x_.size(); }
    const std::vector<double>& xs() const { return x_; }
    const std::vector<double>& ys() const { return y_; }
    double pointSize() const { return size_; }
    const std::vector<std::uint8_t>& visibleMask() const { return visible_; }  // empty = all visible
    double opacity() const { return alpha_; }
    // The visible point nearest to a pixel position within maxDistancePx, or -1.
    std::int64_t nearest(const QPointF& pixel, double maxDistancePx) const;

    double selectTest(const QPointF&, bool, QVariant* = nullptr) const override { return -1; }
    QCPRange getKeyRange(bool& found, QCP::SignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& found, QCP::SignDomain = QCP::sdBoth, const QCPRange& = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter*, const QRectF&) const override {}

private:
    std::vector<double> x_, y_;
    std::vector<QRgb> colours_;
    std::vector<std::int32_t> order_;
    std::vector<std::uint8_t> visible_, highlighted_;
    double size_ = 4, alpha_ = 0.9;
    QPolygonF outline_;
    QImage image_;
};

// Indices of the points inside a polygon (plot coordinates), ascending. The lasso, the box and
// tests all select through this one function.
std::vector<std::int64_t> pointsInPolygon(const std::vector<double>& x, const std::vector<double>& y,
                                          const QPolygonF& polygon);

}  // namespace scdiff::ui
