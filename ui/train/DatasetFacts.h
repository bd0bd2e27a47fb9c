#pragma once
// What the Train dialog asks of its dataset again and again while the user changes fields: the distinct
// labels of an obs column and what an expression source holds (expression::inspect). Each is computed once
// per column or source and kept; forgetExpression() after X was replaced (normalised, log-transformed, undone).
#include <QHash>
#include <QString>
#include <QStringList>

#include "scdiff/anndata.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::ui {

// A column the engine accepts as labels: categories, strings, booleans or integers.
bool isLabelColumn(const ColumnData& c);

class DatasetFacts {
public:
    explicit DatasetFacts(const AnnData& data) : data_(data) {}  // data must outlive this

    const QStringList& valuesOf(const QString& column) const;  // distinct labels, sorted; none for no such column
    preprocess::XKind kindOf(const QString& source) const;     // X, raw or layers/NAME; Empty when unreadable
    void forgetExpression() { kinds_.clear(); }

private:
    const AnnData& data_;
    mutable QHash<QString, QStringList> values_;
    mutable QHash<QString, preprocess::XKind> kinds_;
};

}  // namespace scdiff::ui
