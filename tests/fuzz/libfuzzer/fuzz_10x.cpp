// A 10x matrix folder (io::read10x): the first byte picks which of its three files the rest of the input is
// (matrix.mtx, features.tsv, barcodes.tsv); the other two are valid files of a 3 genes x 4 cells matrix.
#include "fuzz_files.hpp"
#include "scdiff/import.hpp"

namespace {
const char* const kMatrix =
    "%%MatrixMarket matrix coordinate integer general\n%\n3 4 5\n1 1 3\n2 1 1\n3 2 7\n1 3 2\n2 4 4\n";
const char* const kFeatures =
    "ENSG01\tGeneA\tGene Expression\nENSG02\tGeneB\tGene Expression\n"
    "ENSG03\tGeneC\tGene Expression\n";
const char* const kBarcodes = "AAAC-1\nAAAG-1\nAACT-1\nAAGT-1\n";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    namespace fs = std::filesystem;
    const fs::path folder = scdiff::fuzz::scratch() / "tenx";
    fs::create_directories(folder);
    const char* names[] = {"matrix.mtx", "features.tsv", "barcodes.tsv"};
    const char* valid[] = {kMatrix, kFeatures, kBarcodes};
    const int fuzzed = data[0] % 3;
    for (int i = 0; i < 3; ++i) {
        if (i == fuzzed)
            scdiff::fuzz::writeScratch("tenx/" + std::string(names[i]), data + 1, size - 1);
        else
            scdiff::fuzz::writeScratch(folder / names[i], valid[i]);
    }
    scdiff::fuzz::expectDatasetOrSentence([&] { return scdiff::io::read10x(folder); });
    return 0;
}
