// Datasets opened backed: X's rows read from the file (RowReader) equal the rows of X read whole, for every layout
// it accepts; a backed read leaves X, layers and raw in the file; writing a backed dataset copies them from there
// unchanged; layouts that cannot be read by rows, and damaged offsets, get one sentence naming the element.
#include <hdf5.h>

#include <QtTest>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>

#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/h5ad_rows.hpp"
#include "scdiff/read_safely.hpp"
#include "error_of.hpp"
#include "support_h5ad_fixture.hpp"

using namespace scdiff;
using scdiff::testing::errorOf;
using scdiff::testing::fullAnnData;
using scdiff::testing::scratchFile;

namespace {

// rows x cols counts (57 x 13 unless asked), about a third non-zero, some rows empty (every 7th), as float32.
SparseMatrix randomCounts(std::int64_t rows = 57, std::int32_t cols = 13) {
    std::mt19937 rng(3);
    SparseMatrix s;
    s.rows = rows;
    s.cols = cols;
    s.indptr = {0};
    std::vector<float> values;
    for (std::int64_t r = 0; r < s.rows; ++r) {
        for (std::int32_t c = 0; c < s.cols; ++c)
            if (r % 7 != 3 && rng() % 3 == 0) {
                s.indices.push_back(c);
                values.push_back(static_cast<float>(1 + rng() % 20));
            }
        s.indptr.push_back(static_cast<std::int64_t>(s.indices.size()));
    }
    s.values = NDArray(DType::Float32, {static_cast<std::int64_t>(values.size())});
    std::copy(values.begin(), values.end(), static_cast<float*>(s.values.raw()));
    return s;
}

AnnData datasetWith(Matrix x) {
    AnnData d;
    const auto rows = matrixRows(x), cols = matrixCols(x);
    d.X = std::move(x);
    for (std::int64_t i = 0; i < rows; ++i) d.obs.index.push_back("cell" + std::to_string(i));
    for (std::int64_t j = 0; j < cols; ++j) d.var.index.push_back("gene" + std::to_string(j));
    return d;
}

// Rows of a CSR float32 matrix in the order given (what RowReader must return), gathered here by hand.
SparseMatrix rowsOf(const SparseMatrix& s, const std::vector<std::int64_t>& rows) {
    SparseMatrix out;
    out.rows = static_cast<std::int64_t>(rows.size());
    out.cols = s.cols;
    out.indptr = {0};
    std::vector<float> values;
    const auto v = s.values.data<float>();
    for (auto r : rows) {
        for (auto k = s.indptr[r]; k < s.indptr[r + 1]; ++k) {
            out.indices.push_back(s.indices[k]);
            values.push_back(v[k]);
        }
        out.indptr.push_back(static_cast<std::int64_t>(out.indices.size()));
    }
    out.values = NDArray(DType::Float32, {static_cast<std::int64_t>(values.size())});
    std::copy(values.begin(), values.end(), static_cast<float*>(out.values.raw()));
    return out;
}

// Rewrites the integer dataset `path` of `file` with `values`.
void overwrite(const std::string& file, const char* path, const std::vector<std::int64_t>& values) {
    hid_t f = H5Fopen(file.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    hid_t d = H5Dopen2(f, path, H5P_DEFAULT);
    QVERIFY(H5Dwrite(d, H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) >= 0);
    H5Dclose(d);
    H5Fclose(f);
}

const std::vector<std::int64_t> kAsked = {56, 3, 0, 1, 2, 10, 3, 40, 41, 42, 17};  // unsorted, a repeat, runs

}  // namespace

class H5adRows : public QObject {
    Q_OBJECT
private slots:
    void rowsEqualTheWholeMatrixInEveryLayout() {
        const SparseMatrix counts = randomCounts();
        const SparseMatrix expected = rowsOf(counts, kAsked);
        struct Layout {
            const char* name;
            Matrix x;
            int gzip;
        };
        const std::vector<Layout> layouts = {
            {"csr", counts, 0}, {"csr_gzip", counts, 6}, {"dense", toCsrFloat32(counts), 0}};
        for (const auto& layout : layouts) {
            const auto file = scratchFile(std::string("rows_") + layout.name + ".h5ad");
            h5ad::WriteOptions options;
            options.gzipLevel = layout.gzip;
            Matrix x = layout.x;
            if (std::string(layout.name) == "dense") {  // the same values stored as a dense float64 array
                NDArray dense(DType::Float64, {counts.rows, counts.cols});
                auto* v = static_cast<double*>(dense.raw());
                const auto values = counts.values.data<float>();
                for (std::int64_t r = 0; r < counts.rows; ++r)
                    for (auto k = counts.indptr[r]; k < counts.indptr[r + 1]; ++k)
                        v[r * counts.cols + counts.indices[k]] = values[k];
                x = std::move(dense);
            }
            h5ad::write(datasetWith(std::move(x)), file, options);
            const h5ad::RowReader reader(file);
            QCOMPARE(reader.rows(), counts.rows);
            QCOMPARE(reader.cols(), counts.cols);
            const auto got = reader.read(kAsked);
            QVERIFY2(got == expected, layout.name);
            QVERIFY2(reader.readRange(5, 9) == rowsOf(counts, {5, 6, 7, 8}), layout.name);
            QVERIFY2(reader.read({}).rows == 0, layout.name);
        }
    }

