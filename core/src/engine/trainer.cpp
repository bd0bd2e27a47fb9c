// Training loop (docs/method.md section 4). Every mini-batch's randomness comes from its own stream
// keyed by (seed, epoch, step), and the cell order of an epoch from (seed, epoch): a run resumed from
// any checkpoint, even one written mid-epoch on cancel, continues bit-identically.
#include <algorithm>
#include <chrono>
#include <iterator>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <random>
#include <set>

#include "batch_tensors.hpp"
#include "classifier.hpp"
#include "classifier_loss.hpp"
#include "denoiser.hpp"
#include "expression_rows.hpp"
#include "inference_inputs.hpp"
#include "process_group.hpp"
#include "scdiff/engine/distributed.hpp"
#include "scdiff/engine/type_prior.hpp"
#include "scdiff/engine/budget.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::int64_t> permuted(std::vector<std::int64_t> cells, std::uint64_t seed, std::uint64_t salt) {
    std::mt19937_64 rng(seed * 0x2545F4914F6CDD1DULL + salt);
    for (std::size_t i = cells.size(); i > 1; --i) {  // Fisher-Yates with a portable draw
        const std::uint64_t j = rng() % i;
        std::swap(cells[i - 1], cells[j]);
    }
    return cells;
}

struct StepInputs {
    torch::Tensor x0, t, xt, context, classes, batch;
    torch::Tensor cellType;  // [n] the cell-type index before condition dropout (0 = unlabelled); annotation only
};

// Noise, time steps, context masks and condition dropout for one mini-batch, drawn for all of its rows and kept
// for the rows of `shard` (a rank's part of a data-parallel step; all of them in one process): every rank draws
// what one process would have drawn for its rows, so W ranks follow one process's path.
StepInputs drawInputs(Model::Impl& m, const ExpressionRows& x, std::span<const std::int64_t> rows, RowRange shard,
                      const CellConditions& cc, at::Generator gen, bool training) {
    const auto n = static_cast<std::int64_t>(rows.size());
    const auto G = static_cast<std::int64_t>(m.genes.size());
    const auto& tc = m.config.train;
    const auto mine = rows.subspan(shard.begin, shard.size());
    const auto part = [&](const torch::Tensor& t) {
        return t.narrow(0, static_cast<std::int64_t>(shard.begin), static_cast<std::int64_t>(shard.size()));
    };
    StepInputs in;
    std::vector<std::int64_t> blockRows(mine.size());
    std::iota(blockRows.begin(), blockRows.end(), 0);
    auto x0cpu = denseBatch(x.rows(mine), blockRows, {}, G, torch::kCPU);
    auto t = part(at::randint(m.config.model.timesteps, {n}, gen, torch::kInt64));
    auto eps = part(at::randn({n, G}, gen, torch::kFloat32));
    auto context = x0cpu;
    if (tc.contextMasking) {
        auto r = at::rand({n, 1}, gen, torch::kFloat32);
        auto full = at::rand({n, 1}, gen, torch::kFloat32) < tc.fullMaskProbability;
        r = torch::where(full, torch::ones_like(r), r);
        auto keep = part(at::rand({n, G}, gen, torch::kFloat32) >= r);
        context = x0cpu * keep;
    }
    auto classes = classIndices(m, cc, mine).to(torch::kCPU);
    auto batch = batchIndices(cc, mine, torch::kCPU);
    if (m.usesCellType()) in.cellType = classes.select(1, 0).clone().to(m.device);
    if (training && tc.conditionDropout > 0) {
        // The class conditioners' columns only: the perturbed genes have no condition dropout (spec section 4);
        // a control cell is their null.
        const auto droppable = static_cast<std::int64_t>(m.classConditionerNames().size());
        if (droppable > 0) {
            auto cols = classes.narrow(1, 0, droppable);
            cols.masked_fill_(part(at::rand({n, droppable}, gen, torch::kFloat32)) < tc.conditionDropout, 0);
        }
        batch = batch.masked_fill(part(at::rand({n}, gen, torch::kFloat32)) < tc.conditionDropout, 0);
    }
    in.x0 = x0cpu.to(m.device);
    in.t = t.to(m.device);
    in.xt = m.schedule.noised(in.x0, in.t, eps.to(m.device));
    in.context = context.to(m.device);
    in.classes = classes.to(m.device);
    in.batch = batch.to(m.device);
    return in;
}

RowRange allOf(std::span<const std::int64_t> rows) { return {0, rows.size()}; }

// The learning rate of optimiser step `step` (0-based) of `total`: constant (the paper) or a linear
// warm-up followed by a cosine decay to 0.
double learningRateAt(const TrainConfig& tc, std::int64_t step, std::int64_t total, int ranks) {
    const double base = tc.learningRate() * ranks;  // base_lr x the batch of a step, over all ranks
    if (tc.schedule != "cosine") return base;
    if (step < tc.warmupSteps) return base * static_cast<double>(step + 1) / static_cast<double>(tc.warmupSteps);
    const double span = static_cast<double>(std::max<std::int64_t>(1, total - tc.warmupSteps));
    const double progress = std::min(1.0, static_cast<double>(step - tc.warmupSteps) / span);
    return base * 0.5 * (1 + std::cos(3.14159265358979323846 * progress));
}

