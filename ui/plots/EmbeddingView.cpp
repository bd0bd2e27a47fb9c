#include "plots/EmbeddingView.h"

#include <QActionGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSlider>
#include <QStringListModel>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <qcustomplot.h>

#include <QSet>

#include "models/DataAccess.h"
#include "scdiff/gene_names.hpp"
#include "plots/Colouring.h"
#include "plots/PointCloud.h"
#include "session/Commands.h"
#include "session/Session.h"

namespace scdiff::ui {

namespace {
// Colouring by agreement: fixed categories and colours (agreement is muted, disagreement stands out).
enum Agreement : std::int32_t { kAgrees = 0, kDisagrees = 1, kNoLabel = 2 };
const std::vector<QString>& agreementNames() {
    static const std::vector<QString> names{QObject::tr("agrees"), QObject::tr("disagrees"), QObject::tr("no label")};
    return names;
}
const std::vector<QColor>& agreementColours() {
    static const std::vector<QColor> colours{QColor(128, 151, 181), QColor(214, 39, 40), QColor(217, 217, 217)};
    return colours;
}
}  // namespace

EmbeddingView::EmbeddingView(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
    plot_ = new QCustomPlot(this);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->xAxis->setLabel(tr("dimension 1"));
    plot_->yAxis->setLabel(tr("dimension 2"));
    cloud_ = new PointCloud(plot_->xAxis, plot_->yAxis);
    plot_->setMouseTracking(true);
    plot_->installEventFilter(this);

    embeddingBox_ = new QComboBox;
    embeddingBox_->setToolTip(tr("Embedding (obsm key)"));
    colourBox_ = new QComboBox;
    colourBox_->setToolTip(tr("Colour cells by an obs column"));
    colourBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "<predicted> vs <reference>" in full
    geneEdit_ = new QLineEdit;
    geneEdit_->setPlaceholderText(tr("Colour by gene…"));
    geneNames_ = new QStringListModel(this);
    auto* completer = new QCompleter(geneNames_, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    geneEdit_->setCompleter(completer);
    sizeSpin_ = new QDoubleSpinBox;
    sizeSpin_->setRange(1, 30);
    sizeSpin_->setValue(cloud_->pointSize());
    sizeSpin_->setToolTip(tr("Point size (pixels)"));
    opacitySlider_ = new QSlider(Qt::Horizontal);
    opacitySlider_->setRange(5, 100);
    opacitySlider_->setValue(90);
    opacitySlider_->setMaximumWidth(90);
    opacitySlider_->setToolTip(tr("Opacity"));

    auto* tools = new QToolBar;
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    modeGroup_ = new QActionGroup(this);
    auto addMode = [&](const QString& text, Mode m, const QString& tip) {
        QAction* a = tools->addAction(text);
        a->setCheckable(true);
        a->setToolTip(tip);
        a->setChecked(m == Mode::Navigate);
        modeGroup_->addAction(a);
        connect(a, &QAction::triggered, this, [this, m] { setMode(m); });
    };
    addMode(tr("Pan/Zoom"), Mode::Navigate, tr("Drag to pan, wheel to zoom"));
    addMode(tr("Lasso"), Mode::Lasso, tr("Draw a lasso around cells to select them"));
    addMode(tr("Box"), Mode::Box, tr("Drag a rectangle to select cells"));
    tools->addSeparator();
    tools->addAction(tr("Reset view"), this, &EmbeddingView::resetView);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Embedding:")));
    bar->addWidget(embeddingBox_);
    bar->addWidget(new QLabel(tr("Colour:")));
    bar->addWidget(colourBox_);
    bar->addWidget(geneEdit_, 1);
    bar->addWidget(new QLabel(tr("Size:")));
    bar->addWidget(sizeSpin_);
    bar->addWidget(new QLabel(tr("Opacity:")));
    bar->addWidget(opacitySlider_);

    legend_ = new QListWidget;
    legend_->setMaximumWidth(220);
    legend_->setToolTip(tr("Untick a category to hide its cells"));
    auto* body = new QHBoxLayout;
    body->addWidget(plot_, 1);
    body->addWidget(legend_);
    noEmbedding_ =
        new QLabel(tr("This dataset has no embedding yet: use Analysis > Compute UMAP (or Compute PCA) "
                      "to draw its cells."));
    noEmbedding_->setObjectName("noEmbeddingHint");
    noEmbedding_->setStyleSheet(QStringLiteral("color: #2c6fad; padding: 4px;"));
    noEmbedding_->setWordWrap(true);
    noEmbedding_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(tools);
    layout->addWidget(noEmbedding_);
    layout->addLayout(body, 1);

    connect(embeddingBox_, &QComboBox::currentTextChanged, this, [this](const QString& k) { setEmbedding(k); });
    connect(colourBox_, &QComboBox::currentTextChanged, this, [this](const QString& c) {
        const QStringList pair = colourBox_->currentData().toStringList();  // the agreement entry
        if (pair.size() == 2)
            colourByAgreement(pair[0], pair[1]);
        else if (!c.isEmpty())
            colourByColumn(c);
    });
    connect(geneEdit_, &QLineEdit::returnPressed, this, [this] { colourByGene(geneEdit_->text().trimmed()); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& g) { colourByGene(g); });
    connect(sizeSpin_, &QDoubleSpinBox::valueChanged, this, &EmbeddingView::setPointSize);
    connect(opacitySlider_, &QSlider::valueChanged, this, [this](int v) { setOpacity(v / 100.0); });
    connect(legend_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int cat = item->data(Qt::UserRole).toInt();
        if (cat >= 0 && cat < static_cast<int>(hidden_.size()))
            setCategoryHidden(cat, item->checkState() != Qt::Checked);
    });

    connect(session_, &Session::datasetReplaced, this, [this] {
        leaveAgreement();
        refreshColumns();
        reloadEmbeddings();
    });
    connect(session_, &Session::embeddingsChanged, this, &EmbeddingView::reloadEmbeddings);
    connect(session_, &Session::obsColumnChanged, this, [this](const QString& name) {
        refreshColumns();
        if (!byGene_ && (name == colourKey_ || name == agreementReference_)) recolour();
    });
    connect(session_, &Session::selectionChanged, this, &EmbeddingView::refreshHighlight);
    connect(session_, &Session::expressionChanged, this, [this] {
        if (byGene_) recolour();
    });
}

QString EmbeddingView::embedding() const { return embeddingBox_->currentText(); }

void EmbeddingView::reloadEmbeddings() {
    const QString previous = embeddingBox_->currentText();
    QStringList keys;
    for (const auto& k : embeddingKeys(session_->data())) keys << QString::fromStdString(k);
    QSignalBlocker block(embeddingBox_);
    embeddingBox_->clear();
    embeddingBox_->addItems(keys);
    QString pick = keys.contains(previous) ? previous : QString();
    for (const char* preferred : {"X_umap", "X_tsne", "X_pca"})
        if (pick.isEmpty() && keys.contains(preferred)) pick = preferred;
    if (pick.isEmpty() && !keys.isEmpty()) pick = keys.front();
    embeddingBox_->setCurrentText(pick);
    setEmbedding(pick);
    noEmbedding_->setVisible(keys.isEmpty() && session_->hasData());
    emit embeddingsAvailable(!keys.isEmpty());
}

void EmbeddingView::refreshColumns() {
    const QString current = colourBox_->currentText();
    QStringList names, genes;
    for (const auto& c : session_->data().obs.columns) names << QString::fromStdString(c.name);
    for (const auto& g : session_->data().var.index) genes << QString::fromStdString(g);
    if (const auto symbols = geneSymbols(session_->data().var)) {  // var_names are IDs: offer the symbols too
        QSet<QString> seen(genes.begin(), genes.end());
        for (const auto& s : *symbols)
            if (const auto name = QString::fromStdString(s); !seen.contains(name)) {
                seen.insert(name);
                genes << name;
            }
    }
    QSignalBlocker block(colourBox_);
    colourBox_->clear();
    colourBox_->addItems(names);
    if (names.contains(current)) colourBox_->setCurrentText(current);
    syncAgreementItem();
    if (geneNames_->rowCount() != genes.size()) geneNames_->setStringList(genes);
}

bool EmbeddingView::setEmbedding(const QString& key) {
    std::vector<double> x, y;
    embeddingXY(session_->data(), key.toStdString(), x, y);
    const bool ok = !x.empty() || key.isEmpty();
    if (embeddingBox_->currentText() != key && !key.isEmpty()) {
        QSignalBlocker block(embeddingBox_);
        embeddingBox_->setCurrentText(key);
    }
    cloud_->setPoints(std::move(x), std::move(y));
    const QString base = key.startsWith("X_") ? key.mid(2).toUpper() : key;
    plot_->xAxis->setLabel(key.isEmpty() ? tr("dimension 1") : base + "1");
    plot_->yAxis->setLabel(key.isEmpty() ? tr("dimension 2") : base + "2");
    if (colourKey_.isEmpty() && colourBox_->count() > 0) {
        // First view of a dataset: colour by a cell-type-like column when there is one.
        QString pick = colourBox_->itemText(0);
        for (const char* c : {"cell_type", "celltype", "leiden", "louvain", "cluster"})
            if (colourBox_->findText(c) >= 0) {
                pick = c;
                break;
            }
        colourKey_ = pick;
        byGene_ = false;
    }
    recolour();
    refreshHighlight();
    resetView();
    return ok;
}

bool EmbeddingView::colourByColumn(const QString& column) {
    if (!session_->data().obs.find(column.toStdString())) return false;
    leaveAgreement();
    colourKey_ = column;
    byGene_ = false;
    geneEdit_->clear();
    if (colourBox_->currentText() != column) {
        QSignalBlocker block(colourBox_);
        colourBox_->setCurrentText(column);
    }
    recolour();
    return true;
}

bool EmbeddingView::colourByGene(const QString& gene) {
    const auto& data = session_->data();
    if (!data.X || varIndex(data, gene.toStdString()) < 0) return false;
    leaveAgreement();
    colourKey_ = gene;
    byGene_ = true;
    if (geneEdit_->text() != gene) geneEdit_->setText(gene);
    recolour();
    return true;
}

bool EmbeddingView::colourByAgreement(const QString& predicted, const QString& reference) {
    const auto& obs = session_->data().obs;
    if (!obs.find(predicted.toStdString()) || !obs.find(reference.toStdString())) return false;
    colourKey_ = predicted;
    agreementReference_ = reference;
    byGene_ = false;
    geneEdit_->clear();
    hidden_.clear();  // start with every category shown
    syncAgreementItem();
    recolour();
    return true;
}

void EmbeddingView::leaveAgreement() {
    if (agreementReference_.isEmpty()) return;
    agreementReference_.clear();
    hidden_.clear();
    syncAgreementItem();
}

// The colour combo lists obs columns plus, while colouring by agreement, one entry "<predicted> vs
// <reference>" (its data the two names) that is current.
void EmbeddingView::syncAgreementItem() {
    QSignalBlocker block(colourBox_);
    for (int i = colourBox_->count() - 1; i >= 0; --i)
        if (colourBox_->itemData(i).toStringList().size() == 2) colourBox_->removeItem(i);
    if (agreementReference_.isEmpty()) return;
    colourBox_->addItem(tr("%1 vs %2").arg(colourKey_, agreementReference_),
                        QStringList{colourKey_, agreementReference_});
    colourBox_->setCurrentIndex(colourBox_->count() - 1);
}

void EmbeddingView::showCategories(const std::vector<QString>& names, const std::vector<QColor>& palette,
                                   std::vector<QRgb>& colours) {
    if (hidden_.size() != names.size()) hidden_.assign(names.size(), 0);
    std::vector<std::int64_t> counts(names.size(), 0);
    for (std::size_t i = 0; i < colours.size(); ++i) {
        const int c = codes_[i];
        if (c >= 0) {
            colours[i] = palette[c].rgb();
            ++counts[c];
        }
    }
    for (std::size_t c = 0; c < names.size(); ++c) {
        QPixmap swatch(12, 12);
        swatch.fill(palette[c]);
        auto* item = new QListWidgetItem(QIcon(swatch), QStringLiteral("%1 (%2)").arg(names[c]).arg(counts[c]));
        item->setData(Qt::UserRole, static_cast<int>(c));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(hidden_[c] ? Qt::Unchecked : Qt::Checked);
        legend_->addItem(item);
    }
    legend_->show();
}

void EmbeddingView::recolour() {
    const auto& data = session_->data();
    const std::size_t n = cloud_->size();
    std::vector<QRgb> colours(n, qRgb(170, 170, 170));
    std::vector<std::int32_t> order;
    QSignalBlocker block(legend_);
    legend_->clear();
    codes_.clear();
    if (scale_) {
        plot_->plotLayout()->remove(scale_);
        plot_->plotLayout()->simplify();
        scale_ = nullptr;
    }
    if (byGene_ && data.X && static_cast<std::int64_t>(n) == data.nObs()) {
        const auto values = geneColumn(*data.X, varIndex(data, colourKey_.toStdString()));
        float lo = 0, hi = 0;
        if (!values.empty()) {
            auto [a, b] = std::minmax_element(values.begin(), values.end());
            lo = *a;
            hi = *b;
        }
        const QCPRange range(lo, hi > lo ? hi : lo + 1);
        QCPColorGradient gradient = viridis();
        for (std::size_t i = 0; i < n; ++i) colours[i] = gradient.color(values[i], range);
        order.resize(n);
        std::iota(order.begin(), order.end(), 0);
        // Expressing cells on top, so a rare marker is not buried under zeros.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values[a] < values[b]; });
        scale_ = new QCPColorScale(plot_);
        plot_->plotLayout()->addElement(0, 1, scale_);
        scale_->setGradient(gradient);
        scale_->setDataRange(range);
        scale_->setLabel(colourKey_);
        auto* group = new QCPMarginGroup(plot_);
        plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
        scale_->setMarginGroup(QCP::msBottom | QCP::msTop, group);
        hidden_.clear();
        legend_->hide();
    } else if (!agreementReference_.isEmpty()) {
        const Column* predicted = data.obs.find(colourKey_.toStdString());
        const Column* reference = data.obs.find(agreementReference_.toStdString());
        if (predicted && reference && static_cast<std::int64_t>(n) == data.nObs()) {
            // A label is the cell's text; empty (missing) and NaN are no label.
            auto label = [](const ColumnData& c, std::int64_t r) {
                const auto x = cellNumber(c, r);
                return x && std::isnan(*x) ? QString() : cellText(c, r);
            };
            codes_.resize(n);
            for (std::size_t i = 0; i < n; ++i) {
                const auto r = static_cast<std::int64_t>(i);
                const QString a = label(predicted->data, r), b = label(reference->data, r);
                codes_[i] = a.isEmpty() || b.isEmpty() ? kNoLabel : a == b ? kAgrees : kDisagrees;
            }
            showCategories(agreementNames(), agreementColours(), colours);
            // Disagreements drawn last, so agreeing neighbours do not cover them.
            order.resize(n);
            std::iota(order.begin(), order.end(), 0);
            auto rank = [this](std::int32_t i) { return codes_[i] == kDisagrees ? 2 : codes_[i] == kAgrees ? 1 : 0; };
            std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return rank(a) < rank(b); });
        }
    } else if (const Column* col = data.obs.find(colourKey_.toStdString());
               col && static_cast<std::int64_t>(n) == data.nObs()) {
        if (isCategoricalLike(col->data)) {
            const Categorical cat = asCategorical(col->data);
            std::vector<QString> names;
            for (const auto& name : cat.categoryNames()) names.push_back(QString::fromStdString(name));
            codes_ = cat.codes;
            showCategories(names, categoryColours(data, colourKey_.toStdString(), names.size()), colours);
        } else {
            std::vector<double> v(n, 0.0);
            double lo = 0, hi = 0;
            bool first = true;
            for (std::size_t i = 0; i < n; ++i) {
                auto x = cellNumber(col->data, static_cast<std::int64_t>(i));
                v[i] = x.value_or(std::nan(""));
                if (x && std::isfinite(*x)) {
                    lo = first ? *x : std::min(lo, *x);
                    hi = first ? *x : std::max(hi, *x);
                    first = false;
                }
            }
            const QCPRange range(lo, hi > lo ? hi : lo + 1);
            QCPColorGradient gradient = viridis();
            for (std::size_t i = 0; i < n; ++i)
                if (std::isfinite(v[i])) colours[i] = gradient.color(v[i], range);
            scale_ = new QCPColorScale(plot_);
            plot_->plotLayout()->addElement(0, 1, scale_);
            scale_->setGradient(gradient);
            scale_->setDataRange(range);
            scale_->setLabel(colourKey_);
            hidden_.clear();
            legend_->hide();
        }
    }
    cloud_->setColours(std::move(colours), std::move(order));
    std::vector<std::uint8_t> visible;
    if (!codes_.empty() && std::any_of(hidden_.begin(), hidden_.end(), [](auto h) { return h != 0; })) {
        visible.resize(n);
        for (std::size_t i = 0; i < n; ++i) visible[i] = codes_[i] < 0 || !hidden_[codes_[i]];
    }
    cloud_->setVisibleMask(std::move(visible));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void EmbeddingView::setCategoryHidden(int category, bool hidden) {
    if (category < 0 || category >= static_cast<int>(hidden_.size())) return;
    hidden_[category] = hidden ? 1 : 0;
    recolour();
}

