// BERT's basic + WordPiece tokenizer (scdiff/prior/wordpiece.hpp), on ICU's Unicode properties.
#include "scdiff/prior/wordpiece.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <fstream>

#include "scdiff/error.hpp"

namespace scdiff::prior {

namespace {

// A BERT word longer than this (in code points) is [UNK] as a whole (max_input_chars_per_word).
constexpr std::int32_t kMaxCharsPerWord = 100;

bool isWhitespace(UChar32 c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_charType(c) == U_SPACE_SEPARATOR;
}

// Every "C*" category except the three white-space controls, as Hugging Face's _is_control.
bool isControl(UChar32 c) {
    if (c == '\t' || c == '\n' || c == '\r') return false;
    return (U_GET_GC_MASK(c) & U_GC_C_MASK) != 0;
}

// ASCII symbols count as punctuation too ("$", "^", "`"), as BERT's _is_punctuation.
bool isPunctuation(UChar32 c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) return true;
    return (U_GET_GC_MASK(c) & U_GC_P_MASK) != 0;
}

// The CJK Unified Ideographs blocks BERT splits character by character (not Hangul or kana).
bool isCjk(UChar32 c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

template <class F>
void forEachCodePoint(const icu::UnicodeString& s, F&& f) {
    for (std::int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) f(s.char32At(i));
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

const icu::Normalizer2& normalizer(bool composed) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        composed ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status) || !n) throw Error("ICU's Unicode normalisation data is missing (libicu)");
    return *n;
}

icu::UnicodeString normalized(const icu::UnicodeString& s, bool composed) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = normalizer(composed).normalize(s, status);
    if (U_FAILURE(status)) throw Error("ICU could not normalise a text");
    return out;
}

// Words separated by white space (Python's str.split()).
std::vector<icu::UnicodeString> splitWhitespace(const icu::UnicodeString& s) {
    std::vector<icu::UnicodeString> words;
    icu::UnicodeString word;
    forEachCodePoint(s, [&](UChar32 c) {
        if (u_isUWhiteSpace(c)) {
            if (!word.isEmpty()) words.push_back(word);
            word.remove();
        } else {
            word.append(c);
        }
    });
    if (!word.isEmpty()) words.push_back(word);
    return words;
}

}  // namespace

WordPieceTokenizer WordPieceTokenizer::read(const std::filesystem::path& vocab, const WordPieceOptions& options) {
    std::ifstream in(vocab, std::ios::binary);
    if (!in) throw FileError(vocab.string(), "", "cannot be opened for reading (no such file, or no permission)");
    std::vector<std::string> tokens;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        tokens.push_back(line);
    }
    return WordPieceTokenizer(std::move(tokens), options, vocab.string());
}

WordPieceTokenizer::WordPieceTokenizer(std::vector<std::string> vocabulary, const WordPieceOptions& options,
                                       std::string origin)
    : vocabulary_(std::move(vocabulary)), options_(options), origin_(std::move(origin)) {
    if (vocabulary_.empty())
        throw FileError(origin_, "", "is empty; expected a BERT WordPiece vocabulary (vocab.txt, one token per line)");
    if (options_.maxTokens < 3) throw InvalidInput("a text encoder needs room for at least 3 tokens ([CLS] x [SEP])");
    // As BERT's load_vocab: a token listed twice keeps its last line.
    for (std::size_t i = 0; i < vocabulary_.size(); ++i) ids_[vocabulary_[i]] = static_cast<std::int64_t>(i);
    auto special = [&](const char* token) {
        const auto it = ids_.find(token);
        if (it == ids_.end())
            throw FileError(origin_, "",
                            std::string("has no ") + token +
                                " token; expected a BERT WordPiece vocabulary (vocab.txt, one token per line)");
        return it->second;
    };
    pad_ = special("[PAD]");
    unk_ = special("[UNK]");
    cls_ = special("[CLS]");
    sep_ = special("[SEP]");
}

