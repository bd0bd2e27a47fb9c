// The in-memory AnnData model: typed arrays, categoricals, data frames and ordered dicts.
#include <QtTest>
#include <utility>

#include "scdiff/anndata.hpp"
#include "scdiff/gene_names.hpp"
#include "scdiff/error.hpp"
#include "scdiff/memory.hpp"
#include "error_of.hpp"

using namespace scdiff;

class TestAnnDataModel : public QObject {
    Q_OBJECT
private slots:
    void memorySizesReadAsFileManagersShowThem() {
        QCOMPARE(formatBytes(999), std::string("999 bytes"));
        QCOMPARE(formatBytes(40000000), std::string("40 MB"));
        QCOMPARE(formatBytes(8100000000), std::string("8.1 GB"));
        QVERIFY(availableMemory() > 0);  // Linux: MemAvailable
        QVERIFY_THROWS_EXCEPTION(InvalidInput, requireMemory(std::int64_t(1) << 62, "this", "no"));
        requireMemory(1024, "a kilobyte", "");  // fits
    }

    // A damaged file's names and values go into messages: each message stays one printable line.
    void errorMessagesShowFileTextPrintably() {
        QCOMPARE(printable("GENE\r1\n\t\x7f"), std::string("GENE\\x0d1\\x0a\\x09\\x7f"));
        QCOMPARE(printable("Zelltyp \xc3\xa4 \xe2\x80\x94 ok"), std::string("Zelltyp \xc3\xa4 \xe2\x80\x94 ok"));
        QCOMPARE(printable("bad \xc3 and \xff\xfe end"), std::string("bad \\xc3 and \\xff\\xfe end"));
        QCOMPARE(printable(std::string("nul\0in", 6)), std::string("nul\\x00in"));
        const FileError e("/data/x.csv", "line 3", "expected a number, found '1\r\x80'");
        QCOMPARE(std::string(e.what()), std::string("/data/x.csv: line 3: expected a number, found '1\\x0d\\x80'"));
        QCOMPARE(e.problem(), std::string("expected a number, found '1\r\x80'"));  // as given
    }
    // A shape read from a damaged file whose product passes 2^63 (found by libFuzzer: signed overflow in size()).
    void ndarrayRefusesAShapeNoMemoryHolds() {
        const std::int64_t big = std::int64_t{1} << 34;
        QVERIFY(testing::errorOf([&] {
                    NDArray(DType::Float32, {big, big});
                }).find("larger than any memory") != std::string::npos);
        QVERIFY(testing::errorOf([&] { NDArray(DType::Float64, {1, 2, 3}); }).empty());
    }

    // Copies share values until one is written: the copy is free, a write copies first, and neither side sees the
    // other's write (the Studio hands the session's arrays to jobs, undo commands and the autosave this way).
    void ndarrayCopiesShareValuesUntilWritten() {
        NDArray a = NDArray::fromVector<float>({1, 2, 3, 4}, {2, 2});
        const NDArray b = a;
        QVERIFY(a.sharesValuesWith(b));
        QCOMPARE(b.data<float>().data(), std::as_const(a).data<float>().data());  // reading copies nothing
        a.data<float>()[0] = 9;
        QVERIFY(!a.sharesValuesWith(b));
        QCOMPARE(a.data<float>()[0], 9.0f);
        QCOMPARE(b.data<float>()[0], 1.0f);
        QVERIFY(!(a == b));
        NDArray c = b;
        static_cast<float*>(c.raw())[3] = 4;  // the same value: a write all the same
        QVERIFY(!c.sharesValuesWith(b));
        QVERIFY(c == b);  // equal by value, not by memory
        // A copy inside a dataset: the job's copy of X is changed, the session's is not.
        AnnData session;
        session.X = toCsrFloat32(NDArray::fromVector<float>({0, 1, 2, 0}, {2, 2}));
        AnnData job = session;
        QVERIFY(std::get<SparseMatrix>(*job.X).values.sharesValuesWith(std::get<SparseMatrix>(*session.X).values));
        std::get<SparseMatrix>(*job.X).values.data<float>()[0] = 100;
        QCOMPARE(std::get<SparseMatrix>(*session.X).values.data<float>()[0], 1.0f);
        QVERIFY(NDArray() == NDArray());
        QCOMPARE(NDArray().byteSize(), std::size_t{0});
    }

