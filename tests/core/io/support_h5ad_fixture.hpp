#pragma once
// A small AnnData holding every element kind the h5ad layer supports, for round-trip tests.
#include <string>

#include "scdiff/anndata.hpp"

namespace scdiff::testing {

AnnData fullAnnData(bool cscX = false);
// A fresh path in the scratch dir (the file does not exist).
std::string scratchFile(const std::string& name);

}  // namespace scdiff::testing
