#include "fuzz_files.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace scdiff::fuzz {

namespace fs = std::filesystem;

const fs::path& scratch() {
    static const fs::path folder = [] {
        const fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        fs::path f = base / ("scdiff-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(f);
        std::atexit([] {
            std::error_code ignored;
            fs::remove_all(scratch(), ignored);
        });
        return f;
    }();
    return folder;
}

fs::path writeScratch(const std::string& name, const std::uint8_t* data, std::size_t size) {
    const fs::path path = scratch() / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return path;
}

void writeScratch(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void unclearError(const char* kind, const char* what) {
    std::fprintf(stderr, "decoder threw %s, not a scdiff::Error: %s\n", kind, what);
    std::abort();
}

AnnData seedDataset(bool dense) {
    AnnData d;
    const std::int64_t cells = 6, genes = 4;
    for (std::int64_t c = 0; c < cells; ++c) d.obs.index.push_back("cell" + std::to_string(c));
    for (std::int64_t g = 0; g < genes; ++g) d.var.index.push_back("Gene" + std::to_string(g));
    std::vector<float> values(static_cast<std::size_t>(cells * genes));
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = i % 3 == 0 ? 0.0f : static_cast<float>(i % 7);
    if (dense) {
        d.X = NDArray::fromVector(values, {cells, genes});
    } else {
        d.X = toCsrFloat32(NDArray::fromVector(values, {cells, genes}));
    }
    d.obs.set("cell_type", Categorical::fromLabels({"B", "T", "B", "NK", "T", "B"}));
    d.obs.set("n_counts", NDArray::fromVector(std::vector<double>{1, 2, 3, 4, 5, 6}));
    d.obs.set("sample", StringArray::fromVector({"a", "b", "a", "b", "a", "b"}));
    d.var.set("highly_variable", NDArray::fromVector(std::vector<bool>{true, false, true, true}));
    d.obsm.set("X_umap",
               NDArray::fromVector(std::vector<float>(static_cast<std::size_t>(cells * 2), 0.5f), {cells, 2}));
    d.layers.set("counts", toCsrFloat32(*d.X));
    Dict params;
    params.set("n_neighbors", NDArray::scalar<std::int64_t>(15));
    params.set("method", StringArray::scalar("umap"));
    d.uns.set("neighbors", std::move(params));
    return d;
}

}  // namespace scdiff::fuzz
