// Splatter-like generator. Expression of gene j in cell i is negative-binomial (gamma-Poisson) with
// mean lib_i * p_ij, where p_i is the normalised product of a gene base mean and the multiplicative
// effects that apply to the cell: its lineage programme, its type's markers, its batch, the stimulated
// response of its type, and (optionally) a gene perturbation. Cells are generated in fixed blocks,
// each with its own seed, so the result does not depend on the number of threads.
#include <algorithm>
#include <cmath>
#include <atomic>
#include <map>
#include <thread>

#include "random.hpp"
#include "scdiff/parallel.hpp"
#include "scdiff/error.hpp"
#include "scdiff/synth.hpp"

namespace scdiff::synth {

namespace {

constexpr std::int64_t kBlock = 512;

std::string padded(const char* prefix, std::int64_t i, int width) {
    std::string n = std::to_string(i);
    return prefix + std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(n.size()))), '0') + n;
}

// Everything that is shared by all cells: effects per gene, assignments of genes to programmes.
struct Design {
    int nTypes = 0, nLineages = 0, nBatches = 0;
    std::vector<double> logBase;                           // per gene
    std::vector<std::vector<double>> lineageEffect;        // [lineage][gene], log scale
    std::vector<std::vector<double>> typeEffect;           // [type][gene]
    std::vector<std::vector<double>> batchEffect;          // [batch][gene]
    std::vector<std::vector<double>> response;             // [type][gene] stimulated vs control
    std::vector<std::vector<std::int64_t>> markers;        // [type] marker genes (lineage + own)
    std::vector<std::vector<std::int64_t>> responseGenes;  // [type]
    std::vector<std::int64_t> perturbTargets;              // knocked-down genes
    std::vector<std::vector<double>> perturbEffect;        // [target][gene] downstream programme
    std::vector<std::string> perturbLabels;                // "ctrl", "Gene0001", "Gene0001+Gene0002"
    std::vector<std::vector<int>> perturbSets;             // indices into perturbTargets
    std::vector<double> typeWeights;
    std::vector<std::string> geneNames;                   // empty: Gene0001, ...
    std::vector<std::vector<double>> perturbInteraction;  // [label] extra effect of a double (empty: none)
};

