// Hand-computed checks of X kind detection, filters with aligned subsetting, normalisation and scaling.
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

#include "scdiff/batch_effect.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "support_anndata.hpp"

using namespace scdiff;
using namespace scdiff::preprocess;

class TestPreprocessBasics : public QObject {
    Q_OBJECT
private slots:
    void detectsXKinds() {
        QCOMPARE(detectXKind(Matrix(NDArray::fromVector<std::int32_t>({0, 3, 1, 2}, {2, 2}))), XKind::Counts);
        QCOMPARE(detectXKind(Matrix(NDArray::fromVector<float>({0, 3, 1, 2}, {2, 2}))), XKind::Counts);
        QCOMPARE(detectXKind(Matrix(NDArray::fromVector<float>({0, 0.5f, 1, 2.3f}, {2, 2}))), XKind::LogNormalized);
        QCOMPARE(detectXKind(Matrix(NDArray::fromVector<double>({0, 0.5, 1, 25.5}, {2, 2}))), XKind::Other);
        QCOMPARE(detectXKind(Matrix(NDArray::fromVector<float>({0, -0.5f, 1, 2}, {2, 2}))), XKind::Other);
        QCOMPARE(detectXKind(Matrix(NDArray::fromVector<std::int32_t>({0, -1}, {1, 2}))), XKind::Other);
        QCOMPARE(detectXKind(Matrix(NDArray(DType::Float32, {0, 3}))), XKind::Empty);
        QCOMPARE(detectXKind(Matrix(testing::toSparse(2, 2, {0, 4, 0, 1}, DType::Int32))), XKind::Counts);
        QCOMPARE(detectXKind(Matrix(testing::toSparse(2, 2, {0, 0.25f, 0, 1}))), XKind::LogNormalized);
        QCOMPARE(std::string(xKindName(XKind::LogNormalized)), std::string("log-normalised"));
    }

    // What a user is told about X: the kind, and for "other" whether it is abundances (log1p helps) or
    // scaled data (nothing helps), with the numbers seen.
    void describesWhatXHolds() {
        const auto fpkm = inspectX(Matrix(testing::toSparse(2, 3, {0, 12.5f, 0, 310.25f, 0, 1.5f})));
        QCOMPARE(fpkm.kind, XKind::Other);
        QVERIFY(fpkm.abundances());
        QCOMPARE(fpkm.minValue, 0.0);  // the sparse zeros count
        QCOMPARE(fpkm.maxValue, 310.25);
        QVERIFY2(fpkm.describe().find("from 0 to 310.25") != std::string::npos, fpkm.describe().c_str());
        QVERIFY(fpkm.describe().find("FPKM or TPM") != std::string::npos);
        const auto scaled = inspectX(Matrix(NDArray::fromVector<float>({-1.5f, 0.25f, 2, -0.5f}, {2, 2})));
        QVERIFY(!scaled.abundances());
        QCOMPARE(scaled.negatives, std::int64_t(2));
        QCOMPARE(scaled.minValue, -1.5);
        QVERIFY2(scaled.describe().find("2 negative values (down to -1.5)") != std::string::npos,
                 scaled.describe().c_str());
        const auto counts = inspectX(Matrix(testing::toSparse(2, 2, {0, 4, 0, 7}, DType::Int32)));
        QCOMPARE(counts.describe(), std::string("non-negative integers up to 7: raw counts"));
        const auto nan = inspectX(Matrix(NDArray::fromVector<double>({1.5, NAN, 30.5, 2}, {2, 2})));
        QCOMPARE(nan.nonFinite, std::int64_t(1));
        QVERIFY(!nan.abundances());
    }

