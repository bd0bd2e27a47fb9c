// OWL in RDF/XML (cl.owl), read as a stream (the file is large): each owl:Class with rdf:about, rdfs:label,
// obo:IAO_0000115 (definition), oboInOwl:hasExactSynonym, rdfs:subClassOf rdf:resource (is_a; restrictions
// nested inside subClassOf are skipped) and owl:deprecated.
#include <libxml/xmlreader.h>

#include <memory>

#include "ontology_formats.hpp"
#include "scdiff/error.hpp"
#include "scdiff/prior/type_match.hpp"

namespace scdiff::prior {

namespace {

constexpr const char* kOwl = "http://www.w3.org/2002/07/owl#";
constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr const char* kObo = "http://purl.obolibrary.org/obo/";
constexpr const char* kOboInOwl = "http://www.geneontology.org/formats/oboInOwl#";

struct ReaderDeleter {
    void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};

std::string text(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

std::string owned(xmlChar* s) {
    std::string out = text(s);
    xmlFree(s);
    return out;
}

bool is(xmlTextReader* r, const char* ns, const char* local) {
    return text(xmlTextReaderConstNamespaceUri(r)) == ns && text(xmlTextReaderConstLocalName(r)) == local;
}

}  // namespace

std::vector<OntologyTerm> readOwlXml(const std::filesystem::path& file) {
    std::unique_ptr<xmlTextReader, ReaderDeleter> reader(
        xmlReaderForFile(file.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!reader) throw FileError(file.string(), "", "cannot open the file as XML");
    xmlTextReader* r = reader.get();
    std::vector<OntologyTerm> terms;
    bool sawRdf = false;
    int classDepth = -1;  // depth of the owl:Class being read, -1 outside one
    OntologyTerm term;
    int status = 0;
    while ((status = xmlTextReaderRead(r)) == 1) {
        const int type = xmlTextReaderNodeType(r), depth = xmlTextReaderDepth(r);
        if (type == XML_READER_TYPE_ELEMENT) {
            if (is(r, kRdf, "RDF")) sawRdf = true;
            if (classDepth < 0) {
                if (is(r, kOwl, "Class") && depth == 1) {
                    const std::string about = owned(xmlTextReaderGetAttributeNs(
                        r, reinterpret_cast<const xmlChar*>("about"), reinterpret_cast<const xmlChar*>(kRdf)));
                    if (about.empty() || xmlTextReaderIsEmptyElement(r)) {
                        if (!about.empty()) terms.push_back({canonicalTermId(about), "", "", {}, {}, false});
                        continue;
                    }
                    term = OntologyTerm{};
                    term.id = canonicalTermId(about);
                    classDepth = depth;
                }
                continue;
            }
            if (depth != classDepth + 1) continue;  // inside a restriction or an annotation axiom
            if (is(r, kRdfs, "subClassOf")) {
                const std::string parent = owned(xmlTextReaderGetAttributeNs(
                    r, reinterpret_cast<const xmlChar*>("resource"), reinterpret_cast<const xmlChar*>(kRdf)));
                if (!parent.empty()) term.parents.push_back(canonicalTermId(parent));
            } else if (is(r, kRdfs, "label") && term.name.empty()) {
                term.name = owned(xmlTextReaderReadString(r));
            } else if (is(r, kObo, "IAO_0000115")) {
                term.definition = owned(xmlTextReaderReadString(r));
            } else if (is(r, kOboInOwl, "hasExactSynonym")) {
                term.exactSynonyms.push_back(owned(xmlTextReaderReadString(r)));
            } else if (is(r, kOwl, "deprecated")) {
                term.obsolete = owned(xmlTextReaderReadString(r)) == "true";
            }
        } else if (type == XML_READER_TYPE_END_ELEMENT && classDepth >= 0 && depth == classDepth &&
                   is(r, kOwl, "Class")) {
            terms.push_back(std::move(term));
            classDepth = -1;
        }
    }
    if (status < 0) {
        const xmlError* e = xmlGetLastError();
        const std::string where = e ? "line " + std::to_string(e->line) : std::string();
        std::string what = e && e->message ? e->message : "malformed XML";
        while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) what.pop_back();
        throw FileError(file.string(), where, "not well-formed XML (" + what + ")");
    }
    if (!sawRdf) throw FileError(file.string(), "", "not an OWL file in RDF/XML: it has no rdf:RDF element");
    return terms;
}

}  // namespace scdiff::prior
