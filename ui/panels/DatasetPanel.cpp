#include "panels/DatasetPanel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/DisplayNames.h"
#include "models/DataFrameModel.h"
#include "scdiff/preprocess.hpp"
#include "session/Session.h"

namespace scdiff::ui {
namespace {

QString shapeText(const Element& e) {
    if (const auto* a = e.getIf<NDArray>()) {
        QStringList dims;
        for (auto d : a->shape()) dims << QString::number(d);
        return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(dtypeName(a->dtype())), dims.join(" × "));
    }
    if (const auto* s = e.getIf<SparseMatrix>())
        return DatasetPanel::tr("sparse %1 × %2, %3 stored")
            .arg(s->rows)
            .arg(s->cols)
            .arg(QLocale().toString(static_cast<qint64>(s->nnz())));
    if (const auto* s = e.getIf<StringArray>()) {
        if (s->isScalar()) return QStringLiteral("\"%1\"").arg(QString::fromStdString(s->values[0]).left(80));
        return DatasetPanel::tr("strings (%1)").arg(s->values.size());
    }
    return QString::fromStdString(describe(e));
}

void addDict(QTreeWidgetItem* parent, const Dict& d, int depth) {
    for (std::size_t i = 0; i < d.size(); ++i) {
        auto* item = new QTreeWidgetItem(parent, {QString::fromStdString(d.keys()[i]), shapeText(d.values()[i])});
        if (const auto* sub = d.values()[i].getIf<Dict>(); sub && depth < 8) addDict(item, *sub, depth + 1);
    }
}

}  // namespace

DatasetPanel::DatasetPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
    tabs_ = new QTabWidget;
    summary_ = new QTreeWidget;
    summary_->setHeaderLabels({tr("Element"), tr("Content")});
    summary_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    obsModel_ = new DataFrameModel(this);
    varModel_ = new DataFrameModel(this);
    tabs_->addTab(summary_, tr("Summary"));
    tabs_->addTab(tableTab(obsModel_, obsProxy_), tr("Cells (obs)"));
    tabs_->addTab(tableTab(varModel_, varProxy_), tr("Genes (var)"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    connect(session_, &Session::datasetReplaced, this, &DatasetPanel::rebuild);
    connect(session_, &Session::embeddingsChanged, this, &DatasetPanel::rebuild);
    connect(session_, &Session::expressionChanged, this, &DatasetPanel::rebuild);  // the summary names X's kind
    connect(session_, &Session::layersChanged, this, &DatasetPanel::rebuild);      // e.g. layers['scdiff_imputed']
    connect(session_, &Session::obsColumnChanged, this, [this] { obsModel_->columnChanged(); });
}

QWidget* DatasetPanel::tableTab(DataFrameModel* model, QSortFilterProxyModel*& proxy) {
    auto* page = new QWidget;
    auto* filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter rows (text in any column)…"));
    filter->setClearButtonEnabled(true);
    proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto* view = new QTableView;
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->verticalHeader()->setDefaultSectionSize(20);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(filter);
    layout->addWidget(view);
    return page;
}

void DatasetPanel::rebuild() {
    const AnnData& d = session_->data();
    obsModel_->reset(&d.obs);
    varModel_->reset(&d.var);
    summary_->clear();
    // Two counts, each with its own plural form.
    new QTreeWidgetItem(summary_,
                        {tr("Shape"), tr("%Ln cell(s)", nullptr, static_cast<int>(d.nObs())) + QStringLiteral(" × ") +
                                          tr("%Ln gene(s)", nullptr, static_cast<int>(d.nVars()))});
    QString kind = tr("absent");
    if (!d.expressionFile.empty())
        kind = tr("in %1, read as needed (opened backed)", "X of a dataset larger than memory")
                   .arg(QFileInfo(QString::fromStdString(d.expressionFile)).fileName());
    if (d.X) {
        kind = expressionKindName(session_->xValues().kind);
        if (std::holds_alternative<SparseMatrix>(*d.X))
            kind = tr("%1 (sparse)", "what X holds, stored as a sparse matrix").arg(kind);
    }
    auto* x = new QTreeWidgetItem(summary_, {tr("X"), kind});
    x->setToolTip(1, kind);  // a backed dataset's file name can be longer than the column
    auto* layers = new QTreeWidgetItem(summary_, {tr("layers"), QString::number(d.layers.size())});
    addDict(layers, d.layers, 0);
    auto* obsm = new QTreeWidgetItem(summary_, {tr("obsm"), QString::number(d.obsm.size())});
    addDict(obsm, d.obsm, 0);
    auto* obsp = new QTreeWidgetItem(summary_, {tr("obsp"), QString::number(d.obsp.size())});
    addDict(obsp, d.obsp, 0);
    auto* uns = new QTreeWidgetItem(summary_, {tr("uns"), QString::number(d.uns.size())});
    addDict(uns, d.uns, 0);
    if (d.raw)
        new QTreeWidgetItem(summary_, {tr("raw"), tr("%Ln gene(s)", nullptr, static_cast<int>(d.raw->var.rows()))});
    layers->setExpanded(true);
    obsm->setExpanded(true);
    uns->setExpanded(true);
}

}  // namespace scdiff::ui
