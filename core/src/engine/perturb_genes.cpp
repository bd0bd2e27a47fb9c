// Gene perturbation (gene_perturbation.hpp): the dataset's control cells, the condition set to the perturbed
// genes (through the gene graph, so a gene never perturbed in training is conditioned by its neighbours), the
// full control cell as context. Paired as engine::perturb: the same cell is also sampled with no gene from the
// same noise, and the prediction is control cell + (sample with the genes - sample without).
#include <algorithm>
#include <chrono>

#include "batch_tensors.hpp"
#include "inference_inputs.hpp"
#include "sampler.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/error.hpp"
#include "scdiff/memory.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::engine {

GenePerturbationResult perturbGenes(const Model& model, const AnnData& data, const std::vector<std::string>& genes,
                                    const GenePerturbationOptions& po, Progress& progress) {
    auto& m = const_cast<Model::Impl&>(model.impl());  // inference only reads the weights
    if (!m.usesGeneGraph())
        throw InvalidInput("this model was not trained for gene perturbation (task " +
                           std::string(taskName(m.config.task)) + ")");
    if (genes.empty() || genes.size() > 2)
        throw InvalidInput("a gene perturbation names one or two genes (KLF1 or KLF1+MAP2K6), not " +
                           std::to_string(genes.size()));
    const auto nodes = graphGenes(m.geneGraph, genes);
    if (!nodes) {
        std::string missing;
        for (const auto& g : genes)
            if (m.geneGraph.indexOf(g) < 0) missing += (missing.empty() ? "" : ", ") + g;
        throw InvalidInput("gene " + missing + " is not in the model's gene graph (" +
                           std::to_string(m.geneGraph.genes.size()) + " genes, " + m.geneGraph.source +
                           "), so its perturbation cannot be predicted");
    }
    GenePerturbationResult r;
    r.perturbedGenes = genes;
    r.label = prior::PerturbationLabel{genes}.canonical();
    r.seenInTraining = std::binary_search(m.trainedPerturbations.begin(), m.trainedPerturbations.end(), r.label);
    r.geneNames = m.genes;
    r.sumOfSingles = genes.size() == 2 && (po.doubles == DoubleComposition::SumOfSingles ||
                                           (po.doubles == DoubleComposition::Auto && !r.seenInTraining));
    const auto& keys = m.config.keys;
    const auto labels = perturbationLabels(data, keys);
    std::vector<std::int64_t> controls;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i].control()) controls.push_back(static_cast<std::int64_t>(i));
    if (controls.empty())
        throw InvalidInput("the dataset has no control cells in obs column '" + keys.conditionKey + "' (" +
                           keys.control + ", ctrl, control or non-targeting) to predict from");
    if (po.maxControlCells > 0 && static_cast<std::int64_t>(controls.size()) > po.maxControlCells) {
        std::vector<std::int64_t> spaced;  // evenly spaced: deterministic, and spread over the file's order
        const double stride = static_cast<double>(controls.size()) / static_cast<double>(po.maxControlCells);
        for (std::int64_t k = 0; k < po.maxControlCells; ++k)
            spaced.push_back(controls[static_cast<std::size_t>(static_cast<double>(k) * stride)]);
        controls = std::move(spaced);
    }
    r.controlCells = controls;
    const auto in = inferenceInputs(model, data);
    const auto G = static_cast<std::int64_t>(m.genes.size());
    const auto n = static_cast<std::int64_t>(controls.size());
    const auto K = static_cast<std::int64_t>(m.classConditionerNames().size());
    // The predicted cells are dense, and the written result (genePerturbationPrediction) holds them once more.
    requireMemory(2 * 4 * n * G, "predicting " + r.label + " from " + std::to_string(n) + " control cells",
                  "use a machine with more memory, or fewer control cells (--max-control-cells)");
    progress.stage("predicting " + r.label + " from " + std::to_string(n) + " control cells");
    r.predicted.resize(static_cast<std::size_t>(n * G));
    torch::NoGradGuard noGrad;
    m.inferenceNet()->eval();
    const auto& o = po.sampling;
    const auto bs = static_cast<std::size_t>(std::max(1, o.batchSize));
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t begin = 0, batchId = 0; begin < controls.size(); begin += bs, ++batchId) {
        progress.checkCancelled();
        const auto rows = rowsOf(controls, begin, bs);
        const auto b = static_cast<std::int64_t>(rows.size());
        SamplerInputs c;  // the control: no gene
        c.context = denseBatch(in.x, rows, in.genes.modelColumnOfDataColumn, G, m.device);
        const auto classes = classIndices(m, in.conditions, rows).to(torch::kCPU);  // class columns, then genes
        auto none = classes.clone();
        none.narrow(1, K, 2).fill_(0);
        c.classes = none.to(m.device);
        c.batch = batchIndices(in.conditions, rows, m.device);
        const auto control = sampleX0(m, c, o, batchId);
        const auto changeWith = [&](std::int64_t first, std::int64_t second) {
            SamplerInputs s = c;
            auto genesSet = none.clone();
            genesSet.select(1, K).fill_(first);
            genesSet.select(1, K + 1).fill_(second);
            s.classes = genesSet.to(m.device);
            return sampleX0(m, s, o, batchId) - control;
        };
        const auto [g1, g2] = *nodes;
        const auto change = r.sumOfSingles ? changeWith(g1, 0) + changeWith(g2, 0) : changeWith(g1, g2);
        auto x0 = (c.context + change).clamp_min(0);
        x0 = x0.to(torch::kCPU).contiguous();
        std::copy_n(x0.data_ptr<float>(), x0.numel(), r.predicted.begin() + static_cast<std::ptrdiff_t>(begin) * G);
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const auto done = static_cast<std::int64_t>(begin) + b;
        progress.report(done, n, {{"cells_per_s", elapsed > 0 ? static_cast<double>(done) / elapsed : 0}});
    }
    r.predictedMean = metrics::meanOfRows(r.predicted, static_cast<std::size_t>(G));
    // The control mean over the model's genes (dataset columns mapped; a gene the data lacks stays 0).
    const auto dataMean = metrics::meanOfRows(in.x, controls);
    r.controlMean.assign(static_cast<std::size_t>(G), 0.0);
    for (std::size_t j = 0; j < dataMean.size(); ++j)
        if (const auto col = in.genes.modelColumnOfDataColumn.empty() ? static_cast<std::int32_t>(j)
                                                                      : in.genes.modelColumnOfDataColumn[j];
            col >= 0)
            r.controlMean[static_cast<std::size_t>(col)] = dataMean[j];
    return r;
}

}  // namespace scdiff::engine
