#include "results/ImputationView.h"

#include <QLocale>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <qcustomplot.h>

#include "models/DataAccess.h"
#include "plots/Colouring.h"
#include "session/Session.h"
#include "scdiff/engine/model.hpp"
#include "results/VerdictLine.h"

namespace scdiff::ui {

namespace {
constexpr const char* kLayer = "scdiff_imputed";
}  // namespace

ImputationView::ImputationView(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
    genes_ = new QLineEdit;
    genes_->setObjectName("imputationGenes");
    genes_->setPlaceholderText(
        tr("comma-separated gene names (default: the %1 most variable genes)").arg(kDefaultGenes));
    genes_->setClearButtonEnabled(true);
    connect(genes_, &QLineEdit::returnPressed, this, [this] {
        const QStringList list = genes_->text().split(',', Qt::SkipEmptyParts);
        setGenes(list.isEmpty() ? mostVariableGenes() : list);
    });
    auto* defaults = new QPushButton(tr("Most variable"));
    defaults->setToolTip(tr("The %1 genes with the largest variance of log-normalised X").arg(kDefaultGenes));
    connect(defaults, &QPushButton::clicked, this, [this] { setGenes(mostVariableGenes()); });
    order_ = new QComboBox;
    order_->setObjectName("imputationOrder");
    order_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(order_, &QComboBox::activated, this, [this] { setOrderColumn(order_->currentText()); });
    status_ = new QLabel;
    status_->setObjectName("imputationStatus");
    status_->setWordWrap(true);

    plot_ = new QCustomPlot;
    plot_->setObjectName("imputationPlot");
    plot_->setMinimumSize(500, 300);
    plot_->plotLayout()->clear();
    auto* observedRect = new QCPAxisRect(plot_);
    auto* imputedRect = new QCPAxisRect(plot_);
    auto* scale = new QCPColorScale(plot_);
    const QFont bold(font().family(), 10, QFont::Bold);
    plot_->plotLayout()->addElement(0, 0, new QCPTextElement(plot_, tr("Observed (X, log-normalised)"), bold));
    plot_->plotLayout()->addElement(0, 1, new QCPTextElement(plot_, tr("Imputed (layers['scdiff_imputed'])"), bold));
    plot_->plotLayout()->addElement(1, 0, observedRect);
    plot_->plotLayout()->addElement(1, 1, imputedRect);
    plot_->plotLayout()->addElement(1, 2, scale);
    plot_->plotLayout()->setColumnStretchFactor(2, 0.01);
    plot_->plotLayout()->setRowStretchFactor(0, 0.01);
    auto* margins = new QCPMarginGroup(plot_);
    observedRect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    imputedRect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    scale->setLabel(tr("log-normalised expression"));
    scale->setGradient(viridis());
    observed_ = new QCPColorMap(observedRect->axis(QCPAxis::atBottom), observedRect->axis(QCPAxis::atLeft));
    imputed_ = new QCPColorMap(imputedRect->axis(QCPAxis::atBottom), imputedRect->axis(QCPAxis::atLeft));
    for (auto* map : {observed_, imputed_}) {
        map->setColorScale(scale);
        map->setInterpolate(false);
        map->setTightBoundary(true);
    }

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Genes:")));
    controls->addWidget(genes_, 1);
    controls->addWidget(defaults);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Order cells by:")));
    controls->addWidget(order_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    verdict_ = new VerdictLine(engine::Task::Imputation);
    layout->addWidget(status_);
    layout->addWidget(verdict_);
    layout->addWidget(plot_, 1);

    connect(session_, &Session::datasetReplaced, this, [this] {
        genes_->clear();
        refresh();
    });
    connect(session_, &Session::layersChanged, this, [this](const QString& key) {
        if (key == kLayer) refresh();
    });
    connect(session_, &Session::obsColumnChanged, this, [this] { refresh(); });
    connect(session_, &Session::expressionChanged, this, [this] { refresh(); });
    refresh();
}

bool ImputationView::hasImputation() const {
    if (!session_->hasData()) return false;
    const Element* layer = session_->data().layers.find(kLayer);
    return layer && layer->is<NDArray>() && layer->get<NDArray>().rank() == 2 &&
           layer->get<NDArray>().shape()[0] == session_->data().nObs() &&
           layer->get<NDArray>().shape()[1] == session_->data().nVars();
}

QString ImputationView::orderColumn() const { return order_->currentText(); }

std::string ImputationView::expressionSource() const {
    return session_->model() ? session_->model()->config().keys.expression : std::string("X");
}

QStringList ImputationView::mostVariableGenes() const {
    QStringList out;
    if (!session_->hasData() || !session_->data().X) return out;
    const AnnData& d = session_->data();
    const SparseMatrix x = engineScaleX(d, expressionSource());
    const auto v = x.values.data<float>();
    const auto nVars = static_cast<std::size_t>(d.nVars());
    std::vector<double> sum(nVars, 0.0), sumSq(nVars, 0.0);
    for (std::int64_t r = 0; r < d.nObs(); ++r)
        for (auto k = x.indptr[static_cast<std::size_t>(r)]; k < x.indptr[static_cast<std::size_t>(r) + 1]; ++k) {
            const double e = v[static_cast<std::size_t>(k)];
            const auto j = static_cast<std::size_t>(x.indices[static_cast<std::size_t>(k)]);
            sum[j] += e;
            sumSq[j] += e * e;
        }
    const double n = std::max<double>(1, static_cast<double>(d.nObs()));
    std::vector<double> var(nVars);
    for (std::size_t j = 0; j < nVars; ++j) var[j] = sumSq[j] / n - (sum[j] / n) * (sum[j] / n);
    std::vector<std::size_t> order(nVars);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return var[a] > var[b]; });
    for (std::size_t i = 0; i < std::min<std::size_t>(kDefaultGenes, nVars); ++i)
        out << QString::fromStdString(d.var.index[order[i]]);
    return out;
}

