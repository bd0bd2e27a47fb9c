#pragma once
// The Train dialog's held-out perturbations for the gene-perturbation task (keys.held_out_perturbations): the
// perturbations the dataset measured, each with its number of cells, to tick the ones whose cells training leaves
// out. The model then predicts them zero-shot (Model > Predict gene perturbation… compares the prediction with the
// measured cells) and Model > Evaluate holds out the same ones.
#include <QWidget>
#include <string>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"

class QLabel;
class QListWidget;

namespace scdiff::ui {

class HeldOutPerturbationsBox : public QWidget {
    Q_OBJECT
public:
    explicit HeldOutPerturbationsBox(QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    QLabel* note() const { return note_; }
    // Lists the perturbations of keys.condition_key (read again only when the column or the control value changed),
    // keeping the ticks of those still listed. Empty when the column is missing or a label is malformed (the
    // dialog shows that problem under the column).
    void refresh(const AnnData& data, const engine::DataKeys& keys);
    // The ticked labels, comma-separated, in the list's order ("" when none; a setting not listed yet as given).
    std::string setting() const;
    // Ticks the listed perturbations named in `setting` (comma-separated canonical or raw labels).
    void setSetting(const std::string& setting);

signals:
    void changed();

private:
    void tick(const std::string& setting);
    void updateNote();

    QListWidget* list_;
    QLabel* note_;
    QString listedKey_;
    std::string pending_;  // a setting given before its column was listed
};

}  // namespace scdiff::ui