    // Abundances become log1p values (rescaled per cell first when asked); the values and a record are kept;
    // counts, log-normalised and scaled X are refused with the reason.
    void logTransformsAbundancesOnly() {
        const std::vector<float> v = {0, 40, 60, 25.5f, 0, 74.5f};  // rows sum to 100 and 100
        const auto t = logTransformedAbundances(Matrix(testing::toSparse(2, 3, v)));
        const auto out = testing::denseValues(t.x);
        for (std::size_t i = 0; i < v.size(); ++i) QVERIFY(std::abs(out[i] - std::log1p(v[i])) < 1e-6);
        QCOMPARE(testing::denseValues(t.abundance.get<SparseMatrix>()),
                 testing::denseValues(Matrix(testing::toSparse(2, 3, v))));
        const auto& record = t.record.get<Dict>();
        QCOMPARE(record.at("input_kind").get<StringArray>().values.front(), std::string("abundances"));
        QVERIFY(record.find("target_sum") == nullptr);
        QCOMPARE(detectXKind(t.x), XKind::LogNormalized);
        const auto r = logTransformedAbundances(Matrix(testing::toSparse(2, 3, v)), 1e4);  // each row * 100
        const auto rescaled = testing::denseValues(r.x);
        for (std::size_t i = 0; i < v.size(); ++i) QVERIFY(std::abs(rescaled[i] - std::log1p(100.0 * v[i])) < 1e-4);
        QCOMPARE(r.record.get<Dict>().at("target_sum").get<NDArray>().at(0), 1e4);
        auto refused = [](const Matrix& x, const char* why) {
            try {
                logTransformedAbundances(x);
            } catch (const InvalidInput& e) {
                return std::string(e.what()).find(why) != std::string::npos;
            }
            return false;
        };
        QVERIFY(refused(Matrix(testing::toSparse(2, 2, {0, 4, 0, 7}, DType::Int32)), "normalise it"));
        QVERIFY(refused(Matrix(testing::toSparse(2, 2, {0, 0.5f, 0, 1.25f})), "not log-transformed again"));
        QVERIFY(refused(Matrix(NDArray::fromVector<float>({-1.5f, 0.25f, 2, -0.5f}, {2, 2})), "negative values"));
        AnnData a = testing::denseData(2, 3, v);
        logTransformAbundances(a);
        QVERIFY(a.layers.contains("abundance"));
        QVERIFY(a.uns.find("scdiff_preprocess") != nullptr);
        QCOMPARE(standardPipeline(a), XKind::LogNormalized);  // nothing more to do
    }

    void filterSubsetsEveryAlignedElement() {
        // cell1 is all zero, cell3 has one gene (< minGenes 2); gene1 is all zero.
        const std::vector<float> x = {1, 0, 2, 0, 0, 0, 5, 0, 1, 0, 0, 1};
        AnnData a = testing::denseData(4, 3, x);
        a.X = testing::toSparse(4, 3, x, DType::Int32);
        a.obs.set("type", Categorical::fromLabels({"a", "b", "c", "d"}));
        a.var.set("score", NDArray::fromVector<double>({10, 11, 12}));
        a.obsm.set("X_pca", NDArray::fromVector<float>({0, 1, 10, 11, 20, 21, 30, 31}, {4, 2}));
        a.obsp.set("distances", testing::toSparse(4, 4, {0, 1, 2, 3, 4, 0, 5, 6, 7, 8, 0, 9, 10, 11, 12, 0}));
        a.layers.set("counts", testing::toSparse(4, 3, x, DType::Int64));
        a.varm.set("PCs", NDArray::fromVector<double>({1, 2, 3, 4, 5, 6}, {3, 2}));
        a.varp.set("corr", NDArray::fromVector<double>({1, 2, 3, 4, 5, 6, 7, 8, 9}, {3, 3}));
        a.raw = Raw{Matrix(NDArray::fromVector<float>(x, {4, 3})), testing::namedFrame(3, "gene"), {}};

        FilterOptions o;
        o.minGenesPerCell = 2;
        const FilterReport r = filter(a, o);
        QCOMPARE(r.cellsRemoved, std::int64_t(2));
        QCOMPARE(r.genesRemoved, std::int64_t(1));
        QCOMPARE(a.obs.index, (std::vector<std::string>{"cell0", "cell2"}));
        QCOMPARE(a.var.index, (std::vector<std::string>{"gene0", "gene2"}));
        QVERIFY(std::holds_alternative<SparseMatrix>(*a.X));
        QCOMPARE(std::get<SparseMatrix>(*a.X).values.dtype(), DType::Int32);
        QCOMPARE(testing::denseValues(*a.X), (std::vector<double>{1, 2, 5, 1}));
        QCOMPARE(std::get<Categorical>(a.obs.find("type")->data).label(1).value(), std::string("c"));
        QCOMPARE(std::get<NDArray>(a.var.find("score")->data).toFloat64(), (std::vector<double>{10, 12}));
        QCOMPARE(a.obsm.at("X_pca").get<NDArray>().toFloat64(), (std::vector<double>{0, 1, 20, 21}));
        QCOMPARE(testing::denseValues(a.obsp.at("distances").get<SparseMatrix>()), (std::vector<double>{0, 2, 7, 0}));
        QCOMPARE(testing::denseValues(a.layers.at("counts").get<SparseMatrix>()), (std::vector<double>{1, 2, 5, 1}));
        QCOMPARE(a.layers.at("counts").get<SparseMatrix>().values.dtype(), DType::Int64);
        QCOMPARE(a.varm.at("PCs").get<NDArray>().toFloat64(), (std::vector<double>{1, 2, 5, 6}));
        QCOMPARE(a.varp.at("corr").get<NDArray>().toFloat64(), (std::vector<double>{1, 3, 7, 9}));
        QVERIFY(a.raw.has_value());
        QCOMPARE(matrixCols(a.raw->X), std::int64_t(3));  // raw keeps its genes
        QCOMPARE(testing::denseValues(a.raw->X), (std::vector<double>{1, 0, 2, 5, 0, 1}));
    }