void ImputationView::refresh() {
    const QString current = order_->currentText();
    order_->clear();
    if (session_->hasData())
        for (const auto& name : session_->data().obs.columnNames()) order_->addItem(QString::fromStdString(name));
    QString want = current;
    if (session_->model()) {
        const QString label = QString::fromStdString(session_->model()->config().keys.labelKey);
        if (label != preferredOrder_) want = label;  // a new model: its label column
        preferredOrder_ = label;
    }
    if (order_->findText(want) < 0) want = order_->count() ? order_->itemText(0) : QString();
    order_->setCurrentText(want);
    shownGenes_.clear();
    const QStringList typed = genes_->text().split(',', Qt::SkipEmptyParts);
    if (!hasImputation()) {
        cellOrder_.clear();
        status_->setText(tr("Impute with Model > Impute with model to compare observed and imputed expression."));
        draw();
        return;
    }
    setGenes(typed.isEmpty() ? mostVariableGenes() : typed);
}

bool ImputationView::setGenes(const QStringList& genes) {
    shownGenes_.clear();
    QStringList unknown, shown;
    bool truncated = false;
    if (session_->hasData())
        for (QString g : genes) {
            g = g.trimmed();
            if (g.isEmpty() || shown.contains(g)) continue;
            if (varIndex(session_->data(), g.toStdString()) < 0) {
                unknown << g;
            } else if (static_cast<int>(shownGenes_.size()) >= kMaxGenes) {
                truncated = true;
            } else {
                shownGenes_.push_back(g.toStdString());
                shown << g;
            }
        }
    genes_->setText(shown.join(", "));
    genes_->setCursorPosition(0);
    QStringList notes;
    if (!unknown.isEmpty())
        notes << tr("%n unknown gene(s): %1.", nullptr, static_cast<int>(unknown.size())).arg(unknown.join(", "));
    if (truncated) notes << tr("Only the first %1 genes are shown.").arg(kMaxGenes);
    if (!hasImputation()) notes << tr("The dataset has no imputed layer yet (Model > Impute with model).");
    status_->setText(notes.join(' '));
    if (!setOrderColumn(order_->currentText())) draw();
    return !shownGenes_.empty();
}

bool ImputationView::setOrderColumn(const QString& column) {
    cellOrder_.clear();
    if (!session_->hasData()) return false;
    const AnnData& d = session_->data();
    const Column* c = d.obs.find(column.toStdString());
    if (!c) return false;
    if (order_->currentText() != column) order_->setCurrentText(column);
    cellOrder_.resize(static_cast<std::size_t>(d.nObs()));
    std::iota(cellOrder_.begin(), cellOrder_.end(), 0);
    if (const auto* cat = std::get_if<Categorical>(&c->data)) {
        auto code = [&](std::int64_t r) {
            const auto k = cat->codes[static_cast<std::size_t>(r)];
            return k < 0 ? std::numeric_limits<std::int64_t>::max() : static_cast<std::int64_t>(k);
        };
        std::stable_sort(cellOrder_.begin(), cellOrder_.end(), [&](auto a, auto b) { return code(a) < code(b); });
    } else if (!isCategoricalLike(c->data)) {
        auto num = [&](std::int64_t r) {
            return cellNumber(c->data, r).value_or(std::numeric_limits<double>::infinity());
        };
        std::stable_sort(cellOrder_.begin(), cellOrder_.end(), [&](auto a, auto b) { return num(a) < num(b); });
    } else {
        std::vector<QString> text(cellOrder_.size());
        for (std::size_t r = 0; r < text.size(); ++r) text[r] = cellText(c->data, static_cast<std::int64_t>(r));
        std::stable_sort(cellOrder_.begin(), cellOrder_.end(), [&](auto a, auto b) {
            return text[static_cast<std::size_t>(a)] < text[static_cast<std::size_t>(b)];
        });
    }
    if (cellOrder_.size() > static_cast<std::size_t>(kMaxCells)) {  // evenly spaced, in the same order
        std::vector<std::int64_t> spaced(static_cast<std::size_t>(kMaxCells));
        for (std::size_t i = 0; i < spaced.size(); ++i) spaced[i] = cellOrder_[i * cellOrder_.size() / spaced.size()];
        cellOrder_ = std::move(spaced);
    }
    draw();
    return true;
}

