// CSV/TSV text (io::readDelimited), both orientations: a dataset or one sentence.
#include "fuzz_files.hpp"
#include "scdiff/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the ending (the delimiter is detected from it) and the orientation.
    const char* endings[] = {"in.csv", "in.tsv", "in.txt"};
    const auto file = scdiff::fuzz::writeScratch(endings[data[0] % 3], data + 1, size - 1);
    const auto orientation = data[0] & 4 ? scdiff::io::Orientation::GenesAsRows : scdiff::io::Orientation::CellsAsRows;
    scdiff::fuzz::expectDatasetOrSentence([&] { return scdiff::io::readDelimited(file, orientation); });
    return 0;
}
