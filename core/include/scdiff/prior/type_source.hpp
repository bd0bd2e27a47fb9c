#pragma once
// Where the text conditioner's cell-type table comes from, as the CLI and the Studio offer it
// (docs/prior_knowledge.md): a table file; descriptions from a TSV of name -> text; or descriptions from a cell
// ontology. Descriptions are embedded by the built-in lexical encoder (a TorchScript language model slots in
// here). The shuffled control permutes the descriptions between types before they are embedded.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "scdiff/prior/type_table.hpp"

namespace scdiff::prior {

struct TypeSource {
    std::filesystem::path table;         // a table file (readTypeTable)
    std::filesystem::path tableNames;    // its names file, for .npy
    std::filesystem::path descriptions;  // name<TAB>text (readDescriptions)
    std::filesystem::path ontology;      // .obo / .owl / .json
    bool withAncestors = false;          // ontology: add the is_a ancestors' names to each definition
    std::int64_t width = 256;            // the lexical encoder's dimensions
    bool shuffle = false;                // the control: descriptions permuted between the types (seeded)
    std::uint64_t shuffleSeed = 0;
    bool empty() const { return table.empty() && descriptions.empty() && ontology.empty(); }
};

// The table for these labels (the label column's distinct values). A table file is read as it is (its rows
// are matched later); descriptions and ontologies are embedded for the labels they describe, and a label
// without a description is refused in one sentence naming it. Throws InvalidInput when no source or more
// than one is given.
TypeTable buildTypeTable(const TypeSource& source, const std::vector<std::string>& labels);

}  // namespace scdiff::prior
