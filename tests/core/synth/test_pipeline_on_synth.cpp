// The standard pipeline (scdiff/pipeline.hpp) end to end on generated counts.
#include <QtTest>
#include <cmath>

#include "scdiff/pipeline.hpp"
#include "scdiff/synth.hpp"

using namespace scdiff;

class TestPipelineOnSynth : public QObject {
    Q_OBJECT
private slots:
    void countsBecomeLogNormalisedWithEmbeddings() {
        auto data = synth::generate(synth::preset("tiny"));
        const auto counts = std::get<SparseMatrix>(*data.X);
        preprocess::PipelineOptions o;
        o.filter = false;
        o.hvg = 50;
        o.pcaComps = 10;
        const auto report = preprocess::runPipeline(data, o);
        QCOMPARE(report.inputKind, preprocess::XKind::Counts);
        QCOMPARE(preprocess::detectXKind(*data.X), preprocess::XKind::LogNormalized);
        QCOMPARE(data.nObs(), std::int64_t(300));
        // Raw counts kept, values equal to the input.
        const auto kept = toCsrFloat32(data.layers.at("counts").get<SparseMatrix>());
        QCOMPARE(kept.indices, counts.indices);
        QCOMPARE(kept.values.data<float>()[7], counts.values.data<float>()[7]);
        // Row 0 of X is log1p(counts * 1e4 / total).
        const auto& x = std::get<SparseMatrix>(*data.X);
        double total = 0;
        for (auto k = counts.indptr[0]; k < counts.indptr[1]; ++k) total += counts.values.data<float>()[k];
        const double expected = std::log1p(counts.values.data<float>()[0] * 1e4 / total);
        QVERIFY(std::fabs(x.values.astype(DType::Float64).data<double>()[0] - expected) < 1e-4);
        // 50 HVGs flagged, PCA with 10 components, UMAP 2-D.
        const auto hv = std::get<NDArray>(data.var.find("highly_variable")->data);
        int flagged = 0;
        for (bool b : hv.data<bool>()) flagged += b;
        QCOMPARE(flagged, 50);
        QCOMPARE(data.obsm.at("X_pca").get<NDArray>().shape(), (std::vector<std::int64_t>{300, 10}));
        QCOMPARE(data.obsm.at("X_umap").get<NDArray>().shape(), (std::vector<std::int64_t>{300, 2}));
        QVERIFY(data.obsp.contains("connectivities"));
    }
    void secondRunDoesNotNormaliseTwice() {
        auto data = synth::generate(synth::preset("tiny"));
        preprocess::PipelineOptions o;
        o.pcaComps = 0;
        preprocess::runPipeline(data, o);
        const auto once = *data.X;
        const auto report = preprocess::runPipeline(data, o);
        QCOMPARE(report.inputKind, preprocess::XKind::LogNormalized);
        QVERIFY(*data.X == once);
        QVERIFY(!data.obsm.contains("X_pca"));
    }
};

QTEST_APPLESS_MAIN(TestPipelineOnSynth)
#include "test_pipeline_on_synth.moc"
