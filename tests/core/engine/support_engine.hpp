#pragma once
// Shared fixtures of the engine tests: a tiny labelled dataset and a tiny network configuration.
#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/progress.hpp"

#include <vector>

namespace scdiff::test {

// 300 cells x 200 genes, 4 cell types, 2 batches, control/stimulated, counts in X. Same data each call.
const AnnData& tinyDataset();
// hidden 32, 2 blocks, 2 heads x 16, batch 64, lr 1e-3, the given task and epochs; keys fit tinyDataset().
engine::RunConfig tinyConfig(engine::Task task, int epochs = 2);

// The network's output for two fixed cells (all genes 0.3, time steps 10 and 700, every class conditioner at
// classIndex, batches 1 and 2): equal outputs mean equal weights.
std::vector<float> probe(const engine::Model& model, std::int64_t classIndex = 1);

// The training loss of every epoch of a model's history.
std::vector<double> losses(const engine::Model& model);

// Cancels after a given number of reports.
class CancelAfter final : public Progress {
public:
    explicit CancelAfter(int n) : left_(n) {}
    void report(std::int64_t, std::int64_t, const std::map<std::string, double>&) override { --left_; }
    bool cancelled() const override { return left_ <= 0; }

private:
    int left_;
};

}  // namespace scdiff::test
