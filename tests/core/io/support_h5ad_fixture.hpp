#pragma once
// A small AnnData holding every element kind the h5ad layer supports, for round-trip tests.
#include <cstdint>
#include <string>

#include "scdiff/anndata.hpp"

namespace scdiff::testing {

AnnData fullAnnData(bool cscX = false);
// A fresh path in the scratch dir (the file does not exist).
std::string scratchFile(const std::string& name);
// Adds /uns/names to an h5ad file: a compound dataset (a rec-array, as scanpy's rank_genes_groups writes)
// of three {int32 a, double b} records {1, 1.5}, {2, 2.5}, {3, 3.5}, which the reader keeps as opaque.
struct Rec {
    std::int32_t a;
    double b;
};
void addRecArray(const std::string& file);

}  // namespace scdiff::testing
