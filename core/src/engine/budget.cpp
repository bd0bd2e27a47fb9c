#include "scdiff/engine/budget.hpp"

#include <algorithm>
#include <chrono>

#include "batch_tensors.hpp"
#include "dataset_inputs.hpp"
#include "denoiser.hpp"
#include "model_impl.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

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

}  // namespace

DataShape dataShape(const AnnData& data, const RunConfig& config) {
    DataShape s;
    s.cells = data.nObs();
    s.genes = config.genes.highlyVariable > 0 ? std::min(config.genes.highlyVariable, data.nVars()) : data.nVars();
    if (config.task != Task::Imputation || !config.keys.labelKey.empty()) s.cellTypes = classesOf(data, config.keys.labelKey);
    s.batches = classesOf(data, config.keys.batchKey);
    return s;
}

RunConfig autoPreset(Task task, const DataShape& shape) {
    RunConfig c = preset("auto", task);
    if (task == Task::Annotation && shape.cells >= kAutoValidationCells) c.train.validationFraction = 0.1;
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

double measureStepSeconds(const RunConfig& config, const DataShape& shape) {
    Vocabulary types, batches, conditions;
    const auto genes = std::max<std::int64_t>(shape.genes, 1);
    if (shape.cellTypes > 0) {
        types.key = "cell_type";
        for (std::int64_t k = 0; k < shape.cellTypes; ++k) types.classes.push_back("t" + std::to_string(k));
    }
    if (shape.batches > 0) {
        batches.key = "batch";
        for (std::int64_t k = 0; k < shape.batches; ++k) batches.classes.push_back("b" + std::to_string(k));
    }
    if (config.task == Task::Perturbation) conditions = {"condition", {"control", "stimulated"}};
    RunConfig c = config;
    c.train.emaDecay = 0;  // the average costs a few element-wise passes: not worth a second network here
    std::vector<std::string> names(static_cast<std::size_t>(genes));
    for (std::int64_t g = 0; g < genes; ++g) names[static_cast<std::size_t>(g)] = "g" + std::to_string(g);
    Model model(c, names, types, batches, conditions);
    auto& m = model.impl();
    const auto n = static_cast<std::int64_t>(c.train.batchSize);
    auto gen = streamGenerator(0, 0x71e5ULL, 0);
    // Log-normalised-looking data, 10 % non-zero: the network's cost does not depend on the values.
    const auto x0 = (at::rand({n, genes}, gen) < 0.1).to(torch::kFloat32).mul(2.0).to(m.device);
    const auto K = static_cast<std::int64_t>(m.classConditionerNames().size());
    // Index 0 (unknown / the null token) exists for every conditioner, whatever its vocabulary; the cost
    // of an embedding lookup does not depend on the index.
    const auto classes = torch::zeros({n, K}, torch::kInt64).to(m.device);
    const auto batch = torch::zeros({n}, torch::kInt64).to(m.device);
    m.net->train();
    auto step = [&] {
        auto t = at::randint(c.model.timesteps, {n}, gen, torch::kInt64).to(m.device);
        auto xt = m.schedule.noised(x0, t, at::randn({n, genes}, gen).to(m.device));
        m.optimizer->zero_grad();
        auto pred = predictX0(m, m.net, xt, t, net::ConditionInputs{x0, classes}, batch);
        torch::mse_loss(pred, x0).backward();
        m.optimizer->step();
    };
    step();  // warm-up: allocations, thread pools
    // Up to 3 timed steps, fewer when a step takes over a second (a big network on a CPU): the caller waits.
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    int steps = 0;
    double elapsed = 0;
    while (steps < 3 && (steps == 0 || elapsed < 1.0)) {
        step();
        ++steps;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    }
    return elapsed / steps;
}

}  // namespace scdiff::engine
