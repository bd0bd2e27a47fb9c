#include "models/DataFrameModel.h"

#include "models/DataAccess.h"

namespace scdiff::ui {

DataFrameModel::DataFrameModel(QObject* parent) : QAbstractTableModel(parent) {}

void DataFrameModel::reset(const DataFrame* frame) {
    beginResetModel();
    frame_ = frame;
    endResetModel();
}

void DataFrameModel::columnChanged() { reset(frame_); }

int DataFrameModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !frame_ ? 0 : static_cast<int>(frame_->rows());
}

int DataFrameModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !frame_ ? 0 : static_cast<int>(frame_->columns.size());
}

QVariant DataFrameModel::data(const QModelIndex& index, int role) const {
    if (!frame_ || !index.isValid()) return {};
    const auto& col = frame_->columns[index.column()].data;
    if (role == Qt::DisplayRole) return cellText(col, index.row());
    if (role == Qt::UserRole) {
        if (auto v = cellNumber(col, index.row())) return *v;
        return cellText(col, index.row());
    }
    if (role == Qt::TextAlignmentRole && cellNumber(col, index.row())) return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DataFrameModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!frame_) return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < frame_->rows()) return QString::fromStdString(frame_->index[section]);
        return {};
    }
    if (section >= static_cast<int>(frame_->columns.size())) return {};
    const auto& c = frame_->columns[section];
    const QString type = columnTypeName(c.data);
    if (role == Qt::DisplayRole) return QStringLiteral("%1\n%2").arg(QString::fromStdString(c.name), type);
    if (role == Qt::ToolTipRole) return tr("Column %1: %2").arg(QString::fromStdString(c.name), type);
    return {};
}

}  // namespace scdiff::ui
