#include "write_output.hpp"

#include <iostream>

#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"

namespace scdiff::cli {

void writeOutput(const AnnData& data, const std::string& out, const std::string& input, bool force,
                 TerminalProgress& progress) {
    h5ad::WriteOptions options;
    options.allowOverwrite = force;
    options.protectedInput = input;
    progress.stage("writing " + out);
    io::writeAny(data, out, options, progress);
    progress.finish();
    std::cerr << "wrote " << out << " (" << data.nObs() << " cells x " << data.nVars() << " genes)\n";
}

}  // namespace scdiff::cli
