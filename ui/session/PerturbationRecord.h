#pragma once
// The session's last perturbation prediction (what the Perturbation tab shows and the predicted cells its Save
// button writes) as one h5ad element, so that session files and the autosave keep it: a dict of arrays (the
// per-gene means, the per-cell values, the scores, the predicted cells' obs) and a JSON text for the rest.
#include <memory>

#include "scdiff/anndata.hpp"
#include "tasks/PerturbationSummary.h"

namespace scdiff::ui {

// One prediction as the session keeps it: what the Perturbation tab draws and the predicted cells its Save button
// writes, both immutable and shared (a session file's snapshot takes them without copying).
struct PerturbationPrediction {
    std::shared_ptr<const PerturbationSummary> summary;
    std::shared_ptr<const AnnData> cells;
};

Element perturbationRecord(const PerturbationPrediction& prediction);
// Throws InvalidInput naming what is missing or inconsistent.
PerturbationPrediction restorePerturbation(const Element& record);

}  // namespace scdiff::ui
