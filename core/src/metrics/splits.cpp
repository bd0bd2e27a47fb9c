// Evaluation splits: stratified held-out cells and hidden entries. Deterministic per seed on every
// platform (see random.hpp).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

#include "metrics/random.hpp"
#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"

namespace scdiff::metrics {

Split stratifiedSplit(const std::vector<std::string>& labels, double fraction, std::uint64_t seed) {
    if (!(fraction > 0 && fraction < 1))
        throw InvalidInput("A stratified split needs a test fraction strictly between 0 and 1, but got " +
                           std::to_string(fraction) + ".");
    // Classes in sorted order, members in cell order: the draw depends only on labels and seed.
    std::map<std::string, std::vector<std::int64_t>> members;
    for (std::size_t i = 0; i < labels.size(); ++i) members[labels[i]].push_back(static_cast<std::int64_t>(i));
    std::mt19937_64 rng(seed);
    Split s;
    for (auto& [label, cells] : members) {
        const auto n = static_cast<std::int64_t>(cells.size());
        auto nTest = static_cast<std::int64_t>(std::llround(fraction * static_cast<double>(n)));
        // A class with >= 2 cells is always both tested and trained on; a singleton stays in training.
        nTest = n >= 2 ? std::clamp<std::int64_t>(nTest, 1, n - 1) : 0;
        detail::shuffle(cells, rng);
        s.test.insert(s.test.end(), cells.begin(), cells.begin() + nTest);
        s.train.insert(s.train.end(), cells.begin() + nTest, cells.end());
    }
    std::sort(s.train.begin(), s.train.end());
    std::sort(s.test.begin(), s.test.end());
    return s;
}

HiddenEntries hideEntries(const SparseMatrix& x, double fraction, std::uint64_t seed) {
    if (!(fraction >= 0 && fraction <= 1))
        throw InvalidInput("Hiding entries needs a fraction between 0 and 1, but got " + std::to_string(fraction) +
                           ".");
    if (static_cast<std::int64_t>(x.indptr.size()) != x.rows + 1 || x.values.size() != x.nnz())
        throw InvalidInput(
            "Hiding entries needs a consistent CSR matrix (rows + 1 offsets, one value per index), "
            "but the matrix given is malformed.");
    const std::vector<double> v = x.values.toFloat64();

    // Efraimidis-Spirakis: key = u^(1/w) with w = exp(-x); the k largest keys form a weighted sample
    // without replacement. Compared in log space, log(key) = log(u) * exp(x), which stays finite for
    // log-normalised values and only saturates (to -inf: never picked before finite keys) for huge counts.
    struct Keyed {
        double key;
        std::int64_t entry;
    };
    std::vector<Keyed> keyed;
    std::mt19937_64 rng(seed);
    for (std::int64_t e = 0; e < x.nnz(); ++e) {
        const double u = detail::uniformOpen(rng);  // one draw per stored entry keeps streams aligned
        if (v[static_cast<std::size_t>(e)] == 0) continue;
        keyed.push_back({std::log(u) * std::exp(v[static_cast<std::size_t>(e)]), e});
    }
    const auto k = static_cast<std::size_t>(std::llround(fraction * static_cast<double>(keyed.size())));
    auto better = [](const Keyed& a, const Keyed& b) { return a.key > b.key || (a.key == b.key && a.entry < b.entry); };
    std::nth_element(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(k), keyed.end(), better);
    std::vector<char> hidden(static_cast<std::size_t>(x.nnz()), 0);
    for (std::size_t i = 0; i < k; ++i) hidden[static_cast<std::size_t>(keyed[i].entry)] = 1;

    HiddenEntries h;
    h.observed.rows = x.rows;
    h.observed.cols = x.cols;
    h.observed.storedAsCsc = x.storedAsCsc;
    h.observed.indptr.assign(1, 0);
    const std::int64_t kept = x.nnz() - static_cast<std::int64_t>(k);
    h.observed.values = NDArray(x.values.dtype(), {kept});
    h.observed.indices.reserve(static_cast<std::size_t>(kept));
    const std::size_t width = dtypeSize(x.values.dtype());
    const auto* src = static_cast<const std::byte*>(x.values.raw());
    auto* dst = static_cast<std::byte*>(h.observed.values.raw());
    std::int64_t out = 0;
    for (std::int64_t r = 0; r < x.rows; ++r) {
        for (auto e = x.indptr[static_cast<std::size_t>(r)]; e < x.indptr[static_cast<std::size_t>(r) + 1]; ++e) {
            const auto ue = static_cast<std::size_t>(e);
            if (hidden[ue]) {
                h.rows.push_back(r);
                h.cols.push_back(x.indices[ue]);
                h.values.push_back(v[ue]);
            } else {
                h.observed.indices.push_back(x.indices[ue]);
                std::memcpy(dst + static_cast<std::size_t>(out) * width, src + ue * width, width);
                ++out;
            }
        }
        h.observed.indptr.push_back(out);
    }
    return h;
}

}  // namespace scdiff::metrics
