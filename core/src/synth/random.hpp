#pragma once
// Portable random variates for the generator: std:: distributions differ between standard libraries,
// so a seed would not give the same dataset everywhere. Private to synth.
#include <cmath>
#include <cstdint>
#include <random>

namespace scdiff::synth::detail {

// splitmix64: derives independent seeds for cell blocks from one user seed.
inline std::uint64_t splitmix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Rng {
public:
    explicit Rng(std::uint64_t seed) : engine_(splitmix(seed)) {}
    // Uniform in (0, 1), 53 random bits.
    double uniform() { return (static_cast<double>(engine_() >> 11) + 0.5) * 0x1.0p-53; }
    std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>(uniform() * static_cast<double>(n)) % n; }
    double normal() {  // Box-Muller, the cosine half
        const double u1 = uniform(), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    // Gamma(shape, scale=1) by Marsaglia-Tsang; shape < 1 via the boost u^(1/shape).
    double gamma(double shape) {
        if (shape < 1.0) return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
            if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
        }
    }
    // Poisson: inversion by sequential search below 30, Hörmann's PTRS transformed rejection above.
    std::int64_t poisson(double lambda) {
        if (lambda <= 0) return 0;
        if (lambda < 30.0) {
            double p = std::exp(-lambda), f = p, u = uniform();
            std::int64_t k = 0;
            while (u > f && k < 1000) {
                ++k;
                p *= lambda / static_cast<double>(k);
                f += p;
            }
            return k;
        }
        const double slam = std::sqrt(lambda), loglam = std::log(lambda);
        const double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b, invalpha = 1.1239 + 1.1328 / (b - 3.4);
        const double vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            const double U = uniform() - 0.5, V = uniform();
            const double us = 0.5 - std::fabs(U);
            const auto k = static_cast<std::int64_t>(std::floor((2 * a / us + b) * U + lambda + 0.43));
            if (us >= 0.07 && V <= vr) return k;
            if (k < 0 || (us < 0.013 && V > us)) continue;
            if (std::log(V) + std::log(invalpha) - std::log(a / (us * us) + b) <=
                -lambda + static_cast<double>(k) * loglam - std::lgamma(static_cast<double>(k) + 1))
                return k;
        }
    }

private:
    std::mt19937_64 engine_;
};

}  // namespace scdiff::synth::detail
