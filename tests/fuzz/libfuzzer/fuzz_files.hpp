#pragma once
// What the libFuzzer targets share: a scratch folder of this process for the files a decoder reads, and the
// rule for what a decoder may do with a damaged input.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include <exception>
#include <typeinfo>

#include "scdiff/anndata.hpp"
#include "scdiff/error.hpp"

namespace scdiff::fuzz {

// This process's scratch folder (in /dev/shm where there is one: the targets write a file per input).
const std::filesystem::path& scratch();
// Writes the bytes to scratch()/name and returns the path.
std::filesystem::path writeScratch(const std::string& name, const std::uint8_t* data, std::size_t size);
void writeScratch(const std::filesystem::path& path, std::string_view text);

// Runs read(); a dataset or a scdiff::Error (one sentence) is a pass. Any other exception aborts the run, so
// libFuzzer keeps the input that caused it: the user would have seen an unclear message.
template <class Read>
void expectDatasetOrSentence(Read&& read);
[[noreturn]] void unclearError(const char* kind, const char* what);

// A small dataset with every kind of element the decoders read (seeds; also what the 10x target completes).
AnnData seedDataset(bool dense);

template <class Read>
void expectDatasetOrSentence(Read&& read) {
    try {
        AnnData data = read();
        (void)data;
    } catch (const Error&) {
    } catch (const std::exception& e) {
        unclearError(typeid(e).name(), e.what());
    }
}

}  // namespace scdiff::fuzz
