#include "plots/MarkerPlots.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <qcustomplot.h>

#include "models/DataAccess.h"
#include "plots/Colouring.h"
#include "scdiff/markers.hpp"

namespace scdiff::ui {
namespace {

// Dots sized in pixels, independent of the zoom: area proportional to the fraction expressing.
class Dots : public QCPAbstractPlottable {
public:
    struct Dot {
        double x, y, fraction, colourValue;
    };
    Dots(QCPAxis* k, QCPAxis* v, std::vector<Dot> dots) : QCPAbstractPlottable(k, v), dots_(std::move(dots)) {}
    double selectTest(const QPointF&, bool, QVariant*) const override { return -1; }
    QCPRange getKeyRange(bool& found, QCP::SignDomain) const override { return range(found, true); }
    QCPRange getValueRange(bool& found, QCP::SignDomain, const QCPRange&) const override { return range(found, false); }
    double maxRadius = 11;

protected:
    void draw(QCPPainter* p) override {
        QCPColorGradient g = viridis();
        p->setRenderHint(QPainter::Antialiasing);
        for (const Dot& d : dots_) {
            const double r = maxRadius * std::sqrt(std::clamp(d.fraction, 0.0, 1.0));
            if (r < 0.5) continue;
            p->setPen(QPen(QColor(60, 60, 60), 0.6));
            p->setBrush(QColor(g.color(d.colourValue, QCPRange(0, 1))));
            p->drawEllipse(QPointF(keyAxis()->coordToPixel(d.x), valueAxis()->coordToPixel(d.y)), r, r);
        }
    }
    void drawLegendIcon(QCPPainter*, const QRectF&) const override {}

private:
    QCPRange range(bool& found, bool key) const {
        found = !dots_.empty();
        double lo = 1e300, hi = -1e300;
        for (const Dot& d : dots_) {
            lo = std::min(lo, key ? d.x : d.y);
            hi = std::max(hi, key ? d.x : d.y);
        }
        return found ? QCPRange(lo, hi) : QCPRange();
    }
    std::vector<Dot> dots_;
};

void resetPlot(QCustomPlot* plot) {
    plot->clearPlottables();
    plot->clearItems();
    // Remove the colour scale of the previous drawing (every element but the axis rect).
    for (int i = plot->plotLayout()->elementCount() - 1; i > 0; --i)
        if (plot->plotLayout()->elementAt(i)) plot->plotLayout()->removeAt(i);
    plot->plotLayout()->simplify();
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->xAxis->setTickLabelRotation(0);
    plot->xAxis->setLabel({});
    plot->yAxis->setLabel({});
    plot->xAxis->grid()->setVisible(true);
    plot->yAxis->grid()->setVisible(true);
}

QSharedPointer<QCPAxisTickerText> textTicker(const std::vector<std::string>& labels, double first = 0) {
    QSharedPointer<QCPAxisTickerText> t(new QCPAxisTickerText);
    for (std::size_t i = 0; i < labels.size(); ++i)
        t->addTick(first + static_cast<double>(i), QString::fromStdString(labels[i]));
    return t;
}

std::vector<std::string> geneNames(const AnnData& d, const std::vector<std::int64_t>& genes) {
    std::vector<std::string> out;
    for (auto g : genes) out.push_back(d.var.index[g]);
    return out;
}

QCPColorScale* addScale(QCustomPlot* plot, const QString& label, QCPRange range) {
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, scale);
    scale->setGradient(viridis());
    scale->setDataRange(range);
    scale->setLabel(label);
    scale->setBarWidth(12);
    auto* group = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    return scale;
}

}  // namespace

