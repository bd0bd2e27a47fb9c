#pragma once
// Every perturbation prediction of the session, in the order they were made, and the one the Perturbation tab
// shows: a prediction is not lost when the next one is made, each can be shown and saved again, and session files
// (and the autosave) keep them all. Cleared when another dataset replaces the session's (they were predicted from
// its cells).
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "scdiff/anndata.hpp"
#include "session/PerturbationRecord.h"
#include "tasks/PerturbationSummary.h"

namespace scdiff::ui {

class PerturbationPredictions : public QObject {
    Q_OBJECT
public:
    using Prediction = PerturbationPrediction;
    using QObject::QObject;

    const std::vector<Prediction>& all() const { return predictions_; }
    bool empty() const { return predictions_.empty(); }
    // The shown prediction's index, -1 when there is none.
    int currentIndex() const { return current_; }
    const Prediction* current() const;

    // Appended and shown.
    void add(Prediction prediction);
    // Replaces every prediction (a session file's), showing `shown` (clamped).
    void reset(std::vector<Prediction> predictions, int shown);
    void setCurrent(int index);
    // Forgets the shown prediction (its cells' memory is freed); the one before it is shown.
    void removeCurrent();
    void clear();

    // "Type01: stimulated vs control" or "KLF1+MAP2K6": how the list names a prediction.
    static QString nameOf(const PerturbationSummary& summary);

signals:
    // The list or the shown prediction changed.
    void changed();

private:
    std::vector<Prediction> predictions_;
    int current_ = -1;
};

}  // namespace scdiff::ui
