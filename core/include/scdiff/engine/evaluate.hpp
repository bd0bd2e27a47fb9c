#pragma once
// `scdiff evaluate`: the paper's protocol per task with simple baselines on the same split in the same
// run, so a user can see whether the diffusion model is worth it.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

struct EvaluationOptions {
    RunConfig config;                 // task, keys, model and training settings
    double testFraction = 0.1;        // annotation: stratified held-out cells
    double hideFraction = 0.1;        // imputation: non-zero entries hidden, p ~ exp(-x)
    std::uint64_t splitSeed = 0;
    AnnotationOptions annotation;
    SamplingOptions sampling;
    bool pairedPerturbation = true;  // see PerturbationOptions::paired
};

struct MethodScore {
    std::string method;  // "scDiff", "logistic regression (PCA)", ...
    std::map<std::string, double> metrics;
    double seconds = 0;  // training + inference time
};

struct EvaluationReport {
    Task task = Task::Annotation;
    std::string protocol;            // one sentence: what was held out
    std::vector<MethodScore> methods;  // scDiff first
    std::string configJson;
    std::vector<std::vector<std::int64_t>> confusion;  // annotation: scDiff's, [true][predicted]
    std::vector<std::string> classes;
    std::vector<double> trueDelta, predictedDelta;      // perturbation: per gene (scDiff)
    std::vector<std::string> genes;
    // Imputation only: every hidden entry's true value and scDiff's imputed value, in the same order,
    // on the log-normalised scale the scores use. Not written by toJson: it can be millions of numbers.
    std::vector<double> hiddenTrue, hiddenImputed;
};

EvaluationReport evaluate(const AnnData& data, const EvaluationOptions& options, Progress& progress = nullProgress());
std::string toJson(const EvaluationReport& report);
std::string toTable(const EvaluationReport& report);  // aligned text, one row per method

}  // namespace scdiff::engine
