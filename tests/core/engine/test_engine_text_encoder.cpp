// The user's TorchScript text encoder and BERT's tokenizer (docs/prior_knowledge.md): the C++ tokens equal
// a Python copy of Hugging Face's algorithm on texts with accents, CJK, controls, Greek and long words, and
// the [CLS] vectors equal what the traced tiny BERT gives in Python, whichever of the three input
// signatures it was traced with. Files that are not encoders get one sentence.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <filesystem>
#include <fstream>

#include "scdiff/engine/text_encoder.hpp"
#include "scdiff/engine/type_prior.hpp"
#include "scdiff/error.hpp"
#include "scdiff/prior/wordpiece.hpp"
#include "support_engine.hpp"
#include "support_tiny_bert.hpp"

using namespace scdiff;
using namespace scdiff::engine;

namespace {

std::vector<std::string> strings(const QJsonValue& v) {
    std::vector<std::string> out;
    for (const auto& s : v.toArray()) out.push_back(s.toString().toStdString());
    return out;
}

std::vector<std::int64_t> integers(const QJsonValue& v) {
    std::vector<std::int64_t> out;
    for (const auto& s : v.toArray()) out.push_back(s.toInteger());
    return out;
}

template <class F>
std::string failure(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

void writeText(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

class TestEngineTextEncoder : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QJsonObject expected_;
    std::vector<std::string> texts_;

    std::string file(const char* name) const { return (dir_.path() + "/" + name).toStdString(); }

private slots:
    void initTestCase() {
        QVERIFY2(!QString(SCDIFF_PYTHON).isEmpty(), "needs /usr/bin/python3 with torch (installer/setup.sh)");
        const QString problem = test::writeTinyBert(dir_.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QFile f(dir_.path() + "/expected.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        expected_ = QJsonDocument::fromJson(f.readAll()).object();
        texts_ = strings(expected_["texts"]);
        QCOMPARE(texts_.size(), std::size_t(9));
    }

    // Every step of the tokenizer as Python does it, cased and uncased, with BERT's truncation.
    void tokenizerEqualsPython() {
        const auto uncased = prior::WordPieceTokenizer::read(file("vocab.txt"));
        const auto cased = prior::WordPieceTokenizer::read(file("vocab.txt"), {false, 512});
        const auto short8 = prior::WordPieceTokenizer::read(file("vocab.txt"), {true, 8});
        for (std::size_t i = 0; i < texts_.size(); ++i) {
            const auto at = static_cast<qsizetype>(i);
            QCOMPARE(uncased.basicTokens(texts_[i]), strings(expected_["basic"].toArray()[at]));
            QCOMPARE(cased.basicTokens(texts_[i]), strings(expected_["basic_cased"].toArray()[at]));
            QCOMPARE(uncased.tokens(texts_[i]), strings(expected_["pieces"].toArray()[at]));
            QCOMPARE(uncased.encode(texts_[i]), integers(expected_["ids"].toArray()[at]));
            QCOMPARE(short8.encode(texts_[i]), integers(expected_["ids_8"].toArray()[at]));
        }
        // Spot checks that the comparison is not vacuous: accents stripped, a word piece split, [UNK].
        QCOMPARE(uncased.tokens("Naïve unaffable ﬁ"),
                 (std::vector<std::string>{"naive", "un", "##aff", "##able", "[UNK]"}));
        QCOMPARE(cased.basicTokens("Naïve"), std::vector<std::string>{"Naïve"});
        QCOMPARE(uncased.describe(), std::string("vocab.txt, 65 tokens, lower-cased"));
    }

    // The [CLS] vectors, batched and padded here, equal Python's one-text-at-a-time vectors, for each of the
    // three signatures (ids; ids, mask; ids, mask, types) and output forms (dict, tensor, tuple).
    void embeddingsEqualPython() {
        const auto cls = expected_["cls"].toArray();
        for (const char* module : {"encoder.pt", "encoder1.pt", "encoder3.pt"}) {
            prior::LanguageModel lm{file(module), file("vocab.txt")};
            std::vector<std::string> names;
            for (std::size_t i = 0; i < texts_.size(); ++i) names.push_back("type " + std::to_string(i));
            const auto table = languageModelTable(lm, names, texts_);
            QCOMPARE(table.rows(), std::int64_t(texts_.size()));
            QCOMPARE(table.width, std::int64_t(32));
            double worst = 0;
            for (std::int64_t r = 0; r < table.rows(); ++r)
                for (std::int64_t c = 0; c < table.width; ++c)
                    worst = std::max(worst, std::abs(table.row(r)[static_cast<std::size_t>(c)] -
                                                     cls[static_cast<qsizetype>(r)].toArray()[c].toDouble()));
            QVERIFY2(worst < 1e-4, qPrintable(QString("%1: max |C++ - Python| = %2").arg(module).arg(worst)));
            QVERIFY2(table.provenance.find(std::string("text encoder ") + module) != std::string::npos,
                     table.provenance.c_str());
            QVERIFY(table.provenance.find("vocab.txt, 65 tokens") != std::string::npos);
            // Different texts give different vectors (the comparison above is not of constants).
            QVERIFY(std::abs(table.row(0)[0] - table.row(1)[0]) > 1e-4);
        }
    }

    // The dataset's label column through engine::cellTypeTable: descriptions embedded by the encoder.
    void descriptionsThroughTheEncoder() {
        const AnnData& data = test::tinyDataset();
        const auto labels = cellTypeLabels(data, "cell_type").labels;
        std::string tsv;
        for (const auto& l : labels) tsv += l + "\tCD4-positive alpha-beta T cell like " + l + "\n";
        writeText(file("descriptions.tsv"), tsv);
        prior::TypeSource source;
        source.descriptions = file("descriptions.tsv");
        source.languageModel = {file("encoder.pt"), file("vocab.txt")};
        const auto table = cellTypeTable(data, "cell_type", source);
        QCOMPARE(table.names, labels);
        QCOMPARE(table.width, std::int64_t(32));
        QVERIFY2(table.provenance.find("of descriptions descriptions.tsv") != std::string::npos,
                 table.provenance.c_str());
        QCOMPARE(cellTypeCoverage(data, "cell_type", table).matched(), std::int64_t(labels.size()));
        source.languageModel.vocab.clear();
        QVERIFY(failure([&] { cellTypeTable(data, "cell_type", source); }).find("needs its WordPiece vocabulary") !=
                std::string::npos);
    }

    // Files that are not encoders, vocabularies that are not BERT's: one sentence naming the file.
    void badFilesAreRefused() {
        const std::vector<std::vector<std::int64_t>> ids{{2, 17, 3}};
        auto message = [&](const std::string& module) { return failure([&] { embedTokens(module, ids, 0); }); };
        QVERIFY2(message(file("not_encoder.pt")).find("not_encoder.pt: is not a text encoder") != std::string::npos,
                 message(file("not_encoder.pt")).c_str());
        writeText(file("garbage.pt"), "this is not a zip archive");
        QVERIFY2(message(file("garbage.pt")).find("is not a TorchScript file") != std::string::npos,
                 message(file("garbage.pt")).c_str());
        QVERIFY2(message(file("missing.pt")).find("no such file") != std::string::npos,
                 message(file("missing.pt")).c_str());

        writeText(file("novocab.txt"), "[PAD]\n[UNK]\n[SEP]\nhello\n");
        const auto noCls = failure([&] { prior::WordPieceTokenizer::read(file("novocab.txt")); });
        QVERIFY2(noCls.find("has no [CLS] token") != std::string::npos, noCls.c_str());
        writeText(file("empty.txt"), "");
        QVERIFY(failure([&] { prior::WordPieceTokenizer::read(file("empty.txt")); }).find("is empty") !=
                std::string::npos);
        QVERIFY(failure([&] { prior::WordPieceTokenizer::read(file("absent.txt")); }).find("cannot be opened") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestEngineTextEncoder)
#include "test_engine_text_encoder.moc"
