// OBO Graphs JSON (cl.json): graphs[].nodes[] with id, lbl, meta.definition.val, meta.synonyms[] and
// meta.deprecated; graphs[].edges[] with sub, pred "is_a", obj.
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "ontology_formats.hpp"
#include "scdiff/error.hpp"
#include "scdiff/prior/type_match.hpp"

namespace scdiff::prior {

std::vector<OntologyTerm> readOboGraphJson(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file.string(), "", "cannot open the file");
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
        throw FileError(file.string(), "byte " + std::to_string(e.byte), "not valid JSON");
    }
    if (!doc.is_object() || !doc.contains("graphs") || !doc["graphs"].is_array())
        throw FileError(file.string(), "", "not an OBO Graphs JSON file: it has no \"graphs\" list");
    std::vector<OntologyTerm> terms;
    std::unordered_map<std::string, std::size_t> at;
    try {
        for (const auto& graph : doc["graphs"]) {
            for (const auto& node : graph.value("nodes", nlohmann::json::array())) {
                if (node.value("type", "CLASS") != "CLASS" || !node.contains("id")) continue;
                OntologyTerm t;
                t.id = canonicalTermId(node["id"].get<std::string>());
                t.name = node.value("lbl", "");
                if (const auto meta = node.find("meta"); meta != node.end() && meta->is_object()) {
                    if (const auto def = meta->find("definition"); def != meta->end() && def->is_object())
                        t.definition = def->value("val", "");
                    for (const auto& s : meta->value("synonyms", nlohmann::json::array()))
                        if (s.value("pred", "") == "hasExactSynonym") t.exactSynonyms.push_back(s.value("val", ""));
                    t.obsolete = meta->value("deprecated", false);
                }
                at.emplace(t.id, terms.size());
                terms.push_back(std::move(t));
            }
            for (const auto& edge : graph.value("edges", nlohmann::json::array())) {
                if (edge.value("pred", "") != "is_a") continue;
                const auto sub = at.find(canonicalTermId(edge.value("sub", "")));
                if (sub != at.end()) terms[sub->second].parents.push_back(canonicalTermId(edge.value("obj", "")));
            }
        }
    } catch (const nlohmann::json::exception& e) {
        throw FileError(file.string(), "graphs", std::string("unexpected content: ") + e.what());
    }
    return terms;
}

}  // namespace scdiff::prior