    // A sparse matrix's structure (row offsets, column indices) is shared the same way: a job's copy of X costs no
    // copy of it, and a write to either side copies first.
    void sparseCopiesShareStructureUntilWritten() {
        AnnData session;
        session.X = toCsrFloat32(NDArray::fromVector<float>({0, 1, 2, 0, 0, 3}, {2, 3}));
        const AnnData job = session;
        const auto& mine = std::get<SparseMatrix>(*session.X);
        const auto& theirs = std::get<SparseMatrix>(*job.X);
        QVERIFY(theirs.indices.sharesValuesWith(mine.indices));
        QVERIFY(theirs.indptr.sharesValuesWith(mine.indptr));
        QCOMPARE(theirs.indices.data(), mine.indices.data());  // reading copies nothing
        AnnData edited = session;
        auto& x = std::get<SparseMatrix>(*edited.X);
        x.indices.own()[0] = 0;  // the first value moves to column 0
        x.indptr.own().back() = 4;
        QVERIFY(!x.indices.sharesValuesWith(mine.indices));
        QVERIFY(!x.indptr.sharesValuesWith(mine.indptr));
        QCOMPARE(mine.indices.vec(), (std::vector<std::int32_t>{1, 2, 2}));
        QCOMPARE(mine.indptr.vec(), (std::vector<std::int64_t>{0, 2, 3}));
        QCOMPARE(x.indices.vec(), (std::vector<std::int32_t>{0, 2, 2}));
        QCOMPARE(x.indptr.vec(), (std::vector<std::int64_t>{0, 2, 4}));
        QVERIFY(!(x == mine));
        QVERIFY(theirs == mine);
        // Moving the values out leaves the other copies as they were.
        SharedVector<std::int32_t> copy = mine.indices;
        const std::vector<std::int32_t> released = copy.release();
        QCOMPARE(released, mine.indices.vec());
        QVERIFY(copy.empty());
        QCOMPARE(mine.indices.size(), std::size_t{3});
    }

    void ndarrayConvertsBetweenDtypes() {
        auto a = NDArray::fromVector<std::int32_t>({1, -2, 300});
        QCOMPARE(a.dtype(), DType::Int32);
        auto f = a.astype(DType::Float32);
        QCOMPARE(f.data<float>()[1], -2.0f);
        auto b = f.astype(DType::Int8);
        QCOMPARE(b.data<std::int8_t>()[0], std::int8_t(1));
        QCOMPARE(a.at(2), 300.0);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, a.data<float>());
    }
    void categoricalFromLabelsSortsCategories() {
        auto c = Categorical::fromLabels({"T", "B", "T", "NK"});
        QCOMPARE(c.categoryCount(), std::int64_t(3));
        QCOMPARE(c.categoryName(0), std::string("B"));
        QCOMPARE(c.codes, (std::vector<std::int32_t>{2, 0, 2, 1}));
        c.codes[1] = -1;
        QVERIFY(!c.label(1).has_value());
        QCOMPARE(*c.label(3), std::string("NK"));
    }
    void numericCategoriesAreFormatted() {
        Categorical c;
        c.categories = NDArray::fromVector<std::int64_t>({5, 10});
        c.codes = {1, 0};
        QCOMPARE(*c.label(0), std::string("10"));
    }
    void dataFrameRejectsWrongLength() {
        DataFrame df;
        df.index = {"a", "b"};
        df.set("x", NDArray::fromVector<double>({1, 2}));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, df.set("y", NDArray::fromVector<double>({1})));
        df.set("x", StringArray::fromVector({"p", "q"}));
        QCOMPARE(df.columns.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<StringArray>(df.find("x")->data));
    }
    void dictKeepsOrderAndNamesKeysOnMiss() {
        Dict d;
        d.set("b", NDArray::scalar<double>(1.0));
        d.set("a", StringArray::scalar("s"));
        Dict inner;
        inner.set("k", NDArray::scalar<bool>(true));
        d.set("nested", inner);
        QCOMPARE(d.keys(), (std::vector<std::string>{"b", "a", "nested"}));
        QVERIFY(d.at("nested").is<Dict>());
        try {
            d.at("missing");
            QFAIL("expected an exception");
        } catch (const InvalidInput& e) {
            QVERIFY(std::string(e.what()).find("'nested'") != std::string::npos);
        }
        Dict copy = d;
        QVERIFY(copy == d);
        copy.at("b").get<NDArray>().data<double>()[0] = 2.0;
        QVERIFY(!(copy == d));
    }
    void denseToCsr() {
        NDArray dense(DType::Float64, {2, 3});
        dense.data<double>()[1] = 4.5;
        dense.data<double>()[5] = 1.0;
        auto csr = toCsrFloat32(dense);
        QCOMPARE(csr.indptr, (std::vector<std::int64_t>{0, 1, 2}));
        QCOMPARE(csr.indices, (std::vector<std::int32_t>{1, 2}));
        QCOMPARE(csr.values.data<float>()[0], 4.5f);
    }

    void genesAreFoundByIdOrSymbol() {
        DataFrame var;
        var.index = {"ENSG1", "ENSG2", "ENSG3"};
        QVERIFY(!geneSymbols(var));
        QCOMPARE(findGene(var, "ENSG2"), std::int64_t(1));
        QCOMPARE(findGene(var, "CD4"), std::int64_t(-1));
        var.set("n_cells", NDArray::fromVector(std::vector<double>{1, 2, 3}));
        var.set("gene_symbols", StringArray::fromVector({"MT1", "", "CD4"}));  // an empty symbol: the ID stands in
        QCOMPARE(*geneSymbols(var), (std::vector<std::string>{"MT1", "ENSG2", "CD4"}));
        QCOMPARE(findGene(var, "CD4"), std::int64_t(2));
        QCOMPARE(findGene(var, "ENSG3"), std::int64_t(2));
        var.set("feature_name", Categorical::fromLabels({"A", "B", "C"}));  // CELLxGENE's column comes first
        QCOMPARE(findGene(var, "B"), std::int64_t(1));
        QCOMPARE(findGene(var, "CD4"), std::int64_t(-1));
    }
};

QTEST_APPLESS_MAIN(TestAnnDataModel)
#include "test_anndata_model.moc"
