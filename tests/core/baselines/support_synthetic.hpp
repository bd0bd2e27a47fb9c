#pragma once
// Synthetic matrices for the baseline tests: Gaussian classes and low-rank expression.
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

struct LabelledMatrix {
    scdiff::SparseMatrix x;
    std::vector<std::string> labels;
};
// `classes` Gaussian classes of `perClass` cells in `genes` genes: every gene ~ N(1, 1), each class
// shifted by +shift on its own 5 genes; values clipped at 0 (zeros not stored). Extra `noiseGenes`
// are sparse (5 % ones). CSR float32.
LabelledMatrix gaussianClasses(int classes, int perClass, int genes, double shift, int noiseGenes, std::uint64_t seed);

// Rank-3 non-negative expression: cells lie around 3 cluster centres in a 3-d latent space,
// x = u v^T + N(0, noise), clipped at 0. Dense values (all > 0 in practice) as CSR float32.
scdiff::SparseMatrix lowRank(int cells, int genes, double noise, std::uint64_t seed);

std::vector<std::string> pick(const std::vector<std::string>& labels, const std::vector<std::int64_t>& idx);
