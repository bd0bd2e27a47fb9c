// annotate(): the diffusion classifier (classifier.hpp) over a dataset, its probabilities with the
// model's fitted temperature. The cells are read a block at a time (expression_rows.hpp), so a dataset opened
// backed is annotated without holding its X.
#include <numeric>

#include "classifier.hpp"
#include "expression_rows.hpp"
#include "inference_inputs.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/memory.hpp"

namespace scdiff::engine {

namespace {

// Reports a block's progress as progress over all cells.
class BlockProgress final : public Progress {
public:
    BlockProgress(Progress& inner, std::int64_t total) : inner_(inner), total_(total) {}
    void startBlock(std::int64_t first) { first_ = first; }
    void report(std::int64_t done, std::int64_t, const std::map<std::string, double>& metrics) override {
        inner_.report(first_ + done, total_, metrics);
    }
    void stage(const std::string& name) override { inner_.stage(name); }
    bool cancelled() const override { return inner_.cancelled(); }

private:
    Progress& inner_;
    std::int64_t total_, first_ = 0;
};

}  // namespace

AnnotationResult annotate(const Model& model, const AnnData& data, const AnnotationOptions& o, Progress& progress) {
    auto& m = const_cast<Model::Impl&>(model.impl());  // inference only reads the weights
    checkAnnotationOptions(m, o);
    progress.stage("annotating");
    const auto source = expression::view(data, model.config().keys.expression);
    const auto genes = matchSourceGenes(model.genes(), data, model.config().keys.expression);
    const auto n = data.nObs();
    const auto C = static_cast<std::int64_t>(m.cellTypes.classes.size());
    // Before the long part: errors and probabilities (cells x classes, float32 each), the probabilities again as
    // obsm['scdiff_probabilities'] when the result is applied (addAnnotation), and about 64 bytes of label and
    // confidence a cell. A million cells of 1,000 types need 12 GB.
    requireMemory(n * (3 * 4 * C + 64),
                  "annotating " + std::to_string(n) + " cells with " + std::to_string(C) + " cell types",
                  "use a machine with more memory, or annotate fewer cells at a time");
    const CellConditions conditions = cellConditions(data, model);
    const auto rows = sourceRows(source, m.config.train.seed);
    AnnotationResult r;
    r.classes = m.cellTypes.classes;
    for (const auto& c : r.classes) r.classTraining.push_back(model.typeTrainingName(c));
    r.temperature = m.temperature;
    r.errors.resize(static_cast<std::size_t>(n * C));
    r.probabilities.resize(static_cast<std::size_t>(n * C));
    r.labels.resize(static_cast<std::size_t>(n));
    r.confidence.resize(static_cast<std::size_t>(n));
    BlockProgress blockProgress(progress, n);
    const std::int64_t block = kBatchesPerBlock * o.batchSize;
    for (std::int64_t first = 0; first < n; first += block) {
        std::vector<std::int64_t> cells(static_cast<std::size_t>(std::min(block, n - first)));
        std::iota(cells.begin(), cells.end(), first);
        std::vector<std::int64_t> blockRows(cells.size());
        std::iota(blockRows.begin(), blockRows.end(), 0);
        blockProgress.startBlock(first);
        const auto errors = classifierErrors(m, rows->rows(cells), blockRows, genes.modelColumnOfDataColumn,
                                             conditionsOf(conditions, cells), o, blockProgress,
                                             static_cast<std::size_t>(first / o.batchSize));
        const auto probs = classProbabilities(errors, m.temperature);
        const auto at = static_cast<std::size_t>(first * C);
        std::copy_n(errors.data_ptr<float>(), errors.numel(), r.errors.begin() + static_cast<std::ptrdiff_t>(at));
        std::copy_n(probs.data_ptr<float>(), probs.numel(), r.probabilities.begin() + static_cast<std::ptrdiff_t>(at));
        const auto best = errors.argmin(1);
        const auto* bestData = best.data_ptr<std::int64_t>();
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const auto cell = static_cast<std::size_t>(cells[i]);
            const auto c = static_cast<std::size_t>(bestData[i]);
            r.labels[cell] = r.classes[c];
            r.confidence[cell] = r.probabilities[cell * static_cast<std::size_t>(C) + c];
        }
    }
    return r;
}

}  // namespace scdiff::engine
