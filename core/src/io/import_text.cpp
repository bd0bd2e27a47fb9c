#include "import_text.hpp"

#include "scdiff/error.hpp"

namespace scdiff::io::detail {

TextReader::TextReader(const std::filesystem::path& file) : name_(file.string()) {
    file_ = gzopen(name_.c_str(), "rb");
    if (!file_) throw FileError(name_, "", "cannot open the file for reading");
    gzbuffer(file_, 1 << 18);
}

TextReader::~TextReader() {
    if (file_) gzclose(file_);
}

bool TextReader::next(std::string& line) {
    line.clear();
    char buf[65536];
    for (;;) {
        if (!gzgets(file_, buf, sizeof buf)) {
            int err = 0;
            const char* msg = gzerror(file_, &err);
            if (err != Z_OK && err != Z_STREAM_END)
                throw FileError(name_, "line " + std::to_string(line_ + 1), std::string("read error: ") + msg);
            if (line.empty()) return false;
            break;
        }
        line += buf;
        if (!line.empty() && line.back() == '\n') break;
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    ++line_;
    return true;
}

}  // namespace scdiff::io::detail
