// Classification metrics: confusion matrix, per-class precision/recall/F1, balanced accuracy, macro F1,
// and the calibration of a classifier's confidence.
#include <algorithm>
#include <cmath>
#include <map>

#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::metrics {

ClassificationReport classification(const std::vector<std::string>& truth, const std::vector<std::string>& predicted) {
    if (truth.size() != predicted.size())
        throw InvalidInput("classification metrics need one prediction per cell, but got " +
                           std::to_string(predicted.size()) + " predictions for " + std::to_string(truth.size()) +
                           " true labels.");
    if (truth.empty()) throw InvalidInput("classification metrics need at least one labelled cell, but got none.");

    ClassificationReport r;
    std::map<std::string, std::size_t> index;  // sorted union of labels
    for (const auto& s : truth) index.emplace(s, 0);
    for (const auto& s : predicted) index.emplace(s, 0);
    for (auto& [name, i] : index) {
        i = r.classes.size();
        r.classes.push_back(name);
    }
    const std::size_t c = r.classes.size();
    r.confusion.assign(c, std::vector<std::int64_t>(c, 0));
    for (std::size_t i = 0; i < truth.size(); ++i) ++r.confusion[index[truth[i]]][index[predicted[i]]];

    r.precision.assign(c, 0);
    r.recall.assign(c, 0);
    r.f1.assign(c, 0);
    r.support.assign(c, 0);
    std::int64_t correct = 0;
    double recallSum = 0, f1Sum = 0;
    std::size_t present = 0;
    for (std::size_t k = 0; k < c; ++k) {
        std::int64_t predictedCount = 0;
        for (std::size_t t = 0; t < c; ++t) {
            r.support[k] += r.confusion[k][t];
            predictedCount += r.confusion[t][k];
        }
        const auto tp = r.confusion[k][k];
        correct += tp;
        if (predictedCount > 0) r.precision[k] = static_cast<double>(tp) / static_cast<double>(predictedCount);
        if (r.support[k] > 0) r.recall[k] = static_cast<double>(tp) / static_cast<double>(r.support[k]);
        if (r.precision[k] + r.recall[k] > 0)
            r.f1[k] = 2 * r.precision[k] * r.recall[k] / (r.precision[k] + r.recall[k]);
        if (r.support[k] > 0) {
            ++present;
            recallSum += r.recall[k];
            f1Sum += r.f1[k];
        }
    }
    r.macroAccuracy = recallSum / static_cast<double>(present);
    r.macroF1 = f1Sum / static_cast<double>(present);
    r.accuracy = static_cast<double>(correct) / static_cast<double>(truth.size());
    return r;
}

CalibrationReport calibration(const std::vector<double>& confidence, const std::vector<bool>& correct, int bins) {
    if (confidence.size() != correct.size())
        throw InvalidInput("calibration needs one correctness flag per confidence, but got " +
                           std::to_string(correct.size()) + " flags for " + std::to_string(confidence.size()) +
                           " confidences.");
    if (confidence.empty()) throw InvalidInput("calibration needs at least one cell, but got none.");
    if (bins < 1) throw InvalidInput("calibration needs at least one bin, but got " + std::to_string(bins) + ".");
    CalibrationReport r;
    r.bins.resize(static_cast<std::size_t>(bins));
    std::vector<double> confSum(r.bins.size(), 0), rightSum(r.bins.size(), 0);
    for (std::size_t i = 0; i < confidence.size(); ++i) {
        const double p = confidence[i];
        if (!(p >= 0 && p <= 1))
            throw InvalidInput("calibration needs confidences in [0, 1], but cell " + std::to_string(i) + " has " +
                               std::to_string(p) + ".");
        const auto b = std::min<std::size_t>(r.bins.size() - 1, static_cast<std::size_t>(p * bins));
        ++r.bins[b].count;
        confSum[b] += p;
        rightSum[b] += correct[i] ? 1 : 0;
        r.meanConfidence += p;
        r.accuracy += correct[i] ? 1 : 0;
    }
    const auto n = static_cast<double>(confidence.size());
    r.cells = static_cast<std::int64_t>(confidence.size());
    r.meanConfidence /= n;
    r.accuracy /= n;
    for (std::size_t b = 0; b < r.bins.size(); ++b) {
        auto& bin = r.bins[b];
        bin.lower = static_cast<double>(b) / bins;
        bin.upper = static_cast<double>(b + 1) / bins;
        if (bin.count == 0) continue;
        bin.meanConfidence = confSum[b] / static_cast<double>(bin.count);
        bin.accuracy = rightSum[b] / static_cast<double>(bin.count);
        r.ece += static_cast<double>(bin.count) / n * std::abs(bin.accuracy - bin.meanConfidence);
    }
    return r;
}

}  // namespace scdiff::metrics
