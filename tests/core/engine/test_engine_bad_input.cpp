// Bad input gets one clear sentence (InvalidInput), never a crash or a half-written file.
#include <QtTest>

#include <cmath>

#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;

namespace {
// Runs f, expects InvalidInput whose message contains every fragment.
template <class F> void expectError(F&& f, std::initializer_list<const char*> fragments) {
    try {
        f();
        QFAIL("expected InvalidInput");
    } catch (const InvalidInput& e) {
        for (const char* frag : fragments)
            QVERIFY2(std::string(e.what()).find(frag) != std::string::npos, e.what());
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
