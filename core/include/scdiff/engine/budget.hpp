#pragma once
// The training budget: how many optimiser steps a run makes, the "auto" preset that adapts the quick
// preset to the dataset, and how long a run takes on this machine (measured, not guessed).
#include <cstdint>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"

namespace scdiff::engine {

// What the auto preset and the time estimate look at.
struct DataShape {
    std::int64_t cells = 0;      // cells of the dataset
    std::int64_t genes = 0;      // genes the model would learn (the highly variable selection, capped by var)
    std::int64_t cellTypes = 0;  // classes of the label column (0: none)
    std::int64_t batches = 0;    // classes of the batch column (0: none)
};
// The shape of `data` under `config`'s keys and gene selection (missing columns count as none).
DataShape dataShape(const AnnData& data, const RunConfig& config);

// Optimiser steps of a run on `cells` training cells: train.steps when set, else epochs x steps per epoch.
std::int64_t plannedSteps(const TrainConfig& train, std::int64_t cells);

// Training cells from at least which the auto preset keeps a validation split: its cells fit the
// classifier's temperature, so the confidence means something (docs/engine.md, "Calibration"). Below it the
// split costs more accuracy than calibration is worth (lung, 185 cells: macro accuracy 0.851 -> 0.797).
inline constexpr std::int64_t kAutoValidationCells = 1000;

// The "auto" preset (RunConfig::preset "auto"), the default of the CLI and the Train dialog: the quick
// preset's network and step budget (docs/engine.md: quality stops improving after 1,000-2,000 optimiser
// steps on sets of 150 to 10,000 cells, while an epoch budget gives a 150-cell set 150 steps and a
// 10,000-cell set 12,000), plus, for annotation on at least kAutoValidationCells cells, a 10 % validation
// split that calibrates the classifier's confidence. preset("auto", task) is the same without a dataset
// (no validation split).
RunConfig autoPreset(Task task, const DataShape& shape);

// The preset `name` for `task` reading `keys`, adapted to `data` when it is "auto": what the CLI and the
// Train dialog start from before the user's own settings.
RunConfig presetFor(const std::string& name, Task task, const DataKeys& keys, const AnnData& data);

// Seconds one optimiser step of `config` (its network, batch size and device) takes on this machine: a
// few steps of a freshly initialised network on random data of the given shape, after a warm-up step.
double measureStepSeconds(const RunConfig& config, const DataShape& shape);

}  // namespace scdiff::engine
