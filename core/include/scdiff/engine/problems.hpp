#pragma once
// What stands between a run configuration and a dataset, as data: one Problem per thing to fix, each
// naming the configuration field it is about. The engine refuses a run with the first blocking one
// (checkTaskInputs), the CLI prints it, and the Train dialog draws each under its field in the user's
// language from the same facts, so the dialog and the engine accept and refuse the same configurations.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::engine {

// A label or batch column with more distinct values than this is refused: each class gets an embedding
// row per block and the classifier scores every class for every cell, so this is a cell ID or a number
// picked by mistake.
inline constexpr std::int64_t kMaxClasses = 1000;
// Classes of the cell-type column with fewer training cells get a warning (the run can still start).
inline constexpr std::int64_t kFewCells = 10;

enum class ProblemKind {
    NoCells,                 // the dataset has no cells
    NoLabelColumn,           // the task needs a cell-type column and none is set
    NoSuchColumn,            // `column` is not an obs column with labels (`message` lists the columns)
    TooManyClasses,          // `column` has `count` distinct values, more than `limit`
    TooFewClasses,           // annotation on `column` with `count` < 2 classes
    FewCells,                // warning: `classes` (name, cells) have fewer than `limit` cells
    NoConditionColumn,       // perturbation without a condition column
    ValueMissing,            // `value` (the control or stimulated value) does not occur in `column`
    SameValues,              // control == stimulated
    HeldOutMissing,          // the held-out type `value` does not occur in `column`
    HeldOutWithoutControls,  // the held-out type `value` has no control cells
};

struct Problem {
    ProblemKind kind;
    // The configuration field: "keys.label_key", "keys.batch_key", "keys.condition_key", "keys.control",
    // "keys.stimulated", "keys.held_out_type" (empty: the dataset itself).
    std::string field;
    std::string message;   // one English sentence, as the CLI prints it
    bool blocking = true;  // false: a warning
    std::string column{}, value{};
    std::int64_t count = 0, limit = 0;
    std::vector<std::pair<std::string, std::int64_t>> classes{};  // FewCells: (class, cells), by name
};

// Every problem of `config` on `data`, blocking ones first per field, in the order of the fields above.
std::vector<Problem> taskProblems(const AnnData& data, const RunConfig& config);

// What an expression source holds (expression::inspect, by its kind and description), also for the X of a dataset
// opened backed, judged on a sample of its rows read from the file. Throws InvalidInput for a missing source.
preprocess::XValues expressionValues(const AnnData& data, const std::string& source);

}  // namespace scdiff::engine
