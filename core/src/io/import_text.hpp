#pragma once
// Line reading for plain and gzip-compressed text files (zlib's gzFile reads both transparently).
#include <zlib.h>

#include <filesystem>
#include <string>

namespace scdiff::io::detail {

class TextReader {
public:
    explicit TextReader(const std::filesystem::path& file);
    ~TextReader();
    TextReader(const TextReader&) = delete;
    TextReader& operator=(const TextReader&) = delete;
    // Next line without the trailing newline/CR; false at the end of the file.
    bool next(std::string& line);
    std::int64_t lineNumber() const { return line_; }
    const std::string& name() const { return name_; }

private:
    gzFile file_ = nullptr;
    std::string name_;
    std::int64_t line_ = 0;
};

}  // namespace scdiff::io::detail
