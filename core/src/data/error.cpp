#include "scdiff/error.hpp"

#include <string_view>

namespace scdiff {

namespace {
std::string sentence(const std::string& file, const std::string& element, const std::string& problem) {
    std::string s = printable(file);
    if (!element.empty()) s += ": " + printable(element);
    s += ": " + printable(problem);
    return s;
}

// The length of the valid UTF-8 sequence starting at s[i], or 0.
std::size_t utf8Length(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    return n;
}
}  // namespace

std::string printable(std::string_view text) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = c < 0x80 ? (c >= 0x20 && c != 0x7F ? 1 : 0) : utf8Length(text, i);
        if (n > 0) {
            out.append(text.substr(i, n));
            i += n;
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
            ++i;
        }
    }
    return out;
}

FileError::FileError(std::string file, std::string element, std::string problem)
    : Error(sentence(file, element, problem)),
      file_(std::move(file)),
      element_(std::move(element)),
      problem_(std::move(problem)) {}

}  // namespace scdiff
