#pragma once
// The text conditioner's cell-type table for a dataset's label column (docs/prior_knowledge.md): built from
// the source the user chose, and matched to the column's values with the coverage report the CLI prints and
// the Train dialog shows before training.
#include <string>

#include "scdiff/anndata.hpp"
#include "scdiff/prior/type_match.hpp"
#include "scdiff/prior/type_source.hpp"
#include "scdiff/prior/type_table.hpp"

namespace scdiff::engine {

// The label column's distinct values (sorted) with, when obs has "<labelKey>_ontology_term_id", each one's
// ontology term ID. Throws InvalidInput naming the columns when labelKey is not one.
prior::DatasetLabels cellTypeLabels(const AnnData& data, const std::string& labelKey);
// The table from `source` for the label column's values: a table file read as it is (its rows are matched
// later), the dataset's uns['scdiff_text_embeddings'], or the descriptions of the labels embedded by the
// built-in lexical encoder or the user's language model (text_encoder.hpp). Throws as prior::checkTypeSource
// and prior::describeTypes do.
prior::TypeTable cellTypeTable(const AnnData& data, const std::string& labelKey, const prior::TypeSource& source);
// Which row of the table stands for each of the label column's values (prior::matchTypes).
prior::TypeMatch cellTypeCoverage(const AnnData& data, const std::string& labelKey, const prior::TypeTable& table);

}  // namespace scdiff::engine
