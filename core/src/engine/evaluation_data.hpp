#pragma once
// What every evaluation protocol (evaluate.cpp, fewshot.cpp) reads. Private, torch-free.
#include <map>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::engine {

// A dataset of the given cells and genes whose X is the given log-normalised matrix (marked as such).
AnnData withX(const DataFrame& obs, std::vector<std::string> genes, SparseMatrix x);
// The expression source of `config` log-normalised, with the genes config.genes selects chosen once on every
// cell, as a dataset with that X; config then reads it as it is (expression "X", every gene).
AnnData evaluationData(const AnnData& input, RunConfig& config);
// v with `digits` decimals ("n/a" when not finite); "mean ± sd" (the mean alone when sd is not finite).
std::string fixed(double v, int digits = 3);
std::string meanSd(double mean, double sd);
// macro_accuracy, macro_f1 and accuracy of a classification report.
std::map<std::string, double> classificationMetrics(const metrics::ClassificationReport& r);

}  // namespace scdiff::engine
