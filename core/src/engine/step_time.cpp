// The measured optimiser step behind the Train dialog's "training takes about X on this machine"
// (budget.hpp): a throw-away network of the configured shape, trained for a few steps on made-up cells.
#include <algorithm>
#include <chrono>

#include "batch_tensors.hpp"
#include "classifier_loss.hpp"
#include "denoiser.hpp"
#include "model_impl.hpp"
#include "scdiff/engine/budget.hpp"

namespace scdiff::engine {

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
    if (c.model.batchIn == "auto") c.model.batchIn = "token";  // chosen on the data when training starts: the dearer
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
    // With the classifier's loss, every cell labelled (the loss costs the same whichever type a cell has).
    const bool classLoss = classLossApplies(c, shape.cellTypes);
    const auto cellType =
        torch::arange(n, torch::kInt64).remainder(std::max<std::int64_t>(shape.cellTypes, 1)).add(1).to(m.device);
    m.net->train();
    auto step = [&] {
        auto t = at::randint(c.model.timesteps, {n}, gen, torch::kInt64).to(m.device);
        auto xt = m.schedule.noised(x0, t, at::randn({n, genes}, gen).to(m.device));
        m.optimizer->zero_grad();
        auto pred = predictX0(m, m.net, xt, t, net::ConditionInputs{x0, classes}, batch);
        auto loss = torch::mse_loss(pred, x0);
        if (classLoss)  // the cells of one of the trainer's chunks: exact up to a batch of kChunkCells
            loss = loss + c.train.classLoss *
                              classifierCrossEntropy(m, x0, xt, t, batch, cellType,
                                                     classLossCells(std::min(n, kChunkCells), shape.cellTypes));
        loss.backward();
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
