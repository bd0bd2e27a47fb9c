#pragma once
// BERT's tokenizer (basic + WordPiece), as Hugging Face's BertTokenizer and Google's original tokenize text
// for a BERT-family encoder such as BioLinkBERT: drop control characters and U+FFFD, put spaces around CJK
// ideographs, NFC, split on white space; per word lower-case and strip accents (NFD, drop non-spacing
// marks) unless cased; split off every punctuation character; then greedy longest-match-first word pieces
// from the vocabulary ("##" marks a piece inside a word), a word with no split, or longer than 100
// characters, becoming [UNK]. Unicode properties come from ICU, so "Naïve", "Straße" and "T細胞" tokenize as
// Python does (the test compares against a Python copy of the algorithm).
#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace scdiff::prior {

struct WordPieceOptions {
    bool lowerCase = true;         // an uncased vocabulary (BioLinkBERT, bert-base-uncased)
    std::int64_t maxTokens = 512;  // [CLS] + pieces + [SEP]; longer texts are cut (BERT's position limit)
};

class WordPieceTokenizer {
public:
    // One token per line, its line number (from 0) its ID, as BERT's vocab.txt. Throws FileError when the
    // file cannot be read, is empty or lacks one of [PAD], [UNK], [CLS], [SEP].
    static WordPieceTokenizer read(const std::filesystem::path& vocab, const WordPieceOptions& options = {});
    // The same from the tokens themselves; `origin` names them in messages.
    WordPieceTokenizer(std::vector<std::string> vocabulary, const WordPieceOptions& options,
                       std::string origin = "the vocabulary");

    // The basic step: words and punctuation, lower-cased and accent-stripped unless cased.
    std::vector<std::string> basicTokens(const std::string& utf8) const;
    // Word pieces of a text (no [CLS]/[SEP], no truncation).
    std::vector<std::string> tokens(const std::string& utf8) const;
    // IDs of [CLS] pieces [SEP], cut to maxTokens.
    std::vector<std::int64_t> encode(const std::string& utf8) const;

    std::int64_t size() const noexcept { return static_cast<std::int64_t>(vocabulary_.size()); }
    std::int64_t padId() const noexcept { return pad_; }
    const WordPieceOptions& options() const noexcept { return options_; }
    // "vocab.txt, 28,895 tokens, lower-cased": what the model file and the UI say about it.
    std::string describe() const;

private:
    std::vector<std::string> vocabulary_;
    std::unordered_map<std::string, std::int64_t> ids_;
    WordPieceOptions options_;
    std::string origin_;
    std::int64_t pad_ = 0, unk_ = 0, cls_ = 0, sep_ = 0;
};

}  // namespace scdiff::prior
