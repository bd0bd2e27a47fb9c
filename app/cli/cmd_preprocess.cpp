// scdiff preprocess IN OUT [options]
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "preprocess_steps.hpp"
#include "scdiff/read_safely.hpp"
#include "terminal_progress.hpp"
#include "write_output.hpp"

namespace scdiff::cli {

void addPreprocessCommand(CLI::App& app) {
    struct Args {
        std::string in, out;
        bool force = false;
        PreprocessSteps steps;
    };
    auto args = std::make_shared<Args>();
    auto* cmd =
        app.add_subcommand("preprocess", "Filter, normalise, log1p, HVG, PCA, kNN graph and UMAP, as scanpy does");
    cmd->add_option("IN", args->in, "input dataset")->required();
    cmd->add_option("OUT", args->out, "output .h5ad")->required();
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    args->steps.addOptions(*cmd);
    cmd->callback([args] {
        TerminalProgress progress;
        auto data = io::readSafely(args->in, progress);
        args->steps.run(data, progress);
        writeOutput(data, args->out, args->in, args->force, progress);
    });
}

}  // namespace scdiff::cli
