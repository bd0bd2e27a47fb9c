// scdiff convert IN OUT
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "scdiff/read_safely.hpp"
#include "scdiff/error.hpp"
#include "scdiff/import.hpp"
#include "terminal_progress.hpp"
#include "write_output.hpp"

namespace scdiff::cli {

void addConvertCommand(CLI::App& app) {
    struct Args {
        std::string in, out;
        bool force = false, genesAsRows = false;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand(
        "convert", "Convert a 10x folder or .h5, loom, CSV/TSV or .h5ad into an anndata-compatible .h5ad (or a .loom)");
    cmd->add_option("IN", args->in, "input: .h5ad, Cell Ranger .h5, .loom, 10x folder or matrix.mtx(.gz), .csv/.tsv")
        ->required();
    cmd->add_option("OUT", args->out,
                    "output .h5ad, or .loom (X, layers, obs/var columns and 2-D obsm/varm; loompy's layout)")
        ->required();
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    cmd->add_flag("--genes-as-rows", args->genesAsRows, "CSV/TSV input has genes as rows and cells as columns");
    cmd->callback([args] {
        TerminalProgress progress;
        const auto data = args->genesAsRows ? io::readDelimited(args->in, io::Orientation::GenesAsRows, progress)
                                            : io::readSafely(args->in, progress);
        writeOutput(data, args->out, args->in, args->force, progress);
    });
}

}  // namespace scdiff::cli