    void filterAppliesCountThresholds() {
        // Per-cell totals 3, 6, 1; per-gene totals over kept cells.
        AnnData a = testing::denseData(3, 3, {1, 0, 2, 5, 0, 1, 0, 0, 1});
        FilterOptions o;
        o.minCountsPerCell = 3;
        o.minCountsPerGene = 4;
        const FilterReport r = filter(a, o);
        QCOMPARE(r.cellsRemoved, std::int64_t(1));
        QCOMPARE(a.var.index, (std::vector<std::string>{"gene0"}));  // gene2: 3 counts < 4 over kept cells
        QCOMPARE(testing::denseValues(*a.X), (std::vector<double>{1, 5}));
    }

    void subsetRejectsIndicesOutsideTheData() {
        const AnnData a = testing::denseData(2, 2, {1, 2, 3, 4});
        QVERIFY_THROWS_EXCEPTION(InvalidInput, subsetObs(a, {0, 2}));
        QVERIFY_THROWS_EXCEPTION(InvalidInput, subsetVars(a, {-1}));
        const AnnData b = subsetVars(a, {1, 0});
        QCOMPARE(testing::denseValues(*b.X), (std::vector<double>{2, 1, 4, 3}));
    }

    void normalizesTotalsAndLogs() {
        AnnData a = testing::denseData(2, 2, {1, 3, 0, 0});
        a.X = testing::toSparse(2, 2, {1, 3, 0, 0}, DType::Int64);
        normalizeTotal(a);
        QCOMPARE(std::get<SparseMatrix>(*a.X).values.dtype(), DType::Float32);
        QCOMPARE(testing::denseValues(*a.X), (std::vector<double>{2500, 7500, 0, 0}));
        log1p(a);
        const auto v = testing::denseValues(*a.X);
        QVERIFY(std::abs(v[0] - std::log(2501.0)) < 1e-4);
        QVERIFY(std::abs(v[1] - std::log(7501.0)) < 1e-4);
        QCOMPARE(v[2], 0.0);
    }

