#pragma once
// Scratch files of the prior-knowledge tests: where they go, and writing one as given (binary, so "\r\n" stays).
#include <fstream>
#include <string>

namespace testing {
inline std::string dir() { return SCDIFF_TEST_DATA_DIR; }

inline void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}
}  // namespace testing
