#include "support_dataset.h"

#include "scdiff/synth.hpp"

#include <cmath>
#include <cstdio>

namespace scdiff::testing {

AnnData makeDataset(std::int64_t nCells, std::int64_t nGenes) {
    AnnData d;
    std::vector<std::string> labels;
    const char* names[] = {"alpha", "beta", "gamma"};
    for (std::int64_t i = 0; i < nCells; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "cell%lld", static_cast<long long>(i));
        d.obs.index.emplace_back(name);
        labels.push_back(names[i % 3]);
    }
    for (std::int64_t j = 0; j < nGenes; ++j) {
        char name[32];
        std::snprintf(name, sizeof name, "g%lld", static_cast<long long>(j));
        d.var.index.emplace_back(name);
    }
    d.obs.set("cell_type", Categorical::fromLabels(labels));
    std::vector<float> nCounts;
    SparseMatrix x;
    x.rows = nCells;
    x.cols = nGenes;
    x.indptr.push_back(0);
    std::vector<float> values;
    for (std::int64_t i = 0; i < nCells; ++i) {
        float total = 0;
        for (std::int64_t j = 0; j < nGenes; ++j)
            if (j % 3 == i % 3) {
                x.indices.push_back(static_cast<std::int32_t>(j));
                values.push_back(static_cast<float>(j % 5 + 1));
                total += values.back();
            }
        x.indptr.push_back(static_cast<std::int64_t>(x.indices.size()));
        nCounts.push_back(total);
    }
    x.values = NDArray::fromVector(values);
    d.X = x;
    d.obs.set("n_counts", NDArray::fromVector(nCounts));
    std::vector<float> umap;
    for (std::int64_t i = 0; i < nCells; ++i) {
        const double t = static_cast<double>(i % 3);
        umap.push_back(static_cast<float>(10 * t + std::sin(i * 1.7)));
        umap.push_back(static_cast<float>(5 * t + std::cos(i * 2.3)));
    }
    d.obsm.set("X_umap", NDArray::fromVector(umap, {nCells, 2}));
    d.uns.set("cell_type_colors", StringArray::fromVector({"#ff0000", "#00ff00", "#0000ff"}));
    return d;
}

AnnData tinyWithGrid() {
    AnnData tiny = synth::generate(synth::preset("tiny"));
    std::vector<float> grid;
    for (std::int64_t r = 0; r < tiny.nObs(); ++r) {
        grid.push_back(static_cast<float>(r % 20));
        grid.push_back(static_cast<float>(r / 20));
    }
    tiny.obsm.set("X_umap", NDArray::fromVector(grid, {tiny.nObs(), 2}));
    return tiny;
}

}  // namespace scdiff::testing