void drawDotPlot(QCustomPlot* plot, const AnnData& data, const std::string& groupBy,
                 const std::vector<std::int64_t>& genes) {
    resetPlot(plot);
    if (genes.empty() || !data.X) return plot->replot();
    const auto s = markers::summarize(data, groupBy, genes);
    const std::size_t G = s.groups.size(), J = genes.size();
    std::vector<Dots::Dot> dots;
    for (std::size_t k = 0; k < J; ++k) {
        double mx = 0;
        for (std::size_t g = 0; g < G; ++g) mx = std::max(mx, s.mean[g * J + k]);
        for (std::size_t g = 0; g < G; ++g)
            dots.push_back({static_cast<double>(k), static_cast<double>(G - 1 - g), s.fraction[g * J + k],
                            mx > 0 ? s.mean[g * J + k] / mx : 0});
    }
    auto* d = new Dots(plot->xAxis, plot->yAxis, std::move(dots));
    d->maxRadius = std::clamp(0.45 * std::min(plot->axisRect()->width() / std::max<double>(1, J),
                                              plot->axisRect()->height() / std::max<double>(1, G)),
                              4.0, 14.0);
    plot->xAxis->setTicker(textTicker(geneNames(data, genes)));
    plot->xAxis->setTickLabelRotation(J > 6 ? 60 : 0);
    std::vector<std::string> rows(s.groups.rbegin(), s.groups.rend());
    plot->yAxis->setTicker(textTicker(rows));
    plot->xAxis->setRange(-0.7, static_cast<double>(J) - 0.3);
    plot->yAxis->setRange(-0.7, static_cast<double>(G) - 0.3);
    plot->xAxis->setLabel(QObject::tr("gene (dot area: fraction of cells expressing)"));
    plot->yAxis->setLabel(QString::fromStdString(groupBy));
    addScale(plot, QObject::tr("mean expression\n(scaled per gene)"), QCPRange(0, 1));
    plot->replot();
}

void drawViolins(QCustomPlot* plot, const AnnData& data, const std::string& groupBy, std::int64_t gene) {
    if (gene < 0 || !data.X) {
        drawViolins(plot, std::vector<ViolinGroup>{}, QString(), QString());
        return;
    }
    std::vector<std::string> names;
    const auto codes = markers::groupCodes(data, groupBy, names);
    const auto x = geneColumn(*data.X, gene);
    const auto palette = categoryColours(data, groupBy, names.size());
    std::vector<ViolinGroup> groups(names.size());
    for (std::size_t g = 0; g < names.size(); ++g) groups[g] = {QString::fromStdString(names[g]), {}, palette[g]};
    for (std::size_t i = 0; i < x.size(); ++i)
        if (codes[i] >= 0) groups[static_cast<std::size_t>(codes[i])].values.push_back(x[i]);
    drawViolins(plot, groups, QString::fromStdString(groupBy),
                QObject::tr("%1 expression").arg(QString::fromStdString(data.var.index[gene])));
}

namespace {
// Quantile of sorted values by linear interpolation (numpy's default).
double quantile(const std::vector<double>& sorted, double f) {
    const double pos = f * static_cast<double>(sorted.size() - 1);
    const auto i = static_cast<std::size_t>(pos);
    const double frac = pos - static_cast<double>(i);
    return i + 1 < sorted.size() ? sorted[i] + frac * (sorted[i + 1] - sorted[i]) : sorted[i];
}
}  // namespace

