// HeldOutToken::Auto's test (tasks.hpp): do the trained types respond like their nearest type? Torch-free.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "scdiff/engine/tasks.hpp"
#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::engine {

namespace {
// R^2 of `guess` against `truth` over truth's top-100 genes by |value|.
double topR2(const std::vector<double>& truth, const std::vector<double>& guess) {
    std::vector<std::size_t> order(truth.size());
    std::iota(order.begin(), order.end(), 0);
    const auto n = std::min<std::size_t>(100, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      [&](std::size_t a, std::size_t b) { return std::fabs(truth[a]) > std::fabs(truth[b]); });
    std::vector<double> t, g;
    for (std::size_t k = 0; k < n; ++k) t.push_back(truth[order[k]]), g.push_back(guess[order[k]]);
    const double r = metrics::pearson(t, g);
    return std::isnan(r) ? 0.0 : r * r;
}
}  // namespace

ResponseStructure responseStructure(const std::vector<std::vector<double>>& controlMeans,
                                    const std::vector<std::vector<double>>& responses) {
    ResponseStructure s;
    const auto types = responses.size();
    if (controlMeans.size() != types)
        throw InvalidInput("the response test needs one control mean per type with a response");
    s.types = static_cast<int>(types);
    if (types < 3) return s;
    const auto genes = responses.front().size();
    for (std::size_t t = 0; t < types; ++t) {
        std::size_t nearest = t;
        double best = INFINITY;
        std::vector<double> others(genes, 0.0);
        for (std::size_t u = 0; u < types; ++u) {
            if (u == t) continue;
            double d = 0;
            for (std::size_t j = 0; j < genes; ++j) {
                const double e = controlMeans[t][j] - controlMeans[u][j];
                d += e * e;
                others[j] += responses[u][j] / static_cast<double>(types - 1);
            }
            if (d < best) best = d, nearest = u;
        }
        s.nearestR2 += topR2(responses[t], responses[nearest]) / static_cast<double>(types);
        s.othersR2 += topR2(responses[t], others) / static_cast<double>(types);
    }
    s.choice = s.nearestR2 > s.othersR2 ? HeldOutToken::Nearest : HeldOutToken::Null;
    return s;
}

}  // namespace scdiff::engine
