#pragma once
// Widgets <-> RunConfig through the engine's field table (engine::configFields): each bound widget edits
// one field by its JSON name, so the dialog writes no per-field copy code and a widget's range never lets
// through a value the engine refuses (the lower bound comes from the table).
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <string>
#include <variant>
#include <vector>

#include "scdiff/engine/config_fields.hpp"

namespace scdiff::ui {

class RunConfigForm {
public:
    // `field` is a JSON name such as "train.batch_size"; an unknown name is a programming error (throws).
    void bind(QSpinBox* box, const std::string& field);
    void bind(QDoubleSpinBox* box, const std::string& field);
    void bind(QCheckBox* box, const std::string& field);
    // A text field with choices: the caller fills the box, each item's data one of the field's choices
    // (its text is the caller's wording); a value without an item leaves the box as it is.
    void bind(QComboBox* box, const std::string& field);

    void load(const engine::RunConfig& config) const;  // widgets <- config (clamped to each widget's range)
    void store(engine::RunConfig& config) const;       // config <- widgets

private:
    using Widget = std::variant<QSpinBox*, QDoubleSpinBox*, QCheckBox*, QComboBox*>;
    struct Binding {
        Widget widget;
        const engine::ConfigField* field;
    };
    const engine::ConfigField& fieldNamed(const std::string& name) const;
    std::vector<Binding> bindings_;
};

}  // namespace scdiff::ui
