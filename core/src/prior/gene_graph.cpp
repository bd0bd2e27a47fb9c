// GO Jaccard graph, edge lists and the shuffled control (gene_graph.hpp).
#include "scdiff/prior/gene_graph.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <unordered_map>

#include "scdiff/atomic_file.hpp"
#include "scdiff/error.hpp"
#include "scdiff/parallel.hpp"
#include "text_lines.hpp"

namespace scdiff::prior {

namespace {

void sortEdges(std::vector<GeneEdge>& edges) {
    std::sort(edges.begin(), edges.end(), [](const GeneEdge& a, const GeneEdge& b) {
        if (a.to != b.to) return a.to < b.to;
        if (a.weight != b.weight) return a.weight > b.weight;
        return a.from < b.from;
    });
}

// Fields separated by tabs, commas or runs of spaces (STRING's files use spaces).
std::vector<std::string_view> splitFields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t end = i;
        while (end < line.size() && line[end] != '\t' && line[end] != ',' && line[end] != ' ') ++end;
        fields.push_back(line.substr(i, end - i));
        if (end < line.size() && line[end] == ' ')
            while (end + 1 < line.size() && line[end + 1] == ' ') ++end;
        i = end + 1;
    }
    return fields;
}

std::optional<double> number(std::string_view s) {
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

}  // namespace

std::int64_t GeneGraph::degree(std::int32_t node) const {
    return std::count_if(edges.begin(), edges.end(), [&](const GeneEdge& e) { return e.to == node; });
}

std::int32_t GeneGraph::indexOf(const std::string& gene) const {
    const auto it = std::find(genes.begin(), genes.end(), gene);
    return it == genes.end() ? -1 : static_cast<std::int32_t>(it - genes.begin());
}

GeneGraph jaccardGraph(std::vector<std::string> genes, const std::vector<std::vector<std::int32_t>>& termSets, int topK,
                       Progress& progress) {
    if (genes.size() != termSets.size())
        throw InvalidInput("the gene graph needs one term set per gene (" + std::to_string(genes.size()) + " genes, " +
                           std::to_string(termSets.size()) + " term sets)");
    if (topK < 1) throw InvalidInput("each gene must keep at least one neighbour (top-k >= 1)");
    const auto n = static_cast<std::int64_t>(genes.size());
    std::int32_t terms = 0;
    for (const auto& t : termSets)
        if (!t.empty()) terms = std::max(terms, t.back() + 1);
    std::vector<std::vector<std::int32_t>> nodesOfTerm(static_cast<std::size_t>(terms));
    for (std::int64_t i = 0; i < n; ++i)
        for (auto t : termSets[static_cast<std::size_t>(i)])
            nodesOfTerm[static_cast<std::size_t>(t)].push_back(static_cast<std::int32_t>(i));
    // Per node, its top-k neighbours. Each worker takes chunks of nodes from a shared counter and keeps its
    // own intersection counter; worker 0 (the calling thread) reports and polls cancellation.
    std::vector<std::vector<GeneEdge>> kept(static_cast<std::size_t>(n));
    const int workers = static_cast<int>(std::clamp<std::int64_t>(n / 64, 1, workerThreads()));
    constexpr std::int64_t kChunk = 64;
    std::atomic<std::int64_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    runWorkers(workers, [&](int w) {
        std::vector<std::int32_t> common(static_cast<std::size_t>(n), 0), touched;
        std::vector<GeneEdge> candidates;
        for (std::int64_t begin; !stop && (begin = next.fetch_add(kChunk)) < n;) {
            for (std::int64_t i = begin; i < std::min(n, begin + kChunk); ++i) {
                const auto& mine = termSets[static_cast<std::size_t>(i)];
                touched.clear();
                for (auto t : mine)
                    for (auto j : nodesOfTerm[static_cast<std::size_t>(t)])
                        if (j != i && common[static_cast<std::size_t>(j)]++ == 0) touched.push_back(j);
                candidates.clear();
                for (auto j : touched) {
                    const double both = common[static_cast<std::size_t>(j)];
                    common[static_cast<std::size_t>(j)] = 0;
                    const double either =
                        static_cast<double>(mine.size() + termSets[static_cast<std::size_t>(j)].size()) - both;
                    candidates.push_back({j, static_cast<std::int32_t>(i), static_cast<float>(both / either)});
                }
                const auto k = std::min<std::size_t>(static_cast<std::size_t>(topK), candidates.size());
                std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(k),
                                  candidates.end(), [](const GeneEdge& a, const GeneEdge& b) {
                                      return a.weight != b.weight ? a.weight > b.weight : a.from < b.from;
                                  });
                kept[static_cast<std::size_t>(i)].assign(candidates.begin(),
                                                         candidates.begin() + static_cast<std::ptrdiff_t>(k));
            }
            done += kChunk;
            if (w == 0) {
                progress.report(std::min(n, done.load()), n);
                if (progress.cancelled()) stop = true;
            }
        }
    });
    progress.checkCancelled();
    GeneGraph g;
    g.genes = std::move(genes);
    for (auto& edges : kept) g.edges.insert(g.edges.end(), edges.begin(), edges.end());
    sortEdges(g.edges);
    g.source = "Gene Ontology Jaccard similarity, top " + std::to_string(topK) + " neighbours per gene";
    return g;
}

