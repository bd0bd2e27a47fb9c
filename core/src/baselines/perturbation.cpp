// Perturbation baseline: mean-shift ("Vec") arithmetic.
#include "scdiff/baselines.hpp"
#include "scdiff/error.hpp"

namespace scdiff::baselines {

std::vector<double> meanShiftPrediction(const std::vector<double>& heldOutControlMean,
                                        const std::vector<double>& otherControlMean,
                                        const std::vector<double>& otherStimulatedMean) {
    if (heldOutControlMean.size() != otherControlMean.size() || otherControlMean.size() != otherStimulatedMean.size())
        throw InvalidInput("The mean-shift prediction needs three per-gene means of the same length, but got " +
                           std::to_string(heldOutControlMean.size()) + ", " + std::to_string(otherControlMean.size()) +
                           " and " + std::to_string(otherStimulatedMean.size()) + " genes.");
    std::vector<double> out(heldOutControlMean.size());
    for (std::size_t j = 0; j < out.size(); ++j)
        out[j] = heldOutControlMean[j] + (otherStimulatedMean[j] - otherControlMean[j]);
    return out;
}

}  // namespace scdiff::baselines
