// OBO 1.4 flat files (cl.obo): [Term] stanzas of "tag: value" lines.
#include <fstream>
#include <optional>

#include "ontology_formats.hpp"
#include "scdiff/error.hpp"
#include "scdiff/prior/type_match.hpp"
#include "text_lines.hpp"

namespace scdiff::prior {

namespace {

// The text of a quoted OBO value ("…" with \" and \\ escapes); false when the value does not start with a
// quote or the quote is not closed.
bool quoted(std::string_view value, std::string& out) {
    value = trimmed(value);
    if (value.empty() || value.front() != '"') return false;
    out.clear();
    for (std::size_t i = 1; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            out.push_back(value[++i]);
        } else if (value[i] == '"') {
            return true;
        } else {
            out.push_back(value[i]);
        }
    }
    return false;
}

// "CL:0000945 ! lymphocyte of B lineage {source=…}" -> "CL:0000945".
std::string firstToken(std::string_view value) {
    value = trimmed(value);
    const auto end = value.find_first_of(" \t!{");
    return std::string(value.substr(0, end));
}

}  // namespace

std::vector<OntologyTerm> readObo(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file.string(), "", "cannot open the file");
    std::vector<OntologyTerm> terms;
    std::optional<OntologyTerm> term;
    bool inTerm = false, sawStanza = false;
    auto finish = [&] {
        if (term && !term->id.empty()) terms.push_back(std::move(*term));
        term.reset();
    };
    std::string line;
    std::int64_t lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string_view l = trimmed(line);
        if (l.empty() || l.front() == '!') continue;
        const std::string where = "line " + std::to_string(lineNo);
        if (l.front() == '[') {
            finish();
            sawStanza = true;
            inTerm = l == "[Term]";
            if (inTerm) term.emplace();
            continue;
        }
        const auto colon = l.find(':');
        if (colon == std::string_view::npos)
            throw FileError(file.string(), where,
                            "expected 'tag: value' or a [Stanza] header, found '" + std::string(l.substr(0, 60)) + "'");
        if (!inTerm) continue;  // the header and [Typedef]/[Instance] stanzas
        const std::string_view tag = trimmed(l.substr(0, colon)), value = trimmed(l.substr(colon + 1));
        std::string text;
        if (tag == "id") {
            term->id = canonicalTermId(std::string(value));
        } else if (tag == "name") {
            term->name = std::string(value);
        } else if (tag == "def") {
            if (!quoted(value, text))
                throw FileError(file.string(), where, "the def: value is not a closed quoted string");
            term->definition = text;
        } else if (tag == "synonym") {
            if (!quoted(value, text))
                throw FileError(file.string(), where, "the synonym: value is not a closed quoted string");
            const auto close = value.find('"', 1 + value.find('"'));
            std::string_view rest = value.substr(close == std::string_view::npos ? value.size() : close + 1);
            if (firstToken(rest) == "EXACT") term->exactSynonyms.push_back(text);
        } else if (tag == "is_a") {
            term->parents.push_back(canonicalTermId(firstToken(value)));
        } else if (tag == "intersection_of") {
            // The genus of a genus-differentia definition ("intersection_of: CL:0000542 ! lymphocyte") is
            // a parent; the differentiae carry a relation first ("intersection_of: part_of UBERON:…").
            const std::string first = firstToken(value);
            if (first.find(':') != std::string::npos) term->parents.push_back(canonicalTermId(first));
        } else if (tag == "is_obsolete") {
            term->obsolete = value == "true";
        }
    }
    finish();
    if (!sawStanza) throw FileError(file.string(), "", "not an OBO file: it has no [Term] stanza");
    return terms;
}

}  // namespace scdiff::prior