NamedGoGraph goGraph(const GeneAnnotations& annotations, const std::vector<std::string>& names, int topK,
                     Progress& progress) {
    NamedGoGraph out;
    out.match = matchGenes(annotations, names);
    std::vector<std::string> nodes;
    std::vector<std::vector<std::int32_t>> terms;
    std::vector<bool> taken(annotations.symbols.size(), false);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto gene = out.match.gene[i];
        if (gene < 0 || taken[static_cast<std::size_t>(gene)]) continue;
        taken[static_cast<std::size_t>(gene)] = true;
        nodes.push_back(names[i]);
        terms.push_back(annotations.terms[static_cast<std::size_t>(gene)]);
    }
    out.graph = jaccardGraph(std::move(nodes), terms, topK, progress);
    out.graph.source += " (" + annotations.source + ")";
    return out;
}

GeneGraph readEdgeList(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw FileError(path, "", "cannot be opened (an edge list: gene_a, gene_b, weight per line)");
    GeneGraph g;
    g.source = std::filesystem::path(path).filename().string();
    std::unordered_map<std::string, std::int32_t> nodeOf;
    auto node = [&](std::string_view name) {
        auto [it, added] = nodeOf.emplace(std::string(name), static_cast<std::int32_t>(g.genes.size()));
        if (added) g.genes.emplace_back(name);
        return it->second;
    };
    std::map<std::pair<std::int32_t, std::int32_t>, float> weightOf;
    bool directed = false, first = true;
    std::string line;
    for (std::int64_t lineNo = 1; std::getline(in, line); ++lineNo) {
        const auto text = trimmed(line);
        if (text.empty()) continue;
        if (text.front() == '#') {
            if (trimmed(text.substr(1)) == "directed") directed = true;
            continue;
        }
        const auto fields = splitFields(text);
        const std::string where = "line " + std::to_string(lineNo);
        if (fields.size() < 2 || fields.size() > 3)
            throw FileError(
                path, where,
                "expected gene_a, gene_b and an optional weight, found " + std::to_string(fields.size()) + " field(s)");
        std::optional<double> weight = fields.size() == 3 ? number(fields[2]) : std::optional<double>(1.0);
        if (first && (!weight || fields[0] == "gene_a" || fields[0] == "source" || fields[0] == "protein1")) {
            first = false;  // a header line
            continue;
        }
        first = false;
        if (!weight) throw FileError(path, where, "the weight '" + std::string(fields[2]) + "' is not a number");
        if (!std::isfinite(*weight) || *weight < 0)
            throw FileError(path, where, "the weight must be a finite number >= 0");
        if (fields[0] == fields[1])
            throw FileError(path, where, "the edge joins " + std::string(fields[0]) + " to itself");
        const auto a = node(fields[0]), b = node(fields[1]);
        for (const auto& key : {std::pair{a, b}, std::pair{b, a}}) {
            if (directed && key.first != a) continue;
            auto [it, added] = weightOf.emplace(key, static_cast<float>(*weight));
            if (!added) it->second = std::max(it->second, static_cast<float>(*weight));
        }
    }
    if (weightOf.empty()) throw FileError(path, "", "has no edges (expected gene_a, gene_b, weight per line)");
    for (const auto& [key, weight] : weightOf) g.edges.push_back({key.first, key.second, weight});
    sortEdges(g.edges);
    return g;
}

void writeEdgeList(const GeneGraph& graph, const std::string& path) {
    io::writeAtomically(path, [&](std::ostream& out) {
        out.precision(9);  // a float's weight read back exactly
        out << "# " << graph.source << "\n# directed\ngene_a\tgene_b\tweight\n";
        for (const auto& e : graph.edges)
            out << graph.genes[static_cast<std::size_t>(e.from)] << '\t' << graph.genes[static_cast<std::size_t>(e.to)]
                << '\t' << e.weight << '\n';
    });
}

GeneGraph shuffledGraph(const GeneGraph& graph, std::uint64_t seed) {
    GeneGraph g = graph;
    g.source = graph.source + ", endpoints shuffled (seed " + std::to_string(seed) + ")";
    if (g.genes.size() < 2) return g;
    std::mt19937_64 rng(seed);
    std::vector<std::int32_t> from(g.edges.size());
    for (std::size_t i = 0; i < g.edges.size(); ++i) from[i] = g.edges[i].from;
    std::shuffle(from.begin(), from.end(), rng);
    std::uniform_int_distribution<std::size_t> pick(0, from.size() - 1);
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        // A self-loop: swap the source with another edge's where neither becomes one (few tries are enough).
        for (int tries = 0; from[i] == g.edges[i].to && tries < 100; ++tries) {
            const auto j = pick(rng);
            if (from[j] != g.edges[i].to && from[i] != g.edges[j].to) std::swap(from[i], from[j]);
        }
        g.edges[i].from = from[i];
    }
    sortEdges(g.edges);
    return g;
}

}  // namespace scdiff::prior
