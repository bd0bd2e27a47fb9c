#pragma once
// A cell ontology read from a file the user has (the OBO Foundry's cl.obo, cl.owl or cl.json, or any
// ontology in those formats): terms with their IDs, labels, exact synonyms, definitions and is_a parents.
// It resolves a dataset's label to a term and writes the term's description for a text encoder
// (docs/prior_knowledge.md). Nothing is downloaded.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace scdiff::prior {

struct OntologyTerm {
    std::string id;  // "CL:0000236" (canonicalTermId)
    std::string name;
    std::string definition;
    std::vector<std::string> exactSynonyms;
    std::vector<std::string> parents;  // is_a IDs
    bool obsolete = false;
};

class Ontology {
public:
    Ontology() = default;
    // By extension: .obo (OBO 1.4 flat file), .owl (RDF/XML), .json (OBO Graphs JSON). Throws FileError naming
    // the file and the line or element when it does not parse or holds no term.
    static Ontology read(const std::filesystem::path& file);
    static Ontology fromTerms(std::vector<OntologyTerm> terms, std::string source);

    std::int64_t size() const { return static_cast<std::int64_t>(terms_.size()); }
    const std::vector<OntologyTerm>& terms() const { return terms_; }
    const std::string& source() const { return source_; }
    const OntologyTerm* find(const std::string& id) const;
    // A label to its term: as an ID, then by name, then by exact synonym, then by name or synonym ignoring case,
    // spaces, '-' and '_'; a current term wins over an obsolete one. Null when none.
    const OntologyTerm* resolve(const std::string& label) const;
    // The term's name and definition; with ancestors, also the names of its is_a ancestors, nearest first
    // (at most maxAncestors): "B cell. A lymphocyte of B lineage that …. Is a: lymphocyte of B lineage, …".
    std::string description(const OntologyTerm& term, bool withAncestors, int maxAncestors = 6) const;

private:
    void index();
    std::vector<OntologyTerm> terms_;
    std::string source_;
    std::unordered_map<std::string, std::size_t> byId_, byName_, bySynonym_, byLoose_;
};

// Descriptions of cell types, one per name: from a TSV of "name<TAB>free text" lines (a first line
// "name<TAB>description" is a header). Throws FileError on a line without a tab, an empty name or text, or
// a name given twice.
struct Descriptions {
    std::vector<std::string> names, texts;
};
Descriptions readDescriptions(const std::filesystem::path& file);
// The same format (a header "name<TAB>description"), through a temporary file renamed into place. Tabs and
// line breaks inside a text become spaces.
void writeDescriptions(const Descriptions& descriptions, const std::filesystem::path& file);

// The description of each label from an ontology (resolve + description); labels that resolve to no term
// are listed in `unresolved` and get no description.
struct ResolvedDescriptions {
    Descriptions described;
    std::vector<std::string> termIds;  // per described name
    std::vector<std::string> unresolved;
};
ResolvedDescriptions describeLabels(const Ontology& ontology, const std::vector<std::string>& labels,
                                    bool withAncestors);

}  // namespace scdiff::prior