// The gradients of every trainable parameter as one flat tensor (zeros where a parameter got none), followed by
// one entry per parameter that says whether it got one; and back, leaving a parameter without a gradient where
// no rank gave it one (AdamW skips those, as it does in a single process).
torch::Tensor flatGradients(const std::vector<torch::Tensor>& params) {
    std::vector<torch::Tensor> parts;
    std::vector<double> got;
    parts.reserve(params.size() + 1);
    for (const auto& p : params) {
        const bool has = p.grad().defined();
        parts.push_back(has ? p.grad().reshape({-1}) : torch::zeros({p.numel()}, p.options()));
        got.push_back(has ? 1.0 : 0.0);
    }
    parts.push_back(torch::tensor(got, torch::kFloat32).to(params.front().device()));
    return torch::cat(parts);
}
void setGradients(const std::vector<torch::Tensor>& params, const torch::Tensor& flat) {
    const auto got = flat.narrow(0, flat.numel() - static_cast<std::int64_t>(params.size()),
                                 static_cast<std::int64_t>(params.size()))
                         .to(torch::kCPU);
    std::int64_t at = 0;
    for (std::size_t i = 0; i < params.size(); ++i) {
        auto p = params[i];
        if (got[static_cast<std::int64_t>(i)].item<double>() > 0) {
            auto values = flat.narrow(0, at, p.numel()).view(p.sizes());
            if (p.grad().defined())
                p.mutable_grad().copy_(values);
            else
                p.mutable_grad() = values;
        }
        at += p.numel();
    }
}

// One optimiser step over the mini-batch `rows`, of which this process trains on `shard`; nullopt when cancelled
// before it finished (the weights are then unchanged). In a data-parallel run (group) the loss is scaled by the
// whole mini-batch's size and the gradients summed over the ranks, so the step is the one a single process
// takes on all rows; a cancel on any rank (checked once, before the step) cancels it on every rank.
std::optional<double> trainStep(Model::Impl& m, const ExpressionRows& x, std::span<const std::int64_t> rows,
                                RowRange shard, const CellConditions& cc, at::Generator gen, double learningRate,
                                const Progress& progress, ProcessGroup* group) {
    const bool cancelledBefore = group && progress.cancelled();
    auto in = drawInputs(m, x, rows, shard, cc, std::move(gen), true);
    for (auto& group : m.optimizer->param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options()).lr(learningRate);
    const auto n = in.x0.size(0);
    const double total = static_cast<double>(rows.size()) * static_cast<double>(m.genes.size());
    const auto classes = static_cast<std::int64_t>(m.cellTypes.classes.size());
    const bool classLoss = classLossApplies(m.config, classes) && in.cellType.defined();
    m.optimizer->zero_grad();
    double lossSum = 0;
    for (std::int64_t begin = 0; begin < n; begin += kChunkCells) {
        if (!group && begin > 0 && progress.cancelled()) {
            m.optimizer->zero_grad();
            return std::nullopt;
        }
        const auto len = std::min(kChunkCells, n - begin);
        auto part = [&](const torch::Tensor& t) { return t.narrow(0, begin, len); };
        auto pred = predictX0(m, m.net, part(in.xt), part(in.t),
                              net::ConditionInputs{part(in.context), part(in.classes)}, part(in.batch));
        auto loss = torch::mse_loss(pred, part(in.x0), torch::Reduction::Sum) / total;
        lossSum += loss.item<double>();  // the reported loss stays the denoising loss, comparable across settings
        if (classLoss) {
            auto ce = classifierCrossEntropy(m, part(in.x0), part(in.xt), part(in.t), part(in.batch), part(in.cellType),
                                             classLossCells(len, classes));
            if (ce.defined()) loss = loss + ce * (m.config.train.classLoss / static_cast<double>(rows.size()));
        }
        loss.backward();
    }
    if (group) {
        std::vector<torch::Tensor> params;
        for (const auto& p : m.net->parameters())
            if (p.requires_grad()) params.push_back(p);
        // One collective a step: the gradients, the loss and the ranks' cancel requests together.
        auto flat =
            torch::cat({flatGradients(params),
                        torch::tensor({lossSum, cancelledBefore ? 1.0 : 0.0}, torch::kFloat32).to(in.x0.device())});
        group->sum(flat);
        const auto tail = flat.narrow(0, flat.numel() - 2, 2).to(torch::kCPU);
        if (tail[1].item<double>() > 0) {
            m.optimizer->zero_grad();
            return std::nullopt;
        }
        lossSum = tail[0].item<double>();
        setGradients(params, flat.narrow(0, 0, flat.numel() - 2));
    }
    m.optimizer->step();
    ++m.updates;
    m.updateEma();
    return lossSum;
}

