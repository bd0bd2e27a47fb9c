#pragma once
// `scdiff evaluate`: the paper's protocol per task with simple baselines on the same split in the same
// run, repeated over several splits (or held-out cell types) so that a difference can be told from
// noise, and a plain verdict of which method was better.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/progress.hpp"

namespace scdiff::engine {

struct EvaluationOptions {
    RunConfig config;           // task, keys, model and training settings
    double testFraction = 0.1;  // annotation: stratified held-out cells
    double hideFraction = 0.1;  // imputation: non-zero entries hidden, p ~ exp(-x)
    std::uint64_t splitSeed = 0;
    // Runs of the protocol. Annotation and imputation: split seeds splitSeed + k, scDiff trained with
    // seed config.train.seed + k, k = 0..repeats-1. Perturbation: the cell types that have control and
    // stimulated cells are held out in turn (sorted, starting at config.keys.heldOutType when given),
    // one per run; past the last type they come round again with the next training seed.
    int repeats = 1;
    // Gene perturbation (GEARS's simulation split, split seeds splitSeed + k): this share of the genes perturbed
    // alone is unseen; their singles and the doubles containing them are held out, and half of the doubles
    // whose genes were both seen alone.
    double unseenGeneFraction = 0.25;
    // Or the held-out perturbations the user names (labels as obs writes them: KLF1, KLF1+MAP2K6, ...): the same
    // split in every run (the runs differ in the training seed only).
    std::vector<std::string> testPerturbations;
    std::int64_t maxControlCells = 500;  // control cells each held-out perturbation is predicted from
    DoubleComposition doubles = DoubleComposition::Auto;  // see GenePerturbationOptions::doubles
    AnnotationOptions annotation;
    SamplingOptions sampling;
    bool pairedPerturbation = true;                  // see PerturbationOptions::paired
    HeldOutToken heldOutToken = HeldOutToken::Auto;  // see PerturbationOptions::heldOut
};

struct MethodScore {
    std::string method;  // "scDiff", "logistic regression (PCA)", ...
    std::map<std::string, double> metrics;
    double seconds = 0;  // training + inference time
};

// One run of the protocol: every method on the same split.
struct EvaluationRun {
    std::string protocol;         // one sentence: what was held out
    std::uint64_t splitSeed = 0;  // annotation / imputation
    std::uint64_t trainSeed = 0;  // scDiff's training seed
    std::string heldOutType;      // perturbation
    // Gene perturbation: the held-out perturbations and their kinds ("unseen single", "double, 1 seen", ...).
    std::vector<std::string> heldOutPerturbations, heldOutKinds;
    // Where the batch entered scDiff's network (the trained model's model.batch_in, "auto" resolved on the run's
    // training cells); empty without a batch key.
    std::string batchIn;
    std::vector<MethodScore> methods;  // scDiff first
};

// Each method over all runs: the mean and the sample standard deviation (NaN with one run) per metric.
struct MethodSummary {
    std::string method;
    std::map<std::string, double> mean, sd;
    double seconds = 0;  // mean per run
    int runs = 0;
};

// Which method won on the task's main metric (annotation: macro accuracy, imputation: Pearson on the
// hidden entries, perturbation: R² of the change on the top-100 DE genes), in one sentence a user reads.
// "Within the spread" when, over several runs, neither method was ahead in every run.
struct Verdict {
    std::string metric;
    std::string best;  // the method with the highest mean
    bool scdiffBest = false;
    std::string bestBaseline;  // the baseline with the highest mean
    double scdiffMean = 0, scdiffSd = 0, baselineMean = 0, baselineSd = 0;
    int runs = 0, scdiffAhead = 0;  // runs in which scDiff scored higher than that baseline
    int ties = 0;                   // runs in which both scored the same (a small test set often gives ties)
    // Runs won by the method with the higher mean (ties not counted).
    int winnerAhead() const { return scdiffBest ? scdiffAhead : runs - scdiffAhead - ties; }
    std::string sentence;  // e.g. "logistic regression (PCA) is better than scDiff on this dataset (...)"
};

struct EvaluationReport {
    Task task = Task::Annotation;
    std::string protocol;  // what one run holds out, and how many runs
    std::vector<EvaluationRun> runs;
    std::vector<MethodSummary> summary;  // scDiff first, then the baselines in the order they ran
    Verdict verdict;
    std::string configJson;
    // Details of the first run, for the views:
    std::vector<std::vector<std::int64_t>> confusion;  // annotation: scDiff's, [true][predicted]
    std::vector<std::string> classes;
    std::vector<double> trueDelta, predictedDelta;  // perturbation: per gene (scDiff)
    std::vector<std::string> genes;
    // Imputation only: every hidden entry's true value and scDiff's imputed value, in the same order,
    // on the log-normalised scale the scores use. Not written by toJson: it can be millions of numbers.
    std::vector<double> hiddenTrue, hiddenImputed;
    // Annotation: how well scDiff's confidence matches its accuracy, over the test cells of every run.
    metrics::CalibrationReport calibration;
};

EvaluationReport evaluate(const AnnData& data, const EvaluationOptions& options, Progress& progress = nullProgress());
std::string toJson(const EvaluationReport& report);
std::string toTable(const EvaluationReport& report);  // aligned text, one row per method (mean ± sd), the verdict

// The task's main metric: "macro_accuracy", "pearson" or "r2_top100_de".
const char* primaryMetric(Task task);
// Mean and sample sd per method over the runs, and the verdict (also used by the Studio).
std::vector<MethodSummary> summarise(const std::vector<EvaluationRun>& runs);
Verdict verdictOf(Task task, const std::vector<EvaluationRun>& runs);

}  // namespace scdiff::engine
