// Building the cell-type table from the source a user chose (scdiff/prior/type_source.hpp).
#include "scdiff/prior/type_source.hpp"

#include <algorithm>
#include <random>
#include <unordered_map>

#include "scdiff/error.hpp"
#include "scdiff/prior/ontology.hpp"

namespace scdiff::prior {

namespace {

std::string listed(const std::vector<std::string>& names) {
    std::string s;
    for (std::size_t i = 0; i < names.size() && i < 8; ++i) s += (i ? ", " : "") + names[i];
    if (names.size() > 8) s += " and " + std::to_string(names.size() - 8) + " more";
    return s;
}

// Descriptions permuted between names: a derangement where there are at least two (no type keeps its own).
void shuffleTexts(std::vector<std::string>& texts, std::uint64_t seed) {
    if (texts.size() < 2) return;
    std::mt19937_64 rng(seed ^ 0x5f1a11e5ULL);
    std::vector<std::size_t> order(texts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Sattolo's algorithm: a uniformly random cyclic permutation, so nothing stays in place.
    for (std::size_t i = order.size() - 1; i > 0; --i) {
        std::uniform_int_distribution<std::size_t> pick(0, i - 1);
        std::swap(order[i], order[pick(rng)]);
    }
    std::vector<std::string> out(texts.size());
    for (std::size_t i = 0; i < order.size(); ++i) out[i] = texts[order[i]];
    texts = std::move(out);
}

}  // namespace

void checkTypeSource(const TypeSource& source) {
    const int given =
        !source.table.empty() + !source.descriptions.empty() + !source.ontology.empty() + source.fromDataset;
    if (given == 0)
        throw InvalidInput(
            "the text conditioner needs a cell-type table: a table file, a descriptions file, an ontology file "
            "or the dataset's uns['scdiff_text_embeddings']");
    if (given > 1)
        throw InvalidInput(
            "give one source of the cell-type table: a table file, a descriptions file, an ontology file or the "
            "dataset's table, not several");
    if (source.shuffle && !source.described())
        throw InvalidInput("the shuffled control permutes descriptions, not the rows of a table");
    if (!source.languageModel.empty() && !source.described())
        throw InvalidInput("a text encoder embeds descriptions: give a descriptions or an ontology file with it");
    if (!source.languageModel.empty() && source.languageModel.vocab.empty())
        throw InvalidInput("a TorchScript text encoder needs its WordPiece vocabulary (vocab.txt)");
}

DescribedTypes describeTypes(const TypeSource& source, const std::vector<std::string>& labels) {
    checkTypeSource(source);
    if (!source.described()) throw InvalidInput("this cell-type table source has no descriptions");
    DescribedTypes out;
    if (!source.descriptions.empty()) {
        const Descriptions d = readDescriptions(source.descriptions);
        std::unordered_map<std::string, std::size_t> at;
        for (std::size_t i = 0; i < d.names.size(); ++i) at.emplace(d.names[i], i);
        std::vector<std::string> missing;
        for (const auto& l : labels) {
            const auto it = at.find(l);
            if (it == at.end()) {
                missing.push_back(l);
                continue;
            }
            out.names.push_back(l);
            out.texts.push_back(d.texts[it->second]);
        }
        if (!missing.empty())
            throw FileError(source.descriptions.string(), "",
                            "describes no cell type named " + listed(missing) + " (the label column's values)");
        out.from = "descriptions " + source.descriptions.filename().string();
    } else {
        const Ontology o = Ontology::read(source.ontology);
        const auto d = describeLabels(o, labels, source.withAncestors);
        if (!d.unresolved.empty())
            throw FileError(source.ontology.string(), "",
                            "has no term whose ID, name or exact synonym is " + listed(d.unresolved) +
                                " (the label column's values)");
        out.names = d.described.names;
        out.texts = d.described.texts;
        out.from = "ontology " + source.ontology.filename().string() +
                   (source.withAncestors ? " (definitions with is_a ancestors)" : " (definitions)");
    }
    if (source.shuffle) {
        shuffleTexts(out.texts, source.shuffleSeed);
        out.from += ", descriptions shuffled between types (control)";
    }
    return out;
}

}  // namespace scdiff::prior