// On the network inference uses (the EMA when there is one).
double validationLoss(Model::Impl& m, const ExpressionRows& x, const std::vector<std::int64_t>& cells,
                      const CellConditions& cc, int batchSize) {
    torch::NoGradGuard noGrad;
    auto& net = m.inferenceNet();
    net->eval();
    double sum = 0;
    std::int64_t count = 0;
    for (std::size_t s = 0; s * static_cast<std::size_t>(batchSize) < cells.size(); ++s) {
        const auto begin = s * static_cast<std::size_t>(batchSize);
        std::span<const std::int64_t> rows(cells.data() + begin,
                                           std::min(cells.size() - begin, std::size_t(batchSize)));
        // The same noise every epoch, so validation losses are comparable across epochs.
        auto in =
            drawInputs(m, x, rows, allOf(rows), cc, streamGenerator(m.config.train.seed, 0xfa11da7eULL, s), false);
        auto pred = predictX0(m, net, in.xt, in.t, net::ConditionInputs{in.context, in.classes}, in.batch);
        sum += torch::mse_loss(pred, in.x0).item<double>() * static_cast<double>(rows.size());
        count += static_cast<std::int64_t>(rows.size());
    }
    m.net->train();
    return count ? sum / static_cast<double>(count) : -1;
}

// The table rows of the label column's types, in the vocabulary's order (every type needs one).
prior::TypeTable alignedTypeTable(const AnnData& data, const Vocabulary& cellTypes, const prior::TypeTable& table) {
    const auto match = cellTypeCoverage(data, cellTypes.key, table);
    if (match.labels != cellTypes.classes) throw std::logic_error("the vocabulary is not the label column's values");
    if (match.matched() < static_cast<std::int64_t>(cellTypes.classes.size()))
        throw InvalidInput("the text conditioner needs a row for every cell type of obs['" + cellTypes.key +
                           "'], and the cell-type table (" + table.provenance +
                           ") lacks some: " + match.report(table.rows()));
    prior::TypeTable aligned;
    aligned.names = cellTypes.classes;
    aligned.width = table.width;
    aligned.provenance = table.provenance;
    for (auto r : match.row) {
        const auto row = table.row(r);
        aligned.values.insert(aligned.values.end(), row.begin(), row.end());
    }
    return aligned;
}

Model freshModel(const AnnData& data, const RunConfig& config, const std::vector<std::string>& genes,
                 const std::optional<prior::TypeTable>& table, prior::GeneGraph graph) {
    const auto& k = config.keys;
    Vocabulary cellTypes, batches, conditions;
    if (!k.labelKey.empty()) cellTypes = vocabularyOf(obsLabels(data, k.labelKey, "cell-type labels"), k.labelKey);
    if (!k.batchKey.empty()) batches = vocabularyOf(obsLabels(data, k.batchKey, "batch labels"), k.batchKey);
    if (config.task == Task::Perturbation)
        conditions = vocabularyOf(obsLabels(data, k.conditionKey, "perturbation state"), k.conditionKey);
    if (config.task == Task::GenePerturbation) conditions = Vocabulary{k.conditionKey, graph.genes};
    prior::TypeTable aligned;
    if (config.model.typeConditioner != "class") {
        if (cellTypes.key.empty())
            throw InvalidInput("the text conditioner conditions on the cell type: give a label key");
        if (!table)
            throw InvalidInput("the text conditioner (model.type_conditioner " + config.model.typeConditioner +
                               ") needs a cell-type table: a table file, descriptions or an ontology");
        aligned = alignedTypeTable(data, cellTypes, *table);
    }
    return Model(config, genes, std::move(cellTypes), std::move(batches), std::move(conditions), std::move(aligned),
                 std::move(graph));
}

Model resumedModel(const RunConfig& config, const std::vector<std::string>& genes, const std::filesystem::path& file) {
    auto model = Model::load(file, config.train.device);
    const auto& saved = model.config();
    RunConfig requested = config;
    if (requested.model.batchIn == "auto") requested.model.batchIn = saved.model.batchIn;  // chosen when it began
    auto mismatch = [&](const std::string& what) {
        throw InvalidInput("cannot resume from " + file.string() + ": it was trained with a different " + what);
    };
    if (saved.task != config.task) mismatch("task");
    if (!(saved.model == requested.model)) mismatch("network (model settings)");
    if (!(saved.keys == config.keys)) mismatch("choice of obs columns");
    if (!(saved.genes == config.genes)) mismatch("gene selection");
    if (saved.train.seed != config.train.seed || saved.train.batchSize != config.train.batchSize ||
        saved.train.baseLr != config.train.baseLr || saved.train.schedule != config.train.schedule ||
        saved.train.warmupSteps != config.train.warmupSteps || saved.train.emaDecay != config.train.emaDecay)
        mismatch("seed, batch size or learning rate");
    if (model.genes() != genes) mismatch("gene list (the dataset is not the one it was trained on)");
    auto& impl = model.impl();
    if (config.train.epochs <= impl.epochs)
        throw InvalidInput("the checkpoint " + file.string() + " has already trained " + std::to_string(impl.epochs) +
                           " epochs; the number of epochs is the new total, so give more than that");
    impl.config.train.epochs = config.train.epochs;
    impl.config.train.steps = config.train.steps;
    impl.config.train.checkpointEvery = config.train.checkpointEvery;
    impl.config.train.earlyStoppingPatience = config.train.earlyStoppingPatience;
    return model;
}