// Gene perturbations along o.graphGenes/graphNeighbours (SynthOptions): names the genes, picks a connected
// set of targets by breadth-first search from a random well-connected gene, and gives each target a response
// made of pathway programmes loaded by its graph neighbourhood (below); each double also gets an interaction
// term of its own on top of the sum of its two genes' responses.
void graphPerturbations(const SynthOptions& o, Design& d, detail::Rng& rng, std::size_t per) {
    const auto nodes = static_cast<std::int64_t>(o.graphGenes.size());
    const auto m = o.nGenes;
    if (static_cast<std::int64_t>(o.graphNeighbours.size()) != nodes)
        throw InvalidInput("the gene graph needs one neighbour list per gene");
    if (nodes < m)
        throw InvalidInput("the gene graph has " + std::to_string(nodes) + " genes; the synthetic set asks for " +
                           std::to_string(m) + " (give --genes at most that)");
    const auto wanted = static_cast<std::size_t>(o.nGenePerturbations);
    // Undirected adjacency, for the search.
    std::vector<std::vector<std::int32_t>> adjacent(static_cast<std::size_t>(nodes));
    for (std::int64_t i = 0; i < nodes; ++i)
        for (const auto& [j, w] : o.graphNeighbours[static_cast<std::size_t>(i)]) {
            adjacent[static_cast<std::size_t>(i)].push_back(j);
            adjacent[static_cast<std::size_t>(j)].push_back(static_cast<std::int32_t>(i));
        }
    // How often a gene is among others' neighbours: well-studied genes (many GO terms) are, and screens
    // perturb those; poorly annotated genes are left out of the targets.
    std::vector<std::int32_t> cited(static_cast<std::size_t>(nodes), 0);
    for (const auto& list : o.graphNeighbours)
        for (const auto& nb : list) ++cited[static_cast<std::size_t>(nb.first)];
    auto sorted = cited;
    std::sort(sorted.begin(), sorted.end());
    const auto hub = sorted[static_cast<std::size_t>(nodes * 3 / 4)];
    // Targets come in clusters of kCluster genes around random starts, as a screen covers several pathways.
    constexpr std::size_t kCluster = 5;
    std::vector<std::int32_t> targets;
    std::vector<bool> chosen(static_cast<std::size_t>(nodes), false);
    for (int attempt = 0; targets.size() < wanted && attempt < 1000; ++attempt) {
        const auto start = static_cast<std::int32_t>(rng.below(static_cast<std::uint64_t>(nodes)));
        if (chosen[static_cast<std::size_t>(start)] || o.graphNeighbours[static_cast<std::size_t>(start)].size() < 3 ||
            cited[static_cast<std::size_t>(start)] < hub)
            continue;
        std::vector<std::int32_t> queue{start};
        chosen[static_cast<std::size_t>(start)] = true;
        const auto clusterEnd = std::min(wanted, targets.size() + kCluster);
        for (std::size_t head = 0; head < queue.size() && targets.size() < clusterEnd; ++head) {
            const auto g = queue[head];
            targets.push_back(g);
            auto next = adjacent[static_cast<std::size_t>(g)];
            for (std::size_t k = next.size(); k > 1; --k) std::swap(next[k - 1], next[rng.below(k)]);
            for (auto j : next)
                if (!chosen[static_cast<std::size_t>(j)] && !o.graphNeighbours[static_cast<std::size_t>(j)].empty() &&
                    cited[static_cast<std::size_t>(j)] >= hub) {
                    chosen[static_cast<std::size_t>(j)] = true;
                    queue.push_back(j);
                }
        }
    }
    if (targets.size() < wanted)
        throw InvalidInput("the gene graph has too few connected genes for " + std::to_string(wanted) +
                           " gene perturbations");
    // The measured genes: the targets first, then random other graph genes; then shuffled into place.
    std::vector<std::int32_t> measured(targets.begin(), targets.end());
    std::vector<bool> taken(static_cast<std::size_t>(nodes), false);
    for (auto g : targets) taken[static_cast<std::size_t>(g)] = true;
    while (static_cast<std::int64_t>(measured.size()) < m) {
        const auto g = static_cast<std::int32_t>(rng.below(static_cast<std::uint64_t>(nodes)));
        if (!taken[static_cast<std::size_t>(g)]) {
            taken[static_cast<std::size_t>(g)] = true;
            measured.push_back(g);
        }
    }
    for (std::size_t k = measured.size(); k > 1; --k) std::swap(measured[k - 1], measured[rng.below(k)]);
    std::map<std::int32_t, std::int64_t> columnOf;
    for (std::size_t c = 0; c < measured.size(); ++c) {
        columnOf[measured[c]] = static_cast<std::int64_t>(c);
        d.geneNames.push_back(o.graphGenes[static_cast<std::size_t>(measured[c])]);
    }
    // Pathways: kPathways sparse programmes over the measured genes. Each graph gene x has a random loading
    // u_x on them; a target's response loads mostly the average of its neighbourhood's loadings (below),
    // scaled to a fixed length, so targets whose neighbourhoods overlap respond alike.
    constexpr int kPathways = 10;
    std::vector<std::vector<std::pair<std::int64_t, double>>> pathway(kPathways);
    for (auto& genes : pathway)
        for (std::size_t k = 0; k < 2 * per; ++k)
            genes.emplace_back(static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(m))), 0.9 * rng.normal());
    std::map<std::int32_t, std::vector<double>> loading;  // u_x, drawn on first use (in a fixed order)
    auto loadingOf = [&](std::int32_t x) -> const std::vector<double>& {
        auto [it, added] = loading.emplace(x, std::vector<double>{});
        if (added)
            for (int k = 0; k < kPathways; ++k) it->second.push_back(rng.normal());
        return it->second;
    };
    // sum_j (w_j / sum w) u'_j over g's neighbours, u'_j = 0.5 u_j + 0.5 (the same average over j's neighbours):
    // two steps over the graph, so genes with overlapping neighbourhoods get close loadings.
    auto average = [&](std::int32_t g, const auto& of) {
        std::vector<double> z(kPathways, 0.0);
        const auto& neighbours = o.graphNeighbours[static_cast<std::size_t>(g)];
        double total = 0;
        for (const auto& nb : neighbours) total += nb.second;
        for (const auto& [x, w] : neighbours) {
            const std::vector<double> v = of(x);
            for (int k = 0; k < kPathways; ++k)
                z[static_cast<std::size_t>(k)] += (w / total) * v[static_cast<std::size_t>(k)];
        }
        return z;
    };
    auto smoothed = [&](std::int32_t g) {
        return average(g, [&](std::int32_t x) {
            auto v = average(x, loadingOf);
            for (int k = 0; k < kPathways; ++k)
                v[static_cast<std::size_t>(k)] =
                    0.5 * v[static_cast<std::size_t>(k)] + 0.5 * loadingOf(x)[static_cast<std::size_t>(k)];
            return v;
        });
    };
    for (auto g : targets) {
        d.perturbTargets.push_back(columnOf.at(g));
        // z = 0.3 u_g / |u_g| + s / |s| with s the two-step neighbourhood average (averaging shrinks it, so
        // both parts are scaled to unit length first: the neighbourhood dominates, the gene adds its own part).
        auto unit = [](std::vector<double> v) {
            double n = 0;
            for (double x : v) n += x * x;
            n = std::sqrt(n) + 1e-12;
            for (double& x : v) x /= n;
            return v;
        };
        const auto own = unit(loadingOf(g)), shared = unit(smoothed(g));
        std::vector<double> z(kPathways, 0.0);
        for (int k = 0; k < kPathways; ++k)
            z[static_cast<std::size_t>(k)] =
                0.3 * own[static_cast<std::size_t>(k)] + shared[static_cast<std::size_t>(k)];
        double norm = 0;
        for (double v : z) norm += v * v;
        norm = std::sqrt(norm) + 1e-12;
        std::vector<double> e(static_cast<std::size_t>(m), 0.0);
        for (int k = 0; k < kPathways; ++k)
            for (const auto& [j, v] : pathway[static_cast<std::size_t>(k)])
                e[static_cast<std::size_t>(j)] += 1.5 * (z[static_cast<std::size_t>(k)] / norm) * v;
        d.perturbEffect.push_back(std::move(e));
    }
    d.perturbLabels.push_back("ctrl");
    d.perturbSets.push_back({});
    d.perturbInteraction.emplace_back();
    for (std::size_t p = 0; p < targets.size(); ++p) {
        d.perturbLabels.push_back(o.graphGenes[static_cast<std::size_t>(targets[p])]);
        d.perturbSets.push_back({static_cast<int>(p)});
        d.perturbInteraction.emplace_back();
    }
    for (std::size_t p = 0; p + 1 < targets.size(); p += 2) {
        d.perturbLabels.push_back(d.perturbLabels[p + 1] + "+" + d.perturbLabels[p + 2]);
        d.perturbSets.push_back({static_cast<int>(p), static_cast<int>(p) + 1});
        std::vector<double> e(static_cast<std::size_t>(m), 0.0);
        for (std::size_t k = 0; k < per / 2; ++k)
            e[static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(m)))] += 0.6 * rng.normal();
        d.perturbInteraction.push_back(std::move(e));
    }
}

