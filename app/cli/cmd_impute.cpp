// scdiff impute MODEL DATA --out OUT.h5ad: layers['scdiff_imputed'] by RePaint-style sampling.
#include <memory>

#include "commands.hpp"
#include "engine_options.hpp"
#include "scdiff/read_safely.hpp"
#include "scdiff/engine/results.hpp"
#include "terminal_progress.hpp"
#include "write_output.hpp"

namespace scdiff::cli {

void addImputeCommand(CLI::App& app) {
    struct Args {
        std::string model, data, out, device;
        bool force = false;
        SamplingArgs sampling;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("impute", "Impute missing values (zeros) with a trained model");
    cmd->add_option("MODEL", args->model, "model file from scdiff train")->required();
    cmd->add_option("DATA", args->data, "dataset to impute")->required();
    cmd->add_option("-o,--out", args->out, "output .h5ad")->required();
    cmd->add_option("--device", args->device, "auto | cpu | cuda[:N] (default: the model's)");
    cmd->add_flag("-f,--force", args->force, "overwrite OUT when it exists");
    args->sampling.addOptions(*cmd);
    cmd->callback([args] {
        startEngine();
        TerminalProgress progress;
        auto model = engine::Model::load(args->model, args->device);
        auto data = io::readSafely(args->data, progress);
        reportGeneMatch(model, data);
        const auto result = engine::impute(model, data, args->sampling.get(engine::Task::Imputation), progress);
        progress.finish();
        engine::addImputation(data, result);
        engine::recordRun(data, model, engine::Task::Imputation);
        writeOutput(data, args->out, args->data, args->force, progress);
    });
}

}  // namespace scdiff::cli
