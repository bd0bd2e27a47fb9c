#pragma once
// Portable random draws on top of std::mt19937_64: the standard distributions and std::shuffle are
// implementation-defined, so splits and hidden entries would differ between libstdc++ and libc++.
// These helpers give the same numbers for the same seed everywhere. Private to metrics/baselines.
#include <cmath>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace scdiff::detail {

// Uniform in the open interval (0, 1): 53 random bits, offset by half a step so 0 never appears.
inline double uniformOpen(std::mt19937_64& rng) { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; }

// Uniform integer in [0, n) without modulo bias (rejection of the incomplete last block).
inline std::uint64_t uniformBelow(std::mt19937_64& rng, std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t r;
    do {
        r = rng();
    } while (r >= limit);
    return r % n;
}

// Fisher-Yates shuffle.
template <class T>
void shuffle(std::vector<T>& v, std::mt19937_64& rng) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[uniformBelow(rng, i)]);
}

// Standard normal by Box-Muller (one of the pair; simplicity over speed).
inline double normal(std::mt19937_64& rng) {
    const double u1 = uniformOpen(rng), u2 = uniformOpen(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

}  // namespace scdiff::detail
