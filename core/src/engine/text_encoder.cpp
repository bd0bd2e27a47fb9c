// Descriptions -> [CLS] vectors with the user's TorchScript encoder (scdiff/engine/text_encoder.hpp):
// tokenizing here, the network in the engine module (embedTokens).
#include "scdiff/engine/text_encoder.hpp"

#include "scdiff/error.hpp"
#include "scdiff/prior/wordpiece.hpp"

namespace scdiff::engine {

prior::TypeTable languageModelTable(const prior::LanguageModel& model, const std::vector<std::string>& names,
                                    const std::vector<std::string>& texts) {
    if (names.size() != texts.size())
        throw InvalidInput("the text encoder got " + std::to_string(names.size()) + " names for " +
                           std::to_string(texts.size()) + " descriptions");
    const auto tokenizer = prior::WordPieceTokenizer::read(model.vocab, {!model.cased, model.maxTokens});
    std::vector<std::vector<std::int64_t>> ids;
    ids.reserve(texts.size());
    for (const auto& t : texts) ids.push_back(tokenizer.encode(t));
    auto embedded = embedTokens(model.module, ids, tokenizer.padId());
    prior::TypeTable table;
    table.names = names;
    table.width = embedded.width;
    table.values = std::move(embedded.values);
    table.provenance = "text encoder " + model.module.filename().string() + " ([CLS] vector of the last layer, " +
                       std::to_string(table.width) + " values; vocabulary " + tokenizer.describe() + ")";
    prior::check(table, model.module.string());
    return table;
}

}  // namespace scdiff::engine
