// C++ side of the PyTorch twin (tests/bench/scdiff_twin.py): builds the scDiff network, exports its
// weights, a forward pass on random inputs and a config.json to DIR for the twin to check against,
// then times C++ training throughput on a random dataset of the same shape.
// usage: bench_twin DIR [--genes 3000] [--batch 256] [--steps 10] [--threads 0] [--tiny]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/parallel.hpp"
#include "scdiff/engine/inspect.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/engine/train.hpp"

using namespace scdiff;

namespace {

constexpr int kCellTypes = 8, kBatches = 2, kCheckCells = 8;

std::vector<std::string> labels(const std::string& prefix, int count) {
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) out.push_back(prefix + std::to_string(i));
    return out;
}

// Counts (~10 % non-zero, 1..20) so that train() does its usual normalisation; obs cell_type / batch.
AnnData randomCounts(std::int64_t cells, std::int64_t genes, std::mt19937& rng) {
    SparseMatrix x;
    x.rows = cells;
    x.cols = genes;
    x.indptr.push_back(0);
    std::vector<float> values;
    std::bernoulli_distribution nonzero(0.1);
    std::uniform_int_distribution<int> count(1, 20);
    for (std::int64_t r = 0; r < cells; ++r) {
        for (std::int64_t c = 0; c < genes; ++c)
            if (nonzero(rng) || c == r % genes) {  // at least one count per cell
                x.indices.push_back(static_cast<std::int32_t>(c));
                values.push_back(static_cast<float>(count(rng)));
            }
        x.indptr.push_back(static_cast<std::int64_t>(x.indices.size()));
    }
    x.values = NDArray::fromVector(std::move(values));
    AnnData data;
    data.X = std::move(x);
    std::vector<std::string> type, batch;
    for (std::int64_t r = 0; r < cells; ++r) {
        type.push_back("type" + std::to_string(r % kCellTypes));
        batch.push_back("batch" + std::to_string(r % kBatches));
    }
    data.obs.index = labels("c", static_cast<int>(cells));
    data.obs.set("cell_type", Categorical::fromLabels(type));
    data.obs.set("batch", Categorical::fromLabels(batch));
    data.var.index = labels("g", static_cast<int>(genes));
    return data;
}

void writeConfig(const std::filesystem::path& file, const engine::RunConfig& c, std::int64_t genes) {
    const auto& m = c.model;
    std::ofstream out(file);
    out << "{\"hidden\": " << m.hidden << ", \"depth\": " << m.depth << ", \"heads\": " << m.heads
        << ", \"head_dim\": " << m.headDim << ", \"ff_mult\": " << m.ffMult
        << ", \"context\": " << (m.context ? "true" : "false") << ", \"timesteps\": " << m.timesteps
        << ", \"genes\": " << genes << ", \"class_names\": [\"cell_type\"]"
        << ", \"class_counts\": [" << kCellTypes << "], \"batches\": " << kBatches
        << ", \"learning_rate\": " << c.train.learningRate() << ", \"condition_dropout\": " << c.train.conditionDropout
        << ", \"full_mask_probability\": " << c.train.fullMaskProbability << "}\n";
}

// Weights, random inputs and the C++ forward output on them.
void exportCheck(const std::filesystem::path& dir, const engine::RunConfig& config, std::int64_t genes,
                 std::mt19937& rng) {
    engine::Vocabulary types{"cell_type", labels("type", kCellTypes)}, batches{"batch", labels("batch", kBatches)};
    engine::Model model(config, labels("g", static_cast<int>(genes)), types, batches, {});
    engine::exportWeights(model, dir / "weights.sdt");
    writeConfig(dir / "config.json", config, genes);

    const std::int64_t n = kCheckCells, K = engine::classConditionerCount(model);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> uniform(0, 3);
    std::vector<float> xt(n * genes), context(n * genes);
    for (auto& v : xt) v = normal(rng);
    for (auto& v : context) v = uniform(rng) < 1.5f ? 0.f : uniform(rng);  // half hidden, like masking
    std::vector<std::int64_t> t, classes, batch;
    for (std::int64_t i = 0; i < n; ++i) {
        t.push_back(static_cast<std::int64_t>(rng() % config.model.timesteps));
        batch.push_back(static_cast<std::int64_t>(rng() % (kBatches + 1)));  // 0 = null included
        for (std::int64_t k = 0; k < K; ++k) classes.push_back(static_cast<std::int64_t>(rng() % (kCellTypes + 1)));
    }
    const auto expected = engine::forwardRaw(model, xt, t, context, classes, batch);
    auto asFloat = [](const std::vector<std::int64_t>& v) { return std::vector<float>(v.begin(), v.end()); };
    engine::exportTensors({{"xt", xt},
                           {"t", asFloat(t)},
                           {"context", context},
                           {"classes", asFloat(classes)},
                           {"batch", asFloat(batch)},
                           {"expected", expected}},
                          {{n, genes}, {n}, {n, genes}, {n, K}, {n}, {n, genes}}, dir / "inputs.sdt");
}

}  // namespace

int main(int argc, char** argv) {
    scdiff::useWaitingPolicyOfThisMachine(argv);
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: bench_twin DIR [--genes 3000] [--batch 256] [--steps 10] [--threads 0] [--tiny]\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::int64_t genes = 3000;
    int batch = 256, steps = 10, threads = 0;
    bool tiny = false;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&] { return i + 1 < argc ? std::atoi(argv[++i]) : 0; };
        if (a == "--genes")
            genes = next();
        else if (a == "--batch")
            batch = next();
        else if (a == "--steps")
            steps = next();
        else if (a == "--threads")
            threads = next();
        else if (a == "--tiny")
            tiny = true;
        else {
            std::fprintf(stderr, "unknown argument %s\n", a.c_str());
            return 2;
        }
    }
    try {
        std::filesystem::create_directories(dir);
        engine::setThreads(threads);
        auto config = engine::preset("paper", engine::Task::Annotation);
        if (tiny) config.model = {.hidden = 32, .depth = 2, .heads = 2, .headDim = 16};
        config.keys.batchKey = "batch";
        config.train.device = "cpu";  // the twin runs on the CPU too
        config.train.batchSize = batch;
        config.train.checkpointEvery = 0;
        std::mt19937 rng(1);
        exportCheck(dir, config, genes, rng);

        // Two steps per epoch; the first epoch is the warm-up (as the twin's 2 warm-up steps).
        const int epochs = 1 + (steps + 1) / 2;
        config.train.epochs = epochs;
        config.train.steps = 0;  // the epochs above, not the preset's step budget
        const auto data = randomCounts(2 * std::int64_t{batch}, genes, rng);
        const auto model = engine::train(data, config);
        double seconds = 0, cells = 0;
        for (const auto& h : model.history())
            if (h.epoch > 1) {
                seconds += h.seconds;
                cells += h.cellsPerSecond * h.seconds;
            }
        std::printf("cpp_threads=%d cpp_steps=%d cpp_train_cells_per_s=%.2f\n", engine::threads(), 2 * (epochs - 1),
                    seconds > 0 ? cells / seconds : 0.0);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_twin: %s\n", e.what());
        return 1;
    }
    return 0;
}
