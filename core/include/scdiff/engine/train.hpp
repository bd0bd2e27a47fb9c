#pragma once
// Training: mini-batches densified on the fly from the sparse log-normalised X, predict-x0 MSE,
// AdamW, condition dropout and context masking. Reproducible per seed (bit-identical on CPU with the
// same thread count); resuming from a checkpoint continues exactly as an uninterrupted run.
#include <filesystem>
#include <optional>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/distributed.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/prior/type_table.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

struct TrainOptions {
    std::filesystem::path checkpoint;  // written every config.train.checkpointEvery epochs and at the end
    std::filesystem::path resumeFrom;  // a checkpoint to continue; config.train.epochs is the new total
    // config.model.typeConditioner text or both: the cell-type table (scdiff/prior). Its rows are matched to
    // the label column's values (prior::matchTypes, with the IDs of obs["<label key>_ontology_term_id"] when
    // there is one); every label needs a row. The model keeps the matched rows.
    std::optional<prior::TypeTable> typeTable;
    // Train on these cells only (indices into data; empty = every cell). The vocabularies still come from
    // every cell, so the types of the other cells are candidates the classifier scores (a type without any
    // training cell: zero-shot through its table row). A perturbation run leaves out the held-out cells too.
    std::vector<std::int64_t> cells;
    // Data-parallel training (distributed.hpp): this process is one of setup.worldSize ranks, each started with
    // the same data, settings and options; config.train.batchSize is each rank's share of a step, so W ranks
    // take the steps one process would take with batch W x B. Every rank returns the trained model; only rank 0
    // writes the checkpoint and reports progress. A cancel on any rank stops them all at the same step.
    DistributedSetup distributed;
};

// Reports stage "epoch e/E", report(step, steps, {loss, epoch, cells_per_s, eta_s}) per step and
// report(steps, steps, {epoch_done, train_loss, val_loss (-1: none), cells_per_s, eta_s}) per epoch.
// Cancel takes effect within one mini-batch: the checkpoint (when one is set) is written with the
// state of the last finished epoch, then Cancelled is thrown. Throws InvalidInput for unusable data (see prepare).
Model train(const AnnData& data, const RunConfig& config, Progress& progress = nullProgress(),
            const TrainOptions& options = {});

struct FineTuneOptions {
    int epochs = 50;  // more epochs over the fine-tuning cells
    // The fine-tuning learning rate as a share of the model's (config.train.base_lr is scaled and kept so in the
    // fine-tuned model and its checkpoint): a handful of cells moves a network far at the pretraining rate.
    // 0 = automatic (fineTuneLearningRateShare of the fewest cells of a type among the fine-tuning cells).
    double learningRateScale = 0;
    std::filesystem::path checkpoint{};  // written as train() writes it
    // Train only the cell-type conditioner (its class vectors or text projections), the rest of the network
    // frozen: a handful of cells then cannot move what the model knew of the other types (and, with a text
    // table, of the rare type's description). Kept in the model file, so a resumed checkpoint does the same.
    bool conditionerOnly = false;
};
// The fine-tuning learning rate's share of the model's when the user leaves it automatic: kFewCellsShare while
// the fewest cells of a cell type among the fine-tuning cells is below kFewCellsPerType, else the model's own
// rate. Measured on the few-shot tuning set (docs/prior_knowledge.md, text-conditioned macro accuracy on the
// rare types, 1 / 3 / 5 / 10 cells each): at 0.03 of the rate 0.467 / 0.460 / 0.432 / 0.447, at the full rate
// 0.149 / 0.252 / 0.304 / 0.525. A handful of cells at the full rate drags the network far from what it knew
// of a rare type (through its description, for a text-conditioned model); ten cells say enough to move it.
inline constexpr double kFewCellsShare = 0.03;
inline constexpr std::int64_t kFewCellsPerType = 10;
double fineTuneLearningRateShare(std::int64_t fewestCellsPerType);

// Continues training `model` on `cells` of data (the few-shot protocol's fine-tuning: a handful of cells of rare
// types, with or without others), with the model's own settings but the options'; the data's genes are matched
// to the model's by name. Progress and cancel as train(); resuming the checkpoint with train() and
// TrainOptions::cells set to the same cells continues exactly.
Model fineTune(Model model, const AnnData& data, const std::vector<std::int64_t>& cells, const FineTuneOptions& options,
               Progress& progress = nullProgress());

// The cell types of the cells chosen for fine-tuning (sorted by name, with their counts), after the checks
// fineTune makes: cells of the dataset, each with a label in the model's cell-type column that the model
// knows (its types are fixed when it is made: a new type needs a model trained with a table row for it).
// Throws InvalidInput with one sentence naming the column and the first labels at fault.
std::vector<std::pair<std::string, std::int64_t>> fineTuneTypes(const Model& model, const AnnData& data,
                                                                const std::vector<std::int64_t>& cells);

// The cells a perturbation run trains on: everything except the held-out type's stimulated cells.
std::vector<std::int64_t> perturbationTrainingCells(const AnnData& data, const DataKeys& keys);

}  // namespace scdiff::engine
