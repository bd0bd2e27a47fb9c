#pragma once
// Shared fixtures of the engine tests: a tiny labelled dataset and a tiny network configuration.
#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"

namespace scdiff::test {

// 300 cells x 200 genes, 4 cell types, 2 batches, control/stimulated, counts in X. Same data each call.
const AnnData& tinyDataset();
// hidden 32, 2 blocks, 2 heads x 16, batch 64, lr 1e-3, the given task and epochs; keys fit tinyDataset().
engine::RunConfig tinyConfig(engine::Task task, int epochs = 2);

}  // namespace scdiff::test
