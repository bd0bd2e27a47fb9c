#pragma once
// `scdiff evaluate fewshot`: few- and zero-shot annotation of rare cell types (paper appendix E.4,
// docs/prior_knowledge.md). Majority types pretrain; the model is fine-tuned on k cells per minority type
// (with cells of each majority type, so it does not forget them); the remaining minority cells are classified
// over all types. In the same run, on the same cells: class-conditioned scDiff (same pretraining and
// fine-tuning), text-conditioned scDiff, logistic regression on PCA (plain and with balanced class weights),
// the CellTypist-like regression on every gene and kNN (k = shots), trained on the majority cells plus the
// shots. Zero-shot (k = 0): the pretrained models alone; a type without a training cell is reached only
// through its table row, and the baselines cannot name a type they never saw.
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/prior/type_table.hpp"

namespace scdiff::engine {

struct FewShotOptions {
    RunConfig config;                   // the annotation settings; type_conditioner is set per method
    prior::TypeTable table;             // the text-conditioned runs' cell-type table
    std::vector<std::string> minority;  // the minority types; empty: the types with at most `threshold` cells
    std::int64_t threshold = 0;
    std::vector<int> shots{1, 3, 5, 10};
    bool zeroShot = true;
    int fineTuneEpochs = 50;
    double fineTuneLearningRate = FineTuneOptions{}.learningRateScale;  // a share of the pretraining rate
    bool fineTuneConditionerOnly = false;  // FineTuneOptions::conditionerOnly
    // Majority cells per majority type in each fine-tuning set (so the model does not forget them); 0 = k.
    int replayPerType = 0;
    std::int64_t maxTestPerType = 50;  // test cells per minority type (after its shots), the first of a permutation
    int repeats = 1;                   // draws of the shots (and training seeds config.train.seed + r)
    std::uint64_t seed = 0;
    AnnotationOptions annotation;
};

struct FewShotReport {
    std::vector<std::string> minority, majority;
    std::string protocol;
    std::string tableProvenance;
    std::vector<int> shots;                           // 0 first with zero-shot
    std::vector<std::vector<EvaluationRun>> runs;     // [shot index][repeat], methods in a fixed order
    std::vector<std::vector<MethodSummary>> summary;  // [shot index]
    std::string verdict;                              // the one-shot comparison, in a sentence
};

FewShotReport evaluateFewShot(const AnnData& data, const FewShotOptions& options, Progress& progress = nullProgress());
std::string toTable(const FewShotReport& report);
std::string toJson(const FewShotReport& report);

}  // namespace scdiff::engine
