#pragma once
// Model > Fine-tune on selected cells… (docs/prior_knowledge.md, "Few-shot in the Studio"): the selected
// cells' types as the model's cell-type column labels them, how each met training so far (trained, or new to
// the model: zero-shot with a text table, untrained without), and the fine-tuning settings. The checks are
// the core's (engine::fineTuneTypes), made before the dialog opens.
#include <QDialog>
#include <utility>
#include <vector>

#include "scdiff/engine/model.hpp"
#include "scdiff/engine/train.hpp"

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace scdiff::ui {

class FineTuneDialog : public QDialog {
    Q_OBJECT
public:
    FineTuneDialog(const engine::Model& model, const std::vector<std::pair<std::string, std::int64_t>>& types,
                   QWidget* parent = nullptr);
    engine::FineTuneOptions options() const;  // without the checkpoint
    bool annotateAfterwards() const;
    QSpinBox* epochsBox() const { return epochs_; }

private:
    QSpinBox* epochs_;
    QDoubleSpinBox* learningRate_;
    QCheckBox* conditionerOnly_;
    QCheckBox* annotate_;
};

}  // namespace scdiff::ui
