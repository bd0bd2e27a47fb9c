#include "scdiff/gene_names.hpp"

#include <algorithm>

namespace scdiff {

const std::vector<std::string>& geneSymbolColumns() {
    static const std::vector<std::string> columns{"feature_name", "gene_symbols", "gene_symbol", "gene_name",
                                                  "gene_names",   "symbol",       "Symbol"};
    return columns;
}

namespace {
// The first symbol column of var that holds text, or null.
const Column* symbolColumn(const DataFrame& var) {
    for (const auto& name : geneSymbolColumns())
        if (const Column* c = var.find(name);
            c && (std::holds_alternative<StringArray>(c->data) || std::holds_alternative<Categorical>(c->data)))
            return c;
    return nullptr;
}
}  // namespace

std::optional<std::vector<std::string>> geneSymbols(const DataFrame& var) {
    const Column* c = symbolColumn(var);
    if (!c) return std::nullopt;
    std::vector<std::string> out(static_cast<std::size_t>(var.rows()));
    if (const auto* s = std::get_if<StringArray>(&c->data))
        out = s->values;
    else
        for (std::int64_t g = 0; g < var.rows(); ++g)
            out[static_cast<std::size_t>(g)] = std::get<Categorical>(c->data).label(g).value_or("");
    for (std::size_t g = 0; g < out.size(); ++g)
        if (out[g].empty()) out[g] = var.index[g];
    return out;
}

// Searched in place, without copying the column: the Studio asks on every hover of a gene-coloured plot.
std::int64_t findGene(const DataFrame& var, const std::string& name) {
    const auto it = std::find(var.index.begin(), var.index.end(), name);
    if (it != var.index.end()) return static_cast<std::int64_t>(it - var.index.begin());
    const Column* c = symbolColumn(var);
    if (!c || name.empty()) return -1;
    if (const auto* s = std::get_if<StringArray>(&c->data)) {
        const auto hit = std::find(s->values.begin(), s->values.end(), name);
        return hit == s->values.end() ? -1 : static_cast<std::int64_t>(hit - s->values.begin());
    }
    const auto& cat = std::get<Categorical>(c->data);
    const auto* stored = std::get_if<std::vector<std::string>>(&cat.categories);
    const auto names = stored ? std::vector<std::string>{} : cat.categoryNames();  // numeric categories: as text
    const auto& list = stored ? *stored : names;
    const auto category = std::find(list.begin(), list.end(), name);
    if (category == list.end()) return -1;
    const auto code = static_cast<std::int32_t>(category - list.begin());
    const auto row = std::find(cat.codes.begin(), cat.codes.end(), code);
    return row == cat.codes.end() ? -1 : static_cast<std::int64_t>(row - cat.codes.begin());
}

}  // namespace scdiff