Design makeDesign(const SynthOptions& o, detail::Rng& rng) {
    Design d;
    const auto m = o.nGenes;
    d.nTypes = o.nCellTypes;
    d.nLineages = std::max(1, std::min(3, o.nCellTypes / 2));
    d.nBatches = std::max(1, o.nBatches);
    d.logBase.resize(static_cast<std::size_t>(m));
    for (auto& b : d.logBase) b = std::log(rng.gamma(0.3) / 0.3 + 1e-3);  // skewed, as real gene means

    // Genes are drawn without replacement for each programme so the ground truth stays clean.
    std::vector<std::int64_t> pool(static_cast<std::size_t>(m));
    for (std::int64_t j = 0; j < m; ++j) pool[static_cast<std::size_t>(j)] = j;
    for (std::size_t i = pool.size(); i > 1; --i) std::swap(pool[i - 1], pool[rng.below(i)]);
    std::size_t next = 0;
    const int programmes = d.nLineages + 2 * d.nTypes + 2 + std::max(0, o.nGenePerturbations) * 2 +
                           (o.lineageResponse > 0 ? 2 * d.nLineages : 0);
    const auto per = static_cast<std::size_t>(
        std::max<std::int64_t>(2, std::min<std::int64_t>(o.markersPerType, m / std::max(1, programmes))));
    auto take = [&](std::size_t n) {
        std::vector<std::int64_t> g;
        for (std::size_t k = 0; k < n; ++k) g.push_back(pool[(next++) % pool.size()]);
        return g;
    };
    auto zeros = [&] { return std::vector<double>(static_cast<std::size_t>(m), 0.0); };

    std::vector<std::vector<std::int64_t>> lineageGenes;
    for (int l = 0; l < d.nLineages; ++l) {
        lineageGenes.push_back(take(per));
        auto e = zeros();
        for (auto j : lineageGenes.back()) e[static_cast<std::size_t>(j)] = std::fabs(1.0 + 0.3 * rng.normal());
        d.lineageEffect.push_back(std::move(e));
    }
    for (int t = 0; t < d.nTypes; ++t) {
        auto own = take(per);
        auto e = zeros();
        for (auto j : own) e[static_cast<std::size_t>(j)] = std::fabs(1.2 + 0.4 * rng.normal());
        // A few genes shared with the sibling type, weaker: types are separable but not trivially.
        d.typeEffect.push_back(std::move(e));
        auto mk = lineageGenes[static_cast<std::size_t>(t % d.nLineages)];
        mk.insert(mk.end(), own.begin(), own.end());
        d.markers.push_back(std::move(mk));
        d.typeWeights.push_back(rng.gamma(4.0));
    }
    for (int b = 0; b < d.nBatches; ++b) {
        auto e = zeros();
        for (auto& v : e) v = o.batchEffectSd * rng.normal();
        d.batchEffect.push_back(std::move(e));
    }
    // Stimulated response: a shared programme whose strength differs by type, plus type-specific genes.
    const auto shared = take(2 * per);
    std::vector<double> sharedLfc;
    for (std::size_t k = 0; k < shared.size(); ++k) {
        const double sign = rng.uniform() < 0.5 ? -1.0 : 1.0;
        sharedLfc.push_back(sign * (0.6 + std::fabs(0.6 * rng.normal())));
    }
    // Lineage programmes of the response (drawn only when asked for, so a seed's data stay as they were).
    const double w = std::clamp(o.lineageResponse, 0.0, 1.0);
    std::vector<std::vector<std::int64_t>> lineageResponseGenes;
    std::vector<std::vector<double>> lineageResponseLfc;
    if (w > 0)
        for (int l = 0; l < d.nLineages; ++l) {
            lineageResponseGenes.push_back(take(2 * per));
            std::vector<double> lfc;
            for (std::size_t k = 0; k < lineageResponseGenes.back().size(); ++k) {
                const double sign = rng.uniform() < 0.5 ? -1.0 : 1.0;
                lfc.push_back(sign * (0.6 + std::fabs(0.6 * rng.normal())));
            }
            lineageResponseLfc.push_back(std::move(lfc));
        }
    for (int t = 0; t < d.nTypes; ++t) {
        const double scale = 0.4 + 1.2 * rng.uniform();
        auto e = zeros();
        std::vector<std::int64_t> genes;
        for (std::size_t k = 0; k < shared.size(); ++k) {
            e[static_cast<std::size_t>(shared[k])] = (1 - w) * scale * sharedLfc[k];
            genes.push_back(shared[k]);
        }
        if (w > 0) {
            const auto l = static_cast<std::size_t>(t % d.nLineages);
            for (std::size_t k = 0; k < lineageResponseGenes[l].size(); ++k) {
                e[static_cast<std::size_t>(lineageResponseGenes[l][k])] += w * scale * lineageResponseLfc[l][k];
                genes.push_back(lineageResponseGenes[l][k]);
            }
        }
        for (auto j : take(per)) {
            const double sign = rng.uniform() < 0.5 ? -1.0 : 1.0;
            e[static_cast<std::size_t>(j)] = sign * (0.8 + std::fabs(0.5 * rng.normal()));
            genes.push_back(j);
        }
        std::sort(genes.begin(), genes.end());
        genes.erase(std::unique(genes.begin(), genes.end()), genes.end());
        d.response.push_back(std::move(e));
        d.responseGenes.push_back(std::move(genes));
    }
    if (o.nGenePerturbations > 0 && !o.graphGenes.empty()) {
        graphPerturbations(o, d, rng, per);
        return d;
    }
    // Gene perturbations: each target is knocked down and shifts a downstream programme.
    for (int p = 0; p < o.nGenePerturbations; ++p) {
        d.perturbTargets.push_back(take(1)[0]);
        auto e = zeros();
        for (auto j : take(per)) e[static_cast<std::size_t>(j)] = 0.9 * rng.normal();
        d.perturbEffect.push_back(std::move(e));
    }
    if (o.nGenePerturbations > 0) {
        d.perturbLabels.push_back("ctrl");
        d.perturbSets.push_back({});
        for (int p = 0; p < o.nGenePerturbations; ++p) {
            d.perturbLabels.push_back(padded("Gene", d.perturbTargets[static_cast<std::size_t>(p)] + 1, 4));
            d.perturbSets.push_back({p});
        }
        for (int p = 0; p + 1 < o.nGenePerturbations; p += 2) {
            d.perturbLabels.push_back(d.perturbLabels[static_cast<std::size_t>(p) + 1] + "+" +
                                      d.perturbLabels[static_cast<std::size_t>(p) + 2]);
            d.perturbSets.push_back({p, p + 1});
        }
    }
    return d;
}

