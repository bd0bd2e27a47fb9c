#include "train/RunConfigForm.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace scdiff::ui {

namespace {

void setNumber(const engine::FieldRef& ref, double v) {
    std::visit(
        [v](auto* p) {
            using T = std::remove_pointer_t<decltype(p)>;
            if constexpr (std::is_same_v<T, bool>)
                *p = v != 0;
            else if constexpr (std::is_integral_v<T>)
                *p = static_cast<T>(std::llround(v));
            else if constexpr (std::is_floating_point_v<T>)
                *p = v;
        },
        ref);
}

// The smallest value a spin box may offer for the field: its lower bound, one step above when open.
double lowest(const engine::FieldBounds& b, double step) {
    if (!std::isfinite(b.lower)) return -1e300;
    return b.lowerOpen ? b.lower + step : b.lower;
}

}  // namespace

const engine::ConfigField& RunConfigForm::fieldNamed(const std::string& name) const {
    const auto* field = engine::findConfigField(name);
    if (!field) throw std::logic_error("RunConfigForm: no configuration field " + name);
    return *field;
}

void RunConfigForm::bind(QSpinBox* box, const std::string& name) {
    const auto& field = fieldNamed(name);
    box->setMinimum(static_cast<int>(std::max<double>(box->minimum(), lowest(field.bounds, 1))));
    bindings_.push_back({box, &field});
}

void RunConfigForm::bind(QDoubleSpinBox* box, const std::string& name) {
    const auto& field = fieldNamed(name);
    box->setMinimum(std::max(box->minimum(), lowest(field.bounds, std::pow(10.0, -box->decimals()))));
    if (std::isfinite(field.bounds.upper))
        box->setMaximum(std::min(box->maximum(), field.bounds.upperOpen
                                                     ? field.bounds.upper - std::pow(10.0, -box->decimals())
                                                     : field.bounds.upper));
    bindings_.push_back({box, &field});
}

void RunConfigForm::bind(QCheckBox* box, const std::string& name) { bindings_.push_back({box, &fieldNamed(name)}); }

void RunConfigForm::bind(QComboBox* box, const std::string& name) {
    const auto& field = fieldNamed(name);
    for (int i = 0; i < box->count(); ++i)
        if (std::find(field.choices.begin(), field.choices.end(), box->itemData(i).toString().toStdString()) ==
            field.choices.end())
            throw std::logic_error("RunConfigForm: " + box->itemData(i).toString().toStdString() +
                                   " is not a choice of " + name);
    bindings_.push_back({box, &field});
}

void RunConfigForm::load(const engine::RunConfig& config) const {
    auto& c = const_cast<engine::RunConfig&>(config);  // ref() only reads here
    for (const auto& b : bindings_) {
        if (auto* const* box = std::get_if<QComboBox*>(&b.widget)) {
            const int i = (*box)->findData(QString::fromStdString(*std::get<std::string*>(b.field->ref(c))));
            if (i >= 0) (*box)->setCurrentIndex(i);
            continue;
        }
        const double v = engine::fieldNumber(b.field->ref(c));
        std::visit(
            [v](auto* w) {
                using W = std::remove_pointer_t<decltype(w)>;
                if constexpr (std::is_same_v<W, QComboBox>)
                    return;  // above
                else if constexpr (std::is_same_v<W, QCheckBox>)
                    w->setChecked(v != 0);
                else if constexpr (std::is_same_v<W, QSpinBox>)
                    w->setValue(static_cast<int>(std::clamp<double>(v, w->minimum(), w->maximum())));
                else
                    w->setValue(std::clamp(v, w->minimum(), w->maximum()));
            },
            b.widget);
    }
}

void RunConfigForm::store(engine::RunConfig& config) const {
    for (const auto& b : bindings_) {
        if (auto* const* box = std::get_if<QComboBox*>(&b.widget)) {
            *std::get<std::string*>(b.field->ref(config)) = (*box)->currentData().toString().toStdString();
            continue;
        }
        const double v = std::visit(
            [](auto* w) -> double {
                using W = std::remove_pointer_t<decltype(w)>;
                if constexpr (std::is_same_v<W, QComboBox>)
                    return 0;  // above
                else if constexpr (std::is_same_v<W, QCheckBox>)
                    return w->isChecked() ? 1 : 0;
                else
                    return w->value();
            },
            b.widget);
        setNumber(b.field->ref(config), v);
    }
}

}  // namespace scdiff::ui
