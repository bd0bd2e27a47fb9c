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
    const bool loom = out.size() >= 5 && out.compare(out.size() - 5, 5, ".loom") == 0;
    if (loom)
        io::writeLoom(data, out, options);
    else
        h5ad::write(data, out, options, progress);
    progress.finish();
    std::cerr << "wrote " << out << " (" << data.nObs() << " cells x " << data.nVars() << " genes)\n";
}

}  // namespace scdiff::cli