struct CellBlock {
    std::vector<std::int64_t> indptr;  // local, starts at 0
    std::vector<std::int32_t> indices;
    std::vector<float> values;
    std::vector<int> type, batch, condition, perturbation;
    std::vector<double> counts;
};

void generateBlock(const SynthOptions& o, const Design& d, std::int64_t begin, std::int64_t end, CellBlock& out) {
    detail::Rng rng(o.seed * 1000003ULL + static_cast<std::uint64_t>(begin / kBlock) + 17);
    const auto m = static_cast<std::size_t>(o.nGenes);
    double totalWeight = 0;
    for (auto w : d.typeWeights) totalWeight += w;
    std::vector<double> logMean(m), p(m);
    out.indptr.push_back(0);
    const double r = 1.0 / std::max(1e-6, o.dispersion);  // NB size
    for (std::int64_t i = begin; i < end; ++i) {
        double u = rng.uniform() * totalWeight;
        int t = 0;
        while (t + 1 < d.nTypes && u > d.typeWeights[static_cast<std::size_t>(t)])
            u -= d.typeWeights[static_cast<std::size_t>(t++)];
        const int b = static_cast<int>(rng.below(static_cast<std::uint64_t>(d.nBatches)));
        const int c = o.withCondition ? (rng.uniform() < 0.5 ? 1 : 0) : 0;
        int pert = -1;
        if (!d.perturbLabels.empty())
            pert = rng.uniform() < 0.3 ? 0 : 1 + static_cast<int>(rng.below(d.perturbLabels.size() - 1));

        const auto& lin = d.lineageEffect[static_cast<std::size_t>(t % d.nLineages)];
        const auto& own = d.typeEffect[static_cast<std::size_t>(t)];
        const auto& bat = d.batchEffect[static_cast<std::size_t>(b)];
        for (std::size_t j = 0; j < m; ++j) logMean[j] = d.logBase[j] + lin[j] + own[j] + bat[j];
        if (c == 1) {
            const auto& resp = d.response[static_cast<std::size_t>(t)];
            for (std::size_t j = 0; j < m; ++j) logMean[j] += resp[j];
        }
        if (pert > 0)
            for (int target : d.perturbSets[static_cast<std::size_t>(pert)]) {
                const auto& eff = d.perturbEffect[static_cast<std::size_t>(target)];
                for (std::size_t j = 0; j < m; ++j) logMean[j] += eff[j];
                logMean[static_cast<std::size_t>(d.perturbTargets[static_cast<std::size_t>(target)])] += std::log(0.1);
            }
        if (pert > 0 && !d.perturbInteraction.empty())  // a double's own interaction term (gene graph only)
            if (const auto& extra = d.perturbInteraction[static_cast<std::size_t>(pert)]; !extra.empty())
                for (std::size_t j = 0; j < m; ++j) logMean[j] += extra[j];
        double sum = 0;
        for (std::size_t j = 0; j < m; ++j) sum += (p[j] = std::exp(logMean[j]));
        const double lib = rng.logNormal(o.libSizeMean, o.libSizeSd);
        double total = 0;
        for (std::size_t j = 0; j < m; ++j) {
            const double mu = lib * p[j] / sum;
            const double lambda = mu * rng.gamma(r) / r;
            auto k = rng.poisson(lambda);
            if (o.dropoutMid != 0.0 && k > 0) {
                const double drop = 1.0 / (1.0 + std::exp(std::log(mu + 1e-12) - o.dropoutMid));
                if (rng.uniform() < drop) k = 0;
            }
            if (k > 0) {
                out.indices.push_back(static_cast<std::int32_t>(j));
                out.values.push_back(static_cast<float>(k));
                total += static_cast<double>(k);
            }
        }
        out.indptr.push_back(static_cast<std::int64_t>(out.indices.size()));
        out.type.push_back(t);
        out.batch.push_back(b);
        out.condition.push_back(c);
        out.perturbation.push_back(pert);
        out.counts.push_back(total);
    }
}

