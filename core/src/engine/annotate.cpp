// annotate(): the diffusion classifier (classifier.hpp) over a dataset, its probabilities with the
// model's fitted temperature.
#include <numeric>

#include "classifier.hpp"
#include "inference_inputs.hpp"
#include "scdiff/engine/tasks.hpp"

namespace scdiff::engine {

AnnotationResult annotate(const Model& model, const AnnData& data, const AnnotationOptions& o, Progress& progress) {
    auto& m = const_cast<Model::Impl&>(model.impl());  // inference only reads the weights
    checkAnnotationOptions(m, o);
    progress.stage("annotating");
    const auto in = inferenceInputs(model, data);
    const auto n = data.nObs();
    const auto C = static_cast<std::int64_t>(m.cellTypes.classes.size());
    std::vector<std::int64_t> cells(static_cast<std::size_t>(n));
    std::iota(cells.begin(), cells.end(), 0);
    const auto errors = classifierErrors(m, in.x, cells, in.genes.modelColumnOfDataColumn, in.conditions, o, progress);

    AnnotationResult r;
    r.classes = m.cellTypes.classes;
    for (const auto& c : r.classes) r.classTraining.push_back(model.typeTrainingName(c));
    r.temperature = m.temperature;
    r.errors.assign(errors.data_ptr<float>(), errors.data_ptr<float>() + errors.numel());
    const auto probs = classProbabilities(errors, m.temperature);
    r.probabilities.assign(probs.data_ptr<float>(), probs.data_ptr<float>() + probs.numel());
    const auto best = errors.argmin(1);
    r.labels.resize(static_cast<std::size_t>(n));
    r.confidence.resize(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const auto c = best[i].item<std::int64_t>();
        r.labels[static_cast<std::size_t>(i)] = r.classes[static_cast<std::size_t>(c)];
        r.confidence[static_cast<std::size_t>(i)] = r.probabilities[static_cast<std::size_t>(i * C + c)];
    }
    return r;
}

}  // namespace scdiff::engine
