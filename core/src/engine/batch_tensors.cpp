#include "batch_tensors.hpp"

#include <ATen/CPUGeneratorImpl.h>

namespace scdiff::engine {

torch::Tensor denseBatch(const SparseMatrix& x, std::span<const std::int64_t> rows,
                         const std::vector<std::int32_t>& map, std::int64_t modelGenes, torch::Device device) {
    auto out = torch::empty({static_cast<std::int64_t>(rows.size()), modelGenes}, torch::kFloat32);
    densifyRows(x, rows, map, modelGenes, out.data_ptr<float>());
    return out.to(device);
}

namespace {
torch::Tensor gather(const std::vector<std::int64_t>& perCell, std::span<const std::int64_t> rows) {
    auto out = torch::zeros({static_cast<std::int64_t>(rows.size())}, torch::kInt64);
    if (perCell.empty()) return out;
    auto* p = out.data_ptr<std::int64_t>();
    for (std::size_t i = 0; i < rows.size(); ++i) p[i] = perCell[static_cast<std::size_t>(rows[i])];
    return out;
}
}  // namespace

torch::Tensor classIndices(const Model::Impl& m, const CellConditions& c, std::span<const std::int64_t> rows) {
    std::vector<torch::Tensor> columns;
    if (m.usesCellType()) columns.push_back(gather(c.cellType, rows));
    if (m.usesCondition()) columns.push_back(gather(c.condition, rows));
    if (m.usesGeneGraph()) {  // two columns after the class conditioners' (GeneGraphConditionerImpl)
        std::vector<std::int64_t> first, second;
        for (auto r : rows) {
            const auto g = c.perturbedGenes.empty() ? GraphGenes{0, 0} : c.perturbedGenes[static_cast<std::size_t>(r)];
            first.push_back(std::max<std::int64_t>(g[0], 0));
            second.push_back(std::max<std::int64_t>(g[1], 0));
        }
        columns.push_back(torch::tensor(first, torch::kInt64));
        columns.push_back(torch::tensor(second, torch::kInt64));
    }
    if (columns.empty()) return torch::zeros({static_cast<std::int64_t>(rows.size()), 0}, torch::kInt64).to(m.device);
    return torch::stack(columns, 1).to(m.device);
}

torch::Tensor batchIndices(const CellConditions& c, std::span<const std::int64_t> rows, torch::Device device) {
    return gather(c.batch, rows).to(device);
}

at::Generator streamGenerator(std::uint64_t seed, std::uint64_t a, std::uint64_t b) {
    // splitmix64 finaliser over the three words: nearby seeds give unrelated streams.
    auto mix = [](std::uint64_t z) {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    return at::make_generator<at::CPUGeneratorImpl>(mix(mix(mix(seed) ^ a) ^ b));
}

}  // namespace scdiff::engine
