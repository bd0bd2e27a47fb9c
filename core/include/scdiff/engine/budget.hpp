#pragma once
// The training budget: how many optimiser steps a run makes, the "auto" preset that adapts the quick
// preset to the dataset, and how long a run takes on this machine (measured, not guessed).
#include <cstdint>
#include <string>
#include <vector>

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

// Annotation under the auto preset on fewer than kAutoValidationCells cells adds the diffusion classifier's
// cross-entropy to the training loss with this weight (TrainConfig::classLoss). On the tuning sets it lifted
// macro accuracy from 0.680 to 0.868 (HSMM, 271 cells), 0.769 to 0.793 (lung, 185 cells; 0.877 with weight 1)
// and 0.786 to 0.826 (synthetic, 600 cells), and left the synthetic hard12 as it was (0.958 vs 0.956); weights
// of 0.1 and 1 cost hard12 0.03 and 0.09 (docs/engine.md, "Training the classifier's decision"). From
// kAutoValidationCells on it stays off: it triples the training time and was not measured on large reporting
// sets.
inline constexpr double kAutoClassLoss = 0.01;

// Imputation under the auto preset makes at most this many passes over the cells (its step budget is cut to
// it on small sets). The quick preset's fixed 1,500 steps are 500 passes over 300 cells, and that set learnt
// its cells, hidden zeros included (Pearson on the hidden entries 0.497; 0.556 with 600 steps = 200 passes,
// 0.546 with 333); 2,000 and 10,000 cells keep the 1,500 steps (docs/engine.md, "Imputation").
inline constexpr std::int64_t kImputationMaxEpochs = 200;

// The "auto" preset (RunConfig::preset "auto"), the default of the CLI and the Train dialog: the quick
// preset's network and step budget (docs/engine.md: quality stops improving after 1,000-2,000 optimiser
// steps on sets of 150 to 10,000 cells, while an epoch budget gives a 150-cell set 150 steps and a
// 10,000-cell set 12,000), plus, for annotation on at least kAutoValidationCells cells, a 10 % validation
// split that calibrates the classifier's confidence (below it, the classifier's loss kAutoClassLoss), and for
// imputation at most kImputationMaxEpochs passes over the cells. preset("auto", task) is the same without a
// dataset (no validation split, no classifier's loss, no cap).
RunConfig autoPreset(Task task, const DataShape& shape);

// The preset `name` for `task` reading `keys`, adapted to `data` when it is "auto": what the CLI and the
// Train dialog start from before the user's own settings.
RunConfig presetFor(const std::string& name, Task task, const DataKeys& keys, const AnnData& data);

// The batch effect (embedding::batchEffect: the share of the variance within cell types that the batch
// explains) from which ModelConfig::batchIn "auto" gives the batch a token in every block instead of the
// decoder's shift alone. Chosen on the tuning set (docs/engine.md, "Strong batch effects", macro accuracy
// decoder vs token): the decoder was ahead at 0.07, 0.28 and 0.46 (0.952 vs 0.919, 0.933 vs 0.914,
// 0.877 vs 0.862), the token from 0.63 (0.767 vs 0.718; 0.88: 0.573 vs 0.435).
inline constexpr double kTokenBatchEffect = 0.55;

// What "auto" became for one training run, and the measure it was chosen on (-1: not measured, the batch
// key is unset or the choice was not "auto").
struct BatchInChoice {
    std::string batchIn;
    double batchEffect = -1;
};
// ModelConfig::batchIn for a run on `cells` of `data` (x: their log-normalised expression, the model's
// genes as columns): the configured value, or for "auto" "token" when a batch key is set and the batch
// explains at least kTokenBatchEffect of the variance within the cell types of config.keys.labelKey (all
// cells one type without labels), else "decoder".
BatchInChoice chooseBatchIn(const RunConfig& config, const AnnData& data, const SparseMatrix& x,
                            const std::vector<std::int64_t>& cells);
// Where a resolved ModelConfig::batchIn puts the batch, in words: "the decoder", "every block as a token", "the input".
std::string batchInPlace(const std::string& batchIn);

// Seconds one optimiser step of `config` (its network, batch size and device) takes on this machine: a
// few steps of a freshly initialised network on random data of the given shape, after a warm-up step.
double measureStepSeconds(const RunConfig& config, const DataShape& shape);

}  // namespace scdiff::engine
