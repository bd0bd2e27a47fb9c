#include "scdiff/error.hpp"

namespace scdiff {

namespace {
std::string sentence(const std::string& file, const std::string& element, const std::string& problem) {
    std::string s = file;
    if (!element.empty()) s += ": " + element;
    s += ": " + problem;
    return s;
}
}  // namespace

FileError::FileError(std::string file, std::string element, std::string problem)
    : Error(sentence(file, element, problem)),
      file_(std::move(file)),
      element_(std::move(element)),
      problem_(std::move(problem)) {}

}  // namespace scdiff
