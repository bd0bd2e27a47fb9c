#pragma once
// Finding a gene by the name a user types when var_names are IDs (Ensembl) and the symbols are in a var column,
// as CELLxGENE (feature_name), scanpy's 10x reader (gene_symbols) and others (gene_name, gene_names, symbol)
// store them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"

namespace scdiff {

// The var columns looked at for symbols, in this order.
const std::vector<std::string>& geneSymbolColumns();
// The first of those columns in var that holds text (strings or categories), one symbol per gene (a missing one
// is the gene's var name); nullopt when var has none.
std::optional<std::vector<std::string>> geneSymbols(const DataFrame& var);
// The var row of a gene: by var_names first, then by symbol; -1 when neither has it.
std::int64_t findGene(const DataFrame& var, const std::string& name);

}  // namespace scdiff
