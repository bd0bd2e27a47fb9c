// The ontology readers (OBO, OBO Graphs JSON, OWL RDF/XML) on the same small cell ontology written here in
// each format, label resolution, descriptions with ancestors, user description files, and broken files.
#include <QTest>
#include <fstream>

#include "scdiff/error.hpp"
#include "scdiff/prior/ontology.hpp"
#include "support_text_files.hpp"
#include "support_ontology_files.hpp"

using namespace scdiff;
using namespace scdiff::prior;

namespace {
using testing::dir;
using testing::writeText;

std::string failure(const std::string& path) {
    try {
        Ontology::read(path);
    } catch (const FileError& e) {
        return e.what();
    }
    return {};
}

}  // namespace

class TestOntology : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        writeText(dir() + "/mini.obo", testing::kMiniObo);
        writeText(dir() + "/mini.json", testing::kMiniOboJson);
        writeText(dir() + "/mini.owl", testing::kMiniOwl);
    }

    // The three formats say the same thing about the same terms.
    void theThreeFormatsReadAlike_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("obo") << "mini.obo";
        QTest::newRow("json") << "mini.json";
        QTest::newRow("owl") << "mini.owl";
    }
    void theThreeFormatsReadAlike() {
        QFETCH(QString, file);
        const Ontology o = Ontology::read(dir() + "/" + file.toStdString());
        QCOMPARE(o.size(), std::int64_t(5));
        const OntologyTerm* b = o.find("CL_0000236");
        QVERIFY(b);
        QCOMPARE(b->name, std::string("B cell"));
        QCOMPARE(b->definition, std::string("A lymphocyte of B lineage with the \"B cell receptor\"."));
        QCOMPARE(b->exactSynonyms, (std::vector<std::string>{"B lymphocyte", "B-cell"}));  // not the related one
        QCOMPARE(b->parents, std::vector<std::string>{"CL:0000542"});                      // not the restriction
        QCOMPARE(o.find("CL:0000542")->parents, std::vector<std::string>{"CL:0000738"});
        QVERIFY(o.find("CL:9999999")->obsolete);
        QVERIFY(!b->obsolete);
        // A label resolves by ID, name, exact synonym (the current term beats the obsolete one), loosely.
        QCOMPARE(o.resolve("CL:0000236"), b);
        QCOMPARE(o.resolve("B cell"), b);
        QCOMPARE(o.resolve("B lymphocyte"), b);
        QCOMPARE(o.resolve("b_cell"), b);
        QCOMPARE(o.resolve("White Blood Cell"), o.find("CL:0000738"));
        QVERIFY(o.resolve("bursal cell") == nullptr);
        QVERIFY(o.resolve("NK cell") == nullptr);
        QCOMPARE(o.description(*b, false),
                 std::string("B cell. A lymphocyte of B lineage with the \"B cell receptor\"."));
        QCOMPARE(o.description(*b, true),
                 std::string("B cell. A lymphocyte of B lineage with the \"B cell receptor\". Is a: lymphocyte, "
                             "leukocyte, cell."));
        QCOMPARE(o.description(*b, true, 1),
                 std::string("B cell. A lymphocyte of B lineage with the \"B cell receptor\". Is a: lymphocyte."));
    }

    void describesLabelsAndListsTheUnresolved() {
        const Ontology o = Ontology::read(dir() + "/mini.obo");
        const auto d = describeLabels(o, {"B-cell", "NK cell", "leukocyte"}, false);
        QCOMPARE(d.described.names, (std::vector<std::string>{"B-cell", "leukocyte"}));
        QCOMPARE(d.termIds, (std::vector<std::string>{"CL:0000236", "CL:0000738"}));
        QCOMPARE(d.unresolved, std::vector<std::string>{"NK cell"});
        QCOMPARE(d.described.texts[1],
                 std::string("leukocyte. An achromatic cell of the myeloid or lymphoid lineages."));
    }

    void readsUserDescriptions() {
        const std::string path = dir() + "/descriptions.tsv";
        writeText(path, "name\tdescription\nB cell\tMakes antibodies; CD19+ MS4A1+.\r\nT cell\tCD3E+ lymphocyte.\n");
        const Descriptions d = readDescriptions(path);
        QCOMPARE(d.names, (std::vector<std::string>{"B cell", "T cell"}));
        QCOMPARE(d.texts[0], std::string("Makes antibodies; CD19+ MS4A1+."));
        auto refused = [&](const std::string& text) {
            writeText(path, text);
            try {
                readDescriptions(path);
            } catch (const FileError& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        QVERIFY(refused("B cell makes antibodies\n").find("line 1: expected a cell type name, a tab") !=
                std::string::npos);
        QVERIFY(refused("B\tx\nB\ty\n").find("line 2: 'B' is described twice") != std::string::npos);
        QVERIFY(refused("B\t \n").find("the description of 'B' is empty") != std::string::npos);
    }

    void refusesFilesThatDoNotParse() {
        writeText(dir() + "/broken.obo", "[Term]\nid: CL:1\ndef: \"never closed\n");
        QVERIFY2(failure(dir() + "/broken.obo").find("line 3: the def: value is not a closed quoted string") !=
                     std::string::npos,
                 failure(dir() + "/broken.obo").c_str());
        writeText(dir() + "/notobo.obo", "hello world\n");
        QVERIFY2(failure(dir() + "/notobo.obo").find("line 1: expected 'tag: value'") != std::string::npos,
                 failure(dir() + "/notobo.obo").c_str());
        writeText(dir() + "/broken.json", "{\"graphs\": [");
        QVERIFY2(failure(dir() + "/broken.json").find("not valid JSON") != std::string::npos,
                 failure(dir() + "/broken.json").c_str());
        writeText(dir() + "/other.json", "{\"nodes\": []}");
        QVERIFY(failure(dir() + "/other.json").find("no \"graphs\" list") != std::string::npos);
        writeText(dir() + "/broken.owl", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<a>\n");
        QVERIFY2(failure(dir() + "/broken.owl").find("not well-formed XML") != std::string::npos,
                 failure(dir() + "/broken.owl").c_str());
        writeText(dir() + "/empty.obo", "format-version: 1.2\n\n[Typedef]\nid: part_of\n");
        QVERIFY2(failure(dir() + "/empty.obo").find("holds no named term") != std::string::npos,
                 failure(dir() + "/empty.obo").c_str());
        QVERIFY(failure(dir() + "/mini.csv").find("no such file") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestOntology)
#include "test_ontology.moc"
