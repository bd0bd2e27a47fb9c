#pragma once
// Which row of a cell-type table stands for each value of the dataset's label column, and the coverage
// report shown before training (docs/prior_knowledge.md). Rows are matched by exact name, then ignoring
// case, spaces, '-' and '_', then by Cell Ontology ID when the dataset has one per label (CELLxGENE's
// "<label>_ontology_term_id" column) and the table's names are IDs.
#include <cstdint>
#include <string>
#include <vector>

#include "scdiff/prior/type_table.hpp"

namespace scdiff::prior {

enum class MatchedBy { Name, LooseName, OntologyId, None };

struct TypeMatch {
    std::vector<std::string> labels;  // the label column's values
    std::vector<std::int64_t> row;    // per label: its table row, -1 when none
    std::vector<MatchedBy> how;       // per label
    std::int64_t matched() const;
    std::vector<std::string> unmatched() const;
    // One or two sentences: "7 of 8 cell types have a row in the table: 6 by name, 1 ignoring case and
    // spaces. No row for: NK cell." The table's rows that no label uses are counted too (the candidates are
    // the label column's types; a type with no training cell is one, zero-shot).
    std::string report(std::int64_t tableRows) const;
};

// ontologyIds: per label, its ontology term ID ("CL:0000236"), empty where unknown; empty vector = none.
TypeMatch matchTypes(const TypeTable& table, const std::vector<std::string>& labels,
                     const std::vector<std::string>& ontologyIds = {});

// The distinct labels of the cells (sorted, empty labels = unlabelled cells left out) and, when cellIds
// holds each cell's ontology term ID (CELLxGENE's "<label>_ontology_term_id" column; empty = none), the ID
// most of each label's cells carry.
struct DatasetLabels {
    std::vector<std::string> labels;
    std::vector<std::string> ontologyIds;  // empty without IDs
};
DatasetLabels distinctLabels(const std::vector<std::string>& cellLabels, const std::vector<std::string>& cellIds = {});

// "CL:0000236", "CL_0000236" and "http://purl.obolibrary.org/obo/CL_0000236" as "CL:0000236"; other text as
// it is (trimmed).
std::string canonicalTermId(const std::string& id);

}  // namespace scdiff::prior