std::vector<std::string> WordPieceTokenizer::basicTokens(const std::string& text) const {
    // Clean (drop NUL, U+FFFD and controls; white space becomes a space) and space the CJK ideographs.
    icu::UnicodeString cleaned;
    forEachCodePoint(icu::UnicodeString::fromUTF8(text), [&](UChar32 c) {
        if (c == 0 || c == 0xFFFD || isControl(c)) return;
        if (isWhitespace(c)) {
            cleaned.append(UChar32(' '));
        } else if (isCjk(c)) {
            cleaned.append(UChar32(' ')).append(c).append(UChar32(' '));
        } else {
            cleaned.append(c);
        }
    });
    std::vector<std::string> out;
    for (auto word : splitWhitespace(normalized(cleaned, true))) {
        if (options_.lowerCase) {
            word.toLower(icu::Locale::getRoot());
            icu::UnicodeString stripped;
            forEachCodePoint(normalized(word, false), [&](UChar32 c) {
                if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
            });
            word = stripped;
        }
        icu::UnicodeString piece;
        forEachCodePoint(word, [&](UChar32 c) {
            if (isPunctuation(c)) {
                if (!piece.isEmpty()) out.push_back(utf8(piece));
                piece.remove();
                out.push_back(utf8(icu::UnicodeString(c)));
            } else {
                piece.append(c);
            }
        });
        if (!piece.isEmpty()) out.push_back(utf8(piece));
    }
    // BERT splits the joined result on white space once more (whitespace_tokenize(" ".join(...))).
    std::vector<std::string> words;
    for (const auto& t : out)
        for (const auto& w : splitWhitespace(icu::UnicodeString::fromUTF8(t))) words.push_back(utf8(w));
    return words;
}

std::vector<std::string> WordPieceTokenizer::tokens(const std::string& text) const {
    std::vector<std::string> out;
    for (const auto& word : basicTokens(text)) {
        const icu::UnicodeString w = icu::UnicodeString::fromUTF8(word);
        const std::int32_t chars = w.countChar32();
        if (chars > kMaxCharsPerWord) {
            out.push_back(vocabulary_[static_cast<std::size_t>(unk_)]);
            continue;
        }
        // Code-unit offsets of each code point, so pieces are cut between characters.
        std::vector<std::int32_t> at;
        for (std::int32_t i = 0; i < w.length(); i = w.moveIndex32(i, 1)) at.push_back(i);
        at.push_back(w.length());
        std::vector<std::string> pieces;
        bool bad = false;
        for (std::size_t start = 0; start + 1 < at.size() && !bad;) {
            std::size_t end = at.size() - 1;
            std::string found;
            for (; end > start; --end) {
                std::string sub = utf8(icu::UnicodeString(w, at[start], at[end] - at[start]));
                if (start > 0) sub = "##" + sub;
                if (ids_.count(sub)) {
                    found = std::move(sub);
                    break;
                }
            }
            if (end == start) {
                bad = true;
            } else {
                pieces.push_back(std::move(found));
                start = end;
            }
        }
        if (bad) {
            out.push_back(vocabulary_[static_cast<std::size_t>(unk_)]);
        } else {
            out.insert(out.end(), pieces.begin(), pieces.end());
        }
    }
    return out;
}

std::vector<std::int64_t> WordPieceTokenizer::encode(const std::string& text) const {
    const auto pieces = tokens(text);
    std::vector<std::int64_t> ids{cls_};
    const auto room = static_cast<std::size_t>(options_.maxTokens - 2);
    for (std::size_t i = 0; i < pieces.size() && i < room; ++i) ids.push_back(ids_.at(pieces[i]));
    ids.push_back(sep_);
    return ids;
}

std::string WordPieceTokenizer::describe() const {
    return std::filesystem::path(origin_).filename().string() + ", " + std::to_string(vocabulary_.size()) +
           " tokens, " + (options_.lowerCase ? "lower-cased" : "cased");
}

}  // namespace scdiff::prior
