// Classification metrics: confusion matrix, per-class precision/recall/F1, balanced accuracy, macro F1.
#include <algorithm>
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

}  // namespace scdiff::metrics
