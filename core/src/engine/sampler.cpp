#include "sampler.hpp"

#include "batch_tensors.hpp"
#include "denoiser.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

namespace {
// One draw; `stream` keys its noise and context mask.
torch::Tensor oneSample(Model::Impl& m, const SamplerInputs& in, const SamplingOptions& o, std::uint64_t stream) {
    const auto n = in.context.size(0), G = in.context.size(1);
    auto context = in.context;
    if (o.contextMask > 0) {
        auto maskGen = streamGenerator(o.seed, 0xc0ffeeULL, stream);
        context = context * (at::rand({n, G}, maskGen, torch::kFloat32) >= o.contextMask).to(m.device);
    }
    auto gen = streamGenerator(o.seed, 0x5a3b1e5ULL, stream);
    auto x = at::randn({n, G}, gen, torch::kFloat32).to(m.device);
    // The conditions do not change during sampling: their tokens are computed once.
    const auto tokens = m.inferenceNet()->conditionTokens({context, in.classes});
    const auto taus = m.schedule.stridedTimesteps(o.steps);
    for (std::size_t i = 0; i < taus.size(); ++i) {
        const int t = taus[i];
        auto tt = torch::full({n}, t, torch::kInt64).to(m.device);
        auto x0 = predictX0(m, m.inferenceNet(), x, tt, tokens, in.batch).clamp_min(0);
        if (in.knownMask.defined()) x0 = torch::where(in.knownMask, in.knownValues, x0);
        const int s = i + 1 < taus.size() ? taus[i + 1] : -1;
        torch::Tensor noise;
        if (s >= 0 && o.eta > 0) noise = at::randn({n, G}, gen, torch::kFloat32).to(m.device);
        x = m.schedule.step(x, x0, t, s, o.eta, noise);
    }
    return x;
}
}  // namespace

torch::Tensor sampleX0(Model::Impl& m, const SamplerInputs& in, const SamplingOptions& o, std::uint64_t batchId) {
    if (o.steps < 1) throw InvalidInput("sampling needs at least one step");
    if (o.samples < 1) throw InvalidInput("sampling needs at least one sample per cell");
    if (o.eta < 0 || o.eta > 1) throw InvalidInput("sampling eta must be between 0 and 1");
    if (o.contextMask < 0 || o.contextMask > 1) throw InvalidInput("the context mask fraction must be in [0, 1]");
    auto sum = oneSample(m, in, o, batchId);
    for (int k = 1; k < o.samples; ++k)
        sum = sum + oneSample(m, in, o, batchId + 0x100000000ULL * static_cast<std::uint64_t>(k));
    return o.samples == 1 ? sum : sum / static_cast<double>(o.samples);
}

}  // namespace scdiff::engine

namespace scdiff::engine {}  // namespace scdiff::engine