// The classifier's temperature from (up to 1,000 of) the validation cells with a known cell type, so that
// its confidence means what it says on cells the model did not train on.
void calibrateClassifier(Model::Impl& m, const ExpressionRows& x, const std::vector<std::int64_t>& validation,
                         const CellConditions& cc, Progress& progress) {
    constexpr std::size_t kMaxCells = 1000;
    std::vector<std::int64_t> cells;
    std::vector<std::int64_t> truth;
    for (auto c : permuted(validation, m.config.train.seed, 0xca11b8a7eULL)) {
        const auto type = cc.cellType[static_cast<std::size_t>(c)];
        if (type == 0) continue;
        cells.push_back(c);
        truth.push_back(type - 1);
        if (cells.size() == kMaxCells) break;
    }
    if (cells.empty()) return;
    progress.stage("calibrating the classifier on " + std::to_string(cells.size()) + " validation cells");
    std::vector<std::int64_t> blockRows(cells.size());
    std::iota(blockRows.begin(), blockRows.end(), 0);
    const auto errors =
        classifierErrors(m, x.rows(cells), blockRows, {}, conditionsOf(cc, cells), AnnotationOptions{}, progress);
    const double t = fitTemperature(errors, truth);
    if (t > 0) m.temperature = t;
}

// Epochs for a budget of train.steps optimiser steps over `cells` training cells (unchanged without one).
RunConfig withStepBudget(RunConfig c, std::int64_t cells) {
    if (c.train.steps <= 0) return c;
    const std::int64_t perEpoch = (cells + c.train.batchSize - 1) / c.train.batchSize;
    c.train.epochs = static_cast<int>(std::max<std::int64_t>(1, (c.train.steps + perEpoch - 1) / perEpoch));
    return c;
}

// The cell types whose stimulated cells are among the training cells (perturb() predicts the others
// without their cell-type token: the model never saw that combination).
void recordStimulatedTypes(Model::Impl& m, const AnnData& data, const std::vector<std::int64_t>& cells) {
    const auto& keys = m.config.keys;
    const auto types = obsLabels(data, keys.labelKey, "cell-type labels");
    const auto cond = obsLabels(data, keys.conditionKey, "perturbation state");
    std::set<std::string> seen;
    for (auto c : cells)
        if (cond[static_cast<std::size_t>(c)] == keys.stimulated) seen.insert(types[static_cast<std::size_t>(c)]);
    m.stimulatedTypes.assign(seen.begin(), seen.end());
    m.stimulatedTypesRecorded = true;
}

// x's columns mapped to the model's genes (GeneMatch), missing genes empty: the matrix the training loop
// reads.
SparseMatrix inModelColumns(const SparseMatrix& x, const GeneMatch& genes, std::int64_t modelGenes) {
    SparseMatrix out;
    out.rows = x.rows;
    out.cols = modelGenes;
    out.indptr.assign(1, 0);
    const auto values = x.values.data<float>();
    std::vector<float> kept;
    std::vector<std::pair<std::int32_t, float>> row;
    for (std::int64_t r = 0; r < x.rows; ++r) {
        row.clear();
        for (auto k = x.indptr[static_cast<std::size_t>(r)]; k < x.indptr[static_cast<std::size_t>(r) + 1]; ++k) {
            const auto c = x.indices[static_cast<std::size_t>(k)];
            const auto to =
                genes.modelColumnOfDataColumn.empty() ? c : genes.modelColumnOfDataColumn[static_cast<std::size_t>(c)];
            if (to >= 0) row.emplace_back(to, values[static_cast<std::size_t>(k)]);
        }
        std::sort(row.begin(), row.end());
        for (const auto& [c, v] : row) {
            out.indices.push_back(c);
            kept.push_back(v);
        }
        out.indptr.push_back(static_cast<std::int64_t>(out.indices.size()));
    }
    out.values = NDArray::fromVector(std::move(kept));
    return out;
}

// What the ranks of a data-parallel run must agree on: FNV-1a over the settings (the device aside: each rank
// may use its own GPU) and over the training matrix, genes and cells.
class Fingerprint {
public:
    void add(const void* data, std::size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < bytes; ++i) hash_ = (hash_ ^ p[i]) * 0x100000001b3ULL;
    }
    void add(const std::string& s) { add(s.data(), s.size() + 1); }
    template <class T>
    void add(const std::vector<T>& v) {
        const auto n = v.size();
        add(&n, sizeof n);
        add(v.data(), v.size() * sizeof(T));
    }
    std::uint64_t value() const { return hash_; }

private:
    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

std::uint64_t settingsFingerprint(RunConfig config) {
    config.train.device.clear();
    Fingerprint f;
    f.add(toJson(config));
    return f.value();
}

std::uint64_t dataFingerprint(const SparseMatrix& x, const std::vector<std::string>& genes,
                              const std::vector<std::int64_t>& cells, const std::vector<std::int64_t>& validation) {
    Fingerprint f;
    for (const auto& g : genes) f.add(g);
    f.add(cells);
    f.add(validation);
    f.add(x.indptr.vec());
    f.add(x.indices.vec());
    const auto values = x.values.data<float>();
    f.add(values.data(), values.size_bytes());
    return f.value();
}

// Reports only on rank 0 of a data-parallel run (the others train quietly), and cancels on any rank.
class RankProgress final : public Progress {
public:
    RankProgress(Progress& inner, bool speaks) : inner_(inner), speaks_(speaks) {}
    void report(std::int64_t done, std::int64_t total, const std::map<std::string, double>& metrics) override {
        if (speaks_) inner_.report(done, total, metrics);
    }
    void stage(const std::string& name) override {
        if (speaks_) inner_.stage(name);
    }
    bool cancelled() const override { return inner_.cancelled(); }

private:
    Progress& inner_;
    bool speaks_;
};

