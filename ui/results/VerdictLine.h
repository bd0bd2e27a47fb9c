#pragma once
// One line next to a result (annotation, imputation, perturbation) saying how scDiff compared with the
// simple baselines on this dataset: the verdict of the latest Model > Evaluate… of that task (the
// sentence comes from engine::evaluate), or, before any, that it has not been compared yet and how to.
// Green when scDiff won every run, red when a baseline did, grey when the runs disagree.
#include <QLabel>
#include <optional>

#include "scdiff/engine/evaluate.hpp"

namespace scdiff::ui {

class VerdictLine : public QLabel {
    Q_OBJECT
public:
    explicit VerdictLine(engine::Task task, QWidget* parent = nullptr);
    void setVerdict(const std::optional<engine::Verdict>& verdict);
    const std::optional<engine::Verdict>& verdict() const { return verdict_; }

    // The colour of a verdict, shared with the Evaluation tab.
    static QString styleOf(const engine::Verdict& verdict);

private:
    engine::Task task_;
    std::optional<engine::Verdict> verdict_;
};

}  // namespace scdiff::ui
