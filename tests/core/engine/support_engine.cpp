#include "support_engine.hpp"

#include "scdiff/engine/inspect.hpp"
#include "scdiff/synth.hpp"

namespace scdiff::test {

const AnnData& tinyDataset() {
    static const AnnData data = [] {
        auto o = synth::preset("tiny");
        o.nCellTypes = 4;
        o.seed = 7;
        return synth::generate(o);
    }();
    return data;
}

engine::RunConfig tinyConfig(engine::Task task, int epochs) {
    auto c = engine::preset("quick", task);
    c.model.hidden = 32;
    c.model.depth = 2;
    c.model.heads = 2;
    c.model.headDim = 16;
    c.train.epochs = epochs;
    c.train.steps = 0;  // the epochs above, not the preset's step budget
    c.train.batchSize = 64;
    c.train.baseLr = 1e-3 / 64;
    c.train.device = "cpu";
    c.keys.labelKey = "cell_type";
    c.keys.batchKey = "batch";
    if (task == engine::Task::Perturbation) c.keys.conditionKey = "condition";
    return c;
}

std::vector<float> probe(const engine::Model& m, std::int64_t classIndex) {
    const auto G = static_cast<std::int64_t>(m.genes().size());
    std::vector<float> x(static_cast<std::size_t>(2 * G), 0.3f);
    std::vector<std::int64_t> classes(static_cast<std::size_t>(2 * engine::classConditionerCount(m)), classIndex);
    return engine::forwardRaw(m, x, {10, 700}, x, classes, {1, 2});
}

std::vector<double> losses(const engine::Model& model) {
    std::vector<double> out;
    for (const auto& h : model.history()) out.push_back(h.trainLoss);
    return out;
}

}  // namespace scdiff::test