// The epochs of a run (train, a resumed train, fineTune): from the model's epochs to config.train.epochs over
// `cells` of x (model columns), a validation loss on `validation`, then the classifier's calibration and the
// record of which cell types had training cells. With a process group, each optimiser step is shared by the
// ranks (shardOfStep) and only rank 0 writes the checkpoint.
Model runEpochs(Model model, const AnnData& data, const ExpressionRows& x, const std::vector<std::int64_t>& cells,
                const std::vector<std::int64_t>& validation, const std::filesystem::path& checkpoint,
                Progress& outerProgress, ProcessGroup* group = nullptr) {
    auto& m = model.impl();
    const auto& tc = m.config.train;
    RankProgress progress(outerProgress, !group || group->rank() == 0);
    const int ranks = group ? group->size() : 1;
    const int rank = group ? group->rank() : 0;
    const CellConditions cc = cellConditions(data, model);
    const auto bs = static_cast<std::size_t>(tc.batchSize);
    const auto steps = stepsFor(cells.size(), 0, bs, ranks);
    const std::int64_t totalSteps = static_cast<std::int64_t>(tc.epochs) * steps;
    auto saveCheckpoint = [&] {
        if (!checkpoint.empty() && rank == 0) model.save(checkpoint);
    };
    double bestValidation = INFINITY;
    int sinceBest = 0;
    for (const auto& h : m.history)
        if (h.validationLoss >= 0 && h.validationLoss < bestValidation) bestValidation = h.validationLoss;
    // Frozen parameters get no gradient, so the optimiser leaves them as they are.
    for (auto& p : m.net->named_parameters()) {
        const bool typeConditioner = p.key().rfind("class_cell_type.", 0) == 0 || p.key().rfind("text_cell_type.", 0) == 0;
        p.value().set_requires_grad(!m.trainConditionerOnly || typeConditioner);
    }
    m.net->train();
    const auto runStart = Clock::now();
    std::int64_t cellsThisRun = 0, stepsThisRun = 0;
    const double collectiveSecondsBefore = group ? group->collectiveSeconds() : 0;  // the checks and the broadcast

    for (int epoch = m.epochs; epoch < tc.epochs; ++epoch) {
        progress.stage("epoch " + std::to_string(epoch + 1) + "/" + std::to_string(tc.epochs));
        const auto order = permuted(cells, tc.seed, static_cast<std::uint64_t>(epoch) + 1);
        const auto epochStart = Clock::now();
        // A checkpoint written mid-epoch continues from its cell, whatever the number of ranks now.
        const auto offset = static_cast<std::size_t>(
            std::clamp<std::int64_t>(m.cellsDoneInEpoch, 0, static_cast<std::int64_t>(order.size())));
        const auto stepsLeft = stepsFor(order.size(), offset, bs, ranks);
        const std::int64_t stepsBefore = steps - stepsLeft;  // this epoch's steps counted before this run
        double lossSum = offset > 0 ? m.partialLossSum : 0;
        std::int64_t lossSteps = offset > 0 ? m.partialLossSteps : 0;
        std::int64_t epochCells = 0;
        auto stopHere = [&](std::int64_t k) {  // cancelled before step k of this run: checkpoint, then stop
            m.cellsDoneInEpoch = static_cast<std::int64_t>(stepRows(order.size(), offset, bs, ranks, k).begin);
            m.partialLossSum = lossSum;
            m.partialLossSteps = lossSteps;
            saveCheckpoint();
            throw Cancelled();
        };
        for (std::int64_t k = 0; k < stepsLeft; ++k) {
            const std::int64_t s = stepsBefore + k;  // the step's index in the epoch: its random stream
            if (!group && progress.cancelled()) stopHere(k);
            const auto all = stepRows(order.size(), offset, bs, ranks, k);
            const auto mine = shardOfStep(order.size(), offset, bs, ranks, rank, k);
            std::span<const std::int64_t> rows(order.data() + all.begin, all.size());
            const auto loss = trainStep(
                m, x, rows, {mine.begin - all.begin, mine.end - all.begin}, cc,
                streamGenerator(tc.seed, static_cast<std::uint64_t>(epoch), static_cast<std::uint64_t>(s)),
                learningRateAt(tc, static_cast<std::int64_t>(epoch) * steps + s, totalSteps, ranks), progress, group);
            if (!loss) stopHere(k);  // cancelled inside the step (or on another rank): the state before it
            lossSum += *loss;
            ++lossSteps;
            epochCells += static_cast<std::int64_t>(rows.size());
            cellsThisRun += static_cast<std::int64_t>(rows.size());
            const double elapsed = std::chrono::duration<double>(Clock::now() - runStart).count();
            const double rate = elapsed > 0 ? static_cast<double>(cellsThisRun) / elapsed : 0;
            const double remaining = static_cast<double>(tc.epochs - epoch) * static_cast<double>(cells.size()) -
                                     static_cast<double>(offset + static_cast<std::size_t>(epochCells));
            ++stepsThisRun;
            std::map<std::string, double> metrics{{"loss", lossSum / static_cast<double>(lossSteps)},
                                                  {"epoch", epoch + 1},
                                                  {"epochs", tc.epochs},  // the run's total (a step budget decides it)
                                                  {"cells_per_s", rate},
                                                  {"eta_s", rate > 0 ? remaining / rate : 0}};
            // Over all ranks: the cells of the whole mini-batch count, and the time the ranks spent meeting.
            if (group)
                metrics["allreduce_ms"] =
                    1000 * (group->collectiveSeconds() - collectiveSecondsBefore) / static_cast<double>(stepsThisRun);
            progress.report(s + 1, steps, metrics);
        }
        EpochRecord record;
        record.epoch = epoch + 1;
        record.trainLoss = lossSteps > 0 ? lossSum / static_cast<double>(lossSteps) : 0;
        record.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        record.cellsPerSecond = record.seconds > 0 ? static_cast<double>(epochCells) / record.seconds : 0;
        if (!validation.empty()) {
            record.validationLoss = validationLoss(m, x, validation, cc, tc.batchSize);
            if (group) {  // rank 0's, so that early stopping decides the same on every rank
                auto shared = torch::tensor({record.validationLoss}, torch::kFloat64);
                group->broadcastFromRankZero({shared});
                record.validationLoss = shared.item<double>();
            }
        }
        m.history.push_back(record);
        m.epochs = epoch + 1;
        m.cellsDoneInEpoch = 0;
        m.partialLossSum = 0;
        m.partialLossSteps = 0;
        const double runSeconds = std::chrono::duration<double>(Clock::now() - runStart).count();
        const double runRate = runSeconds > 0 ? static_cast<double>(cellsThisRun) / runSeconds : 0;
        const double cellsLeft = static_cast<double>(tc.epochs - epoch - 1) * static_cast<double>(cells.size());
        progress.report(steps, steps,
                        {{"epoch_done", epoch + 1},
                         {"epochs", tc.epochs},
                         {"train_loss", record.trainLoss},
                         {"val_loss", record.validationLoss},
                         {"cells_per_s", record.cellsPerSecond},
                         {"eta_s", runRate > 0 ? cellsLeft / runRate : 0}});
        if (tc.checkpointEvery > 0 && m.epochs % tc.checkpointEvery == 0 && m.epochs < tc.epochs) saveCheckpoint();
        if (!validation.empty() && tc.earlyStoppingPatience > 0) {
            if (record.validationLoss < bestValidation) {
                bestValidation = record.validationLoss;
                sinceBest = 0;
            } else if (++sinceBest >= tc.earlyStoppingPatience) {
                progress.stage("early stop: no validation improvement in " + std::to_string(sinceBest) + " epochs");
                break;
            }
        }
    }
    // Before the calibration: beside a text conditioner, the class vectors of unseen types are read as null.
    if (m.usesCellType() && !cc.cellType.empty()) {
        std::vector<std::string> types = m.trainedTypesRecorded ? m.trainedTypes : std::vector<std::string>{};
        for (auto c : cells)
            if (const auto t = cc.cellType[static_cast<std::size_t>(c)]; t > 0)
                types.push_back(m.cellTypes.classes[static_cast<std::size_t>(t - 1)]);
        m.recordTrainedTypes(std::move(types));
    }
    // Rank 0's model is the one written; the other ranks need not calibrate theirs.
    if (!validation.empty() && m.usesCellType() && m.cellTypes.classes.size() >= 2 && rank == 0)
        calibrateClassifier(m, x, validation, cc, progress);
    saveCheckpoint();
    m.net->eval();
    return model;
}

