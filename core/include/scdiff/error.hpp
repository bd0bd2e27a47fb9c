#pragma once
// Typed errors of the scDiff core. Every error carries enough context (file, element, what was
// expected) for the CLI to print it as one sentence and for the GUI to show it in a dialog.
#include <stdexcept>
#include <string>
#include <string_view>

namespace scdiff {

// Text from a file made fit for a one-line message: control characters and bytes that are not UTF-8
// become \xNN (a damaged file's names and values can hold anything).
std::string printable(std::string_view text);

// Base of every error the core throws on purpose; what() is a complete, user-facing sentence.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file (h5ad, mtx, csv, model) that cannot be read or written as expected.
class FileError : public Error {
public:
    // file: the path on disk; element: the path inside the file ("/obs/cell_type", "line 12",
    // may be empty); problem: what was found and what was expected. The sentence (what()) shows them
    // printable(); the accessors keep them as given.
    FileError(std::string file, std::string element, std::string problem);
    const std::string& file() const noexcept { return file_; }
    const std::string& element() const noexcept { return element_; }
    const std::string& problem() const noexcept { return problem_; }

private:
    std::string file_, element_, problem_;
};

// Invalid arguments or data for an operation (missing obs key, single class, NaN in X, ...).
class InvalidInput : public Error {
public:
    using Error::Error;
};

// Thrown by long-running work when Progress::cancelled() turned true.
class Cancelled : public Error {
public:
    Cancelled() : Error("the operation was cancelled") {}
};

}  // namespace scdiff
