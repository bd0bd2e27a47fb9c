// Perturbation for a (held-out) cell type (docs/method.md section 5): the type's control cells, the
// perturbation condition set to "stimulated", the full control cell as context, sampled from noise.
// A type whose stimulated cells the model never saw is sampled with the null cell-type token: the
// network never learned what its own token does together with "stimulated" (it saw that token only with
// "control"), while the null token with "stimulated" is the response it learned on every other type
// (condition dropout), and the context still carries the cell's own state. Each control cell of such a type
// can instead borrow the token of the trained type nearest to it (HeldOutToken::Nearest); by default (Auto)
// it does when the trained types' own responses follow their similarity.
#include <chrono>
#include <numeric>

#include "batch_tensors.hpp"
#include "classifier.hpp"
#include "expression_rows.hpp"
#include "inference_inputs.hpp"
#include "sampler.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/error.hpp"
#include "scdiff/memory.hpp"

namespace scdiff::engine {

namespace {

// What a perturbation reads of the dataset: its cells' rows a block at a time (a dataset opened backed too), the
// genes matched to the model's, the cells' conditions; and the control cells' rows, read once.
struct PerturbationInputs {
    std::unique_ptr<ExpressionRows> rows;
    GeneMatch genes;
    CellConditions conditions;
    SparseMatrix controls;                  // the rows of the control cells, in their order
    CellConditions controlConditions;       // their conditions, in the same order
    std::vector<std::int64_t> controlRows;  // 0 .. controls - 1
};

// Per cell, the cell-type index (1-based, the model's vocabulary) the diffusion classifier scores lowest among
// the types the model saw stimulated: the type whose learned response the cell borrows.
torch::Tensor nearestStimulatedTypes(const Model& model, const PerturbationInputs& in, Progress& progress) {
    auto& m = const_cast<Model::Impl&>(model.impl());
    const auto& classes = m.cellTypes.classes;
    auto allowed = torch::zeros({static_cast<std::int64_t>(classes.size())}, torch::kBool);
    for (std::size_t c = 0; c < classes.size(); ++c)
        allowed[static_cast<std::int64_t>(c)] = model.sawStimulated(classes[c]);
    if (!allowed.any().item<bool>())
        throw InvalidInput("the model saw no cell type stimulated, so there is no response to borrow");
    progress.stage("finding the nearest trained cell type of each control cell");
    auto errors = classifierErrors(m, in.controls, in.controlRows, in.genes.modelColumnOfDataColumn,
                                   in.controlConditions, AnnotationOptions{}, progress);
    errors = torch::where(allowed.unsqueeze(0), errors, torch::full_like(errors, INFINITY));
    return errors.argmin(1) + 1;
}

// Auto's test (responseStructure) on the dataset's cells of the types the model saw stimulated: per type, the
// control mean and the observed response over the genes the model knows.
ResponseStructure trainedResponseStructure(const Model& model, const PerturbationInputs& in,
                                           const std::vector<std::string>& types,
                                           const std::vector<std::string>& cond) {
    const auto& keys = model.config().keys;
    std::vector<std::vector<double>> controlMeans, responses;
    for (const auto& type : model.impl().cellTypes.classes) {
        if (!model.sawStimulated(type)) continue;
        std::vector<std::int64_t> control, stimulated;
        for (std::size_t i = 0; i < types.size(); ++i) {
            if (types[i] != type) continue;
            if (cond[i] == keys.control) control.push_back(static_cast<std::int64_t>(i));
            if (cond[i] == keys.stimulated) stimulated.push_back(static_cast<std::int64_t>(i));
        }
        if (control.empty() || stimulated.empty()) continue;
        const auto c = meanOfRows(*in.rows, control), t = meanOfRows(*in.rows, stimulated);
        std::vector<double> mean, response;
        for (std::size_t j = 0; j < c.size(); ++j)
            if (in.genes.modelColumnOfDataColumn[j] >= 0) {
                mean.push_back(c[j]);
                response.push_back(t[j] - c[j]);
            }
        controlMeans.push_back(std::move(mean));
        responses.push_back(std::move(response));
    }
    return responseStructure(controlMeans, responses);
}

}  // namespace

PerturbationResult perturb(const Model& model, const AnnData& data, const std::string& cellType,
                           const PerturbationOptions& po, Progress& progress) {
    const auto& o = po.sampling;
    auto& m = const_cast<Model::Impl&>(model.impl());  // inference only reads the weights
    if (!m.usesCondition() || !m.usesCellType())
        throw InvalidInput("this model was not trained for perturbation (no cell-type and condition conditioners)");
    const auto& keys = m.config.keys;
    const auto typeIndex = m.cellTypes.indexOf(cellType);
    if (typeIndex == 0) {
        std::string known;
        for (const auto& c : m.cellTypes.classes) known += (known.empty() ? "" : ", ") + c;
        throw InvalidInput("cell type '" + cellType + "' is not known to the model (known: " + known + ")");
    }
    const auto stimIndex = m.conditions.indexOf(keys.stimulated);
    if (stimIndex == 0) throw InvalidInput("the model has no condition '" + keys.stimulated + "'");
    const auto controlIndex = m.conditions.indexOf(keys.control);
    if (po.paired && controlIndex == 0) throw InvalidInput("the model has no condition '" + keys.control + "'");
    const bool typeToken = model.sawStimulated(cellType);
    PerturbationInputs in;
    in.rows = sourceRows(expression::view(data, keys.expression), m.config.train.seed);
    in.genes = matchSourceGenes(model.genes(), data, keys.expression);
    in.conditions = cellConditions(data, model);
    const auto types = obsLabels(data, keys.labelKey, "cell-type labels");
    const auto cond = obsLabels(data, keys.conditionKey, "perturbation state");
    PerturbationResult r;
    r.cellType = cellType;
    r.withCellTypeToken = typeToken;
    r.geneNames = m.genes;
    for (std::int64_t i = 0; i < data.nObs(); ++i)
        if (types[static_cast<std::size_t>(i)] == cellType && cond[static_cast<std::size_t>(i)] == keys.control)
            r.controlCells.push_back(i);
    if (r.controlCells.empty())
        throw InvalidInput("cell type '" + cellType + "' has no " + keys.control + " cells in obs column '" +
                           keys.conditionKey + "' to predict from");
    const auto G = static_cast<std::int64_t>(m.genes.size());
    const auto n = static_cast<std::int64_t>(r.controlCells.size());
    // Before the long part: the predicted cells are dense (control cells x model genes), and the written result
    // (perturbationPrediction) holds them once more.
    requireMemory(2 * 4 * n * G, "predicting the stimulated state of " + std::to_string(n) + " control cells",
                  "use a machine with more memory, or a dataset with fewer control cells of this type");
    in.controls = in.rows->rows(r.controlCells);
    in.controlConditions = conditionsOf(in.conditions, r.controlCells);
    in.controlRows.resize(r.controlCells.size());
    std::iota(in.controlRows.begin(), in.controlRows.end(), 0);
    // The token each cell is sampled with: its own, the nearest trained type's, or the null token.
    auto tokens = torch::full({n}, typeToken ? typeIndex : 0, torch::kInt64);
    auto heldOut = po.heldOut;
    if (!typeToken && heldOut == HeldOutToken::Auto) {
        progress.stage("testing whether the trained types respond like their nearest type");
        r.structure = trainedResponseStructure(model, in, types, cond);
        heldOut = r.structure.choice;
    }
    if (!typeToken && heldOut == HeldOutToken::Nearest) {
        tokens = nearestStimulatedTypes(model, in, progress);
        const auto index = tokens.accessor<std::int64_t, 1>();
        for (std::int64_t i = 0; i < n; ++i)
            r.borrowedFrom.push_back(m.cellTypes.classes[static_cast<std::size_t>(index[i] - 1)]);
    }
    progress.stage("predicting the perturbation of " + cellType);
    r.predicted.resize(static_cast<std::size_t>(n * G));
    torch::NoGradGuard noGrad;
    m.inferenceNet()->eval();
    const auto bs = static_cast<std::size_t>(std::max(1, o.batchSize));
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t begin = 0, batchId = 0; begin < r.controlCells.size(); begin += bs, ++batchId) {
        progress.checkCancelled();
        const auto rows = rowsOf(in.controlRows, begin, bs);
        const auto b = static_cast<std::int64_t>(rows.size());
        SamplerInputs s;
        s.context = denseBatch(in.controls, rows, in.genes.modelColumnOfDataColumn, G, m.device);
        auto classes = torch::zeros({b, 2}, torch::kInt64);
        classes.select(1, 0).copy_(tokens.narrow(0, static_cast<std::int64_t>(begin), b));
        classes.select(1, 1).fill_(stimIndex);
        s.classes = classes.to(m.device);
        s.batch = batchIndices(in.controlConditions, rows, m.device);
        auto x0 = sampleX0(m, s, o, batchId);
        if (po.paired) {
            SamplerInputs c = s;
            c.classes = s.classes.clone();
            c.classes.select(1, 1).fill_(controlIndex);
            x0 = (s.context + x0 - sampleX0(m, c, o, batchId)).clamp_min(0);
        }
        x0 = x0.to(torch::kCPU).contiguous();
        std::copy_n(x0.data_ptr<float>(), x0.numel(), r.predicted.begin() + static_cast<std::ptrdiff_t>(begin) * G);
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const auto done = static_cast<std::int64_t>(begin) + b;
        progress.report(done, n, {{"cells_per_s", elapsed > 0 ? static_cast<double>(done) / elapsed : 0}});
    }
    return r;
}

}  // namespace scdiff::engine
