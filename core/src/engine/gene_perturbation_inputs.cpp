// Gene perturbation, torch-free side (gene_perturbation.hpp): control values, labels per cell, the model's graph.
#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "dataset_inputs.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/error.hpp"
#include "scdiff/prior/go_database.hpp"

namespace scdiff::engine {

std::vector<std::string> controlValues(const DataKeys& keys) {
    auto values = prior::defaultControlValues();
    if (!keys.control.empty() && std::find(values.begin(), values.end(), keys.control) == values.end())
        values.push_back(keys.control);
    return values;
}

std::vector<prior::PerturbationLabel> perturbationLabels(const AnnData& data, const DataKeys& keys) {
    const auto raw = obsLabels(data, keys.conditionKey, "gene-perturbation labels");
    const auto controls = controlValues(keys);
    std::vector<prior::PerturbationLabel> out;
    out.reserve(raw.size());
    std::unordered_map<std::string, prior::PerturbationLabel> parsed;  // a few distinct labels over many cells
    for (std::size_t i = 0; i < raw.size(); ++i) {
        auto it = parsed.find(raw[i]);
        if (it == parsed.end()) {
            try {
                it = parsed.emplace(raw[i], prior::parsePerturbationLabel(raw[i], controls)).first;
            } catch (const InvalidInput& e) {
                throw InvalidInput("obs['" + keys.conditionKey + "'] of cell " + data.obs.index.at(i) + ": " +
                                   e.what());
            }
        }
        out.push_back(it->second);
    }
    return out;
}

std::vector<std::pair<std::string, std::int64_t>> measuredPerturbations(const AnnData& data, const DataKeys& keys) {
    std::unordered_map<std::string, std::int64_t> cells;
    for (const auto& label : perturbationLabels(data, keys))
        if (!label.control()) ++cells[label.canonical()];
    std::vector<std::pair<std::string, std::int64_t>> out(cells.begin(), cells.end());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

std::vector<std::string> heldOutPerturbations(const DataKeys& keys) {
    std::set<std::string> out;
    const auto controls = controlValues(keys);
    std::size_t start = 0;
    while (start <= keys.heldOutPerturbations.size()) {
        const auto end = std::min(keys.heldOutPerturbations.find(',', start), keys.heldOutPerturbations.size());
        std::string label = keys.heldOutPerturbations.substr(start, end - start);
        label.erase(0, label.find_first_not_of(" \t"));
        label.erase(label.find_last_not_of(" \t") + 1);
        start = end + 1;
        if (label.empty()) continue;
        const auto parsed = prior::parsePerturbationLabel(label, controls);
        if (parsed.control())
            throw InvalidInput("the held-out perturbation '" + label + "' is the control; hold out perturbed cells");
        out.insert(parsed.canonical());
    }
    return {out.begin(), out.end()};
}

namespace {

// The nodes of `graph` named in `names`, in that order (as the GO graph orders them), and the edges among them.
prior::GeneGraph inducedSubgraph(const prior::GeneGraph& graph, const std::vector<std::string>& names) {
    std::unordered_map<std::string, std::int32_t> nodeOf;
    for (std::size_t i = 0; i < graph.genes.size(); ++i) nodeOf.emplace(graph.genes[i], static_cast<std::int32_t>(i));
    prior::GeneGraph out;
    out.source = graph.source;
    std::vector<std::int32_t> newIndex(graph.genes.size(), -1);
    for (const auto& name : names)
        if (const auto it = nodeOf.find(name);
            it != nodeOf.end() && newIndex[static_cast<std::size_t>(it->second)] < 0) {
            newIndex[static_cast<std::size_t>(it->second)] = static_cast<std::int32_t>(out.genes.size());
            out.genes.push_back(name);
        }
    for (const auto& e : graph.edges) {
        const auto from = newIndex[static_cast<std::size_t>(e.from)], to = newIndex[static_cast<std::size_t>(e.to)];
        if (from >= 0 && to >= 0) out.edges.push_back({from, to, e.weight});
    }
    return out;
}

}  // namespace

ModelGeneGraph buildGeneGraph(const ModelConfig& config, const std::vector<std::string>& genes,
                              const std::vector<std::string>& perturbedGenes, Progress& progress) {
    std::vector<std::string> names = genes;
    std::unordered_set<std::string> known(genes.begin(), genes.end());
    for (const auto& g : perturbedGenes)
        if (known.insert(g).second) names.push_back(g);
    ModelGeneGraph out;
    if (config.geneGraph == "go") {
        const std::string path = config.goDatabase.empty() ? prior::findGoDatabase() : config.goDatabase;
        if (path.empty()) {
            std::string where;
            for (const auto& p : prior::goDatabaseCandidates()) where += (where.empty() ? "" : " or ") + p;
            throw InvalidInput("the gene graph is the Gene Ontology's, but there is no GO database at " + where +
                               "; give --go-db FILE (org.Hs.eg.sqlite from Debian's r-bioc-org.hs.eg.db) or "
                               "--gene-graph EDGES.tsv");
        }
        progress.stage("reading the Gene Ontology database");
        const auto annotations = prior::readGoDatabase(path);
        progress.stage("building the gene graph (Jaccard of GO terms, top " + std::to_string(config.graphTopK) + ")");
        auto go = prior::goGraph(annotations, names, config.graphTopK, progress);
        out.graph = std::move(go.graph);
    } else {
        progress.stage("reading the gene graph " + config.geneGraph);
        out.graph = inducedSubgraph(prior::readEdgeList(config.geneGraph), names);
    }
    const std::unordered_set<std::string> nodes(out.graph.genes.begin(), out.graph.genes.end());
    std::vector<std::string> missing;
    for (const auto& g : perturbedGenes)
        if (!nodes.count(g)) missing.push_back(g);
    out.report = std::to_string(perturbedGenes.size() - missing.size()) + " of " +
                 std::to_string(perturbedGenes.size()) + " perturbed genes are in the gene graph (" +
                 std::to_string(out.graph.genes.size()) + " genes, " + std::to_string(out.graph.edges.size()) +
                 " edges, " + out.graph.source + ")";
    if (!missing.empty()) {
        out.report += "; not in it, so their cells are left out: ";
        for (std::size_t i = 0; i < missing.size() && i < 5; ++i) out.report += (i ? ", " : "") + missing[i];
        if (missing.size() > 5) out.report += " and " + std::to_string(missing.size() - 5) + " more";
    }
    if (out.graph.genes.empty())
        throw InvalidInput("the gene graph (" + out.graph.source + ") has none of the dataset's genes");
    return out;
}

std::optional<GraphGenes> graphGenes(const prior::GeneGraph& graph, const std::vector<std::string>& genes) {
    if (genes.size() > 2) return std::nullopt;
    GraphGenes out{0, 0};
    for (std::size_t i = 0; i < genes.size(); ++i) {
        const auto node = graph.indexOf(genes[i]);
        if (node < 0) return std::nullopt;
        out[i] = node + 1;
    }
    return out;
}

}  // namespace scdiff::engine
