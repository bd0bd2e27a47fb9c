// Writes the libFuzzer targets' seed inputs into OUT/<target>/: small valid inputs of every kind, written by the
// project's own writers (run.sh adds files written by Python anndata when it is there).
#include <cstdio>
#include <fstream>
#include <sstream>

#include "fuzz_files.hpp"
#include "io/anndata_wire.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"

namespace fs = std::filesystem;
using namespace scdiff;

namespace {

class StringSink final : public io::wire::Sink {
public:
    void put(const void* bytes, std::size_t n) override { text.append(static_cast<const char*>(bytes), n); }
    std::string text;
};

void save(const fs::path& path, std::string_view bytes) {
    fs::create_directories(path.parent_path());
    fuzz::writeScratch(path, bytes);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_seeds OUT_DIR\n");
        return 2;
    }
    const fs::path out = argv[1];
    for (bool dense : {false, true}) {
        const std::string kind = dense ? "dense" : "sparse";
        const AnnData data = fuzz::seedDataset(dense);
        StringSink wire;
        io::wire::write(data, wire);
        save(out / "fuzz_wire" / (kind + ".wire"), wire.text);
        fs::create_directories(out / "fuzz_h5ad");
        h5ad::write(data, out / "fuzz_h5ad" / (kind + ".h5ad"));
        h5ad::write(data, out / "fuzz_h5ad" / (kind + "_gzip.h5ad"), {.gzipLevel = 4});
    }
    // fuzz_hdf5_formats: the first byte picks the format (0 Cell Ranger .h5, 1 loom); run.sh adds .h5 files.
    {
        const fs::path loom = fuzz::scratch() / "seed.loom";
        io::writeLoom(fuzz::seedDataset(false), loom);
        std::ifstream in(loom, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        save(out / "fuzz_hdf5_formats" / "seed_loom", std::string("\1", 1) + bytes.str());
    }
    // fuzz_delimited: the first byte picks the ending (0 csv, 1 tsv, 2 txt) and, with bit 4, genes as rows.
    save(out / "fuzz_delimited" / "cells.csv", std::string("\0", 1) + ",GeneA,GeneB,GeneC\nc1,0,1.5,2\nc2,3,0,1e-3\n");
    save(out / "fuzz_delimited" / "genes.tsv", std::string("\5", 1) + "gene\tc1\tc2\nGeneA\t0\t4\nGeneB\t2\tNaN\n");
    save(out / "fuzz_delimited" / "spaces.txt", std::string("\2", 1) + "x y z\na 1 2\nb 3 4\n");
    // fuzz_10x: the first byte picks the file (0 matrix.mtx, 1 features.tsv, 2 barcodes.tsv).
    save(out / "fuzz_10x" / "matrix",
         std::string("\0", 1) + "%%MatrixMarket matrix coordinate real general\n3 4 3\n1 1 2.5\n3 4 1\n2 2 7\n");
    save(out / "fuzz_10x" / "features", std::string("\1", 1) + "ENSG01\tGeneA\nENSG02\tGeneB\nENSG03\tGeneA\n");
    save(out / "fuzz_10x" / "barcodes", std::string("\2", 1) + "AAAC-1\nAAAG-1\nAACT-1\nAAGT-1\n");
    return 0;
}
