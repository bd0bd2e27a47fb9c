#include "scdiff/engine/budget.hpp"
#include "scdiff/engine/train.hpp"

#include <algorithm>
#include <chrono>

#include "dataset_inputs.hpp"
#include "scdiff/batch_effect.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

double fineTuneLearningRateShare(std::int64_t fewestCellsPerType) {
    return fewestCellsPerType < kFewCellsPerType ? kFewCellsShare : 1.0;
}

std::int64_t plannedSteps(const TrainConfig& train, std::int64_t cells) {
    if (train.steps > 0) return train.steps;
    const std::int64_t perEpoch = (std::max<std::int64_t>(cells, 1) + train.batchSize - 1) / train.batchSize;
    return perEpoch * train.epochs;
}

namespace {

std::int64_t classesOf(const AnnData& data, const std::string& key) {
    if (key.empty() || !data.obs.find(key)) return 0;
    try {
        return static_cast<std::int64_t>(vocabularyOf(obsLabels(data, key, "labels"), key).classes.size());
    } catch (const InvalidInput&) {
        return 0;  // not a label column: checkTaskInputs says so when training starts
    }
}

// Per cell, the index of its label among the sorted labels.
std::vector<std::int64_t> codesOf(const std::vector<std::string>& labels) {
    const auto codes = Categorical::fromLabels(labels).codes;
    return {codes.begin(), codes.end()};
}

}  // namespace

BatchInChoice chooseBatchIn(const RunConfig& config, const AnnData& data, const SparseMatrix& x,
                            const std::vector<std::int64_t>& cells) {
    const auto& keys = config.keys;
    if (config.model.batchIn != "auto") return {config.model.batchIn, -1};
    if (keys.batchKey.empty()) return {"decoder", -1};
    const auto batch = codesOf(obsLabels(data, keys.batchKey, "batches"));
    const auto types = keys.labelKey.empty() ? std::vector<std::int64_t>{}
                                             : codesOf(obsLabels(data, keys.labelKey, "cell-type labels"));
    const double effect = embedding::batchEffect(x, cells, types, batch).withinTypeFraction;
    return {effect >= kTokenBatchEffect ? "token" : "decoder", effect};
}

std::string batchInPlace(const std::string& batchIn) {
    if (batchIn == "token") return "every block as a token";
    if (batchIn == "input") return "the input";
    return "the decoder";
}

DataShape dataShape(const AnnData& data, const RunConfig& config) {
    DataShape s;
    s.cells = data.nObs();
    s.genes = config.genes.highlyVariable > 0 ? std::min(config.genes.highlyVariable, data.nVars()) : data.nVars();
    if (config.task != Task::Imputation || !config.keys.labelKey.empty())
        s.cellTypes = classesOf(data, config.keys.labelKey);
    s.batches = classesOf(data, config.keys.batchKey);
    return s;
}

RunConfig autoPreset(Task task, const DataShape& shape) {
    RunConfig c = preset("auto", task);
    if (task == Task::Annotation && shape.cells >= kAutoValidationCells) c.train.validationFraction = 0.1;
    if (task == Task::Annotation && shape.cells < kAutoValidationCells) c.train.classLoss = kAutoClassLoss;
    if (task == Task::Imputation) {
        const std::int64_t stepsPerEpoch =
            (std::max<std::int64_t>(shape.cells, 1) + c.train.batchSize - 1) / c.train.batchSize;
        c.train.steps = std::min(c.train.steps, kImputationMaxEpochs * stepsPerEpoch);
    }
    return c;
}

RunConfig presetFor(const std::string& name, Task task, const DataKeys& keys, const AnnData& data) {
    RunConfig c = preset(name, task);
    c.keys = keys;
    if (name == "auto") {
        c = autoPreset(task, dataShape(data, c));
        c.keys = keys;
    }
    return c;
}

}  // namespace scdiff::engine
