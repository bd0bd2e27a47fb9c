#pragma once
// The Train dialog's cell-type conditioner (docs/prior_knowledge.md): class, text embedding or both, and for
// text the source of the cell-type table (a table file, a descriptions TSV or a cell ontology, embedded by the
// built-in lexical encoder) with its coverage report of the label column, computed as the choice changes.
// A missing or unusable table is a problem line (red) that keeps Train off.
#include <QWidget>
#include <optional>

#include "scdiff/anndata.hpp"
#include "scdiff/prior/type_source.hpp"
#include "scdiff/prior/type_table.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace scdiff::ui {

class TypeConditionerBox : public QWidget {
    Q_OBJECT
public:
    explicit TypeConditionerBox(QWidget* parent = nullptr);
    // Bound to model.type_conditioner by the dialog's RunConfigForm.
    QComboBox* conditionerBox() const { return conditioner_; }
    QComboBox* sourceKindBox() const { return kind_; }
    QLineEdit* pathEdit() const { return path_; }
    QLabel* coverageLabel() const { return coverage_; }
    // Re-reads the source when it, the label column or the conditioner changed; returns the problem ("" when
    // none or when the class conditioner is chosen).
    QString refresh(const AnnData& data, const QString& labelKey);
    // The chosen source, and the table refresh() read from it (none with the class conditioner or a problem):
    // training takes this table, so the file is read once.
    prior::TypeSource source() const;
    std::optional<prior::TypeTable> table() const;
    bool text() const;

signals:
    void changed();

private:
    QComboBox* conditioner_;
    QComboBox* kind_;
    QLineEdit* path_;
    QPushButton* browse_;
    QLabel* coverage_;
    QString readKey_, readProblem_, readReport_;  // the last source read, and what it gave
    std::optional<prior::TypeTable> readTable_;
};

}  // namespace scdiff::ui
