// scdiff synth OUT --preset ... --seed ...
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/prior/gene_graph.hpp"
#include "scdiff/prior/ontology.hpp"
#include "scdiff/synth.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {

void addSynthCommand(CLI::App& app) {
    struct Args {
        std::string out, preset = "small", descriptions, geneGraph;
        std::uint64_t seed = 0;
        std::int64_t cells = 0, genes = 0;
        int types = 0, batches = 0, perturbations = -1;
        double batchEffectSd = -1.0, lineageResponse = 0.0;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("synth", "Generate a synthetic single-cell count dataset with known ground truth");
    cmd->add_option("OUT", args->out, "output .h5ad")->required();
    cmd->add_option("--preset", args->preset, "tiny (300x200), small (2k x 1k), medium (20k x 2k), large (100k x 3k)")
        ->check(CLI::IsMember({"tiny", "small", "medium", "large"}));
    cmd->add_option("--seed", args->seed, "random seed (same seed, same dataset)");
    cmd->add_option("--cells", args->cells, "override the number of cells")->check(CLI::PositiveNumber);
    cmd->add_option("--genes", args->genes, "override the number of genes")->check(CLI::PositiveNumber);
    cmd->add_option("--types", args->types, "override the number of cell types")->check(CLI::PositiveNumber);
    cmd->add_option("--batches", args->batches, "override the number of batches")->check(CLI::PositiveNumber);
    cmd->add_option("--batch-effect", args->batchEffectSd,
                    "sd of each batch's log-fold change per gene (default 0.2; larger = stronger batch effects)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--lineage-response", args->lineageResponse,
                    "share of the stimulated response that is specific to the type's lineage (0 = one programme "
                    "shared by every type, the default; 1 = a programme per lineage)")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--gene-perturbations", args->perturbations, "number of perturbed genes (obs['perturbation'])")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--gene-graph", args->geneGraph,
                    "an edge list (scdiff gene-graph's output) the gene perturbations follow: real gene names, "
                    "connected perturbed genes, each moving its graph neighbours' programmes")
        ->check(CLI::ExistingFile);
    cmd->add_option("--descriptions", args->descriptions,
                    "also write each cell type's description (lineage, siblings, markers by name) as a TSV for "
                    "the text-embedding conditioner (--type-descriptions)");
    cmd->callback([args] {
        auto o = synth::preset(args->preset);
        o.seed = args->seed;
        if (args->cells) o.nCells = args->cells;
        if (args->genes) o.nGenes = args->genes;
        if (args->types) o.nCellTypes = args->types;
        if (args->batches) o.nBatches = args->batches;
        if (args->perturbations >= 0) o.nGenePerturbations = args->perturbations;
        if (args->batchEffectSd >= 0.0) o.batchEffectSd = args->batchEffectSd;
        o.lineageResponse = args->lineageResponse;
        if (!args->geneGraph.empty()) {
            if (o.nGenePerturbations <= 0) throw InvalidInput("--gene-graph needs --gene-perturbations N");
            const auto graph = prior::readEdgeList(args->geneGraph);
            o.graphGenes = graph.genes;
            o.graphNeighbours.resize(graph.genes.size());
            for (const auto& e : graph.edges)
                o.graphNeighbours[static_cast<std::size_t>(e.to)].emplace_back(e.from, e.weight);
            o.graphSource = graph.source;
        }
        TerminalProgress progress;
        // Written a wave of cells at a time: a million cells need no more memory than a thousand (plus obs).
        const auto data = synth::generateToFile(o, args->out, {}, progress);
        progress.finish();
        std::cerr << "wrote " << args->out << " (" << data.nObs() << " cells x " << data.nVars() << " genes)\n";
        if (!args->descriptions.empty()) {
            const auto texts = synth::typeDescriptions(data);
            prior::Descriptions d;
            for (const auto& [name, text] : texts) {
                d.names.push_back(name);
                d.texts.push_back(text);
            }
            prior::writeDescriptions(d, args->descriptions);
            std::cerr << "wrote " << args->descriptions << " (" << texts.size() << " cell type descriptions)\n";
        }
    });
}

}  // namespace scdiff::cli
