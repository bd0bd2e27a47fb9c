// Resolving labels to ontology terms and describing them (scdiff/prior/ontology.hpp).
#include "scdiff/prior/ontology.hpp"

#include <cctype>
#include <deque>
#include <fstream>
#include <unordered_set>

#include "ontology_formats.hpp"
#include "scdiff/atomic_file.hpp"
#include "scdiff/error.hpp"
#include "scdiff/prior/type_match.hpp"
#include "text_lines.hpp"

namespace scdiff::prior {

namespace fs = std::filesystem;

Ontology Ontology::read(const fs::path& file) {
    if (!fs::exists(file)) throw FileError(file.string(), "", "no such file");
    const std::string ext = lowerExtension(file);
    std::vector<OntologyTerm> terms;
    if (ext == ".obo")
        terms = readObo(file);
    else if (ext == ".json")
        terms = readOboGraphJson(file);
    else if (ext == ".owl" || ext == ".xml" || ext == ".rdf")
        terms = readOwlXml(file);
    else
        throw FileError(file.string(), "", "unknown ontology format '" + ext + "' (expected .obo, .owl or .json)");
    std::size_t named = 0;
    for (const auto& t : terms) named += !t.name.empty();
    if (named == 0) throw FileError(file.string(), "", "the file holds no named term");
    return fromTerms(std::move(terms), file.filename().string());
}

Ontology Ontology::fromTerms(std::vector<OntologyTerm> terms, std::string source) {
    Ontology o;
    o.terms_ = std::move(terms);
    o.source_ = std::move(source);
    o.index();
    return o;
}

void Ontology::index() {
    // Current terms are indexed first, so on a clash of names they win over obsolete ones.
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < terms_.size(); ++i) {
            const OntologyTerm& t = terms_[i];
            if (t.obsolete != (pass == 1)) continue;
            byId_.emplace(t.id, i);
            if (!t.name.empty()) {
                byName_.emplace(t.name, i);
                byLoose_.emplace(looseName(t.name), i);
            }
            for (const auto& s : t.exactSynonyms) bySynonym_.emplace(s, i);
        }
    // Loose synonyms after every loose name: a name beats another term's synonym.
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < terms_.size(); ++i)
            if (terms_[i].obsolete == (pass == 1))
                for (const auto& s : terms_[i].exactSynonyms) byLoose_.emplace(looseName(s), i);
}

const OntologyTerm* Ontology::find(const std::string& id) const {
    const auto it = byId_.find(canonicalTermId(id));
    return it == byId_.end() ? nullptr : &terms_[it->second];
}

const OntologyTerm* Ontology::resolve(const std::string& label) const {
    const std::string l(trimmed(label));
    if (l.empty()) return nullptr;
    if (const auto* t = find(l)) return t;
    for (const auto* map : {&byName_, &bySynonym_})
        if (const auto it = map->find(l); it != map->end()) return &terms_[it->second];
    if (const auto it = byLoose_.find(looseName(l)); it != byLoose_.end()) return &terms_[it->second];
    return nullptr;
}

std::string Ontology::description(const OntologyTerm& term, bool withAncestors, int maxAncestors) const {
    std::string s = term.name;
    if (!term.definition.empty()) {
        if (!s.empty()) s += ". ";
        s += term.definition;
    }
    if (!withAncestors || maxAncestors <= 0) return s;
    // Breadth first over is_a: the nearest ancestors first, each once (the graph is a DAG, cycles in a
    // broken file end at the visited check).
    std::vector<std::string> names;
    std::unordered_set<std::string> seen{term.id};
    std::deque<std::string> queue(term.parents.begin(), term.parents.end());
    while (!queue.empty() && static_cast<int>(names.size()) < maxAncestors) {
        const std::string id = queue.front();
        queue.pop_front();
        if (!seen.insert(id).second) continue;
        const OntologyTerm* parent = find(id);
        if (!parent) continue;
        if (!parent->name.empty()) names.push_back(parent->name);
        queue.insert(queue.end(), parent->parents.begin(), parent->parents.end());
    }
    if (!names.empty()) {
        s += s.empty() || s.back() == '.' ? " Is a: " : ". Is a: ";
        for (std::size_t i = 0; i < names.size(); ++i) s += (i ? ", " : "") + names[i];
        s += ".";
    }
    return s;
}

Descriptions readDescriptions(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file.string(), "", fs::exists(file) ? "cannot open the file" : "no such file");
    Descriptions d;
    std::unordered_set<std::string> seen;
    std::string line;
    std::int64_t lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trimmed(line).empty() || line.front() == '#') continue;
        const std::string where = "line " + std::to_string(lineNo);
        const auto tab = line.find('\t');
        if (tab == std::string::npos)
            throw FileError(file.string(), where, "expected a cell type name, a tab and its description");
        const std::string name(trimmed(std::string_view(line).substr(0, tab)));
        const std::string text(trimmed(std::string_view(line).substr(tab + 1)));
        if (d.names.empty() && name == "name" && (text == "description" || text == "text")) continue;  // header
        if (name.empty()) throw FileError(file.string(), where, "the cell type name is empty");
        if (text.empty()) throw FileError(file.string(), where, "the description of '" + name + "' is empty");
        if (!seen.insert(name).second)
            throw FileError(file.string(), where, "'" + name + "' is described twice; give each type one line");
        d.names.push_back(name);
        d.texts.push_back(text);
    }
    if (d.names.empty()) throw FileError(file.string(), "", "the file describes no cell type (expected name<TAB>text)");
    return d;
}

void writeDescriptions(const Descriptions& d, const fs::path& file) {
    auto clean = [](std::string s) {
        for (auto& c : s)
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        return s;
    };
    io::writeAtomically(file, [&](std::ostream& out) {
        out << "name\tdescription\n";
        for (std::size_t i = 0; i < d.names.size(); ++i) out << clean(d.names[i]) << '\t' << clean(d.texts[i]) << '\n';
    });
}

ResolvedDescriptions describeLabels(const Ontology& ontology, const std::vector<std::string>& labels,
                                    bool withAncestors) {
    ResolvedDescriptions out;
    for (const auto& label : labels) {
        const OntologyTerm* t = ontology.resolve(label);
        if (!t) {
            out.unresolved.push_back(label);
            continue;
        }
        out.described.names.push_back(label);
        out.described.texts.push_back(ontology.description(*t, withAncestors));
        out.termIds.push_back(t->id);
    }
    return out;
}

}  // namespace scdiff::prior
