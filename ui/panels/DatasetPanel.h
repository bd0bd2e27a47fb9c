#pragma once
// The dataset dock: a summary tree (shape, X kind, layers, obsm, uns tree) and the obs / var tables
// (sortable, filterable; column types in the header's second line and tooltip).
#include <QWidget>

class QTreeWidget;
class QTableView;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;

namespace scdiff::ui {

class Session;
class DataFrameModel;

class DatasetPanel : public QWidget {
    Q_OBJECT
public:
    explicit DatasetPanel(Session* session, QWidget* parent = nullptr);
    DataFrameModel* obsModel() const { return obsModel_; }
    DataFrameModel* varModel() const { return varModel_; }
    QSortFilterProxyModel* obsProxy() const { return obsProxy_; }
    QTreeWidget* summary() const { return summary_; }
    QTabWidget* tabs() const { return tabs_; }

private:
    void rebuild();
    QWidget* tableTab(DataFrameModel* model, QSortFilterProxyModel*& proxy);

    Session* session_;
    QTabWidget* tabs_;
    QTreeWidget* summary_;
    DataFrameModel* obsModel_;
    DataFrameModel* varModel_;
    QSortFilterProxyModel* obsProxy_ = nullptr;
    QSortFilterProxyModel* varProxy_ = nullptr;
};

}  // namespace scdiff::ui
