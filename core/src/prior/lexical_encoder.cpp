// TF-IDF + signed feature hashing (scdiff/prior/lexical_encoder.hpp).
#include "scdiff/prior/lexical_encoder.hpp"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "scdiff/error.hpp"

namespace scdiff::prior {

namespace {

// Words that say nothing about a cell type (a short English list; "cell" stays: "T cell" vs "T helper").
const std::unordered_set<std::string>& stopWords() {
    static const std::unordered_set<std::string> words{
        "a",   "an",   "and",   "are",   "as",   "at",  "be",   "by",   "for",   "from", "has", "have",  "in",
        "is",  "it",   "its",   "of",    "on",   "or",  "that", "the",  "their", "this", "to",  "which", "with",
        "was", "were", "these", "those", "also", "can", "may",  "such", "other", "into", "than"};
    return words;
}

std::uint64_t fnv1a(const std::string& s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

std::vector<std::string> lexicalWords(const std::string& text) {
    std::vector<std::string> words;
    std::string w;
    auto flush = [&] {
        // A lone '+' or digits-only word ("1", "2021") carries nothing.
        bool letter = false;
        for (char c : w) letter |= std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (letter && !stopWords().count(w)) words.push_back(w);
        w.clear();
    };
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '+' || c >= 0x80)  // bytes of non-ASCII UTF-8 letters stay in the word
            w.push_back(static_cast<char>(std::tolower(c)));
        else
            flush();
    }
    flush();
    return words;
}

TypeTable lexicalTable(const std::vector<std::string>& names, const std::vector<std::string>& texts,
                       const LexicalOptions& options) {
    if (names.size() != texts.size())
        throw InvalidInput("lexical encoder: " + std::to_string(names.size()) + " names for " +
                           std::to_string(texts.size()) + " descriptions");
    if (options.width < 1) throw InvalidInput("lexical encoder: the width must be at least 1");
    const std::size_t n = names.size();
    std::vector<std::map<std::string, double>> counts(n);  // ordered: the sums run in the same order everywhere
    std::unordered_map<std::string, double> documents;
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto& w : lexicalWords(texts[i])) counts[i][w] += 1;
        for (const auto& [w, c] : counts[i]) documents[w] += 1;
    }
    TypeTable t;
    t.names = names;
    t.width = options.width;
    t.values.assign(n * static_cast<std::size_t>(options.width), 0.0f);
    for (std::size_t i = 0; i < n; ++i) {
        double total = 0;
        for (const auto& [w, c] : counts[i]) total += c;
        std::vector<double> row(static_cast<std::size_t>(options.width), 0.0);
        for (const auto& [w, c] : counts[i]) {
            // Smoothed IDF as scikit-learn's TfidfVectorizer: ln((1 + n) / (1 + df)) + 1.
            const double idf = std::log((1.0 + static_cast<double>(n)) / (1.0 + documents[w])) + 1.0;
            const std::uint64_t h = fnv1a(w);
            const auto slot = static_cast<std::size_t>(h % static_cast<std::uint64_t>(options.width));
            const double sign = (h >> 63) ? -1.0 : 1.0;
            row[slot] += sign * (c / total) * idf;
        }
        double norm = 0;
        for (double v : row) norm += v * v;
        norm = std::sqrt(norm);
        for (std::size_t j = 0; j < row.size(); ++j)
            t.values[i * row.size() + j] = static_cast<float>(norm > 0 ? row[j] / norm : 0.0);
    }
    t.provenance = "lexical embedding (TF-IDF words hashed to " + std::to_string(options.width) +
                   " dimensions), no language model";
    check(t, "lexical encoder");
    return t;
}

}  // namespace scdiff::prior
