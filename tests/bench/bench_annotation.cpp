// Annotation throughput: the batched, shared-noise diffusion classifier (with and without candidate
// pruning) against the naive per-candidate loop, on the same trained model and cells, same accuracy.
// Usage: bench_annotation [--cells N] [--epochs E] [--threads T]  (synthetic "small" preset, quick model)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "scdiff/engine/device.hpp"
#include "scdiff/parallel.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/synth.hpp"

using namespace scdiff;

int main(int argc, char** argv) {
    useWaitingPolicyOfThisMachine(argv);
    std::int64_t cells = 600;
    int epochs = 40, threads = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--cells"))
            cells = std::stoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--epochs"))
            epochs = std::stoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::stoi(argv[i + 1]);
    }
    engine::setThreads(threads);
    auto options = synth::preset("small");
    const auto data = synth::generate(options);
    auto config = engine::preset("quick", engine::Task::Annotation);
    config.keys.batchKey = "batch";
    config.train.epochs = epochs;
    config.train.steps = 0;  // the epochs above, not the preset's step budget
    const auto model = engine::train(data, config);
    std::vector<std::int64_t> rows;
    for (std::int64_t i = 0; i < std::min(cells, data.nObs()); ++i)
        rows.push_back(i * data.nObs() / std::min(cells, data.nObs()));
    const auto test = preprocess::subsetObs(data, rows);
    std::vector<std::string> truth;
    const auto& col = std::get<Categorical>(test.obs.find("cell_type")->data);
    for (std::int64_t i = 0; i < test.nObs(); ++i) truth.push_back(*col.label(i));

    std::printf("threads=%d cells=%lld classes=%zu genes=%zu parameters=%lld\n", engine::threads(),
                static_cast<long long>(test.nObs()), model.cellTypes().classes.size(), model.genes().size(),
                static_cast<long long>(model.parameterCount()));
    double naiveRate = 0;
    auto run = [&](const char* name, engine::AnnotationOptions o) {
        const auto start = std::chrono::steady_clock::now();
        const auto r = engine::annotate(model, test, o);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double rate = static_cast<double>(test.nObs()) / s;
        if (!o.batched) naiveRate = rate;
        const auto report = metrics::classification(truth, r.labels);
        std::printf("%-34s %9.1f cells/s  macro_accuracy=%.4f  speed-up vs naive=%.2fx\n", name, rate,
                    report.macroAccuracy, naiveRate > 0 ? rate / naiveRate : 0.0);
    };
    engine::AnnotationOptions naive;
    naive.batched = false;
    run("naive per-candidate loop", naive);
    run("batched, shared noise", {});
    engine::AnnotationOptions pruned;
    pruned.pruneAfter = 1;
    run("batched, shared noise, pruned (p<1e-3)", pruned);
    return 0;
}
