#pragma once
// Where the text conditioner's cell-type table comes from, as the CLI and the Studio offer it
// (docs/prior_knowledge.md): a table file; descriptions from a TSV of name -> text; or descriptions from a cell
// ontology. Descriptions are embedded by the built-in lexical encoder or by a TorchScript language model the
// user has (engine::cellTypeTable runs it: LibTorch lives in the engine). The shuffled control permutes the
// descriptions between types before they are embedded.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "scdiff/prior/type_table.hpp"

namespace scdiff::prior {

// A BERT-family text encoder the user supplies: a TorchScript file (torch.jit.trace of the model, taking
// input_ids[, attention_mask[, token_type_ids]]) and its WordPiece vocab.txt. Each description's vector is
// the [CLS] vector of the last layer, as the paper.
struct LanguageModel {
    std::filesystem::path module;  // empty: the built-in lexical encoder
    std::filesystem::path vocab;
    bool cased = false;            // the vocabulary is cased (do_lower_case = False)
    std::int64_t maxTokens = 512;  // [CLS] + word pieces + [SEP]
    bool empty() const { return module.empty(); }
};

struct TypeSource {
    std::filesystem::path table;         // a table file (readTypeTable)
    std::filesystem::path tableNames;    // its names file, for .npy
    std::filesystem::path descriptions;  // name<TAB>text (readDescriptions)
    std::filesystem::path ontology;      // .obo / .owl / .json
    bool withAncestors = false;          // ontology: add the is_a ancestors' names to each definition
    bool fromDataset = false;            // the dataset's uns['scdiff_text_embeddings'] (datasetTypeTable)
    LanguageModel languageModel;         // embeds the descriptions; none: the lexical encoder
    std::int64_t width = 256;            // the lexical encoder's dimensions
    bool shuffle = false;                // the control: descriptions permuted between the types (seeded)
    std::uint64_t shuffleSeed = 0;
    bool empty() const { return table.empty() && descriptions.empty() && ontology.empty() && !fromDataset; }
    bool described() const { return !descriptions.empty() || !ontology.empty(); }
};

// Throws InvalidInput when no source or more than one is given, or when an option does not fit the source
// (the shuffled control or a language model with a table).
void checkTypeSource(const TypeSource& source);

// The descriptions of these labels (the label column's distinct values), permuted between them for the
// shuffled control; `from` says where they came from. A label without a description is refused in one
// sentence naming it. For a descriptions or ontology source only.
struct DescribedTypes {
    std::vector<std::string> names, texts;
    std::string from;
};
DescribedTypes describeTypes(const TypeSource& source, const std::vector<std::string>& labels);

}  // namespace scdiff::prior
