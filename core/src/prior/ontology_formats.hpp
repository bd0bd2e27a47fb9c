#pragma once
// The three ontology file formats, each to a list of terms (IDs canonical, see canonicalTermId). Each
// throws FileError naming the file and the line or element it could not read.
#include <filesystem>
#include <vector>

#include "scdiff/prior/ontology.hpp"

namespace scdiff::prior {

std::vector<OntologyTerm> readObo(const std::filesystem::path& file);
std::vector<OntologyTerm> readOboGraphJson(const std::filesystem::path& file);
std::vector<OntologyTerm> readOwlXml(const std::filesystem::path& file);

}  // namespace scdiff::prior