Categorical categorical(const std::vector<int>& codes, std::vector<std::string> names) {
    Categorical c;
    c.codes.assign(codes.begin(), codes.end());
    c.categories = std::move(names);
    return c;
}

StringArray geneNames(const std::vector<std::int64_t>& genes, const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (auto j : genes) out.push_back(names[static_cast<std::size_t>(j)]);
    return StringArray::fromVector(std::move(out));
}

}  // namespace

SynthOptions preset(const std::string& name) {
    SynthOptions o;
    if (name == "tiny") {
        o.nCells = 300;
        o.nGenes = 200;
        o.nCellTypes = 4;
        o.markersPerType = 10;
    } else if (name == "small") {
        o.nCells = 2000;
        o.nGenes = 1000;
    } else if (name == "medium") {
        o.nCells = 20000;
        o.nGenes = 2000;
        o.nCellTypes = 10;
        o.nBatches = 3;
    } else if (name == "large") {
        o.nCells = 100000;
        o.nGenes = 3000;
        o.nCellTypes = 12;
        o.nBatches = 4;
    } else
        throw InvalidInput("unknown synthetic preset '" + name + "' (available: tiny, small, medium, large)");
    return o;
}

namespace {

// The per-cell facts of the blocks generated so far (obs), in cell order.
struct CellFacts {
    std::vector<int> type, batch, condition, perturbation;
    std::vector<double> counts;
    void take(CellBlock& b) {
        type.insert(type.end(), b.type.begin(), b.type.end());
        batch.insert(batch.end(), b.batch.begin(), b.batch.end());
        condition.insert(condition.end(), b.condition.begin(), b.condition.end());
        perturbation.insert(perturbation.end(), b.perturbation.begin(), b.perturbation.end());
        counts.insert(counts.end(), b.counts.begin(), b.counts.end());
    }
};

void checkOptions(const SynthOptions& o) {
    if (o.nCells <= 0 || o.nGenes <= 0)
        throw InvalidInput("the synthetic dataset needs at least one cell and one gene");
    if (!(o.batchEffectSd >= 0.0)) throw InvalidInput("the batch effect's standard deviation must be zero or more");
    if (o.nCellTypes < 1 || o.nBatches < 1)
        throw InvalidInput("the synthetic dataset needs at least one cell type and one batch");
    if (o.nGenes > INT32_MAX) throw InvalidInput("too many genes");
}

// Blocks [first, last) of kBlock cells, generated in parallel. Each block draws from its own stream, so the data
// do not depend on the number of threads, nor on how many blocks are generated at once.
std::vector<CellBlock> generateBlocks(const SynthOptions& o, const Design& d, std::int64_t first, std::int64_t last,
                                      Progress& progress) {
    std::vector<CellBlock> blocks(static_cast<std::size_t>(last - first));
    scdiff::parallelFor(
        last - first, 1,
        [&](std::int64_t k, std::int64_t) {
            const std::int64_t b = first + k;
            generateBlock(o, d, b * kBlock, std::min(o.nCells, (b + 1) * kBlock), blocks[static_cast<std::size_t>(k)]);
        },
        progress);
    return blocks;
}

AnnData describe(const SynthOptions& o, const Design& d, const CellFacts& facts);

}  // namespace

