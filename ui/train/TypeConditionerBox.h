#pragma once
// The Train dialog's cell-type conditioner (docs/prior_knowledge.md): class, text embedding or both, and for
// text the source of the cell-type table (a table file, the dataset's own uns['scdiff_text_embeddings'], a
// descriptions TSV or a cell ontology) and what embeds descriptions (the built-in lexical encoder, or a
// TorchScript language model with its vocab.txt), with the coverage report of the label column. The table is
// read and embedded on a worker thread (a cell ontology or a language model can take seconds), so the dialog
// stays responsive; until it is read, and when it is missing or unusable, a problem line keeps Train off
// (red for a problem, grey while reading).
#include <QFutureWatcher>
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
    QComboBox* encoderBox() const { return encoder_; }
    QLineEdit* modelEdit() const { return model_; }
    QLineEdit* vocabEdit() const { return vocab_; }
    QLabel* coverageLabel() const { return coverage_; }
    // Starts reading the source when it, the label column or the conditioner changed (changed() is emitted
    // when the read ends); returns the problem ("" when none or when the class conditioner is chosen).
    QString refresh(const AnnData& data, const QString& labelKey);
    // The chosen source, and the table refresh() read from it (none with the class conditioner, a problem or
    // while reading): training takes this table, so the file is read once.
    prior::TypeSource source() const;
    std::optional<prior::TypeTable> table() const;
    bool text() const;
    bool reading() const { return reading_; }

signals:
    void changed();

private:
    struct Read {
        QString key, problem, report;
        std::optional<prior::TypeTable> table;
    };
    QString sourceKind() const;
    void showRead(const Read& read);

    QComboBox* conditioner_;
    QComboBox* kind_;
    QLineEdit* path_;
    QPushButton* browse_;
    QWidget* encoderRow_;
    QWidget* languageModelFiles_;  // the model and vocabulary fields, shown for a language model
    QComboBox* encoder_;
    QLineEdit* model_;
    QLineEdit* vocab_;
    QLabel* coverage_;
    QFutureWatcher<Read> watcher_;
    bool reading_ = false;
    Read read_;  // the last source read and what it gave
};

}  // namespace scdiff::ui
