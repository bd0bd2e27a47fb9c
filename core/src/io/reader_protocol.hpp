#pragma once
// The lines scdiff-reader writes on its standard output for the process that started it (readSafely):
// one message per line, fields separated by tabs, tabs/newlines/backslashes inside a field escaped.
//   stage  NAME                      progress  DONE  TOTAL
//   done   (the dataset is in file descriptor 3, whole)
//   file-error  FILE  ELEMENT  PROBLEM    invalid-input  SENTENCE    no-memory    error  SENTENCE
//   hand-over-failed  SENTENCE   (read, but writing it into the in-memory file failed: a file-size limit)
#include <string>
#include <vector>

namespace scdiff::io::reader_protocol {

inline std::string escape(const std::string& field) {
    std::string out;
    out.reserve(field.size());
    for (char c : field) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

inline std::string line(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += '\t';
        out += escape(fields[i]);
    }
    return out + "\n";
}

// The fields of one line (without its newline).
inline std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\t') {
            out.emplace_back();
        } else if (c == '\\' && i + 1 < line.size()) {
            const char n = line[++i];
            out.back() += n == 't' ? '\t' : n == 'n' ? '\n' : n;
        } else {
            out.back() += c;
        }
    }
    return out;
}

}  // namespace scdiff::io::reader_protocol