    void pipelineKeepsCountsAndNeverNormalisesTwice() {
        AnnData a = testing::denseData(2, 3, {1, 0, 3, 2, 2, 0});
        QCOMPARE(standardPipeline(a), XKind::Counts);
        QCOMPARE(testing::denseValues(a.layers.at("counts").get<NDArray>()), (std::vector<double>{1, 0, 3, 2, 2, 0}));
        const auto once = testing::denseValues(*a.X);
        QVERIFY(std::abs(once[0] - std::log1p(2500.0)) < 1e-4);
        QVERIFY(std::abs(once[2] - std::log1p(7500.0)) < 1e-4);
        const Dict& rec = a.uns.at("scdiff_preprocess").get<Dict>();
        QCOMPARE(rec.at("log1p").get<NDArray>().at(0), 1.0);
        QCOMPARE(rec.at("target_sum").get<NDArray>().at(0), 1e4);
        QCOMPARE(standardPipeline(a), XKind::LogNormalized);
        QCOMPARE(testing::denseValues(*a.X), once);

        // Already log-normalised input: untouched, no counts layer, nothing recorded.
        AnnData b = testing::denseData(1, 2, {0.5f, 1.25f});
        QCOMPARE(standardPipeline(b), XKind::LogNormalized);
        QCOMPARE(testing::denseValues(*b.X), (std::vector<double>{0.5, 1.25}));
        QVERIFY(!b.layers.contains("counts"));

        // A record saying log1p was done wins even when X happens to look like counts.
        AnnData c = testing::denseData(1, 2, {1, 2});
        Dict r;
        r.set("log1p", NDArray::scalar<bool>(true));
        c.uns.set("scdiff_preprocess", r);
        standardPipeline(c);
        QCOMPARE(testing::denseValues(*c.X), (std::vector<double>{1, 2}));
    }

    // The one normalisation path on a bare matrix: the pipeline's numbers and record, the input untouched,
    // anything but counts refused.
    void normalisedCountsIsThePipelinesNormalisation() {
        const Matrix counts = testing::toSparse(2, 3, {1, 0, 3, 2, 2, 0}, DType::Int64);
        const auto n = normalisedCounts(counts);
        AnnData a = testing::denseData(2, 3, {1, 0, 3, 2, 2, 0});
        standardPipeline(a);
        QCOMPARE(testing::denseValues(n.x), testing::denseValues(*a.X));
        QVERIFY(std::holds_alternative<SparseMatrix>(n.x));  // storage kept
        QCOMPARE(testing::denseValues(n.counts.get<SparseMatrix>()), (std::vector<double>{1, 0, 3, 2, 2, 0}));
        QCOMPARE(testing::denseValues(counts), (std::vector<double>{1, 0, 3, 2, 2, 0}));
        QVERIFY(n.record == a.uns.at("scdiff_preprocess"));
        AnnData recorded;
        recorded.uns.set("scdiff_preprocess", n.record);
        QVERIFY(recordsLog1p(recorded));
        QVERIFY(!recordsLog1p(AnnData{}));

        try {
            normalisedCounts(testing::denseData(1, 2, {0.5f, 1.25f}).X.value());
            QFAIL("log-normalised values were normalised as counts");
        } catch (const InvalidInput& e) {
            QVERIFY2(std::string(e.what()).find("not raw counts") != std::string::npos, e.what());
        }
    }

