#pragma once
// A BERT-family text encoder the user supplies as TorchScript (prior::LanguageModel), run by the engine
// module: descriptions are tokenized in C++ (prior::WordPieceTokenizer) and each one's vector is the [CLS]
// vector of the model's last layer, as the paper embeds Cell Ontology definitions with BioLinkBERT.
// Torch-free.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "scdiff/prior/type_source.hpp"
#include "scdiff/prior/type_table.hpp"

namespace scdiff::engine {

struct TokenEmbeddings {
    std::vector<float> values;  // texts x width, row-major
    std::int64_t width = 0;
};

// Runs the TorchScript module on each token sequence (padded with padId in batches, attention mask 1 on real
// tokens; the module's forward takes input_ids, optionally attention_mask and token_type_ids; one that takes
// input_ids alone gets one unpadded text per call) on the CPU and
// keeps position 0 of its output (a tensor, or the first element of a tuple, or "last_hidden_state" of a
// dict: texts x tokens x width); a texts x width output is taken as it is. Throws FileError naming the file
// when it is not TorchScript, or is not a text encoder (its inputs or its output are not of that shape, or
// its values are not finite).
TokenEmbeddings embedTokens(const std::filesystem::path& module, const std::vector<std::vector<std::int64_t>>& ids,
                            std::int64_t padId);

// One row per name: its text tokenized with the model's vocabulary and embedded. The provenance names the
// module, the vocabulary and the vector.
prior::TypeTable languageModelTable(const prior::LanguageModel& model, const std::vector<std::string>& names,
                                    const std::vector<std::string>& texts);

}  // namespace scdiff::engine
