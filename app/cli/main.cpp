// scdiff: the command-line face of the scDiff core. Wiring only: each subcommand is in cmd_<name>.cpp.
#include <cstdio>
#include <exception>
#include <thread>

#include "commands.hpp"
#include "scdiff/error.hpp"
#include "scdiff/parallel.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {
GlobalOptions& globalOptions() {
    static GlobalOptions options;
    return options;
}
}  // namespace scdiff::cli

int main(int argc, char** argv) {
    scdiff::useWaitingPolicyOfThisMachine(argv);
    using namespace scdiff::cli;
    CLI::App app{"scdiff: single-cell analysis with conditional diffusion models (scDiff Studio's command line)"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "scdiff 0.1.0");
    app.add_option_function<int>(
           "--threads",
           [](int n) {
               globalOptions().threads = n;
               scdiff::setWorkerThreads(n);  // PCA, kNN, baselines; the engine commands set LibTorch's too
           },
           "worker threads (default: all cores)")
        ->check(CLI::NonNegativeNumber);
    app.add_flag("-q,--quiet", globalOptions().quiet, "no progress output");
    addInfoCommand(app);
    addConvertCommand(app);
    addPreprocessCommand(app);
    addSynthCommand(app);
    addDemoCommand(app);
    addTrainCommand(app);
    addAnnotateCommand(app);
    addImputeCommand(app);
    addPerturbCommand(app);
    addPerturbGenesCommand(app);
    addEvaluateCommand(app);
    addGeneGraphCommand(app);
    installInterruptHandler();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    } catch (const scdiff::Cancelled& e) {
        std::fprintf(stderr, "scdiff: cancelled\n");
        return 130;
    } catch (const scdiff::Error& e) {
        std::fprintf(stderr, "scdiff: error: %s\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "scdiff: error: %s\n", e.what());
        return 1;
    }
    return 0;
}