// What training reads of the cells' expression, log-normalised and restricted to the genes the model learns
// (config.genes): the mini-batches through `rows`, the statistics (gene selection, gene means, the batch effect, the
// data-parallel fingerprint) from `statistics`. In memory both are the whole matrix; for a dataset opened backed,
// `rows` reads the file and `statistics` holds a sample of the cells (backedSample; every cell of a dataset of up
// to kStatisticsCells cells, which then trains exactly as in memory).
struct TrainingExpression {
    SelectedGenes genes;
    SparseMatrix statistics;           // rows: the dataset's cells (a backed dataset's unsampled ones empty)
    std::vector<std::int64_t> sample;  // backed: the cells in `statistics`; in memory: empty (all)
    std::unique_ptr<ExpressionRows> rows;  // in memory: reads `statistics`, so the object stays where it was made

    TrainingExpression(const TrainingExpression&) = delete;
    TrainingExpression& operator=(const TrainingExpression&) = delete;
    TrainingExpression(const expression::View& source, const RunConfig& config, const AnnData& data) {
        const auto batches = geneSelectionBatches(data, config);
        if (!source.backed) {
            SparseMatrix all = expression::logNormalised(source);
            genes = selectGenes(all, source.geneNames(), config.genes, batches);
            statistics = selectedColumns(std::move(all), genes);
            rows = std::make_unique<MatrixRows>(statistics);
            return;
        }
        BackedSample s = backedSample(source, config.train.seed);
        std::vector<std::int64_t> sampleBatches;
        for (auto c : s.cells)
            if (!batches.empty()) sampleBatches.push_back(batches[static_cast<std::size_t>(c)]);
        genes = selectGenes(s.x, source.geneNames(), config.genes, sampleBatches);
        statistics = placedRows(selectedColumns(std::move(s.x), genes), s.cells, data.nObs());
        rows = std::make_unique<FileRows>(source, s.counts, genes.all ? std::vector<std::int64_t>{} : genes.columns);
        if (static_cast<std::int64_t>(s.cells.size()) < data.nObs()) sample = std::move(s.cells);
    }