void EmbeddingView::refreshHighlight() {
    const auto& sel = session_->selection();
    std::vector<std::uint8_t> mask;
    if (!sel.empty() && static_cast<std::int64_t>(cloud_->size()) == session_->data().nObs()) {
        mask.assign(cloud_->size(), 0);
        for (auto r : sel) mask[r] = 1;
    }
    cloud_->setHighlighted(std::move(mask));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void EmbeddingView::setPointSize(double px) {
    cloud_->setPointSize(px);
    if (sizeSpin_->value() != px) sizeSpin_->setValue(px);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void EmbeddingView::setOpacity(double alpha) {
    cloud_->setOpacity(alpha);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void EmbeddingView::setMode(Mode m) {
    mode_ = m;
    plot_->setInteractions(m == Mode::Navigate ? QCP::iRangeDrag | QCP::iRangeZoom : QCP::Interactions());
    const auto actions = modeGroup_->actions();
    actions.at(static_cast<int>(m))->setChecked(true);
    plot_->setCursor(m == Mode::Navigate ? Qt::ArrowCursor : Qt::CrossCursor);
}

void EmbeddingView::resetView() {
    plot_->rescaleAxes();
    // A margin so border points are whole.
    plot_->xAxis->scaleRange(1.05, plot_->xAxis->range().center());
    plot_->yAxis->scaleRange(1.05, plot_->yAxis->range().center());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void EmbeddingView::selectPolygon(const QPolygonF& plotCoords) {
    session_->setSelection(pointsInPolygon(cloud_->xs(), cloud_->ys(), plotCoords));
}

QString EmbeddingView::tooltipFor(std::int64_t cell) const {
    const auto& data = session_->data();
    if (cell < 0 || cell >= data.nObs()) return {};
    QString text = QStringLiteral("<b>%1</b>").arg(QString::fromStdString(data.obs.index[cell]).toHtmlEscaped());
    int shown = 0;
    for (const auto& c : data.obs.columns) {
        if (++shown > 8) break;
        text += QStringLiteral("<br>%1: %2")
                    .arg(QString::fromStdString(c.name).toHtmlEscaped(), cellText(c.data, cell).toHtmlEscaped());
    }
    if (!agreementReference_.isEmpty() && static_cast<std::size_t>(cell) < codes_.size() && codes_[cell] >= 0)
        text += QStringLiteral("<br><i>%1</i>: %2")
                    .arg(colourBox_->currentText().toHtmlEscaped(), agreementNames()[codes_[cell]]);
    if (byGene_ && data.X) {
        const auto j = varIndex(data, colourKey_.toStdString());
        if (j >= 0) {
            const auto v = geneColumn(*data.X, j);  // one column: cheap enough on hover
            text += QStringLiteral("<br><i>%1</i>: %2").arg(colourKey_.toHtmlEscaped()).arg(v[cell], 0, 'g', 4);
        }
    }
    return text;
}

bool EmbeddingView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_) {
        switch (event->type()) {
            case QEvent::MouseButtonPress:
                onMousePress(static_cast<QMouseEvent*>(event));
                break;
            case QEvent::MouseMove:
                onMouseMove(static_cast<QMouseEvent*>(event));
                break;
            case QEvent::MouseButtonRelease:
                onMouseRelease(static_cast<QMouseEvent*>(event));
                break;
            default:
                break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EmbeddingView::onMousePress(QMouseEvent* e) {
    if (mode_ == Mode::Navigate || e->button() != Qt::LeftButton) return;
    dragging_ = true;
    drawing_.clear();
    drawing_ << QPointF(plot_->xAxis->pixelToCoord(e->position().x()), plot_->yAxis->pixelToCoord(e->position().y()));
}

void EmbeddingView::onMouseMove(QMouseEvent* e) {
    const QPointF p(plot_->xAxis->pixelToCoord(e->position().x()), plot_->yAxis->pixelToCoord(e->position().y()));
    if (dragging_) {
        if (mode_ == Mode::Lasso) {
            drawing_ << p;
        } else {
            const QPointF a = drawing_.front();
            drawing_ = QPolygonF({a, QPointF(p.x(), a.y()), p, QPointF(a.x(), p.y())});
        }
        cloud_->setOutline(drawing_);
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    if (e->buttons() == Qt::NoButton) {
        const auto cell = cloud_->nearest(e->position(), std::max(4.0, cloud_->pointSize()));
        if (cell >= 0)
            QToolTip::showText(e->globalPosition().toPoint(), tooltipFor(cell), plot_);
        else
            QToolTip::hideText();
    }
}

void EmbeddingView::onMouseRelease(QMouseEvent* e) {
    if (!dragging_ || e->button() != Qt::LeftButton) return;
    dragging_ = false;
    const QPolygonF polygon = drawing_;
    drawing_.clear();
    cloud_->setOutline({});
    selectPolygon(polygon);
}

}  // namespace scdiff::ui
