// scdiff train DATA --task ... --out MODEL: trains a model; Ctrl-C leaves a resumable checkpoint in MODEL.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/engine/distributed.hpp"
#include "scdiff/engine/problems.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {

void addTrainCommand(CLI::App& app) {
    struct Args {
        std::string data, out, resume;
        bool distributed = false, backed = false;
        RunConfigArgs run;
        TypeSourceArgs types;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("train", "Train an scDiff model on a dataset");
    cmd->add_option("DATA", args->data, "dataset (.h5ad, 10x folder/.h5, CSV/TSV)")->required();
    cmd->add_option("-o,--out", args->out, "model file to write (also the checkpoint)")->required();
    cmd->add_option("--resume", args->resume, "continue training from this checkpoint (--epochs is the new total)");
    cmd->add_flag("--distributed", args->distributed,
                  "one rank of a data-parallel run (docs/distributed.md): the rank, the number of ranks and where "
                  "they meet come from RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT (torchrun) or SLURM_PROCID, "
                  "SLURM_NTASKS (srun); on by itself when they name more than one rank. --batch-size is each "
                  "rank's share of a step; rank 0 writes --out");
    cmd->add_flag("--backed", args->backed,
                  "open DATA (.h5ad, X stored by rows or dense) backed, for data larger than memory: obs and var are "
                  "read, X's rows are read from the file for each mini-batch; gene selection and gene means come from "
                  "a sample of 20,000 cells (all of them in a smaller dataset, which then trains as in memory)");
    args->run.addOptions(*cmd);
    args->types.addOptions(*cmd);
    cmd->callback([args] {
        const auto ranks = engine::distributedFromEnvironment();
        if (args->distributed && !ranks)
            throw InvalidInput(
                "--distributed: set RANK and WORLD_SIZE (as torchrun does) or SLURM_PROCID and "
                "SLURM_NTASKS (as srun does) for every rank");
        const bool speaks = !ranks || ranks->rank == 0;  // the other ranks train quietly
        if (!speaks) globalOptions().quiet = true;
        startEngine();
        TerminalProgress progress;
        auto data = readDataset(args->data, args->backed, progress);
        const auto config = args->run.config(data);
        for (const auto& p : engine::taskProblems(data, config))  // the blocking ones: train() refuses with the first
            if (!p.blocking && speaks) std::cerr << "warning: " << p.message << "\n";
        engine::TrainOptions options;
        options.checkpoint = args->out;
        options.resumeFrom = args->resume;
        if (ranks) options.distributed = *ranks;
        if (config.model.typeConditioner != "class" && args->resume.empty())
            options.typeTable = args->types.get(data, config.keys.labelKey);
        else if (args->types.given())
            throw InvalidInput(
                args->resume.empty()
                    ? "a cell-type table is for the text conditioner: add --type-conditioner text (or both)"
                    : "a resumed run keeps the cell-type table of its checkpoint; drop the table option");
        try {
            auto model = engine::train(data, config, progress, options);
            progress.finish();
            if (!speaks) return;
            const auto& h = model.history();
            std::cerr << "trained " << model.parameterCount() << " parameters for " << model.epochsTrained()
                      << " epochs on " << model.deviceName();
            if (!h.empty())
                std::cerr << ", final loss " << h.back().trainLoss << ", " << static_cast<long>(h.back().cellsPerSecond)
                          << " cells/s";
            if (!model.geneGraph().genes.empty())
                std::cerr << "\ngene graph: " << model.geneGraph().genes.size() << " genes, "
                          << model.geneGraph().edges.size() << " edges (" << model.geneGraph().source << "); "
                          << model.trainedPerturbations().size() << " perturbations trained on";
            std::cerr << "\nwrote " << args->out << "\n";
        } catch (const Cancelled&) {
            progress.finish();
            if (speaks)
                std::cerr << "cancelled: the checkpoint " << args->out << " can be resumed with --resume " << args->out
                          << "\n";
            throw;
        }
    });
}

}  // namespace scdiff::cli
