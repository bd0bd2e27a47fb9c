#pragma once
// The session's last perturbation prediction (what the Perturbation tab shows and the predicted cells its Save
// button writes) as one h5ad element, so that session files and the autosave keep it: a dict of arrays (the
// per-gene means, the per-cell values, the scores, the predicted cells' obs) and a JSON text for the rest.
#include <memory>

#include "scdiff/anndata.hpp"
#include "tasks/PerturbationSummary.h"

namespace scdiff::ui {

Element perturbationRecord(const PerturbationSummary& summary, const AnnData& prediction);

struct RestoredPerturbation {
    PerturbationSummary summary;
    std::shared_ptr<const AnnData> prediction;
};
// Throws InvalidInput naming what is missing or inconsistent.
RestoredPerturbation restorePerturbation(const Element& record);

}  // namespace scdiff::ui