std::vector<DrawnViolin> drawViolins(QCustomPlot* plot, const std::vector<ViolinGroup>& groups, const QString& xLabel,
                                     const QString& yLabel) {
    resetPlot(plot);
    std::vector<DrawnViolin> drawn(groups.size());
    double lo = 0, hi = 0;
    for (const auto& group : groups)
        for (double v : group.values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const double span = hi > lo ? hi - lo : 1.0;
    const bool rotate = groups.size() > 6;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const double key = static_cast<double>(g);
        std::vector<double> v = groups[g].values;
        drawn[g].cells = v.size();
        // Rotated labels stay on one line.
        const int count = static_cast<int>(v.size());
        ticker->addTick(
            key, (rotate ? QObject::tr("%1 (%n)", nullptr, count) : QObject::tr("%1\n%n cell(s)", nullptr, count))
                     .arg(groups[g].name));
        if (v.empty()) continue;
        std::sort(v.begin(), v.end());
        const double n = static_cast<double>(v.size());
        const double mean = std::accumulate(v.begin(), v.end(), 0.0) / n;
        double var = 0;
        for (double a : v) var += (a - mean) * (a - mean);
        const double sd = std::sqrt(var / std::max(1.0, n - 1));
        const double bw = std::max(1e-3 * span, 1.06 * sd * std::pow(n, -0.2));  // Scott/Silverman
        const double first = v.front(), last = v.back();
        const int steps = 80;
        std::vector<double> ys(steps + 1), dens(steps + 1);
        double maxDens = 0;
        // Subsample for the density on very large groups: the shape does not change.
        const std::size_t stride = std::max<std::size_t>(1, v.size() / 5000);
        for (int s = 0; s <= steps; ++s) {
            ys[s] = first + (last - first) * s / steps;
            double acc = 0;
            for (std::size_t i = 0; i < v.size(); i += stride) {
                const double z = (ys[s] - v[i]) / bw;
                acc += std::exp(-0.5 * z * z);
            }
            dens[s] = acc;
            maxDens = std::max(maxDens, acc);
        }
        auto* curve = new QCPCurve(plot->xAxis, plot->yAxis);
        QVector<double> cx, cy;
        for (int s = 0; s <= steps; ++s) {
            cx << key - 0.42 * dens[s] / maxDens;
            cy << ys[s];
        }
        for (int s = steps; s >= 0; --s) {
            cx << key + 0.42 * dens[s] / maxDens;
            cy << ys[s];
        }
        cx << cx.front();
        cy << cy.front();
        curve->setData(cx, cy);
        curve->setName(groups[g].name);
        QColor fill = groups[g].colour;
        curve->setPen(QPen(fill.darker(140), 1));
        fill.setAlpha(170);
        curve->setBrush(fill);
        auto* quartiles = new QCPItemLine(plot);
        quartiles->start->setCoords(key, quantile(v, 0.25));
        quartiles->end->setCoords(key, quantile(v, 0.75));
        quartiles->setPen(QPen(QColor(40, 40, 40), 4, Qt::SolidLine, Qt::FlatCap));
        auto* median = new QCPItemLine(plot);
        const double m = quantile(v, 0.5);
        median->start->setCoords(key - 0.15, m);
        median->end->setCoords(key + 0.15, m);
        median->setPen(QPen(Qt::black, 2));
        drawn[g] = {curve, median, quartiles, v.size()};
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(rotate ? 45 : 0);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(-0.6, static_cast<double>(groups.size()) - 0.4);
    plot->yAxis->setRange(lo - 0.05 * span, lo + 1.05 * span);
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->replot();
    return drawn;
}

void drawHeatmap(QCustomPlot* plot, const AnnData& data, const std::string& groupBy,
                 const std::vector<std::int64_t>& genes) {
    resetPlot(plot);
    if (genes.empty() || !data.X) return plot->replot();
    std::vector<std::string> names;
    const auto codes = markers::groupCodes(data, groupBy, names);
    std::vector<std::int64_t> cells;
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (codes[i] >= 0) cells.push_back(static_cast<std::int64_t>(i));
    std::stable_sort(cells.begin(), cells.end(), [&](auto a, auto b) { return codes[a] < codes[b]; });
    const int nc = static_cast<int>(cells.size()), J = static_cast<int>(genes.size());
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(nc, J);
    map->data()->setRange(QCPRange(0, std::max(1, nc - 1)), QCPRange(0, J - 1));
    for (int k = 0; k < J; ++k) {
        const auto x = geneColumn(*data.X, genes[k]);
        float mx = 0;
        for (float v : x) mx = std::max(mx, v);
        for (int c = 0; c < nc; ++c) map->data()->setCell(c, J - 1 - k, mx > 0 ? x[cells[c]] / mx : 0);
    }
    map->setGradient(viridis());
    map->setDataRange(QCPRange(0, 1));
    map->setInterpolate(false);
    // Group labels at the centre of each group's block, boundaries as lines.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int start = 0;
    for (int c = 1; c <= nc; ++c) {
        if (c == nc || codes[cells[c]] != codes[cells[start]]) {
            ticker->addTick((start + c - 1) / 2.0, QString::fromStdString(names[codes[cells[start]]]));
            if (c < nc) {
                auto* line = new QCPItemStraightLine(plot);
                line->point1->setCoords(c - 0.5, 0);
                line->point2->setCoords(c - 0.5, 1);
                line->setPen(QPen(Qt::white, 1.5));
            }
            start = c;
        }
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(names.size() > 6 ? 45 : 0);
    std::vector<std::string> rows = geneNames(data, genes);
    std::reverse(rows.begin(), rows.end());
    plot->yAxis->setTicker(textTicker(rows));
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setLabel(QObject::tr("cells grouped by %1").arg(QString::fromStdString(groupBy)));
    plot->rescaleAxes();
    plot->yAxis->setRange(-0.5, J - 0.5);
    addScale(plot, QObject::tr("expression\n(scaled per gene)"), QCPRange(0, 1));
    plot->replot();
}

}  // namespace scdiff::ui