    void batchEffectIsTheBatchsShareOfTheVarianceWithinTypes() {
        // Two genes, so 2 PCs keep every distance. Type 0: batch 0 at (0, 0), (0, 2), batch 1 at (4, 0),
        // (4, 2): type mean (2, 1), within-type sum of squares 4 x 5 = 20, between the (type, batch) groups
        // 2 x 4 + 2 x 4 = 16. Type 1: the same two cells (10, 10), (10, 12) in each batch: within 4 x 1, between 0.
        const std::vector<float> v{0, 0, 0, 2, 4, 0, 4, 2, 10, 10, 10, 12, 10, 10, 10, 12};
        const auto x = testing::toSparse(8, 2, v);
        const std::vector<std::int64_t> type{0, 0, 0, 0, 1, 1, 1, 1}, batch{0, 0, 1, 1, 0, 0, 1, 1};
        const std::vector<std::int64_t> all{0, 1, 2, 3, 4, 5, 6, 7};
        auto e = embedding::batchEffect(x, all, type, batch);
        QCOMPARE(e.components, 2);
        QVERIFY(std::abs(e.withinTypeFraction - 16.0 / 24.0) < 1e-9);
        // Type 0 alone: 16 / 20.
        QVERIFY(std::abs(embedding::batchEffect(x, {0, 1, 2, 3}, type, batch).withinTypeFraction - 0.8) < 1e-9);
        // Without labels the difference between the types is variance the batch does not explain: batch
        // means (5, 6) and (7, 6), grand mean (6, 6), so between 8 x 1 = 8 of a total sum of squares 352.
        QVERIFY(std::abs(embedding::batchEffect(x, all, {}, batch).withinTypeFraction - 8.0 / 352.0) < 1e-9);
        // One batch among the rows: nothing to measure.
        QCOMPARE(embedding::batchEffect(x, {0, 1, 4, 5}, type, batch).withinTypeFraction, 0.0);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, embedding::batchEffect(x, all, type, {0, 1}));
    }

    // Per-batch highly variable genes (scanpy's batch_key, seurat flavour): one batch is the pooled choice; two
    // copies of the same cells flag the same genes in both batches, so the choice is that batch's own; the
    // ranking counts the batches first, so a gene flagged in both beats one flagged in one.
    void highlyVariablePerBatchCountsTheBatches() {
        std::mt19937_64 rng(3);
        std::poisson_distribution<int> noise(1);
        std::vector<float> dense(60 * 30);
        for (std::size_t i = 0; i < 60; ++i)
            for (std::size_t j = 0; j < 30; ++j) {
                double v = noise(rng) * (1.0 + 0.15 * static_cast<double>(j % 7));
                if (j < 4 && i % 3 == 0) v += 6 + static_cast<double>(j);  // a few strongly variable genes
                dense[i * 30 + j] = static_cast<float>(std::log1p(v));
            }
        const SparseMatrix x = testing::toSparse(60, 30, dense);
        HvgOptions o;
        o.nTopGenes = 6;
        const auto pooled = highlyVariableSeurat(x, o);
        QCOMPARE(highlyVariableSeurat(x, o, std::vector<std::int64_t>(60, 0)), pooled);
        std::vector<float> twice = dense;
        twice.insert(twice.end(), dense.begin(), dense.end());
        std::vector<std::int64_t> batch(120, 0);
        for (std::size_t i = 60; i < 120; ++i) batch[i] = 1;
        const auto perBatch = highlyVariableSeurat(testing::toSparse(120, 30, twice), o, batch);
        QCOMPARE(perBatch, pooled);
        QCOMPARE(static_cast<int>(std::count(perBatch.begin(), perBatch.end(), true)), 6);
        // The second batch without one of the chosen genes (never expressed there): that gene is flagged in one
        // batch only and gives way to genes flagged in both.
        std::size_t dropped = 0;
        while (!pooled[dropped]) ++dropped;
        for (std::size_t i = 60; i < 120; ++i) twice[i * 30 + dropped] = 0;
        const auto without = highlyVariableSeurat(testing::toSparse(120, 30, twice), o, batch);
        QVERIFY(!without[dropped]);
        QCOMPARE(static_cast<int>(std::count(without.begin(), without.end(), true)), 6);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, highlyVariableSeurat(x, o, std::vector<std::int64_t>(5, 0)));
    }

    void scalesLikeScanpy() {
        // Gene 0: 1, 2, 3 -> mean 2, std (ddof 1) 1; gene 1 constant -> std set to 1 -> all 0.
        const AnnData a = testing::denseData(3, 2, {1, 4, 2, 4, 3, 4});
        const auto s = scaledDense(a, 0);
        QCOMPARE(std::vector<double>(s.begin(), s.end()), (std::vector<double>{-1, 0, 0, 0, 1, 0}));
        const auto clipped = scaledDense(a, 0.5, {0});
        QCOMPARE(std::vector<double>(clipped.begin(), clipped.end()), (std::vector<double>{-1, 0, 0.5}));
    }
};

QTEST_APPLESS_MAIN(TestPreprocessBasics)
#include "test_preprocess_basics.moc"
