#include "session/PerturbationPredictions.h"

#include <algorithm>

namespace scdiff::ui {

const PerturbationPredictions::Prediction* PerturbationPredictions::current() const {
    return current_ >= 0 ? &predictions_[static_cast<std::size_t>(current_)] : nullptr;
}

void PerturbationPredictions::add(Prediction prediction) {
    predictions_.push_back(std::move(prediction));
    current_ = static_cast<int>(predictions_.size()) - 1;
    emit changed();
}

void PerturbationPredictions::reset(std::vector<Prediction> predictions, int shown) {
    predictions_ = std::move(predictions);
    current_ = predictions_.empty() ? -1 : std::clamp(shown, 0, static_cast<int>(predictions_.size()) - 1);
    emit changed();
}

void PerturbationPredictions::setCurrent(int index) {
    if (index < 0 || index >= static_cast<int>(predictions_.size()) || index == current_) return;
    current_ = index;
    emit changed();
}

void PerturbationPredictions::removeCurrent() {
    if (current_ < 0) return;
    predictions_.erase(predictions_.begin() + current_);
    current_ = predictions_.empty() ? -1 : std::max(0, current_ - 1);
    emit changed();
}

void PerturbationPredictions::clear() {
    if (predictions_.empty()) return;
    predictions_.clear();
    current_ = -1;
    emit changed();
}

QString PerturbationPredictions::nameOf(const PerturbationSummary& s) {
    if (s.genePerturbation()) return QString::fromStdString(s.perturbedGenes);
    return tr("%1: %2 vs %3")
        .arg(QString::fromStdString(s.cellType), QString::fromStdString(s.stimulated),
             QString::fromStdString(s.control));
}

}  // namespace scdiff::ui
