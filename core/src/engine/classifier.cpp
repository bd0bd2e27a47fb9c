// The diffusion classifier (docs/method.md section 5): for every candidate cell type c, the mean over a
// few time steps of |x0 - x0_hat(x_t, c, t)|^2 with an all-zero context; predict argmin.
// Batched path: one shared noise draw per (cell, step), the noised cell embedded once, all remaining
// (cell, candidate) pairs in one forward, optional pruning to the best candidates after the first steps.
#include "classifier.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "batch_tensors.hpp"
#include "denoiser.hpp"
#include "inference_inputs.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

namespace {

// Condition tokens of each candidate with an all-zero context: [C, K, d] per block.
std::vector<torch::Tensor> candidateTokens(Model::Impl& m, std::int64_t candidates) {
    const auto G = static_cast<std::int64_t>(m.genes.size());
    auto classes =
        torch::zeros({candidates, static_cast<std::int64_t>(m.classConditionerNames().size())}, torch::kInt64);
    classes.select(1, 0).copy_(torch::arange(1, candidates + 1, torch::kInt64));  // cell type is column 0
    return m.inferenceNet()->conditionTokens(
        {torch::zeros({candidates, G}, torch::kFloat32).to(m.device), classes.to(m.device)});
}

void checkAnnotationOptionsImpl(const Model::Impl& m, const AnnotationOptions& o) {
    if (!m.usesCellType() || m.cellTypes.classes.size() < 2)
        throw InvalidInput("this model was not trained with cell-type labels (at least two), so it cannot annotate");
    if (o.timesteps.empty()) throw InvalidInput("annotation needs at least one time step");
    for (int t : o.timesteps)
        if (t < 0 || t >= m.config.model.timesteps)
            throw InvalidInput("annotation time step " + std::to_string(t) + " is outside 0.." +
                               std::to_string(m.config.model.timesteps - 1));
    if (o.batchSize < 1) throw InvalidInput("annotation batch size must be positive");
    if (o.pruneAfter > 0 && !(o.pruneBelow > 0 && o.pruneBelow < 1))
        throw InvalidInput("the pruning probability must be between 0 and 1");
}

// Errors [n, C] for one batch of cells, batched over candidates with shared noise. The decoder's final
// Linear is never applied per candidate: with z = LN(h) + batch embedding and x0_hat = o + s (W z + b)
// (o = 0, s = 1 without skip; see denoiser.hpp), r = x0 - o - s b and S = diag(s),
// |x0 - x0_hat|^2 = |r|^2 - 2 z.(W^T S r) + z^T (W^T S^2 W) z, where the first two factors are per cell
// and W^T S^2 W is d x d (s is the same for every cell at one time step), so a candidate costs d^2
// instead of d * genes.
torch::Tensor batchedErrors(Model::Impl& m, const torch::Tensor& x0, const torch::Tensor& batch,
                            const std::vector<torch::Tensor>& tokens, const AnnotationOptions& o,
                            std::uint64_t batchId) {
    const auto n = x0.size(0), C = tokens.front().size(0);
    auto sum = torch::zeros({n, C}, torch::kFloat32).to(m.device);
    auto count = torch::zeros({n, C}, torch::kFloat32).to(m.device);
    auto& net = m.inferenceNet();
    const auto& W = net->decoder->linear->weight;  // [genes, d]
    const auto& b = net->decoder->linear->bias;
    // Active (cell, candidate) pairs, initially all.
    auto cell = torch::arange(n, torch::kInt64).repeat_interleave(C).to(m.device);
    auto cand = torch::arange(C, torch::kInt64).repeat({n}).to(m.device);
    for (std::size_t s = 0; s < o.timesteps.size() && cell.numel() > 0; ++s) {
        auto gen = streamGenerator(o.seed, batchId, s);
        auto eps = at::randn(x0.sizes(), gen, torch::kFloat32).to(m.device);
        auto t = torch::full({n}, o.timesteps[s], torch::kInt64).to(m.device);
        const auto xt = m.schedule.noised(x0, t, eps);
        const auto map = outputMap(m, xt, t);
        torch::Tensor residual, projected, gram;
        if (map.offset.defined()) {
            const auto scale = map.scale.select(0, 0);  // one time step: the same for every cell
            residual = x0 - map.offset - scale * b;
            projected = (residual * scale).mm(W);
            gram = (W * scale.pow(2).unsqueeze(1)).t().mm(W);
        } else {
            residual = x0 - b;
            projected = residual.mm(W);
            gram = W.t().mm(W);
        }
        const auto residualNorm = residual.pow(2).sum(1);  // [n]
        auto h = net->embedNoised(xt, t, batch);           // once per cell, shared by candidates
        std::vector<torch::Tensor> pairTokens;
        for (const auto& tok : tokens) pairTokens.push_back(tok.index_select(0, cand));
        const auto pairBatch = batch.index_select(0, cell);
        auto z = net->decoder->latent(net->encode(h.index_select(0, cell), pairTokens, pairBatch), pairBatch);
        auto err = residualNorm.index_select(0, cell) - 2 * (z * projected.index_select(0, cell)).sum(1) +
                   (z.mm(gram) * z).sum(1);
        auto flat = cell * C + cand;
        sum.view({-1}).index_add_(0, flat, err);
        count.view({-1}).index_add_(0, flat, torch::ones_like(err));
        if (o.pruneAfter > 0 && static_cast<int>(s) + 1 == o.pruneAfter) {
            auto mean = torch::where(count > 0, sum / count.clamp_min(1), torch::full_like(sum, INFINITY));
            auto keep = torch::log_softmax(-mean, 1) >= std::log(o.pruneBelow);
            keep = keep | (mean == std::get<0>(mean.min(1, true)));  // never drop the best
            keep = keep & (keep.sum(1, true) >= 2);                  // one candidate left: decided
            auto pairs = keep.nonzero();
            cell = pairs.select(1, 0).contiguous();
            cand = pairs.select(1, 1).contiguous();
        }
    }
    return sum / count.clamp_min(1);
}

// Errors [n, C]: the naive loop, one full forward per candidate and time step, each with its own noise.
torch::Tensor naiveErrors(Model::Impl& m, const torch::Tensor& x0, const torch::Tensor& batch, std::int64_t C,
                          const AnnotationOptions& o, std::uint64_t batchId) {
    const auto n = x0.size(0);
    const auto K = static_cast<std::int64_t>(m.classConditionerNames().size());
    auto errors = torch::zeros({n, C}, torch::kFloat32).to(m.device);
    auto context = torch::zeros_like(x0);
    for (std::int64_t c = 0; c < C; ++c) {
        auto classes = torch::zeros({n, K}, torch::kInt64);
        classes.select(1, 0).fill_(c + 1);
        classes = classes.to(m.device);
        for (std::size_t s = 0; s < o.timesteps.size(); ++s) {
            auto gen = streamGenerator(o.seed, batchId * 1000003ULL + static_cast<std::uint64_t>(c), s);
            auto eps = at::randn(x0.sizes(), gen, torch::kFloat32).to(m.device);
            auto t = torch::full({n}, o.timesteps[s], torch::kInt64).to(m.device);
            auto out = predictX0(m, m.inferenceNet(), m.schedule.noised(x0, t, eps), t,
                                 net::ConditionInputs{context, classes}, batch);
            errors.select(1, c).add_((out - x0).pow(2).sum(1));
        }
    }
    return errors / static_cast<double>(o.timesteps.size());
}

}  // namespace

