#pragma once
// GEARS's evaluation of gene-perturbation predictions (issue 14; Roohani et al. 2023): which perturbations are
// held out, and how a predicted mean change is scored. Perturbations are given as gene sets (the genes sorted,
// one entry per distinct perturbation, the control as the empty set); see prior/perturbation_labels.hpp for
// reading them from labels.
#include <cstdint>
#include <string>
#include <vector>

namespace scdiff::metrics {

// What a held-out perturbation's genes were in training: a single gene never perturbed alone; a double with
// none, one or both of its genes seen alone.
enum class HeldOutKind { UnseenSingle, DoubleNoneSeen, DoubleOneSeen, DoubleBothSeen };
std::string heldOutKindName(HeldOutKind kind);  // "unseen single", "double, 0 seen", ...

struct GenePerturbationSplit {
    std::vector<std::int64_t> train, test;  // indices into the perturbation list (sorted; the control trains)
    std::vector<HeldOutKind> kind;          // per test perturbation
    std::vector<std::string> unseenGenes;   // the genes whose singles are held out (sorted)
};

// GEARS's "simulation" split: `fraction` of the genes that have a single perturbation are unseen (their singles
// are tested); a double is tested when one or both of its genes are unseen; of the doubles whose genes were
// both seen alone, every other one (in a seeded order) is tested too. Deterministic per seed; throws
// InvalidInput when there are fewer than two single-gene perturbations or fraction is not in (0, 1).
GenePerturbationSplit genePerturbationSplit(const std::vector<std::vector<std::string>>& perturbations, double fraction,
                                            std::uint64_t seed);
// The split a user names: the perturbations at `test` (indices into the list) are held out, every other one trains;
// each held-out one gets its kind from the training singles (a held-out single is an unseen single; a double counts
// its genes perturbed alone in training). Throws InvalidInput for an index outside the list or the control.
GenePerturbationSplit namedGenePerturbationSplit(const std::vector<std::vector<std::string>>& perturbations,
                                                 std::vector<std::int64_t> test);

// One predicted perturbation against the observed one. delta = mean(perturbed cells) - mean(control cells) per
// gene; the top-N DE genes rank |observed delta| (ties: the lower gene index; GEARS ranks by a t-test, which
// orders the same strong changes first). pearsonDeltaAll / pearsonDeltaTop: Pearson of predicted vs observed
// delta over all genes / the top N (NaN when either is constant, e.g. a "no change" prediction); mseTop: mean
// squared error of the predicted mean expression on the top N.
struct GenePerturbationScore {
    double pearsonDeltaAll = 0, pearsonDeltaTop = 0, mseTop = 0;
    std::vector<std::int64_t> topGenes;
};
GenePerturbationScore scoreGenePerturbation(const std::vector<double>& controlMean,
                                            const std::vector<double>& observedMean,
                                            const std::vector<double>& predictedMean, int topN = 20);

}  // namespace scdiff::metrics
