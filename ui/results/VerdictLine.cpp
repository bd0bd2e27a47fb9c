#include "results/VerdictLine.h"

namespace scdiff::ui {

VerdictLine::VerdictLine(engine::Task task, QWidget* parent) : QLabel(parent), task_(task) {
    setObjectName(QStringLiteral("verdictLine"));
    setWordWrap(true);
    setVerdict(std::nullopt);
}

QString VerdictLine::styleOf(const engine::Verdict& v) {
    const bool spread = v.runs > 1 && v.winnerAhead() < v.runs;
    return spread         ? QStringLiteral("font-weight: bold; color: #555;")
           : v.scdiffBest ? QStringLiteral("font-weight: bold; color: #1e7d32;")
                          : QStringLiteral("font-weight: bold; color: #c0392b;");
}

void VerdictLine::setVerdict(const std::optional<engine::Verdict>& verdict) {
    verdict_ = verdict;
    if (verdict && !verdict->sentence.empty()) {
        setText(tr("Compared with the baselines on held-out data of this dataset: %1")
                    .arg(QString::fromStdString(verdict->sentence)));
        setStyleSheet(styleOf(*verdict));
        return;
    }
    QString baselines, action = tr("Model > Evaluate the last training settings…");
    switch (task_) {
        case engine::Task::Annotation:
            baselines = tr("logistic regression and kNN");
            break;
        case engine::Task::Imputation:
            baselines = tr("the gene mean and kNN smoothing");
            action = tr("Model > Evaluate imputation…");
            break;
        case engine::Task::Perturbation:
            baselines = tr("the mean shift of the other cell types");
            break;
        case engine::Task::GenePerturbation:
            baselines = tr("the mean change, the nearest seen gene in the graph and the additive model");
            break;
    }
    setText(tr("Not compared with the baselines on this dataset yet: %1 holds data out and scores scDiff against %2. "
               "On small datasets a baseline is often as good or better (docs/engine.md).")
                .arg(action, baselines));
    setStyleSheet(QStringLiteral("color: #555;"));
}

}  // namespace scdiff::ui
