#pragma once
// A small cell ontology (cell <- leukocyte <- lymphocyte <- B cell, and an obsolete term sharing B cell's
// exact synonym) written out in OBO, OBO Graphs JSON and OWL RDF/XML.
namespace testing {
extern const char* const kMiniObo;
extern const char* const kMiniOboJson;
extern const char* const kMiniOwl;
}  // namespace testing