AnnData generate(const SynthOptions& o, Progress& progress) {
    checkOptions(o);
    progress.stage("generating synthetic counts");
    detail::Rng rng(o.seed);
    const Design d = makeDesign(o, rng);

    const std::int64_t nBlocks = (o.nCells + kBlock - 1) / kBlock;
    std::vector<CellBlock> blocks = generateBlocks(o, d, 0, nBlocks, progress);

    // Assemble CSR and obs.
    SparseMatrix x;
    x.rows = o.nCells;
    x.cols = o.nGenes;
    std::int64_t nnz = 0;
    for (const auto& b : blocks) nnz += static_cast<std::int64_t>(b.indices.size());
    x.indptr.reserve(static_cast<std::size_t>(o.nCells) + 1);
    x.indptr.push_back(0);
    x.indices.reserve(static_cast<std::size_t>(nnz));
    NDArray values(DType::Float32, {nnz});
    auto vals = values.data<float>();
    CellFacts facts;
    std::int64_t offset = 0;
    for (auto& b : blocks) {
        for (std::size_t r = 1; r < b.indptr.size(); ++r) x.indptr.push_back(offset + b.indptr[r]);
        x.indices.insert(x.indices.end(), b.indices.begin(), b.indices.end());
        std::copy(b.values.begin(), b.values.end(), vals.begin() + offset);
        offset += static_cast<std::int64_t>(b.indices.size());
        facts.take(b);
        b = CellBlock{};
    }
    x.values = std::move(values);
    AnnData a = describe(o, d, facts);
    a.X = std::move(x);
    return a;
}

