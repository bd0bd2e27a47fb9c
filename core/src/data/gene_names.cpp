#include "scdiff/gene_names.hpp"

#include <algorithm>

namespace scdiff {

const std::vector<std::string>& geneSymbolColumns() {
    static const std::vector<std::string> columns{"feature_name", "gene_symbols", "gene_symbol", "gene_name",
                                                  "gene_names",   "symbol",       "Symbol"};
    return columns;
}

std::optional<std::vector<std::string>> geneSymbols(const DataFrame& var) {
    for (const auto& name : geneSymbolColumns()) {
        const Column* c = var.find(name);
        if (!c) continue;
        std::vector<std::string> out(static_cast<std::size_t>(var.rows()));
        if (const auto* s = std::get_if<StringArray>(&c->data)) {
            out = s->values;
        } else if (const auto* cat = std::get_if<Categorical>(&c->data)) {
            for (std::int64_t g = 0; g < var.rows(); ++g) out[static_cast<std::size_t>(g)] = cat->label(g).value_or("");
        } else {
            continue;
        }
        for (std::size_t g = 0; g < out.size(); ++g)
            if (out[g].empty()) out[g] = var.index[g];
        return out;
    }
    return std::nullopt;
}

std::int64_t findGene(const DataFrame& var, const std::string& name) {
    const auto it = std::find(var.index.begin(), var.index.end(), name);
    if (it != var.index.end()) return static_cast<std::int64_t>(it - var.index.begin());
    if (const auto symbols = geneSymbols(var)) {
        const auto s = std::find(symbols->begin(), symbols->end(), name);
        if (s != symbols->end()) return static_cast<std::int64_t>(s - symbols->begin());
    }
    return -1;
}

}  // namespace scdiff