    // X written a block of rows at a time (scdiff synth's files): growing chunked datasets, read by the chunks'
    // file addresses rather than through HDF5 (DirectElements), with blocks that cross chunk boundaries.
    void rowsOfAChunkedXEqualTheWholeMatrix() {
        const SparseMatrix counts = randomCounts(2500, 400);  // ~290,000 entries: more than one chunk
        const auto file = scratchFile("rows_chunked.h5ad");
        std::int64_t next = 0;
        h5ad::writeWithRowBlocks(
            file, counts.cols, counts.nnz(),
            [&](SparseMatrix& block) {
                if (next >= counts.rows) return false;
                std::vector<std::int64_t> rows;
                for (std::int64_t r = next; r < std::min(next + 97, counts.rows); ++r) rows.push_back(r);
                block = rowsOf(counts, rows);
                next += static_cast<std::int64_t>(rows.size());
                return true;
            },
            [&] { return datasetWith(counts); });
        hid_t f = H5Fopen(file.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        hid_t d = H5Dopen2(f, "/X/data", H5P_DEFAULT);
        hid_t dcpl = H5Dget_create_plist(d);
        const bool chunked = H5Pget_layout(dcpl) == H5D_CHUNKED;
        hsize_t chunk = 0;
        H5Pget_chunk(dcpl, 1, &chunk);
        H5Pclose(dcpl);
        H5Dclose(d);
        H5Fclose(f);
        QVERIFY(chunked);
        QVERIFY2(static_cast<std::int64_t>(chunk) < counts.nnz(), std::to_string(chunk).c_str());
        const h5ad::RowReader reader(file);
        QVERIFY(reader.read(kAsked) == rowsOf(counts, kAsked));
        std::vector<std::int64_t> all(static_cast<std::size_t>(counts.rows));
        std::iota(all.rbegin(), all.rend(), 0);  // every row, last first
        QVERIFY(reader.read(all) == rowsOf(counts, all));
    }

    void aBackedReadLeavesTheExpressionInTheFile() {
        const auto file = scratchFile("backed_full.h5ad");
        const AnnData whole = fullAnnData();
        h5ad::write(whole, file);
        const AnnData backed = h5ad::read(file, nullProgress(), {.expression = false});
        QVERIFY(!backed.X);
        QVERIFY(backed.layers.size() == 0);
        QVERIFY(!backed.raw);
        QCOMPARE(backed.expressionFile, std::filesystem::absolute(file).string());
        QVERIFY(backed.obs == whole.obs);
        QVERIFY(backed.var == whole.var);
        QVERIFY(backed.obsm == whole.obsm);
        QVERIFY(backed.uns == whole.uns);
        // The safe reader (in its child process) hands over the same.
        io::ReadSafelyOptions options;
        options.expression = false;
        QVERIFY(io::readSafely(file, nullProgress(), options) == backed);
    }

    void writingABackedDatasetCopiesItsExpression() {
        const auto file = scratchFile("backed_source.h5ad");
        const AnnData whole = fullAnnData();
        h5ad::write(whole, file);
        AnnData backed = h5ad::read(file, nullProgress(), {.expression = false});
        std::vector<std::string> labels;
        for (std::int64_t i = 0; i < backed.nObs(); ++i) labels.push_back(i % 2 ? "a" : "b");
        backed.obs.set("label", Categorical::fromLabels(labels));
        const auto out = scratchFile("backed_written.h5ad");
        h5ad::write(backed, out);
        const AnnData reread = h5ad::read(out);
        QVERIFY(reread.X == whole.X);
        QVERIFY(reread.layers == whole.layers);
        QVERIFY(reread.raw == whole.raw);
        QVERIFY(reread.obs.find("label") != nullptr);
        QVERIFY(reread.expressionFile.empty());

        // A backed dataset whose cells no longer match the file's X is not written (no half file either).
        AnnData fewer = backed;
        fewer.obs = DataFrame{};
        fewer.obs.index = {"c0", "c1"};
        const auto refused = scratchFile("backed_refused.h5ad");
        const auto message = errorOf([&] { h5ad::write(fewer, refused); });
        QVERIFY2(message.find("but the dataset has 2 cells") != std::string::npos, message.c_str());
        QVERIFY(!std::filesystem::exists(refused));
    }

    void layoutsThatCannotBeReadByRowsAreRefused() {
        const auto csc = scratchFile("rows_csc.h5ad");
        h5ad::write(fullAnnData(true), csc);
        auto message = errorOf([&] { h5ad::RowReader reader(csc); });
        QVERIFY2(message.find("/X") != std::string::npos && message.find("stored by columns") != std::string::npos,
                 message.c_str());
        message = errorOf([&] { h5ad::read(csc, nullProgress(), {.expression = false}); });
        QVERIFY2(message.find("stored by columns") != std::string::npos, message.c_str());
    }

    void damagedOffsetsAndIndicesAreNamed() {
        const SparseMatrix counts = randomCounts();
        const auto file = scratchFile("rows_bad_indptr.h5ad");
        h5ad::write(datasetWith(counts), file);
        std::vector<std::int64_t> indptr = counts.indptr.vec();
        std::swap(indptr[10], indptr[11]);
        if (indptr[10] == indptr[11]) indptr[10] += 1;  // make it decrease
        overwrite(file, "/X/indptr", indptr);
        auto message = errorOf([&] { h5ad::RowReader reader(file); });
        QVERIFY2(message.find("/X/indptr") != std::string::npos && message.find("non-decreasing") != std::string::npos,
                 message.c_str());

        // A column index outside the matrix is found when its row is read.
        const auto badIndex = scratchFile("rows_bad_index.h5ad");
        h5ad::write(datasetWith(counts), badIndex);
        std::vector<std::int64_t> indices(counts.indices.begin(), counts.indices.end());
        indices[static_cast<std::size_t>(counts.indptr[40])] = 99;
        overwrite(badIndex, "/X/indices", indices);
        const h5ad::RowReader reader(badIndex);
        QVERIFY(reader.read(std::vector<std::int64_t>{0, 1}).rows == 2);  // rows before the damage read
        message = errorOf([&] { reader.read(std::vector<std::int64_t>{40}); });
        QVERIFY2(message.find("/X/indices") != std::string::npos && message.find("99") != std::string::npos,
                 message.c_str());
        message = errorOf([&] { reader.read(std::vector<std::int64_t>{57}); });
        QVERIFY2(message.find("row 57 is outside the 57 rows") != std::string::npos, message.c_str());
    }

    void onlyH5adFilesOpenBacked() {
        const auto loom = scratchFile("backed.csv");
        std::ofstream(loom) << "cell,g1\nc1,1\n";
        io::ReadSafelyOptions options;
        options.expression = false;
        const auto message = errorOf([&] { io::readSafely(loom, nullProgress(), options); });
        QVERIFY2(message.find("only .h5ad files can be opened backed") != std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(H5adRows)
#include "test_h5ad_rows.moc"
