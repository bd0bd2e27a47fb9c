// Imputation (docs/method.md section 5): the observed non-zero entries are the context and are held
// fixed on x0_hat during the reverse process; zeros are treated as possibly missing and get sampled.
#include <chrono>
#include <numeric>

#include "batch_tensors.hpp"
#include "expression_rows.hpp"
#include "inference_inputs.hpp"
#include "sampler.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/error.hpp"
#include "scdiff/memory.hpp"

namespace scdiff::engine {

void imputeRows(const Model& model, const AnnData& data, const SamplingOptions& o, Progress& progress,
                const ImputedRows& out) {
    auto& m = const_cast<Model::Impl&>(model.impl());  // inference only reads the weights
    progress.stage("imputing");
    const auto& key = model.config().keys.expression;
    const auto source = expression::view(data, key);
    const auto genes = matchSourceGenes(model.genes(), data, key);
    const CellConditions conditions = cellConditions(data, model);
    const auto rows = sourceRows(source, m.config.train.seed);  // a block at a time: a backed dataset too
    const auto n = data.nObs();
    const auto G = static_cast<std::int64_t>(m.genes.size());
    torch::NoGradGuard noGrad;
    m.inferenceNet()->eval();
    const auto bs = static_cast<std::int64_t>(std::max(1, o.batchSize));
    const auto start = std::chrono::steady_clock::now();
    for (std::int64_t first = 0; first < n; first += kBatchesPerBlock * bs) {
        std::vector<std::int64_t> cells(static_cast<std::size_t>(std::min(kBatchesPerBlock * bs, n - first)));
        std::iota(cells.begin(), cells.end(), first);
        const SparseMatrix x = rows->rows(cells);
        const CellConditions cc = conditionsOf(conditions, cells);
        std::vector<std::int64_t> local(cells.size());
        std::iota(local.begin(), local.end(), 0);
        for (std::size_t begin = 0; begin < local.size(); begin += static_cast<std::size_t>(bs)) {
            progress.checkCancelled();
            const auto part = rowsOf(local, begin, static_cast<std::size_t>(bs));
            const auto batchId = static_cast<std::uint64_t>((first + static_cast<std::int64_t>(begin)) / bs);
            SamplerInputs s;
            auto observed = denseBatch(x, part, genes.modelColumnOfDataColumn, G, m.device);
            s.context = observed;
            s.classes = classIndices(m, cc, part);
            s.batch = batchIndices(cc, part, m.device);
            s.knownMask = observed > 0;
            s.knownValues = observed;
            auto x0 = sampleX0(m, s, o, batchId).to(torch::kCPU).contiguous();
            const auto done = first + static_cast<std::int64_t>(begin + part.size());
            out(first + static_cast<std::int64_t>(begin), static_cast<std::int64_t>(part.size()), x0.data_ptr<float>());
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            progress.report(done, n, {{"cells_per_s", elapsed > 0 ? static_cast<double>(done) / elapsed : 0}});
        }
    }
}

ImputationResult impute(const Model& model, const AnnData& data, const SamplingOptions& o, Progress& progress) {
    const auto n = data.nObs();
    const auto G = static_cast<std::int64_t>(model.genes().size());
    // Before the long part: the imputed values (cells x model genes) and the layer they become (cells x all
    // genes, addImputation) are dense.
    requireMemory(4 * n * (G + data.nVars()), "imputing all " + std::to_string(n) + " cells",
                  "use a machine with more memory, or a dataset with fewer cells or genes");
    ImputationResult r;
    r.cells = n;
    r.genes = G;
    r.expression = model.config().keys.expression;
    r.geneNames = model.genes();
    r.values.resize(static_cast<std::size_t>(n * G));
    imputeRows(model, data, o, progress, [&](std::int64_t first, std::int64_t cells, const float* values) {
        std::copy_n(values, cells * G, r.values.begin() + static_cast<std::ptrdiff_t>(first * G));
    });
    return r;
}

}  // namespace scdiff::engine
