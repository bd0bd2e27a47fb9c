// scdiff info FILE [--json]
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "scdiff/read_safely.hpp"
#include "scdiff/summary.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {

void addInfoCommand(CLI::App& app) {
    struct Args {
        std::string file;
        bool json = false;
    };
    auto args = std::make_shared<Args>();
    auto* cmd =
        app.add_subcommand("info", "Summarise a dataset: shape, what X holds, columns, layers, embeddings, uns");
    cmd->add_option("FILE", args->file, ".h5ad file, 10x folder or CSV/TSV")->required();
    cmd->add_flag("--json", args->json, "machine-readable JSON on stdout");
    cmd->callback([args] {
        TerminalProgress progress;
        const auto data = io::readSafely(args->file, progress);
        progress.finish();
        const auto summary = summarize(data);
        std::cout << (args->json ? toJson(summary) + "\n" : toText(summary));
    });
}

}  // namespace scdiff::cli
