// scaledDense: scanpy.pp.scale on a copy.
#include <algorithm>
#include <cmath>

#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "matrix_ops.hpp"
#include "scdiff/subset.hpp"

namespace scdiff::preprocess {

std::vector<float> scaledDense(const AnnData& data, double maxValue, const std::vector<std::int64_t>& genes) {
    requireX(data, "scaling");
    checkIndices(genes, data.nVars(), "gene");
    const Matrix x = genes.empty() ? *data.X : takeCols(*data.X, genes);
    const std::int64_t n = matrixRows(x), g = matrixCols(x);
    const auto mv = detail::geneMeanVar(x, [](double v) { return v; });
    std::vector<double> sd(static_cast<std::size_t>(g));
    for (std::size_t j = 0; j < sd.size(); ++j) {
        sd[j] = std::sqrt(std::max(mv.var[j], 0.0));
        if (sd[j] == 0) sd[j] = 1;  // scanpy: std 0 -> 1
    }
    std::vector<float> out(static_cast<std::size_t>(n * g));
    for (std::int64_t r = 0; r < n; ++r)
        for (std::int64_t c = 0; c < g; ++c)
            out[static_cast<std::size_t>(r * g + c)] =
                static_cast<float>(-mv.mean[static_cast<std::size_t>(c)] / sd[static_cast<std::size_t>(c)]);
    detail::forEachNonZero(x, [&](std::int64_t r, std::int64_t c, double v) {
        const auto j = static_cast<std::size_t>(c);
        out[static_cast<std::size_t>(r * g + c)] = static_cast<float>((v - mv.mean[j]) / sd[j]);
    });
    if (maxValue > 0)
        for (auto& v : out) v = static_cast<float>(std::min(static_cast<double>(v), maxValue));
    return out;
}

}  // namespace scdiff::preprocess
