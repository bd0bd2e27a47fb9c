// GEARS's comparisons for unseen gene perturbations (baselines.hpp).
#include <algorithm>

#include "scdiff/baselines.hpp"
#include "scdiff/error.hpp"

namespace scdiff::baselines {

namespace {
std::size_t genesOf(const SeenPerturbations& seen) {
    if (seen.delta.empty() || seen.genes.size() != seen.delta.size())
        throw InvalidInput(
            "the gene-perturbation baselines need at least one training perturbation, with one change "
            "vector each");
    return seen.delta.front().size();
}

void add(std::vector<double>& sum, const std::vector<double>& v) {
    for (std::size_t j = 0; j < sum.size(); ++j) sum[j] += v[j];
}

// The seen single of exactly this gene, or -1.
std::ptrdiff_t singleOf(const SeenPerturbations& seen, const std::string& gene) {
    for (std::size_t i = 0; i < seen.genes.size(); ++i)
        if (seen.genes[i].size() == 1 && seen.genes[i].front() == gene) return static_cast<std::ptrdiff_t>(i);
    return -1;
}
}  // namespace

std::vector<double> meanChangePrediction(const SeenPerturbations& seen) {
    std::vector<double> mean(genesOf(seen), 0.0);
    for (const auto& d : seen.delta) add(mean, d);
    for (auto& v : mean) v /= static_cast<double>(seen.delta.size());
    return mean;
}

std::vector<double> nearestSeenPrediction(
    const SeenPerturbations& seen, const std::vector<std::string>& genes,
    const std::function<double(const std::string&, const std::string&)>& similarity) {
    std::vector<double> sum(genesOf(seen), 0.0);
    for (const auto& gene : genes) {
        auto chosen = singleOf(seen, gene);
        double best = 0;  // only a similarity above 0 picks a neighbour
        if (chosen < 0)
            for (std::size_t i = 0; i < seen.genes.size(); ++i)
                if (seen.genes[i].size() == 1)
                    if (const double s = similarity(gene, seen.genes[i].front()); s > best) {
                        best = s;
                        chosen = static_cast<std::ptrdiff_t>(i);
                    }
        if (chosen < 0)
            add(sum, meanChangePrediction(seen));
        else
            add(sum, seen.delta[static_cast<std::size_t>(chosen)]);
    }
    return sum;
}

std::optional<std::vector<double>> additivePrediction(const SeenPerturbations& seen,
                                                      const std::vector<std::string>& genes) {
    if (genes.size() < 2) return std::nullopt;
    std::vector<double> sum(genesOf(seen), 0.0);
    for (const auto& gene : genes) {
        const auto i = singleOf(seen, gene);
        if (i < 0) return std::nullopt;
        add(sum, seen.delta[static_cast<std::size_t>(i)]);
    }
    return sum;
}

}  // namespace scdiff::baselines
