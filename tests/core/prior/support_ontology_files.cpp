// The same small cell ontology in the three formats the reader takes (kept out of the test file: moc does
// not read raw string literals).
#include "support_ontology_files.hpp"

namespace testing {

// cell <- leukocyte <- lymphocyte <- B cell; an obsolete term sharing B cell's synonym.
const char* const kMiniObo = R"(format-version: 1.2
ontology: cl

[Term]
id: CL:0000000
name: cell
def: "A material entity of anatomical origin." [GOC:tfm]

[Term]
id: CL:0000738
name: leukocyte
def: "An achromatic cell of the myeloid or lymphoid lineages." []
synonym: "white blood cell" EXACT []
is_a: CL:0000000 ! cell

[Term]
id: CL:0000542
name: lymphocyte
def: "A lymphocyte is a leukocyte commonly found in the blood and lymph." []
intersection_of: CL:0000738 ! leukocyte
intersection_of: part_of UBERON:0002390

[Term]
id: CL:0000236
name: B cell
def: "A lymphocyte of B lineage with the \"B cell receptor\"." [GO_REF:0000031]
synonym: "B lymphocyte" EXACT []
synonym: "B-cell" EXACT []
synonym: "bursal cell" RELATED []
is_a: CL:0000542 ! lymphocyte

[Term]
id: CL:9999999
name: old B cell
synonym: "B lymphocyte" EXACT []
is_obsolete: true

[Typedef]
id: part_of
name: part of
)";

const char* const kMiniOboJson = R"({"graphs": [{"id": "http://purl.obolibrary.org/obo/cl.json", "nodes": [
 {"id": "http://purl.obolibrary.org/obo/CL_0000000", "lbl": "cell", "type": "CLASS",
  "meta": {"definition": {"val": "A material entity of anatomical origin."}}},
 {"id": "http://purl.obolibrary.org/obo/CL_0000738", "lbl": "leukocyte", "type": "CLASS",
  "meta": {"definition": {"val": "An achromatic cell of the myeloid or lymphoid lineages."},
           "synonyms": [{"pred": "hasExactSynonym", "val": "white blood cell"}]}},
 {"id": "http://purl.obolibrary.org/obo/CL_0000542", "lbl": "lymphocyte", "type": "CLASS",
  "meta": {"definition": {"val": "A lymphocyte is a leukocyte commonly found in the blood and lymph."}}},
 {"id": "http://purl.obolibrary.org/obo/CL_0000236", "lbl": "B cell", "type": "CLASS",
  "meta": {"definition": {"val": "A lymphocyte of B lineage with the \"B cell receptor\"."},
           "synonyms": [{"pred": "hasExactSynonym", "val": "B lymphocyte"}, {"pred": "hasExactSynonym", "val": "B-cell"},
                        {"pred": "hasRelatedSynonym", "val": "bursal cell"}]}},
 {"id": "http://purl.obolibrary.org/obo/CL_9999999", "lbl": "old B cell", "type": "CLASS",
  "meta": {"deprecated": true, "synonyms": [{"pred": "hasExactSynonym", "val": "B lymphocyte"}]}},
 {"id": "http://purl.obolibrary.org/obo/RO_0002202", "lbl": "develops from", "type": "PROPERTY"}],
 "edges": [
 {"sub": "http://purl.obolibrary.org/obo/CL_0000738", "pred": "is_a", "obj": "http://purl.obolibrary.org/obo/CL_0000000"},
 {"sub": "http://purl.obolibrary.org/obo/CL_0000542", "pred": "is_a", "obj": "http://purl.obolibrary.org/obo/CL_0000738"},
 {"sub": "http://purl.obolibrary.org/obo/CL_0000236", "pred": "is_a", "obj": "http://purl.obolibrary.org/obo/CL_0000542"},
 {"sub": "http://purl.obolibrary.org/obo/CL_0000236", "pred": "http://purl.obolibrary.org/obo/RO_0002202",
  "obj": "http://purl.obolibrary.org/obo/CL_0000000"}]}]})";

const char* const kMiniOwl = R"(<?xml version="1.0"?>
<rdf:RDF xmlns="http://purl.obolibrary.org/obo/cl.owl#"
     xmlns:obo="http://purl.obolibrary.org/obo/"
     xmlns:owl="http://www.w3.org/2002/07/owl#"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
     xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
     xmlns:oboInOwl="http://www.geneontology.org/formats/oboInOwl#">
    <owl:Ontology rdf:about="http://purl.obolibrary.org/obo/cl.owl"/>
    <owl:Class rdf:about="http://purl.obolibrary.org/obo/CL_0000000">
        <obo:IAO_0000115>A material entity of anatomical origin.</obo:IAO_0000115>
        <rdfs:label xml:lang="en">cell</rdfs:label>
    </owl:Class>
    <owl:Class rdf:about="http://purl.obolibrary.org/obo/CL_0000738">
        <rdfs:subClassOf rdf:resource="http://purl.obolibrary.org/obo/CL_0000000"/>
        <obo:IAO_0000115>An achromatic cell of the myeloid or lymphoid lineages.</obo:IAO_0000115>
        <oboInOwl:hasExactSynonym>white blood cell</oboInOwl:hasExactSynonym>
        <rdfs:label>leukocyte</rdfs:label>
    </owl:Class>
    <owl:Class rdf:about="http://purl.obolibrary.org/obo/CL_0000542">
        <rdfs:subClassOf rdf:resource="http://purl.obolibrary.org/obo/CL_0000738"/>
        <obo:IAO_0000115>A lymphocyte is a leukocyte commonly found in the blood and lymph.</obo:IAO_0000115>
        <rdfs:label>lymphocyte</rdfs:label>
    </owl:Class>
    <owl:Class rdf:about="http://purl.obolibrary.org/obo/CL_0000236">
        <rdfs:subClassOf rdf:resource="http://purl.obolibrary.org/obo/CL_0000542"/>
        <rdfs:subClassOf>
            <owl:Restriction>
                <owl:onProperty rdf:resource="http://purl.obolibrary.org/obo/RO_0002202"/>
                <owl:someValuesFrom rdf:resource="http://purl.obolibrary.org/obo/CL_0000000"/>
            </owl:Restriction>
        </rdfs:subClassOf>
        <obo:IAO_0000115>A lymphocyte of B lineage with the &quot;B cell receptor&quot;.</obo:IAO_0000115>
        <oboInOwl:hasExactSynonym>B lymphocyte</oboInOwl:hasExactSynonym>
        <oboInOwl:hasExactSynonym>B-cell</oboInOwl:hasExactSynonym>
        <oboInOwl:hasRelatedSynonym>bursal cell</oboInOwl:hasRelatedSynonym>
        <rdfs:label>B cell</rdfs:label>
    </owl:Class>
    <owl:Class rdf:about="http://purl.obolibrary.org/obo/CL_9999999">
        <oboInOwl:hasExactSynonym>B lymphocyte</oboInOwl:hasExactSynonym>
        <rdfs:label>old B cell</rdfs:label>
        <owl:deprecated rdf:datatype="http://www.w3.org/2001/XMLSchema#boolean">true</owl:deprecated>
    </owl:Class>
</rdf:RDF>
)";

}  // namespace testing