AnnData generateToFile(const SynthOptions& o, const std::filesystem::path& file, const h5ad::WriteOptions& options,
                       Progress& progress) {
    checkOptions(o);
    progress.stage("generating synthetic counts");
    detail::Rng rng(o.seed);
    const Design d = makeDesign(o, rng);
    const std::int64_t nBlocks = (o.nCells + kBlock - 1) / kBlock;
    // A wave of blocks at a time: enough to keep every thread busy, few enough to bound the memory.
    const std::int64_t wave = std::max<std::int64_t>(1, 4 * scdiff::workerThreads());
    std::vector<CellBlock> ready;
    std::size_t next = 0;
    std::int64_t generated = 0;
    CellFacts facts;
    AnnData described;
    h5ad::writeWithRowBlocks(
        file, o.nGenes, o.nCells * o.nGenes,
        [&](SparseMatrix& block) {
            if (next == ready.size()) {
                if (generated == nBlocks) return false;
                const std::int64_t last = std::min(nBlocks, generated + wave);
                ready = generateBlocks(o, d, generated, last, nullProgress());
                next = 0;
                generated = last;
                progress.stage("generating synthetic counts: " + std::to_string(std::min(o.nCells, last * kBlock)) +
                               " of " + std::to_string(o.nCells) + " cells");
            }
            CellBlock& b = ready[next++];
            block.rows = static_cast<std::int64_t>(b.indptr.size()) - 1;
            block.cols = o.nGenes;
            block.indptr = std::move(b.indptr);
            block.indices = std::move(b.indices);
            block.values = NDArray::fromVector(std::move(b.values));
            facts.take(b);
            b = CellBlock{};
            return true;
        },
        [&] {
            described = describe(o, d, facts);
            return described;
        },
        options, progress);
    return described;
}

