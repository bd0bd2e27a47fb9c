#include "plots/Colouring.h"

namespace scdiff::ui {

QCPColorGradient viridis() {
    QCPColorGradient g;
    g.clearColorStops();
    const char* const stops[] = {"#440154", "#482878", "#3e4989", "#31688e", "#26828e",
                                 "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"};
    for (int i = 0; i < 10; ++i) g.setColorStopAt(i / 9.0, QColor(stops[i]));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    return g;
}

std::vector<QColor> categoricalPalette(std::size_t n) {
    static const char* const kDefault20[] = {
        "#1f77b4", "#ff7f0e", "#279e68", "#d62728", "#aa40fc", "#8c564b", "#e377c2", "#b5bd61", "#17becf", "#aec7e8",
        "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#dbdb8d", "#9edae5", "#ad494a", "#8c6d31"};
    std::vector<QColor> out;
    for (std::size_t i = 0; i < n; ++i) {
        if (i < 20)
            out.emplace_back(kDefault20[i]);
        else  // golden-ratio hue steps keep neighbours apart
            out.push_back(QColor::fromHsvF(std::fmod(0.13 + static_cast<double>(i) * 0.618034, 1.0),
                                           0.55 + 0.3 * ((i / 7) % 2), 0.85 - 0.2 * ((i / 3) % 2)));
    }
    return out;
}

std::vector<QColor> categoryColours(const AnnData& data, const std::string& column, std::size_t n) {
    if (const Element* e = data.uns.find(column + "_colors")) {
        if (const auto* s = e->getIf<StringArray>(); s && s->values.size() >= n) {
            std::vector<QColor> out;
            for (std::size_t i = 0; i < n; ++i) {
                QColor c(QString::fromStdString(s->values[i]));
                if (!c.isValid()) return categoricalPalette(n);
                out.push_back(c);
            }
            return out;
        }
    }
    return categoricalPalette(n);
}

}  // namespace scdiff::ui
