#pragma once
// Small text helpers of the prior-knowledge readers (TSV fields, trimming, normalised names).
#include <cctype>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace scdiff::prior {

inline std::string_view trimmed(std::string_view s) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

inline std::vector<std::string_view> splitTabs(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i)
        if (i == line.size() || line[i] == '\t') {
            fields.push_back(line.substr(start, i - start));
            start = i + 1;
        }
    return fields;
}

// Lower case without spaces, tabs, '-' and '_': how names are compared loosely ("CD4+ T cell", "cd4+_t-cell").
inline std::string looseName(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '-' && c != '_' && c != '\t')
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

// A file's extension in lower case (".tsv"), which picks its reader.
inline std::string lowerExtension(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

}  // namespace scdiff::prior