    // The cells among `cells` whose rows `statistics` holds.
    std::vector<std::int64_t> sampled(const std::vector<std::int64_t>& cells) const {
        if (sample.empty()) return cells;
        std::vector<std::int64_t> both;
        std::set_intersection(cells.begin(), cells.end(), sample.begin(), sample.end(), std::back_inserter(both));
        return both;
    }
};

}  // namespace

std::vector<std::int64_t> perturbationTrainingCells(const AnnData& data, const DataKeys& keys) {
    std::vector<std::int64_t> cells;
    const bool holdOut = !keys.heldOutType.empty();
    std::vector<std::string> types, cond;
    if (holdOut) {
        types = obsLabels(data, keys.labelKey, "cell-type labels");
        cond = obsLabels(data, keys.conditionKey, "perturbation state");
    }
    for (std::int64_t i = 0; i < data.nObs(); ++i) {
        const auto u = static_cast<std::size_t>(i);
        if (holdOut && types[u] == keys.heldOutType && cond[u] == keys.stimulated) continue;
        cells.push_back(i);
    }
    return cells;
}

Model train(const AnnData& data, const RunConfig& requested, Progress& progress, const TrainOptions& options) {
    // The ranks meet first, so that one that cannot is told before the data is prepared.
    std::unique_ptr<ProcessGroup> group;
    if (options.distributed.active()) {
        progress.stage("meeting the other " + std::to_string(options.distributed.worldSize - 1) + " rank(s) at " +
                       options.distributed.masterAddress + ":" + std::to_string(options.distributed.masterPort));
        group = std::make_unique<ProcessGroup>(options.distributed);
        // Ranks usually share machines: OpenBLAS starts a thread per core in every process unless
        // OPENBLAS_NUM_THREADS says otherwise, so two ranks on 2 cores ran at 0.89-0.96x one process (1.16-1.35x
        // with one BLAS thread each; docs/distributed.md). A rank's products use its --threads.
        if (!std::getenv("OPENBLAS_NUM_THREADS")) limitBlasThreads(at::get_num_threads());
    }
    const auto source = expression::view(data, requested.keys.expression);
    checkTaskInputs(data, requested);
    progress.stage(source.backed ? "preparing the data (reading a sample of the cells: the dataset is opened backed)"
                                 : "preparing the data");
    const TrainingExpression expression(source, requested, data);
    const SelectedGenes& genes = expression.genes;
    const SparseMatrix& x = expression.statistics;  // every cell, or a backed dataset's sample

    std::vector<std::int64_t> cells = requested.task == Task::Perturbation
                                          ? perturbationTrainingCells(data, requested.keys)
                                          : perturbationTrainingCells(data, DataKeys{});
    if (!options.cells.empty()) {
        std::vector<std::int64_t> chosen = options.cells;
        std::sort(chosen.begin(), chosen.end());
        std::vector<std::int64_t> both;
        std::set_intersection(cells.begin(), cells.end(), chosen.begin(), chosen.end(), std::back_inserter(both));
        cells = std::move(both);
    }
    // Gene perturbation: the graph first, since cells whose genes it lacks cannot be conditioned (nor validate).
    prior::GeneGraph graph;
    if (requested.task == Task::GenePerturbation) {
        const auto labels = perturbationLabels(data, requested.keys);
        if (options.resumeFrom.empty()) {
            std::set<std::string> perturbed;
            for (auto c : cells)
                for (const auto& g : labels[static_cast<std::size_t>(c)].genes) perturbed.insert(g);
            auto built =
                buildGeneGraph(requested.model, source.geneNames(), {perturbed.begin(), perturbed.end()}, progress);
            progress.stage(built.report);
            graph = std::move(built.graph);
        } else {
            graph = Model::load(options.resumeFrom, "cpu").geneGraph();
        }
        std::vector<std::int64_t> inGraph;
        // Per distinct label: are its genes nodes of the graph, and was it not held out?
        std::map<std::string, bool> known;
        const auto heldOut = heldOutPerturbations(requested.keys);
        for (auto c : cells) {
            const auto& label = labels[static_cast<std::size_t>(c)];
            auto it = known.find(label.canonical());
            if (it == known.end())
                it = known
                         .emplace(label.canonical(),
                                  graphGenes(graph, label.genes).has_value() &&
                                      !std::binary_search(heldOut.begin(), heldOut.end(), label.canonical()))
                         .first;
            if (it->second) inGraph.push_back(c);
        }
        cells = std::move(inGraph);
    }
    std::vector<std::int64_t> validation;
    if (requested.train.validationFraction > 0) {
        auto shuffled = permuted(cells, requested.train.seed, 0x5eed5eedULL);
        const auto nVal = static_cast<std::size_t>(
            std::llround(requested.train.validationFraction * static_cast<double>(cells.size())));
        validation.assign(shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(nVal));
        std::sort(validation.begin(), validation.end());
        cells.assign(shuffled.begin() + static_cast<std::ptrdiff_t>(nVal), shuffled.end());
        std::sort(cells.begin(), cells.end());
    }
    if (cells.empty()) throw InvalidInput("no cells are left to train on");
    // A budget in optimiser steps becomes whole epochs of these cells.
    RunConfig config = withStepBudget(requested, static_cast<std::int64_t>(cells.size()));
    if (options.resumeFrom.empty()) {  // a resumed run keeps its checkpoint's choice (resumedModel)
        const auto choice = chooseBatchIn(config, data, x, expression.sampled(cells));
        if (choice.batchEffect >= 0)
            progress.stage("the batch explains " + std::to_string(std::lround(100 * choice.batchEffect)) +
                           " % of the variance within cell types: the batch enters " + batchInPlace(choice.batchIn));
        config.model.batchIn = choice.batchIn;
    }

    Model model = options.resumeFrom.empty()
                      ? freshModel(data, config, genes.names, options.typeTable, std::move(graph))
                      : resumedModel(config, genes.names, options.resumeFrom);
    auto& m = model.impl();
    if (options.resumeFrom.empty()) setGeneStatistics(m, x, expression.sampled(cells));
    if (config.task == Task::Perturbation) recordStimulatedTypes(m, data, cells);
    if (config.task == Task::GenePerturbation) {
        const auto labels = perturbationLabels(data, config.keys);
        std::set<std::string> seen;
        for (auto c : cells)
            if (const auto& l = labels[static_cast<std::size_t>(c)]; !l.control()) seen.insert(l.canonical());
        m.trainedPerturbations.assign(seen.begin(), seen.end());
    }
    if (!options.distributed.active())
        return runEpochs(std::move(model), data, *expression.rows, cells, validation, options.checkpoint, progress);
    ProcessGroup& ranks = *group;
    ranks.requireSame(settingsFingerprint(config), "settings (the training options)");
    ranks.requireSame(dataFingerprint(x, genes.names, cells, validation), "dataset (cells, genes or values)");
    ranks.broadcastFromRankZero(m.net->parameters());  // one starting point, however each rank initialised
    if (m.ema) ranks.broadcastFromRankZero(m.ema->parameters());
    return runEpochs(std::move(model), data, *expression.rows, cells, validation, options.checkpoint, progress, &ranks);
}