namespace {

// obs, var and uns (the ground truth) of a generated dataset, from its design and its cells' facts; no X.
AnnData describe(const SynthOptions& o, const Design& d, const CellFacts& facts) {
    AnnData a;
    const auto& type = facts.type;
    const auto& batch = facts.batch;
    const auto& condition = facts.condition;
    const auto& perturbation = facts.perturbation;
    const auto& counts = facts.counts;
    std::vector<std::string> typeNames, lineageNames, batchNames;
    for (int t = 0; t < d.nTypes; ++t) typeNames.push_back(padded("Type", t + 1, 2));
    for (int l = 0; l < d.nLineages; ++l) lineageNames.push_back(padded("Lineage", l + 1, 1));
    for (int b = 0; b < d.nBatches; ++b) batchNames.push_back(padded("batch", b + 1, 1));
    std::vector<int> lineage;
    for (int t : type) lineage.push_back(t % d.nLineages);

    a.obs.index.reserve(static_cast<std::size_t>(o.nCells));
    for (std::int64_t i = 0; i < o.nCells; ++i) a.obs.index.push_back(padded("cell", i + 1, 6));
    a.obs.set("cell_type", categorical(type, typeNames));
    a.obs.set("lineage", categorical(lineage, lineageNames));
    a.obs.set("batch", categorical(batch, batchNames));
    if (o.withCondition) a.obs.set("condition", categorical(condition, {"control", "stimulated"}));
    if (!d.perturbLabels.empty()) a.obs.set("perturbation", categorical(perturbation, d.perturbLabels));
    a.obs.set("n_counts", NDArray::fromVector(counts));

    std::vector<std::string> genes;
    if (!d.geneNames.empty())
        genes = d.geneNames;
    else
        for (std::int64_t j = 0; j < o.nGenes; ++j) genes.push_back(padded("Gene", j + 1, 4));
    a.var.index = genes;
    std::vector<double> baseMean;
    for (double lb : d.logBase) baseMean.push_back(std::exp(lb));
    a.var.set("base_mean", NDArray::fromVector(baseMean));

    // Ground truth.
    Dict truth, options, markers, response, responseGenes;
    options.set("n_cells", NDArray::scalar<std::int64_t>(o.nCells));
    options.set("n_genes", NDArray::scalar<std::int64_t>(o.nGenes));
    options.set("n_cell_types", NDArray::scalar<std::int64_t>(o.nCellTypes));
    options.set("n_batches", NDArray::scalar<std::int64_t>(o.nBatches));
    options.set("batch_effect_sd", NDArray::scalar<double>(o.batchEffectSd));
    options.set("with_condition", NDArray::scalar<bool>(o.withCondition));
    options.set("n_gene_perturbations", NDArray::scalar<std::int64_t>(o.nGenePerturbations));
    if (!o.graphGenes.empty()) options.set("gene_graph", StringArray::scalar(o.graphSource));
    options.set("lineage_response", NDArray::scalar<double>(o.lineageResponse));
    options.set("dispersion", NDArray::scalar<double>(o.dispersion));
    options.set("lib_size_mean", NDArray::scalar<double>(o.libSizeMean));
    options.set("lib_size_sd", NDArray::scalar<double>(o.libSizeSd));
    options.set("dropout_mid", NDArray::scalar<double>(o.dropoutMid));
    options.set("seed", NDArray::scalar<std::int64_t>(static_cast<std::int64_t>(o.seed)));
    truth.set("options", options);
    truth.set("generator", StringArray::scalar("scdiff-studio splatter-like v1"));
    for (int t = 0; t < d.nTypes; ++t) {
        const auto& name = typeNames[static_cast<std::size_t>(t)];
        markers.set(name, geneNames(d.markers[static_cast<std::size_t>(t)], genes));
        std::vector<float> lfc(d.response[static_cast<std::size_t>(t)].begin(),
                               d.response[static_cast<std::size_t>(t)].end());
        response.set(name, NDArray::fromVector(std::move(lfc)));
        responseGenes.set(name, geneNames(d.responseGenes[static_cast<std::size_t>(t)], genes));
    }
    truth.set("marker_genes", markers);
    // What a curator would write about each type (its lineage, its siblings, its markers by name), derived
    // from the design without drawing a random number, so the data stay as they were. Text similarity follows
    // expression similarity: siblings share the lineage programme's genes, each type has its own markers.
    Dict descriptions;
    for (int t = 0; t < d.nTypes; ++t) {
        const auto l = static_cast<std::size_t>(t % d.nLineages);
        auto strongest = [&](const std::vector<double>& effect, std::size_t n) {
            std::vector<std::int64_t> idx;
            for (std::size_t j = 0; j < effect.size(); ++j)
                if (effect[j] > 0) idx.push_back(static_cast<std::int64_t>(j));
            std::stable_sort(idx.begin(), idx.end(), [&](auto a, auto b) {
                return effect[static_cast<std::size_t>(a)] > effect[static_cast<std::size_t>(b)];
            });
            if (idx.size() > n) idx.resize(n);
            std::string list;
            for (std::size_t k = 0; k < idx.size(); ++k)
                list += (k ? ", " : "") + genes[static_cast<std::size_t>(idx[k])];
            return list;
        };
        std::string siblings;
        for (int u = 0; u < d.nTypes; ++u)
            if (u != t && u % d.nLineages == t % d.nLineages)
                siblings += (siblings.empty() ? "" : ", ") + typeNames[static_cast<std::size_t>(u)];
        std::string text = typeNames[static_cast<std::size_t>(t)] + " is a cell of " + lineageNames[l] + ".";
        if (!siblings.empty()) text += " Its sibling types are " + siblings + ".";
        text += " It expresses its own markers " + strongest(d.typeEffect[static_cast<std::size_t>(t)], 10) +
                " on top of the " + lineageNames[l] + " programme (" + strongest(d.lineageEffect[l], 5) + ").";
        descriptions.set(typeNames[static_cast<std::size_t>(t)], StringArray::scalar(std::move(text)));
    }
    truth.set("type_descriptions", descriptions);
    if (o.withCondition) {
        truth.set("response_log_fold_change", response);
        truth.set("response_de_genes", responseGenes);
    }
    if (!d.perturbTargets.empty()) truth.set("perturbation_targets", geneNames(d.perturbTargets, genes));
    if (!d.geneNames.empty()) {  // graph-driven: each single perturbation's downstream log fold change
        Dict effects;
        for (std::size_t p = 0; p < d.perturbEffect.size(); ++p)
            effects.set(d.perturbLabels[p + 1], NDArray::fromVector(d.perturbEffect[p]));
        truth.set("perturbation_log_fold_change", std::move(effects));
    }
    a.uns.set("synth", truth);
    return a;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> typeDescriptions(const AnnData& data) {
    std::vector<std::pair<std::string, std::string>> out;
    const Element* synth = data.uns.find("synth");
    const Dict* truth = synth ? synth->getIf<Dict>() : nullptr;
    const Element* texts = truth ? truth->find("type_descriptions") : nullptr;
    const Dict* d = texts ? texts->getIf<Dict>() : nullptr;
    if (!d) return out;
    for (std::size_t i = 0; i < d->size(); ++i)
        if (const auto* s = d->values()[i].getIf<StringArray>(); s && s->values.size() == 1)
            out.emplace_back(d->keys()[i], s->values.front());
    return out;
}

}  // namespace scdiff::synth
