// GEARS's split and scores for gene perturbations (gene_perturbation_metrics.hpp).
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "metrics/random.hpp"
#include "scdiff/error.hpp"
#include "scdiff/gene_perturbation_metrics.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::metrics {

std::string heldOutKindName(HeldOutKind kind) {
    switch (kind) {
        case HeldOutKind::UnseenSingle:
            return "unseen single";
        case HeldOutKind::DoubleNoneSeen:
            return "double, 0 seen";
        case HeldOutKind::DoubleOneSeen:
            return "double, 1 seen";
        case HeldOutKind::DoubleBothSeen:
            return "double, 2 seen";
    }
    return {};
}

GenePerturbationSplit genePerturbationSplit(const std::vector<std::vector<std::string>>& perturbations, double fraction,
                                            std::uint64_t seed) {
    if (!(fraction > 0 && fraction < 1))
        throw InvalidInput("the share of unseen genes must be strictly between 0 and 1, not " +
                           std::to_string(fraction));
    std::set<std::string> singleGenes;
    for (const auto& p : perturbations)
        if (p.size() == 1) singleGenes.insert(p.front());
    if (singleGenes.size() < 2)
        throw InvalidInput("holding out perturbations needs at least two genes perturbed alone, found " +
                           std::to_string(singleGenes.size()));
    std::vector<std::string> genes(singleGenes.begin(), singleGenes.end());  // sorted: the draw depends on seed only
    std::mt19937_64 rng(seed);
    detail::shuffle(genes, rng);
    const auto nUnseen = std::clamp<std::size_t>(
        static_cast<std::size_t>(std::llround(fraction * static_cast<double>(genes.size()))), 1, genes.size() - 1);
    GenePerturbationSplit s;
    s.unseenGenes.assign(genes.begin(), genes.begin() + static_cast<std::ptrdiff_t>(nUnseen));
    std::sort(s.unseenGenes.begin(), s.unseenGenes.end());
    const std::set<std::string> unseen(s.unseenGenes.begin(), s.unseenGenes.end());
    std::map<std::int64_t, HeldOutKind> test;
    std::vector<std::int64_t> bothSeen;
    for (std::size_t i = 0; i < perturbations.size(); ++i) {
        const auto& p = perturbations[i];
        const auto index = static_cast<std::int64_t>(i);
        if (p.size() == 1) {
            if (unseen.count(p.front())) test[index] = HeldOutKind::UnseenSingle;
        } else if (p.size() >= 2) {
            std::size_t seen = 0;
            for (const auto& g : p) seen += singleGenes.count(g) && !unseen.count(g);
            if (seen == p.size())
                bothSeen.push_back(index);
            else
                test[index] = seen == 0 ? HeldOutKind::DoubleNoneSeen : HeldOutKind::DoubleOneSeen;
        }
    }
    detail::shuffle(bothSeen, rng);
    for (std::size_t k = 0; k < bothSeen.size(); k += 2) test[bothSeen[k]] = HeldOutKind::DoubleBothSeen;
    for (std::size_t i = 0; i < perturbations.size(); ++i) {
        const auto index = static_cast<std::int64_t>(i);
        if (auto it = test.find(index); it != test.end()) {
            s.test.push_back(index);
            s.kind.push_back(it->second);
        } else {
            s.train.push_back(index);
        }
    }
    return s;
}

GenePerturbationSplit namedGenePerturbationSplit(const std::vector<std::vector<std::string>>& perturbations,
                                                 std::vector<std::int64_t> test) {
    std::sort(test.begin(), test.end());
    test.erase(std::unique(test.begin(), test.end()), test.end());
    const std::set<std::int64_t> held(test.begin(), test.end());
    for (const auto t : test)
        if (t < 0 || t >= static_cast<std::int64_t>(perturbations.size()) ||
            perturbations[static_cast<std::size_t>(t)].empty())
            throw InvalidInput("a held-out perturbation must be one of the dataset's perturbations (not the control)");
    std::set<std::string> trainedAlone, unseen;
    GenePerturbationSplit s;
    for (std::size_t i = 0; i < perturbations.size(); ++i) {
        if (held.count(static_cast<std::int64_t>(i))) continue;
        s.train.push_back(static_cast<std::int64_t>(i));
        if (perturbations[i].size() == 1) trainedAlone.insert(perturbations[i].front());
    }
    for (const auto t : test) {
        const auto& p = perturbations[static_cast<std::size_t>(t)];
        s.test.push_back(t);
        if (p.size() == 1) {
            s.kind.push_back(HeldOutKind::UnseenSingle);
            unseen.insert(p.front());
            continue;
        }
        std::size_t seen = 0;
        for (const auto& g : p) seen += trainedAlone.count(g);
        s.kind.push_back(seen == 0          ? HeldOutKind::DoubleNoneSeen
                         : seen == p.size() ? HeldOutKind::DoubleBothSeen
                                            : HeldOutKind::DoubleOneSeen);
    }
    s.unseenGenes.assign(unseen.begin(), unseen.end());
    return s;
}

GenePerturbationScore scoreGenePerturbation(const std::vector<double>& controlMean,
                                            const std::vector<double>& observedMean,
                                            const std::vector<double>& predictedMean, int topN) {
    const std::size_t g = controlMean.size();
    if (observedMean.size() != g || predictedMean.size() != g)
        throw InvalidInput("scoring a gene perturbation needs one mean per gene for the control (" + std::to_string(g) +
                           "), observed (" + std::to_string(observedMean.size()) + ") and predicted (" +
                           std::to_string(predictedMean.size()) + ") cells");
    if (topN < 1) throw InvalidInput("scoring a gene perturbation needs at least one DE gene (top-N >= 1)");
    std::vector<double> observed(g), predicted(g);
    for (std::size_t j = 0; j < g; ++j) {
        observed[j] = observedMean[j] - controlMean[j];
        predicted[j] = predictedMean[j] - controlMean[j];
    }
    GenePerturbationScore s;
    std::vector<std::int64_t> order(g);
    std::iota(order.begin(), order.end(), 0);
    const auto n = std::min<std::size_t>(static_cast<std::size_t>(topN), g);
    std::stable_sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) {
        return std::fabs(observed[static_cast<std::size_t>(a)]) > std::fabs(observed[static_cast<std::size_t>(b)]);
    });
    s.topGenes.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n));
    std::vector<double> topObserved, topPredicted;
    double squared = 0;
    for (auto j : s.topGenes) {
        const auto k = static_cast<std::size_t>(j);
        topObserved.push_back(observed[k]);
        topPredicted.push_back(predicted[k]);
        squared += (predictedMean[k] - observedMean[k]) * (predictedMean[k] - observedMean[k]);
    }
    s.pearsonDeltaAll = pearson(observed, predicted);
    s.pearsonDeltaTop = pearson(topObserved, topPredicted);
    s.mseTop = n ? squared / static_cast<double>(n) : 0.0;
    return s;
}

}  // namespace scdiff::metrics
