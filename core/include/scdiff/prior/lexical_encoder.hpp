#pragma once
// The built-in, model-free text encoder: a lexical embedding, no language model. Each description becomes
// TF-IDF weights over its words (lower case; letters, digits and '+' make a word, so "CD4+" stays one; common
// English words dropped), feature-hashed into `width` dimensions with a sign hash (FNV-1a, the same on every
// machine), then scaled to unit length. Two types whose descriptions share rare words (marker genes, the
// parent type) get close vectors; it knows nothing of synonyms or meaning. Deterministic: the same
// descriptions give the same table, bit for bit.
#include <string>
#include <vector>

#include "scdiff/prior/type_table.hpp"

namespace scdiff::prior {

struct LexicalOptions {
    std::int64_t width = 256;
};

// The words the encoder sees in a text, in order.
std::vector<std::string> lexicalWords(const std::string& text);

// One row per name; the IDF is computed over these descriptions. provenance names the encoder and width.
// Throws InvalidInput when names and texts differ in length, a name repeats or width < 1.
TypeTable lexicalTable(const std::vector<std::string>& names, const std::vector<std::string>& texts,
                       const LexicalOptions& options = {});

}  // namespace scdiff::prior
