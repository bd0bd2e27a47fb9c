// filter(): scanpy's filter_cells then filter_genes (gene statistics on the cells kept).
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "matrix_ops.hpp"

namespace scdiff::preprocess {

FilterReport filter(AnnData& data, const FilterOptions& o) {
    requireX(data, "filtering");
    const std::int64_t n = data.nObs(), g = data.nVars();
    std::vector<double> cellCounts(static_cast<std::size_t>(n), 0), cellGenes(static_cast<std::size_t>(n), 0);
    detail::forEachNonZero(*data.X, [&](std::int64_t r, std::int64_t, double x) {
        cellCounts[static_cast<std::size_t>(r)] += x;
        cellGenes[static_cast<std::size_t>(r)] += 1;
    });
    std::vector<std::int64_t> keepCells;
    std::vector<char> cellKept(static_cast<std::size_t>(n), 0);
    for (std::int64_t r = 0; r < n; ++r) {
        const auto i = static_cast<std::size_t>(r);
        const bool ok = cellCounts[i] >= o.minCountsPerCell && cellGenes[i] >= o.minGenesPerCell &&
                        (!o.dropAllZero || cellGenes[i] > 0);
        if (ok) {
            keepCells.push_back(r);
            cellKept[i] = 1;
        }
    }
    std::vector<double> geneCounts(static_cast<std::size_t>(g), 0), geneCells(static_cast<std::size_t>(g), 0);
    detail::forEachNonZero(*data.X, [&](std::int64_t r, std::int64_t c, double x) {
        if (!cellKept[static_cast<std::size_t>(r)]) return;
        geneCounts[static_cast<std::size_t>(c)] += x;
        geneCells[static_cast<std::size_t>(c)] += 1;
    });
    std::vector<std::int64_t> keepGenes;
    for (std::int64_t c = 0; c < g; ++c) {
        const auto j = static_cast<std::size_t>(c);
        if (geneCounts[j] >= o.minCountsPerGene && geneCells[j] >= o.minCellsPerGene &&
            (!o.dropAllZero || geneCells[j] > 0))
            keepGenes.push_back(c);
    }
    FilterReport report{n - static_cast<std::int64_t>(keepCells.size()),
                        g - static_cast<std::int64_t>(keepGenes.size())};
    if (report.cellsRemoved > 0) data = subsetObs(data, keepCells);
    if (report.genesRemoved > 0) data = subsetVars(data, keepGenes);
    return report;
}

}  // namespace scdiff::preprocess
