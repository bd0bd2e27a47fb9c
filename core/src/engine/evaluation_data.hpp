#pragma once
// What every evaluation protocol (evaluate.cpp, fewshot.cpp) reads. Private, torch-free.
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/evaluate.hpp"
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

// A method's scores and the seconds its run took.
template <class F>
MethodScore timed(const std::string& name, F&& run) {
    const auto start = std::chrono::steady_clock::now();
    MethodScore s{name, run(), 0};
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return s;
}
// "run 2/5: " before a progress stage when there are several runs.
std::string runLabel(int k, int repeats);

// Gene perturbation (evaluate_gene_perturbation.cpp): run k of GEARS's protocol on the prepared dataset.
EvaluationRun genePerturbationRun(const AnnData& prepared, const EvaluationOptions& options, int k, Progress& progress);

}  // namespace scdiff::engine