Model fineTune(Model model, const AnnData& data, const std::vector<std::int64_t>& chosen,
               const FineTuneOptions& options, Progress& progress) {
    const int epochs = options.epochs;
    if (epochs < 1) throw InvalidInput("fine-tuning needs at least one epoch");
    if (!(options.learningRateScale >= 0))
        throw InvalidInput("the fine-tuning learning-rate share must be positive (or 0: automatic)");
    std::int64_t fewestPerType = static_cast<std::int64_t>(chosen.size());
    if (model.cellTypes().key.empty()) {
        if (chosen.empty()) throw InvalidInput("no cells to fine-tune on");
    } else {
        for (const auto& [type, n] : fineTuneTypes(model, data, chosen))  // every cell labelled with a model type
            fewestPerType = std::min(fewestPerType, n);
    }
    const double share = options.learningRateScale > 0 ? options.learningRateScale
                                                       : fineTuneLearningRateShare(fewestPerType);
    if (options.learningRateScale == 0)
        progress.stage((share < 1 ? "fine-tuning at " + std::to_string(static_cast<int>(std::lround(share * 100))) +
                                        " % of the model's learning rate"
                                  : std::string("fine-tuning at the model's learning rate")) +
                       " (automatic: the fewest cells of a type is " + std::to_string(fewestPerType) + ")");
    // Sorted as train() sorts its cells, so resuming a fine-tuning checkpoint with train() draws the same batches.
    std::vector<std::int64_t> cells = chosen;
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    for (auto c : cells)
        if (c < 0 || c >= data.nObs())
            throw InvalidInput("fine-tuning: cell " + std::to_string(c) + " is not a cell of the dataset (" +
                               std::to_string(data.nObs()) + " cells)");
    progress.stage("preparing the data");
    const auto in = inferenceInputs(model, data);
    const SparseMatrix x = inModelColumns(in.x, in.genes, static_cast<std::int64_t>(model.genes().size()));
    auto& m = model.impl();
    // Types with no training cell until now are the fine-tuned ones (kept in the checkpoint, so a resume knows).
    const CellConditions cc = cellConditions(data, model);
    for (auto c : cells)
        if (const auto t = cc.cellType.empty() ? 0 : cc.cellType[static_cast<std::size_t>(c)]; t > 0) {
            const auto& name = m.cellTypes.classes[static_cast<std::size_t>(t - 1)];
            if (!model.trainedOn(name)) m.fineTunedTypes.push_back(name);
        }
    std::sort(m.fineTunedTypes.begin(), m.fineTunedTypes.end());
    m.fineTunedTypes.erase(std::unique(m.fineTunedTypes.begin(), m.fineTunedTypes.end()), m.fineTunedTypes.end());
    m.trainConditionerOnly = options.conditionerOnly;
    m.config.train.epochs = m.epochs + epochs;
    m.config.train.steps = 0;
    m.config.train.baseLr *= share;
    m.cellsDoneInEpoch = 0;
    m.partialLossSum = 0;
    m.partialLossSteps = 0;
    return runEpochs(std::move(model), data, MatrixRows(x), cells, {}, options.checkpoint, progress);
}

}  // namespace scdiff::engine
