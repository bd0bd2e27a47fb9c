#include "scdiff/engine/inspect.hpp"

#include <cstring>
#include <fstream>

#include "model_impl.hpp"
#include "scdiff/atomic_file.hpp"
#include "scdiff/error.hpp"

namespace scdiff::engine {

void exportTensors(const std::vector<std::pair<std::string, std::vector<float>>>& tensors,
                   const std::vector<std::vector<std::int64_t>>& shapes, const std::filesystem::path& file) {
    io::writeAtomically(file, [&](std::ostream& out) {
        out.write("SCDTDICT", 8);
        auto u32 = [&](std::uint32_t v) { out.write(reinterpret_cast<const char*>(&v), 4); };
        u32(static_cast<std::uint32_t>(tensors.size()));
        for (std::size_t i = 0; i < tensors.size(); ++i) {
            u32(static_cast<std::uint32_t>(tensors[i].first.size()));
            out.write(tensors[i].first.data(), static_cast<std::streamsize>(tensors[i].first.size()));
            u32(static_cast<std::uint32_t>(shapes[i].size()));
            out.write(reinterpret_cast<const char*>(shapes[i].data()),
                      static_cast<std::streamsize>(8 * shapes[i].size()));
            out.write(reinterpret_cast<const char*>(tensors[i].second.data()),
                      static_cast<std::streamsize>(4 * tensors[i].second.size()));
        }
    });
}

void exportWeights(const Model& model, const std::filesystem::path& file) {
    std::vector<std::pair<std::string, std::vector<float>>> tensors;
    std::vector<std::vector<std::int64_t>> shapes;
    for (const auto& item : model.impl().net->named_parameters()) {
        auto t = item.value().detach().to(torch::kCPU).to(torch::kFloat32).contiguous();
        tensors.emplace_back(item.key(), std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel()));
        shapes.emplace_back(t.sizes().begin(), t.sizes().end());
    }
    exportTensors(tensors, shapes, file);
}

int classConditionerCount(const Model& model) { return static_cast<int>(model.impl().classConditionerNames().size()); }

std::vector<float> forwardRaw(const Model& model, const std::vector<float>& xt, const std::vector<std::int64_t>& t,
                              const std::vector<float>& context, const std::vector<std::int64_t>& classes,
                              const std::vector<std::int64_t>& batch) {
    auto& m = const_cast<Model::Impl&>(model.impl());
    const auto n = static_cast<std::int64_t>(t.size());
    const auto G = static_cast<std::int64_t>(m.genes.size());
    const auto K = static_cast<std::int64_t>(m.classConditionerNames().size());
    if (static_cast<std::int64_t>(xt.size()) != n * G || context.size() != xt.size() ||
        static_cast<std::int64_t>(classes.size()) != n * K || static_cast<std::int64_t>(batch.size()) != n)
        throw InvalidInput("forwardRaw: input sizes do not match the model");
    torch::NoGradGuard noGrad;
    m.net->eval();
    auto f = [&](const std::vector<float>& v) { return torch::tensor(v).view({n, G}).to(m.device); };
    auto out =
        m.net
            ->forward(f(xt), torch::tensor(t).to(m.device),
                      {f(context), torch::tensor(classes).view({n, K}).to(m.device)}, torch::tensor(batch).to(m.device))
            .to(torch::kCPU)
            .contiguous();
    return {out.data_ptr<float>(), out.data_ptr<float>() + out.numel()};
}

}  // namespace scdiff::engine

#include "diffusion.hpp"

namespace scdiff::engine {

std::vector<double> alphaBarSchedule(int timesteps) {
    DiffusionSchedule s(timesteps);
    std::vector<double> out;
    for (int t = 0; t < timesteps; ++t) out.push_back(s.alphaBar(t));
    return out;
}

std::vector<int> samplerTimesteps(int timesteps, int steps) {
    return DiffusionSchedule(timesteps).stridedTimesteps(steps);
}

}  // namespace scdiff::engine
