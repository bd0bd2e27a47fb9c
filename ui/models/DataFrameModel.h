#pragma once
// A read-only table model over one of the session's data frames (obs or var): the index in the
// vertical header, one column per DataFrame column; the header tooltip names the column's type.
// Sorting uses Qt::UserRole (numbers as numbers) through a QSortFilterProxyModel.
#include <QAbstractTableModel>

#include "scdiff/anndata.hpp"

namespace scdiff::ui {

class DataFrameModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit DataFrameModel(QObject* parent = nullptr);
    // The frame must outlive the model or be replaced with reset(); nullptr = empty.
    void reset(const DataFrame* frame);
    void columnChanged();  // a column was added/replaced/removed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const DataFrame* frame_ = nullptr;
};

}  // namespace scdiff::ui
