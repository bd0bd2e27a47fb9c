#pragma once
// One registration function per `scdiff` subcommand; each lives in its own cmd_<name>.cpp.
#include <CLI/CLI.hpp>

namespace scdiff::cli {

struct GlobalOptions {
    int threads = 0;  // 0 = all cores
    bool quiet = false;
};
GlobalOptions& globalOptions();

void addInfoCommand(CLI::App& app);
void addConvertCommand(CLI::App& app);
void addPreprocessCommand(CLI::App& app);
void addSynthCommand(CLI::App& app);
void addDemoCommand(CLI::App& app);
void addTrainCommand(CLI::App& app);
void addAnnotateCommand(CLI::App& app);
void addImputeCommand(CLI::App& app);
void addPerturbCommand(CLI::App& app);
void addPerturbGenesCommand(CLI::App& app);
void addEvaluateCommand(CLI::App& app);
void addGeneGraphCommand(CLI::App& app);

}  // namespace scdiff::cli
