// scdiff gene-graph [DATA] -o GRAPH.tsv: the Gene Ontology graph of a dataset's genes (GEARS's: Jaccard
// similarity of GO-term sets, top-k neighbours per gene), with how many measured and perturbed genes the
// database knows; written as an edge list the engine and the Studio read back.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <set>

#include "commands.hpp"
#include "scdiff/read_safely.hpp"
#include "scdiff/error.hpp"
#include "scdiff/prior/gene_graph.hpp"
#include "scdiff/prior/perturbation_labels.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {

namespace {

std::vector<std::string> columnText(const AnnData& data, const std::string& key) {
    const Column* c = data.obs.find(key);
    if (!c) throw InvalidInput("obs has no column '" + key + "' with the perturbation labels");
    std::vector<std::string> out(static_cast<std::size_t>(data.nObs()));
    if (const auto* cat = std::get_if<Categorical>(&c->data)) {
        for (std::int64_t i = 0; i < data.nObs(); ++i) out[static_cast<std::size_t>(i)] = cat->label(i).value_or("");
    } else if (const auto* str = std::get_if<StringArray>(&c->data)) {
        out = str->values;
    } else {
        throw InvalidInput("obs column '" + key + "' must hold perturbation labels as strings or categories");
    }
    return out;
}

}  // namespace

void addGeneGraphCommand(CLI::App& app) {
    struct Args {
        std::string data, out, goDb, aspects = "bp,mf,cc", perturbationKey, geneColumn;
        std::vector<std::string> control;
        int topK = 20;
        bool force = false;
        std::optional<std::uint64_t> shuffle;
    };
    auto args = std::make_shared<Args>();
    auto* cmd =
        app.add_subcommand("gene-graph",
                           "The Gene Ontology graph of a dataset's genes (GEARS: Jaccard of GO-term sets, top-k "
                           "neighbours), with the measured and perturbed genes the database knows");
    cmd->add_option("DATA", args->data,
                    "dataset whose genes (and perturbed genes) become the graph's nodes; "
                    "without it, every gene of the database with a GO term");
    cmd->add_option("-o,--out", args->out, "edge list to write (gene_a, gene_b, weight; directed)")->required();
    cmd->add_option("--go-db", args->goDb,
                    "org.Hs.eg.db's SQLite file (default: the R package's copy, or the one installer/setup.sh "
                    "took out of Debian's r-bioc-org.hs.eg.db)");
    cmd->add_option("--aspects", args->aspects, "GO aspects whose terms count: bp, mf, cc (comma-separated) or all")
        ->capture_default_str();
    cmd->add_option("--top-k", args->topK, "neighbours kept per gene")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    cmd->add_option("--perturbation-key", args->perturbationKey,
                    "obs column of gene-perturbation labels (KLF1, KLF1+MAP2K6, KLF1+ctrl, ctrl): its genes join the "
                    "nodes");
    cmd->add_option("--control", args->control,
                    "the control values of that column (default: ctrl, control, "
                    "non-targeting, non_targeting, NT)")
        ->delimiter(',');
    cmd->add_option("--gene-column", args->geneColumn,
                    "var column holding gene symbols (default: var's index; e.g. feature_name in CELLxGENE files)");
    cmd->add_option("--shuffle", args->shuffle,
                    "write the control graph instead: the same genes and degrees, neighbours drawn at random with this "
                    "seed (a model on it must lose any advantage the real graph gives)");
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    cmd->callback([args] {
        TerminalProgress progress;
        if (!args->force && std::filesystem::exists(args->out))
            throw InvalidInput(args->out + " exists; give --force to overwrite it");
        std::string path = args->goDb.empty() ? prior::findGoDatabase() : args->goDb;
        if (path.empty()) {
            std::string where;
            for (const auto& p : prior::goDatabaseCandidates()) where += (where.empty() ? "" : " or ") + p;
            throw InvalidInput("no Gene Ontology database at " + where +
                               "; give --go-db FILE (org.Hs.eg.sqlite from Debian's r-bioc-org.hs.eg.db)");
        }
        progress.stage("reading the Gene Ontology database");
        const auto started = std::chrono::steady_clock::now();
        const auto annotations = prior::readGoDatabase(path, prior::goAspectsFromNames(args->aspects));
        std::vector<std::string> names;
        std::string perturbedReport;
        if (args->data.empty()) {
            for (std::size_t g = 0; g < annotations.symbols.size(); ++g)
                if (!annotations.terms[g].empty()) names.push_back(annotations.symbols[g]);
        } else {
            const auto data = io::readSafely(args->data, progress);
            if (args->geneColumn.empty()) {
                names = data.var.index;
            } else {
                const Column* c = data.var.find(args->geneColumn);
                const auto* s = c ? std::get_if<StringArray>(&c->data) : nullptr;
                const auto* cat = c ? std::get_if<Categorical>(&c->data) : nullptr;
                if (!s && !cat) throw InvalidInput("var has no column '" + args->geneColumn + "' of gene symbols");
                for (std::int64_t g = 0; g < data.nVars(); ++g)
                    names.push_back(s ? s->values[static_cast<std::size_t>(g)] : cat->label(g).value_or(""));
            }
            const auto matchMeasured = prior::matchGenes(annotations, names);
            std::cout << matchMeasured.report(names, "measured genes") << "\n";
            if (!args->perturbationKey.empty()) {
                const auto controls = args->control.empty() ? prior::defaultControlValues() : args->control;
                std::set<std::string> perturbed;
                for (const auto& label : columnText(data, args->perturbationKey))
                    for (const auto& g : prior::parsePerturbationLabel(label, controls).genes) perturbed.insert(g);
                const std::vector<std::string> list(perturbed.begin(), perturbed.end());
                std::cout << prior::matchGenes(annotations, list).report(list, "perturbed genes") << "\n";
                names.insert(names.end(), list.begin(), list.end());
            }
        }
        progress.stage("building the graph");
        auto graph = prior::goGraph(annotations, names, args->topK, progress);
        if (args->shuffle) {
            graph.graph = prior::shuffledGraph(graph.graph, *args->shuffle);
            std::cout << "shuffled: every gene keeps its number of neighbours, the neighbours are random (seed "
                      << *args->shuffle << ")\n";
        }
        progress.finish();
        prior::writeEdgeList(graph.graph, args->out);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::int64_t isolated = 0;
        std::vector<std::int64_t> degree(graph.graph.genes.size(), 0);
        for (const auto& e : graph.graph.edges) ++degree[static_cast<std::size_t>(e.to)];
        for (auto d : degree) isolated += d == 0;
        std::cout << "wrote " << args->out << ": " << graph.graph.genes.size() << " genes, " << graph.graph.edges.size()
                  << " edges (" << isolated << " genes without a neighbour), from " << annotations.source << " in "
                  << static_cast<int>(seconds * 10) / 10.0 << " s\n";
    });
}

}  // namespace scdiff::cli