void checkAnnotationOptions(const Model::Impl& m, const AnnotationOptions& o) { checkAnnotationOptionsImpl(m, o); }

torch::Tensor classifierErrors(Model::Impl& m, const SparseMatrix& x, std::span<const std::int64_t> rows,
                               const std::vector<std::int32_t>& modelColumnOfDataColumn,
                               const CellConditions& conditions, const AnnotationOptions& o, Progress& progress,
                               std::size_t firstBatchId) {
    checkAnnotationOptionsImpl(m, o);
    const auto n = static_cast<std::int64_t>(rows.size());
    const auto C = static_cast<std::int64_t>(m.cellTypes.classes.size());
    const auto G = static_cast<std::int64_t>(m.genes.size());
    torch::NoGradGuard noGrad;
    m.inferenceNet()->eval();
    const auto tokens = candidateTokens(m, C);
    auto out = torch::empty({n, C}, torch::kFloat32);
    const auto bs = static_cast<std::size_t>(o.batchSize);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t begin = 0, batchId = firstBatchId; begin < rows.size(); begin += bs, ++batchId) {
        progress.checkCancelled();
        const auto part = rows.subspan(begin, std::min(bs, rows.size() - begin));
        auto x0 = denseBatch(x, part, modelColumnOfDataColumn, G, m.device);
        auto batch = batchIndices(conditions, part, m.device);
        auto errors =
            o.batched ? batchedErrors(m, x0, batch, tokens, o, batchId) : naiveErrors(m, x0, batch, C, o, batchId);
        out.narrow(0, static_cast<std::int64_t>(begin), static_cast<std::int64_t>(part.size()))
            .copy_(errors.to(torch::kCPU));
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const auto done = static_cast<std::int64_t>(begin + part.size());
        progress.report(done, n, {{"cells_per_s", elapsed > 0 ? static_cast<double>(done) / elapsed : 0}});
    }
    return out;
}

double fitTemperature(const torch::Tensor& errors, const std::vector<std::int64_t>& trueClass) {
    if (errors.size(0) == 0 || errors.size(1) < 2) return 0;
    const auto e = errors.to(torch::kFloat64);
    const auto y = torch::tensor(trueClass, torch::kInt64).unsqueeze(1);
    const auto trueError = e.gather(1, y).squeeze(1);
    // The cap: a beta that gives the median cell's runner-up a probability of about 1e-6.
    const auto sorted = std::get<0>(e.sort(1));
    const double margin = (sorted.select(1, 1) - sorted.select(1, 0)).median().item<double>();
    const double betaCap = std::log(1e6) / std::max(margin, 1e-12);
    auto derivatives = [&](double beta) {
        const auto p = torch::softmax(-beta * e, 1);
        const auto meanError = (p * e).sum(1);
        const double first = (trueError - meanError).mean().item<double>();                        // d NLL / d beta
        const double second = ((p * e * e).sum(1) - meanError * meanError).mean().item<double>();  // >= 0
        return std::pair{first, second};
    };
    double beta = std::min(betaCap, 1.0 / std::max(margin, 1e-12));
    for (int it = 0; it < 50; ++it) {
        const auto [g, h] = derivatives(beta);
        double next = h > 1e-300 ? beta - g / h : (g < 0 ? betaCap : 0);
        next = std::clamp(next, 0.0, betaCap);
        if (std::abs(next - beta) <= 1e-9 * std::max(1.0, beta)) {
            beta = next;
            break;
        }
        beta = next;
    }
    return beta > 0 ? 1.0 / beta : std::numeric_limits<double>::infinity();
}

torch::Tensor classProbabilities(const torch::Tensor& errors, double temperature) {
    const double t = temperature > 0 ? temperature : 1.0;
    return torch::softmax(-errors.to(torch::kFloat64) / t, 1).to(torch::kFloat32).contiguous();
}

}  // namespace scdiff::engine
