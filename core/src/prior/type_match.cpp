// Matching a label column to a cell-type table (scdiff/prior/type_match.hpp).
#include "scdiff/prior/type_match.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "scdiff/error.hpp"
#include "text_lines.hpp"

namespace scdiff::prior {

namespace {

std::string joined(const std::vector<std::string>& names, std::size_t shown = 8) {
    std::string s;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) s += (i ? ", " : "") + names[i];
    if (names.size() > shown) s += " and " + std::to_string(names.size() - shown) + " more";
    return s;
}

}  // namespace

std::string canonicalTermId(const std::string& raw) {
    std::string id(trimmed(raw));
    if (const auto slash = id.rfind('/'); slash != std::string::npos) id = id.substr(slash + 1);
    // PREFIX_1234567 -> PREFIX:1234567 (OBO PURLs and OWL IRIs use the underscore).
    if (const auto u = id.find('_'); u != std::string::npos && id.find(':') == std::string::npos) {
        const bool prefix = u > 0 && std::all_of(id.begin(), id.begin() + static_cast<std::ptrdiff_t>(u),
                                                 [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        const bool digits =
            u + 1 < id.size() && std::all_of(id.begin() + static_cast<std::ptrdiff_t>(u) + 1, id.end(),
                                             [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (prefix && digits) id[u] = ':';
    }
    return id;
}

TypeMatch matchTypes(const TypeTable& table, const std::vector<std::string>& labels,
                     const std::vector<std::string>& ontologyIds) {
    if (!ontologyIds.empty() && ontologyIds.size() != labels.size())
        throw InvalidInput("matchTypes: " + std::to_string(ontologyIds.size()) + " ontology IDs for " +
                           std::to_string(labels.size()) + " labels");
    std::unordered_map<std::string, std::int64_t> exact, loose, byId;
    for (std::int64_t i = 0; i < table.rows(); ++i) {
        const std::string& name = table.names[static_cast<std::size_t>(i)];
        exact.emplace(name, i);
        loose.emplace(looseName(name), i);  // the first of two loose twins wins
        byId.emplace(canonicalTermId(name), i);
    }
    TypeMatch m;
    m.labels = labels;
    m.row.assign(labels.size(), -1);
    m.how.assign(labels.size(), MatchedBy::None);
    for (std::size_t l = 0; l < labels.size(); ++l) {
        auto take = [&](std::int64_t row, MatchedBy how) {
            m.row[l] = row;
            m.how[l] = how;
        };
        const std::string loosely = looseName(labels[l]);
        if (auto it = exact.find(labels[l]); it != exact.end()) {
            take(it->second, MatchedBy::Name);
        } else if (auto it2 = loose.find(loosely); it2 != loose.end() && !loosely.empty()) {
            take(it2->second, MatchedBy::LooseName);
        } else if (!ontologyIds.empty() && !ontologyIds[l].empty()) {
            if (auto it3 = byId.find(canonicalTermId(ontologyIds[l])); it3 != byId.end())
                take(it3->second, MatchedBy::OntologyId);
        }
    }
    return m;
}

std::int64_t TypeMatch::matched() const {
    return static_cast<std::int64_t>(std::count_if(row.begin(), row.end(), [](std::int64_t r) { return r >= 0; }));
}

std::vector<std::string> TypeMatch::unmatched() const {
    std::vector<std::string> out;
    for (std::size_t l = 0; l < labels.size(); ++l)
        if (row[l] < 0) out.push_back(labels[l]);
    return out;
}

std::string TypeMatch::report(std::int64_t tableRows) const {
    std::int64_t byName = 0, byLoose = 0, byId = 0;
    for (auto h : how) {
        byName += h == MatchedBy::Name;
        byLoose += h == MatchedBy::LooseName;
        byId += h == MatchedBy::OntologyId;
    }
    const auto n = static_cast<std::int64_t>(labels.size());
    std::string s = std::to_string(matched()) + " of " + std::to_string(n) + " cell type" + (n == 1 ? "" : "s") +
                    (matched() == 1 ? " has" : " have") + " a row in the table";
    std::vector<std::string> parts;
    if (byName) parts.push_back(std::to_string(byName) + " by name");
    if (byLoose) parts.push_back(std::to_string(byLoose) + " ignoring case and spaces");
    if (byId) parts.push_back(std::to_string(byId) + " by Cell Ontology ID");
    if (!parts.empty()) s += ": " + joined(parts);
    s += ".";
    if (const auto missing = unmatched(); !missing.empty()) s += " No row for: " + joined(missing) + ".";
    std::vector<bool> used(static_cast<std::size_t>(std::max<std::int64_t>(tableRows, 0)), false);
    for (auto r : row)
        if (r >= 0 && r < tableRows) used[static_cast<std::size_t>(r)] = true;
    const auto unused = std::count(used.begin(), used.end(), false);
    if (unused > 0) {
        s += ' ' + std::to_string(unused);
        s += unused == 1 ? " row" : " rows";
        s += " of the table name no type of this column and are not used.";
    }
    return s;
}

DatasetLabels distinctLabels(const std::vector<std::string>& cellLabels, const std::vector<std::string>& cellIds) {
    if (!cellIds.empty() && cellIds.size() != cellLabels.size())
        throw InvalidInput("distinctLabels: " + std::to_string(cellIds.size()) + " ontology IDs for " +
                           std::to_string(cellLabels.size()) + " cells");
    std::map<std::string, std::map<std::string, std::int64_t>> idsOf;  // label -> id -> cells
    for (std::size_t i = 0; i < cellLabels.size(); ++i) {
        if (cellLabels[i].empty()) continue;
        auto& ids = idsOf[cellLabels[i]];
        if (!cellIds.empty() && !cellIds[i].empty()) ++ids[cellIds[i]];
    }
    DatasetLabels out;
    for (const auto& [label, ids] : idsOf) {
        out.labels.push_back(label);
        if (cellIds.empty()) continue;
        std::string best;
        std::int64_t most = 0;
        for (const auto& [id, cells] : ids)
            if (cells > most) best = id, most = cells;
        out.ontologyIds.push_back(best);
    }
    return out;
}

}  // namespace scdiff::prior
