#pragma once
// Writing a command's resulting dataset (.h5ad, or .loom by the name's ending): never onto its input, only over
// an existing OUT with --force.
#include <string>

#include "scdiff/anndata.hpp"
#include "terminal_progress.hpp"

namespace scdiff::cli {

void writeOutput(const AnnData& data, const std::string& out, const std::string& input, bool force,
                 TerminalProgress& progress);

}  // namespace scdiff::cli
