#pragma once
// Training: mini-batches densified on the fly from the sparse log-normalised X, predict-x0 MSE,
// AdamW, condition dropout and context masking. Reproducible per seed (bit-identical on CPU with the
// same thread count); resuming from a checkpoint continues exactly as an uninterrupted run.
#include <filesystem>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

struct TrainOptions {
    std::filesystem::path checkpoint;  // written every config.train.checkpointEvery epochs and at the end
    std::filesystem::path resumeFrom;  // a checkpoint to continue; config.train.epochs is the new total
};

// Reports stage "epoch e/E", report(step, steps, {loss, epoch, cells_per_s, eta_s}) per step and
// report(steps, steps, {epoch_done, train_loss, val_loss (-1: none), cells_per_s, eta_s}) per epoch.
// Cancel takes effect within one mini-batch: the checkpoint (when one is set) is written with the
// state of the last finished epoch, then Cancelled is thrown. Throws InvalidInput for unusable data (see prepare).
Model train(const AnnData& data, const RunConfig& config, Progress& progress = nullProgress(),
            const TrainOptions& options = {});

// The cells a perturbation run trains on: everything except the held-out type's stimulated cells.
std::vector<std::int64_t> perturbationTrainingCells(const AnnData& data, const DataKeys& keys);

}  // namespace scdiff::engine
