#include "train/DatasetFacts.h"

#include <QSet>

#include "models/DataAccess.h"
#include "scdiff/engine/problems.hpp"
#include "scdiff/expression.hpp"

namespace scdiff::ui {

bool isLabelColumn(const ColumnData& c) {
    if (isCategoricalLike(c)) return true;
    const auto* a = std::get_if<NDArray>(&c);
    return a && a->rank() == 1 && isInteger(a->dtype());
}

const QStringList& DatasetFacts::valuesOf(const QString& column) const {
    auto it = values_.find(column);
    if (it != values_.end()) return *it;
    QSet<QString> seen;
    if (const Column* c = column.isEmpty() ? nullptr : data_.obs.find(column.toStdString()))
        for (std::int64_t r = 0; r < data_.nObs(); ++r)
            if (QString v = cellText(c->data, r); !v.isEmpty()) seen.insert(std::move(v));
    QStringList values(seen.begin(), seen.end());
    values.sort();
    return *values_.insert(column, values);
}

preprocess::XKind DatasetFacts::kindOf(const QString& source) const {
    auto it = kinds_.find(source);
    if (it != kinds_.end()) return *it;
    preprocess::XKind kind = preprocess::XKind::Empty;
    try {
        kind = engine::expressionValues(data_, source.toStdString()).kind;  // a backed X: a sample of its rows
    } catch (const std::exception&) {}
    return *kinds_.insert(source, kind);
}

}  // namespace scdiff::ui
