#pragma once
// Evaluation metrics exactly as docs/method.md section 6 defines them, and the evaluation splits
// (held-out cells, hidden entries, held-out cell type). Plain C++, no torch.
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff::metrics {

// ---- annotation ----
struct ClassificationReport {
    std::vector<std::string> classes;                  // union of true and predicted labels, sorted
    std::vector<std::vector<std::int64_t>> confusion;  // [true][predicted]
    std::vector<double> precision, recall, f1;         // per class (0 where undefined)
    std::vector<std::int64_t> support;                 // true count per class
    double macroAccuracy = 0;  // balanced accuracy: mean per-class recall over classes present in truth
    double macroF1 = 0;        // mean F1 over classes present in truth
    // Note: sklearn's f1_score(average="macro") averages over the union of true and predicted labels,
    // so a class that is only ever predicted (support 0, F1 0) lowers it; here such a class is shown
    // in the confusion matrix but does not enter macroF1 or macroAccuracy. precision = TP / predicted,
    // recall = TP / support, F1 = 2PR / (P + R).
    double accuracy = 0;  // plain fraction correct
};
ClassificationReport classification(const std::vector<std::string>& truth, const std::vector<std::string>& predicted);

// ---- calibration of a classifier's confidence ----
// Equal-width bins over [0, 1] of the confidence (the probability given to the predicted class); a
// confidence of exactly 1 falls in the last bin. ECE (expected calibration error, Guo et al. 2017) =
// sum over bins of (cells in bin / cells) * |accuracy in bin - mean confidence in bin|.
struct ReliabilityBin {
    double lower = 0, upper = 0;
    double meanConfidence = 0, accuracy = 0;  // 0 for an empty bin
    std::int64_t count = 0;
};
struct CalibrationReport {
    std::vector<ReliabilityBin> bins;
    double ece = 0;
    double meanConfidence = 0, accuracy = 0;
    std::int64_t cells = 0;
};
// Throws InvalidInput on a length mismatch, no cells, bins < 1 or a confidence outside [0, 1].
CalibrationReport calibration(const std::vector<double>& confidence, const std::vector<bool>& correct, int bins = 10);

// ---- imputation (over hidden entries) ----
// r = sum (a-ma)(b-mb) / sqrt(sum (a-ma)^2 sum (b-mb)^2); NaN when fewer than 2 values or either is constant.
// rmse = sqrt(mean (a-b)^2); NaN when empty. Both throw InvalidInput on a length mismatch.
double pearson(const std::vector<double>& a, const std::vector<double>& b);
double rmse(const std::vector<double>& a, const std::vector<double>& b);
struct ImputationReport {
    double pearson = 0, rmse = 0;
    double medianCellPearson = 0;  // median over cells with >= 2 hidden entries (and a defined Pearson)
    std::int64_t entries = 0;
};
// truth/imputed per hidden entry, cellOfEntry gives the cell of each entry (for the per-cell median).
ImputationReport imputation(const std::vector<double>& truth, const std::vector<double>& imputed,
                            const std::vector<std::int64_t>& cellOfEntry);

// ---- perturbation ----
struct PerturbationReport {
    double r2TopDE = 0, r2All = 0;  // squared Pearson of predicted vs true mean change
    int topN = 100;
    std::vector<std::int64_t> topGenes;             // top-N genes by |true change|, descending
    std::vector<double> trueDelta, predictedDelta;  // per gene
};
// Means are per gene over cells (rows of dense row-major matrices with nGenes columns).
// delta = stimMean - controlMean per gene; topGenes ranks |true delta| descending (ties: lower index);
// topN is clamped to the gene count; r2 = pearson(trueDelta, predictedDelta)^2 (NaN if undefined).
// Per-gene means over cells: over the given rows of a CSR matrix, or over all rows of a dense row-major
// matrix with `cols` columns. No rows: zeros.
std::vector<double> meanOfRows(const SparseMatrix& x, const std::vector<std::int64_t>& rows);
std::vector<double> meanOfRows(const std::vector<float>& rowMajor, std::size_t cols);
PerturbationReport perturbation(const std::vector<double>& controlMean, const std::vector<double>& trueStimMean,
                                const std::vector<double>& predStimMean, int topN = 100);

// ---- splits (deterministic per seed) ----
// Stratified: about `fraction` of each class goes to test (at least one cell when a class has >= 2).
// Per class: round(fraction * n) clamped to [1, n-1]; a single-cell class stays in train. 0 < fraction < 1.
// train and test are sorted, disjoint and together cover every cell.
struct Split {
    std::vector<std::int64_t> train, test;
};
Split stratifiedSplit(const std::vector<std::string>& labels, double fraction, std::uint64_t seed);

// Hides `fraction` of the non-zero entries of a CSR matrix, each picked with probability
// proportional to exp(-x) (low values drop out more, as in DCA/MAGIC).
// Exactly round(fraction * #non-zeros) entries, sampled without replacement (Efraimidis-Spirakis keys
// u^(1/w), w = exp(-x)); stored zeros are never hidden. Hidden entries are listed in row-major order.
struct HiddenEntries {
    SparseMatrix observed;  // the input with the hidden entries removed
    std::vector<std::int64_t> rows, cols;
    std::vector<double> values;  // true values of the hidden entries
};
HiddenEntries hideEntries(const SparseMatrix& x, double fraction, std::uint64_t seed);

}  // namespace scdiff::metrics
