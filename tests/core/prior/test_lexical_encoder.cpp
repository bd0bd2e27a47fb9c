// The built-in lexical encoder: its words, a value computed by hand, determinism, and that shared rare
// words (markers, the parent type) bring two types closer than unrelated ones.
#include <QTest>
#include <cmath>

#include "scdiff/error.hpp"
#include "scdiff/prior/lexical_encoder.hpp"

using namespace scdiff;
using namespace scdiff::prior;

namespace {
double cosine(const TypeTable& t, std::int64_t a, std::int64_t b) {
    double dot = 0;
    for (std::int64_t j = 0; j < t.width; ++j) dot += double(t.row(a)[j]) * t.row(b)[j];
    return dot;  // rows have unit length
}
}  // namespace

class TestLexicalEncoder : public QObject {
    Q_OBJECT
private slots:
    void splitsIntoLowerCaseWordsWithoutStopWords() {
        QCOMPARE(lexicalWords("A CD4+ T-cell, of the 2 lineages: CD3E+/IL7R."),
                 (std::vector<std::string>{"cd4+", "t", "cell", "lineages", "cd3e+", "il7r"}));
    }

    // Two one-word descriptions: each word has tf 1 and idf ln(3/2) + 1; with width 1 both words land in
    // the one slot and the unit-length row is ±1.
    void aRowHasUnitLengthAndTheHandComputedSign() {
        const TypeTable t = lexicalTable({"a", "b"}, {"alpha", "alpha alpha beta"}, {1});
        QCOMPARE(t.width, std::int64_t(1));
        QCOMPARE(std::abs(t.values[0]), 1.0f);
        // Row b: alpha (tf 2/3, idf ln(3/3)+1 = 1) and beta (tf 1/3, idf ln(3/2)+1) in one slot, each with its
        // sign hash: the row is the sign of their signed sum.
        const double alpha = 2.0 / 3.0, beta = (1.0 / 3.0) * (std::log(1.5) + 1.0);
        const float sa = t.values[0];  // alpha's sign (row a holds alpha alone)
        QVERIFY(std::abs(t.values[1]) == 1.0f);
        // Both the same sign: +; opposite signs: the larger one (alpha 0.667 > beta 0.468) wins.
        QCOMPARE(t.values[1], sa * (alpha > beta ? 1.0f : -1.0f));
    }

    void isDeterministic() {
        const std::vector<std::string> names{"B cell", "T cell", "monocyte"};
        const std::vector<std::string> texts{"lymphocyte MS4A1+ CD79A+ antibody", "lymphocyte CD3E+ IL7R+",
                                             "myeloid CD14+ LYZ+ phagocyte"};
        const TypeTable a = lexicalTable(names, texts), b = lexicalTable(names, texts);
        QCOMPARE(a.values, b.values);
        QCOMPARE(a.width, std::int64_t(256));
        QVERIFY(a.provenance.find("no language model") != std::string::npos);
        for (std::int64_t i = 0; i < 3; ++i) QVERIFY(std::abs(cosine(a, i, i) - 1.0) < 1e-5);
    }

    void sharedRareWordsBringTypesCloser() {
        const TypeTable t = lexicalTable(
            {"naive B", "memory B", "CD14 monocyte"},
            {"B lymphocyte expressing MS4A1 CD79A naive IGHD", "B lymphocyte expressing MS4A1 CD79A memory CD27",
             "myeloid phagocyte expressing CD14 LYZ S100A8"},
            {512});
        QVERIFY2(cosine(t, 0, 1) > 0.5, qPrintable(QString::number(cosine(t, 0, 1))));
        QVERIFY2(cosine(t, 0, 2) < 0.2, qPrintable(QString::number(cosine(t, 0, 2))));
    }

    void refusesBadArguments() {
        QVERIFY_THROWS_EXCEPTION(InvalidInput, lexicalTable({"a"}, {"x", "y"}));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, lexicalTable({"a"}, {"x"}, {0}));
        // A repeated name is the table check's one sentence.
        QVERIFY_THROWS_EXCEPTION(Error, lexicalTable({"a", "a"}, {"x", "y"}));
    }
};

QTEST_APPLESS_MAIN(TestLexicalEncoder)
#include "test_lexical_encoder.moc"
