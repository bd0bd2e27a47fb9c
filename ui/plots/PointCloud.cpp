#include "plots/PointCloud.h"

#include <algorithm>
#include <cmath>

namespace scdiff::ui {

PointCloud::PointCloud(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPAbstractPlottable(keyAxis, valueAxis) {
    setSelectable(QCP::stNone);
    setAntialiased(false);
}

void PointCloud::setPoints(std::vector<double> x, std::vector<double> y) {
    x_ = std::move(x);
    y_ = std::move(y);
    colours_.assign(x_.size(), qRgb(80, 80, 80));
    order_.clear();
    visible_.clear();
    highlighted_.clear();
}

void PointCloud::setColours(std::vector<QRgb> colours, std::vector<std::int32_t> order) {
    colours_ = std::move(colours);
    order_ = std::move(order);
}
void PointCloud::setVisibleMask(std::vector<std::uint8_t> visible) { visible_ = std::move(visible); }
void PointCloud::setHighlighted(std::vector<std::uint8_t> selected) { highlighted_ = std::move(selected); }
void PointCloud::setPointSize(double d) { size_ = std::clamp(d, 1.0, 30.0); }
void PointCloud::setOpacity(double a) { alpha_ = std::clamp(a, 0.02, 1.0); }
void PointCloud::setOutline(QPolygonF p) { outline_ = std::move(p); }

QCPRange PointCloud::getKeyRange(bool& found, QCP::SignDomain) const {
    found = !x_.empty();
    if (!found) return {};
    auto [lo, hi] = std::minmax_element(x_.begin(), x_.end());
    return QCPRange(*lo, *hi);
}

QCPRange PointCloud::getValueRange(bool& found, QCP::SignDomain, const QCPRange&) const {
    found = !y_.empty();
    if (!found) return {};
    auto [lo, hi] = std::minmax_element(y_.begin(), y_.end());
    return QCPRange(*lo, *hi);
}

void PointCloud::draw(QCPPainter* painter) {
    QCPAxis* kx = keyAxis();
    QCPAxis* vy = valueAxis();
    if (!kx || !vy) return;
    const QRect rect = clipRect();
    if (rect.isEmpty()) return;
    if (image_.size() != rect.size()) image_ = QImage(rect.size(), QImage::Format_ARGB32_Premultiplied);
    image_.fill(Qt::transparent);

    // Linear axes: pixel = origin + coord * scale (two coordToPixel calls instead of 2n).
    const double ox = kx->coordToPixel(0) - rect.left(), sx = kx->coordToPixel(1) - rect.left() - ox;
    const double oy = vy->coordToPixel(0) - rect.top(), sy = vy->coordToPixel(1) - rect.top() - oy;

    // The disc stamp: pixel offsets within the radius, and the same as offsets into the image's memory.
    const double r = size_ / 2.0;
    const int ri = static_cast<int>(std::ceil(r));
    std::vector<std::pair<int, int>> stamp;
    for (int dy = -ri; dy <= ri; ++dy)
        for (int dx = -ri; dx <= ri; ++dx)
            if ((dx * dx + dy * dy) <= r * r + 0.5) stamp.emplace_back(dx, dy);
    if (stamp.empty()) stamp.emplace_back(0, 0);

    const int w = image_.width(), h = image_.height();
    auto* bits = reinterpret_cast<QRgb*>(image_.bits());
    const qsizetype stride = image_.bytesPerLine() / 4;
    std::vector<qsizetype> offsets;
    offsets.reserve(stamp.size());
    for (const auto& [dx, dy] : stamp) offsets.push_back(dy * stride + dx);
    const bool anyHighlight = !highlighted_.empty();
    const int baseAlpha = static_cast<int>(alpha_ * 255 + 0.5);
    const int fadedAlpha = std::max(8, baseAlpha / 6);

    // "Source over" on premultiplied ARGB, two channels per multiply (as Qt's raster engine blends): the
    // destination scaled by 255 - a, then the premultiplied source added. About 3x faster than one channel at a
    // time at a million points, where every point touches a dozen pixels.
    const auto over = [](QRgb d, QRgb source, std::uint32_t inv) {
        std::uint32_t rb = (d & 0x00ff00ffu) * inv;
        std::uint32_t ag = ((d >> 8) & 0x00ff00ffu) * inv;
        rb = ((rb + ((rb >> 8) & 0x00ff00ffu) + 0x00800080u) >> 8) & 0x00ff00ffu;
        ag = (ag + ((ag >> 8) & 0x00ff00ffu) + 0x00800080u) & 0xff00ff00u;
        return source + (rb | ag);
    };
    const std::size_t n = x_.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = order_.empty() ? k : static_cast<std::size_t>(order_[k]);
        if (!visible_.empty() && !visible_[i]) continue;
        const int px = static_cast<int>(std::lround(ox + x_[i] * sx));
        const int py = static_cast<int>(std::lround(oy + y_[i] * sy));
        if (px < -ri || py < -ri || px >= w + ri || py >= h + ri) continue;
        const int a = (anyHighlight && !highlighted_[i]) ? fadedAlpha : baseAlpha;
        const QRgb c = colours_[i];
        const QRgb source = qRgba(qRed(c) * a / 255, qGreen(c) * a / 255, qBlue(c) * a / 255, a);  // premultiplied
        const auto inv = static_cast<std::uint32_t>(255 - a);
        if (px >= ri && py >= ri && px < w - ri && py < h - ri) {  // the whole disc inside: no checks per pixel
            QRgb* centre = bits + py * stride + px;
            if (a == 255)
                for (const auto off : offsets) centre[off] = source;
            else
                for (const auto off : offsets) centre[off] = over(centre[off], source, inv);
            continue;
        }
        for (const auto& [dx, dy] : stamp) {
            const int xx = px + dx, yy = py + dy;
            if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
            QRgb& d = bits[yy * stride + xx];
            d = a == 255 ? source : over(d, source, inv);
        }
    }
    painter->drawImage(rect.topLeft(), image_);

    if (outline_.size() > 1) {
        QPolygonF px;
        for (const QPointF& p : outline_) px << QPointF(kx->coordToPixel(p.x()), vy->coordToPixel(p.y()));
        painter->setPen(QPen(QColor(20, 20, 20), 1.5, Qt::DashLine));
        painter->setBrush(QColor(30, 30, 30, 25));
        painter->drawPolygon(px);
    }
}

std::int64_t PointCloud::nearest(const QPointF& pixel, double maxDistancePx) const {
    QCPAxis* kx = keyAxis();
    QCPAxis* vy = valueAxis();
    if (!kx || !vy || x_.empty()) return -1;
    const double ox = kx->coordToPixel(0), sx = kx->coordToPixel(1) - ox;
    const double oy = vy->coordToPixel(0), sy = vy->coordToPixel(1) - oy;
    double best = maxDistancePx * maxDistancePx;
    std::int64_t bestIndex = -1;
    for (std::size_t i = 0; i < x_.size(); ++i) {
        if (!visible_.empty() && !visible_[i]) continue;
        const double dx = ox + x_[i] * sx - pixel.x(), dy = oy + y_[i] * sy - pixel.y();
        const double d = dx * dx + dy * dy;
        if (d <= best) {  // <= : the point drawn last (on top) wins ties
            best = d;
            bestIndex = static_cast<std::int64_t>(i);
        }
    }
    return bestIndex;
}

std::vector<std::int64_t> pointsInPolygon(const std::vector<double>& x, const std::vector<double>& y,
                                          const QPolygonF& polygon) {
    std::vector<std::int64_t> out;
    if (polygon.size() < 3) return out;
    const QRectF box = polygon.boundingRect();
    for (std::size_t i = 0; i < x.size(); ++i) {
        const QPointF p(x[i], y[i]);
        if (box.contains(p) && polygon.containsPoint(p, Qt::OddEvenFill)) out.push_back(static_cast<std::int64_t>(i));
    }
    return out;
}

}  // namespace scdiff::ui
