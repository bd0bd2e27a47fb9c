// Redraw time of the embedding view with 100k cells (categorical colours, 1000 x 800 plot):
// prints the median and worst of 30 immediate replots after pan steps. Target: <= 100 ms.
#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <qcustomplot.h>
#include <random>

#include "plots/EmbeddingView.h"
#include "plots/PointCloud.h"
#include "session/Session.h"

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const std::int64_t n = argc > 1 ? std::atoll(argv[1]) : 100000;
    scdiff::AnnData d;
    std::mt19937 rng(1);
    std::normal_distribution<float> g(0, 1);
    std::vector<float> xy;
    std::vector<std::string> labels;
    for (std::int64_t i = 0; i < n; ++i) {
        const int t = static_cast<int>(i % 12);
        char name[32];
        std::snprintf(name, sizeof name, "c%lld", static_cast<long long>(i));
        d.obs.index.emplace_back(name);
        std::snprintf(name, sizeof name, "type%d", t);
        labels.emplace_back(name);
        xy.push_back(static_cast<float>(t % 4) * 6 + g(rng));
        xy.push_back(static_cast<float>(t / 4) * 6 + g(rng));
    }
    d.obs.set("cell_type", scdiff::Categorical::fromLabels(labels));
    d.obsm.set("X_umap", scdiff::NDArray::fromVector(xy, {n, 2}));
    scdiff::ui::Session session;
    scdiff::ui::EmbeddingView view(&session);
    view.resize(1200, 800);
    view.show();
    session.setDataset(std::move(d), QString());
    QCustomPlot* plot = view.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    std::vector<double> ms;
    for (int i = 0; i < 30; ++i) {
        plot->xAxis->moveRange(0.1 * ((i % 2) ? 1 : -1));
        QElapsedTimer t;
        t.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("embedding redraw, %lld cells, plot %dx%d, point size %.0f: median %.1f ms, worst %.1f ms\n",
                static_cast<long long>(n), plot->width(), plot->height(), view.points()->pointSize(), ms[ms.size() / 2],
                ms.back());
    return 0;
}