void ImputationView::draw() {
    const bool ready = hasImputation() && !shownGenes_.empty() && !cellOrder_.empty();
    const int nCells = ready ? static_cast<int>(cellOrder_.size()) : 0;
    const int nGenes = ready ? static_cast<int>(shownGenes_.size()) : 0;
    for (auto* map : {observed_, imputed_}) {
        map->data()->setSize(nCells, nGenes);
        map->data()->setRange(QCPRange(0, std::max(0, nCells - 1)), QCPRange(0, std::max(0, nGenes - 1)));
    }
    QSharedPointer<QCPAxisTickerText> geneTicker(new QCPAxisTickerText);
    QSharedPointer<QCPAxisTickerText> cellTicker(new QCPAxisTickerText);
    double lo = 0, hi = 1;
    if (ready) {
        const AnnData& d = session_->data();
        const NDArray& layer = d.layers.find(kLayer)->get<NDArray>();
        const Matrix scaled = engineScaleX(d, expressionSource());  // what the imputation read, on its scale
        const auto nVars = d.nVars();
        hi = 0;
        for (int g = 0; g < nGenes; ++g) {
            const auto j = varIndex(d, shownGenes_[static_cast<std::size_t>(g)]);
            const std::vector<float> x = geneColumn(scaled, j);
            geneTicker->addTick(g, QString::fromStdString(shownGenes_[static_cast<std::size_t>(g)]));
            for (int c = 0; c < nCells; ++c) {
                const auto r = cellOrder_[static_cast<std::size_t>(c)];
                const double obs = x[static_cast<std::size_t>(r)];
                const double imp = layer.at(r * nVars + j);
                observed_->data()->setCell(c, g, obs);
                imputed_->data()->setCell(c, g, imp);
                lo = std::min({lo, obs, imp});
                hi = std::max({hi, obs, imp});
            }
        }
        if (hi <= lo) hi = lo + 1;
        // Ticks at the centre of each run of equal values of the order column (categorical-like columns).
        const Column* col = d.obs.find(order_->currentText().toStdString());
        if (col && isCategoricalLike(col->data)) {
            int start = 0;
            for (int c = 1; c <= nCells; ++c) {
                const QString a = cellText(col->data, cellOrder_[static_cast<std::size_t>(start)]);
                if (c < nCells && cellText(col->data, cellOrder_[static_cast<std::size_t>(c)]) == a) continue;
                cellTicker->addTick(0.5 * (start + c - 1), a.isEmpty() ? tr("<missing>") : a);
                start = c;
            }
        }
    }
    const auto all = session_->hasData() ? session_->data().nObs() : 0;
    const QString cellLabel =
        !ready ? QString()
        : nCells < all
            ? tr("%1 of %2 cells, evenly spaced, ordered by %3")
                  .arg(QLocale().toString(nCells), QLocale().toString(static_cast<qint64>(all)), order_->currentText())
            : tr("%n cell(s) ordered by %1", nullptr, nCells).arg(order_->currentText());
    for (auto* map : {observed_, imputed_}) {
        map->setDataRange(QCPRange(lo, hi));
        QCPAxis* x = map->keyAxis();
        QCPAxis* y = map->valueAxis();
        y->setTicker(geneTicker);
        y->setSubTicks(false);
        y->setRangeReversed(true);  // the first gene on top
        y->setRange(-0.5, std::max(0, nGenes) - 0.5);
        y->grid()->setVisible(false);
        if (cellTicker->ticks().isEmpty()) {
            x->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        } else {
            x->setTicker(cellTicker);
            x->setTickLabelRotation(30);
        }
        x->setSubTicks(false);
        x->grid()->setVisible(false);
        x->setRange(-0.5, std::max(1, nCells) - 0.5);
        x->setLabel(cellLabel);
    }
    imputed_->valueAxis()->setTickLabels(false);
    observed_->colorScale()->setDataRange(QCPRange(lo, hi));
    plot_->replot();
}

}  // namespace scdiff::ui
