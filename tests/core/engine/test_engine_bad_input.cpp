// Bad input gets one clear sentence (InvalidInput), never a crash or a half-written file.
#include <QtTest>

#include <cmath>

#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/problems.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/synth.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;

namespace {
// Runs f, expects InvalidInput whose message contains every fragment.
template <class F>
void expectError(F&& f, std::initializer_list<const char*> fragments) {
    try {
        f();
        QFAIL("expected InvalidInput");
    } catch (const InvalidInput& e) {
        for (const char* frag : fragments) QVERIFY2(std::string(e.what()).find(frag) != std::string::npos, e.what());
    }
}
AnnData withValue(float v) {
    AnnData d = test::tinyDataset();
    auto& x = std::get<SparseMatrix>(*d.X);
    x.values = x.values.astype(DType::Float32);
    x.values.data<float>()[5] = v;
    return d;
}
}  // namespace

class EngineBadInputTest : public QObject {
    Q_OBJECT
private slots:
    void missingKeyListsTheColumns() {
        auto c = test::tinyConfig(Task::Annotation);
        c.keys.labelKey = "celltype";
        expectError([&] { train(test::tinyDataset(), c); }, {"'celltype'", "cell_type", "batch"});
    }
    void singleClassIsRejected() {
        AnnData d = test::tinyDataset();
        d.obs.set("one", Categorical::fromLabels(std::vector<std::string>(static_cast<std::size_t>(d.nObs()), "T")));
        auto c = test::tinyConfig(Task::Annotation);
        c.keys.labelKey = "one";
        expectError([&] { train(d, c); }, {"'one'", "at least two"});
    }
    // A cell-ID or numeric column picked as labels: refused by the engine itself, so by the CLI too.
    void tooManyClassesAreRejected() {
        synth::SynthOptions o = synth::preset("tiny");
        o.nCells = static_cast<std::int64_t>(kMaxClasses) + 50;
        AnnData d = synth::generate(o);
        std::vector<std::string> ids;
        for (std::int64_t i = 0; i < d.nObs(); ++i) ids.push_back("cell" + std::to_string(i));
        d.obs.set("cell_id", StringArray::fromVector(ids));
        auto c = test::tinyConfig(Task::Annotation);
        c.keys.labelKey = "cell_id";
        expectError([&] { train(d, c); }, {"'cell_id'", "1050 distinct values", "cell ID"});
        c.keys.labelKey = "cell_type";
        c.keys.batchKey = "cell_id";
        expectError([&] { train(d, c); }, {"'cell_id'", "batch column"});
        const auto problems = taskProblems(d, c);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].field, std::string("keys.batch_key"));
        QCOMPARE(problems[0].count, std::int64_t(1050));
    }
    void rareClassesAreAWarningNotARefusal() {
        AnnData d = test::tinyDataset();
        std::vector<std::string> labels(static_cast<std::size_t>(d.nObs()), "common");
        for (int i = 0; i < 4; ++i) labels[static_cast<std::size_t>(i)] = "rare";
        d.obs.set("rare", Categorical::fromLabels(labels));
        auto c = test::tinyConfig(Task::Annotation, 1);
        c.keys.labelKey = "rare";
        const auto problems = taskProblems(d, c);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(!problems[0].blocking);
        QCOMPARE(problems[0].kind, ProblemKind::FewCells);
        QCOMPARE(problems[0].classes, (std::vector<std::pair<std::string, std::int64_t>>{{"rare", 4}}));
        QCOMPARE(train(d, c).cellTypes().classes, (std::vector<std::string>{"common", "rare"}));
    }
    void nanAndNegativeValuesAreRejected() {
        auto c = test::tinyConfig(Task::Annotation);
        expectError([&] { train(withValue(NAN), c); }, {"NaN"});
        expectError([&] { train(withValue(-1.0f), c); }, {"negative"});
    }
    void scaledDataIsRejected() {
        AnnData d = test::tinyDataset();
        auto& x = std::get<SparseMatrix>(*d.X);
        x.values = x.values.astype(DType::Float32);
        for (auto& v : x.values.data<float>()) v = v * 3.3f + 0.1f;  // non-integer, max > 20
        expectError([&] { train(d, test::tinyConfig(Task::Annotation)); }, {"neither counts nor log-normalised"});
    }
    void emptySelectionIsRejected() {
        const AnnData empty = preprocess::subsetObs(test::tinyDataset(), {});
        expectError([&] { train(empty, test::tinyConfig(Task::Annotation)); }, {"no"});
    }
    void controlAndStimulatedMustExist() {
        auto c = test::tinyConfig(Task::Perturbation);
        c.keys.stimulated = "treated";
        expectError([&] { train(test::tinyDataset(), c); }, {"'treated'", "control", "stimulated"});
        c = test::tinyConfig(Task::Perturbation);
        c.keys.heldOutType = "Neurons";
        expectError([&] { train(test::tinyDataset(), c); }, {"'Neurons'"});
        c = test::tinyConfig(Task::Perturbation);
        c.keys.stimulated = c.keys.control;
        expectError([&] { train(test::tinyDataset(), c); }, {"must differ", "'control'"});
    }
    void geneMismatchIsReported() {
        auto model = train(test::tinyDataset(), test::tinyConfig(Task::Annotation, 1));
        AnnData other = test::tinyDataset();
        for (auto& g : other.var.index) g = "X_" + g;
        expectError([&] { annotate(model, other); }, {"0 of 200"});
    }
    void annotationNeedsACellTypeModel() {
        auto c = test::tinyConfig(Task::Imputation, 1);
        c.keys.labelKey.clear();
        auto model = train(test::tinyDataset(), c);
        expectError([&] { annotate(model, test::tinyDataset()); }, {"cell-type"});
        expectError([&] { perturb(model, test::tinyDataset(), "Type01"); }, {"perturbation"});
    }
    void unknownDeviceIsRejected() {
        auto c = test::tinyConfig(Task::Annotation);
        c.train.device = "tpu";
        expectError([&] { train(test::tinyDataset(), c); }, {"'tpu'"});
    }
};

QTEST_GUILESS_MAIN(EngineBadInputTest)
#include "test_engine_bad_input.moc"
