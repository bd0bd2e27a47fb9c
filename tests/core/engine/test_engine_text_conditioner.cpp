// The text-embedding conditioner (docs/prior_knowledge.md): a frozen table row per cell type, matched to the
// label column, kept in the model file; types without training cells are candidates (zero-shot); fine-tuning
// on a few cells adds a type and resumes exactly.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>

#include "scdiff/engine/inspect.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/prior/dataset_table.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;
using scdiff::test::CancelAfter;
using scdiff::test::losses;

namespace {
std::vector<std::string> cellLabels(const AnnData& d) {
    const auto& c = std::get<Categorical>(d.obs.find("cell_type")->data);
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < d.nObs(); ++i) out.push_back(*c.label(i));
    return out;
}
std::vector<std::string> typesOf(const AnnData& d) {
    auto labels = cellLabels(d);
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    return labels;
}
// A table with a row per type of the tiny dataset, in reverse order and spelled in upper case (so matching
// has to reorder and match loosely), and one extra row; row r holds r + 1 in column r % 3.
prior::TypeTable tableFor(const AnnData& d) {
    prior::TypeTable t;
    t.width = 3;
    auto types = typesOf(d);
    std::reverse(types.begin(), types.end());
    types.push_back("platelet");
    for (std::size_t r = 0; r < types.size(); ++r) {
        std::string upper = types[r];
        for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        t.names.push_back(upper);
        for (int j = 0; j < 3; ++j) t.values.push_back(j == static_cast<int>(r % 3) ? float(r + 1) : 0.0f);
    }
    t.provenance = "test table";
    return t;
}
// The tensor-dict file of exportWeights: name -> values.
std::map<std::string, std::vector<float>> readWeights(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    char magic[8];
    in.read(magic, 8);
    std::uint32_t count = 0;
    in.read(reinterpret_cast<char*>(&count), 4);
    std::map<std::string, std::vector<float>> out;
    for (std::uint32_t i = 0; i < count && in; ++i) {
        std::uint32_t length = 0, rank = 0;
        in.read(reinterpret_cast<char*>(&length), 4);
        std::string name(length, '\0');
        in.read(name.data(), length);
        in.read(reinterpret_cast<char*>(&rank), 4);
        std::int64_t n = 1;
        for (std::uint32_t r = 0; r < rank; ++r) {
            std::int64_t dim = 0;
            in.read(reinterpret_cast<char*>(&dim), 8);
            n *= dim;
        }
        std::vector<float> values(static_cast<std::size_t>(n));
        in.read(reinterpret_cast<char*>(values.data()), n * 4);
        out.emplace(std::move(name), std::move(values));
    }
    return out;
}

}  // namespace

class EngineTextConditionerTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path path(const char* name) const {
        return std::filesystem::path(dir_.path().toStdString()) / name;
    }
private slots:
    void theModelKeepsTheMatchedRowsAndSavesThem() {
        const AnnData& d = test::tinyDataset();
        auto c = test::tinyConfig(Task::Annotation, 2);
        c.model.typeConditioner = "text";
        TrainOptions o;
        o.typeTable = tableFor(d);
        const Model m = train(d, c, nullProgress(), o);
        const auto types = typesOf(d);
        QCOMPARE(m.cellTypes().classes, types);
        const prior::TypeTable& t = m.typeTable();
        QCOMPARE(t.names, types);  // the label spelling, in the vocabulary's order
        QCOMPARE(t.width, std::int64_t(3));
        // types[i] is row (n - 1 - i) of the test table: value n - i in column (n - 1 - i) % 3.
        const auto n = static_cast<std::int64_t>(types.size());
        for (std::int64_t i = 0; i < n; ++i)
            QCOMPARE(t.row(i)[static_cast<std::size_t>((n - 1 - i) % 3)], float(n - i));
        QCOMPARE(t.provenance, std::string("test table"));
        // One network parameter count, by formula: no class vectors for the cell type, a projection instead.
        const std::int64_t G = static_cast<std::int64_t>(m.genes().size());
        QCOMPARE(m.parameterCount(),
                 expectedParameterCount(c.model, G, {n}, static_cast<std::int64_t>(m.batches().classes.size()), 3));
        m.save(path("text.pt"));
        const Model back = Model::load(path("text.pt"));
        QCOMPARE(back.typeTable().names, t.names);
        QCOMPARE(back.typeTable().values, t.values);
        QCOMPARE(back.typeTable().provenance, t.provenance);
        QCOMPARE(test::probe(back, 2), test::probe(m, 2));
        // The rows decide the condition: another table gives another output for the same weights' shape.
        auto other = tableFor(d);
        for (auto& v : other.values) v = -v;
        o.typeTable = other;
        QVERIFY(test::probe(train(d, c, nullProgress(), o), 2) != test::probe(m, 2));
    }

    void aTypeWithoutARowIsRefusedWithTheCoverage() {
        const AnnData& d = test::tinyDataset();
        auto c = test::tinyConfig(Task::Annotation, 1);
        c.model.typeConditioner = "text";
        TrainOptions o;
        o.typeTable = tableFor(d);
        const std::string dropped = typesOf(d).front();
        auto& t = *o.typeTable;
        const auto at = static_cast<std::size_t>(t.rows() - 2);  // the last type row (types reversed)
        t.names.erase(t.names.begin() + static_cast<std::ptrdiff_t>(at));
        t.values.erase(t.values.begin() + static_cast<std::ptrdiff_t>(3 * at),
                       t.values.begin() + static_cast<std::ptrdiff_t>(3 * at + 3));
        try {
            train(d, c, nullProgress(), o);
            QFAIL("trained without a row for every type");
        } catch (const InvalidInput& e) {
            const std::string what = e.what();
            QVERIFY2(what.find("No row for: " + dropped + ".") != std::string::npos, e.what());
            QVERIFY2(what.find("test table") != std::string::npos, e.what());
        }
        o.typeTable.reset();
        QVERIFY_THROWS_EXCEPTION(InvalidInput, train(d, c, nullProgress(), o));  // text needs a table
    }

    // A type left out of training is still a candidate (its cells are scored against its table row), the
    // model says it was not trained on; fine-tuning on a few of its cells adds it.
    void zeroShotThenFineTunedOnAFewCells() {
        const AnnData& d = test::tinyDataset();
        const auto labels = cellLabels(d);
        const std::string rare = typesOf(d).back();
        std::vector<std::int64_t> majority, shots;
        for (std::int64_t i = 0; i < d.nObs(); ++i) {
            if (labels[static_cast<std::size_t>(i)] != rare)
                majority.push_back(i);
            else if (shots.size() < 3)
                shots.push_back(i);
        }
        for (const char* kind : {"text", "both"}) {
            auto c = test::tinyConfig(Task::Annotation, 2);
            c.model.typeConditioner = kind;
            TrainOptions o;
            o.typeTable = tableFor(d);
            o.cells = majority;
            Model m = train(d, c, nullProgress(), o);
            QVERIFY(!m.trainedOn(rare));
            QVERIFY(m.trainedOn(typesOf(d).front()));
            const auto result = annotate(m, d);
            QCOMPARE(result.classes, typesOf(d));  // the unseen type among the candidates
            QCOMPARE(static_cast<std::int64_t>(result.probabilities.size()),
                     d.nObs() * static_cast<std::int64_t>(result.classes.size()));
            QCOMPARE(result.classTraining.back(), std::string("zero-shot"));
            QCOMPARE(result.classTraining.front(), std::string("trained"));
            Model tuned = fineTune(std::move(m), d, shots, {2});
            QCOMPARE(tuned.epochsTrained(), 4);
            QVERIFY(tuned.trainedOn(rare));
            QVERIFY(tuned.typeTraining(rare) == Model::TypeTraining::FineTuned);
            QVERIFY(tuned.typeTraining(typesOf(d).front()) == Model::TypeTraining::Trained);
            // The record survives the model file, and the annotation written into a dataset carries it
            // with the table the model was conditioned on.
            tuned.save(path("tuned.pt"));
            const Model reloaded = Model::load(path("tuned.pt"));
            QCOMPARE(reloaded.typeTrainingName(rare), std::string("fine-tuned"));
            AnnData annotated = d;
            addAnnotation(annotated, annotate(reloaded, d));
            recordRun(annotated, reloaded, Task::Annotation);
            const auto& rec = annotated.uns.at("scdiff").get<Dict>().at("annotation").get<Dict>();
            const auto training = rec.at("class_training").get<StringArray>().values;
            QCOMPARE(training.back(), std::string("fine-tuned"));
            QCOMPARE(training.front(), std::string("trained"));
            const auto stored = prior::datasetTypeTable(annotated);
            QCOMPARE(stored.names, reloaded.typeTable().names);
            QCOMPARE(stored.values, reloaded.typeTable().values);
        }
    }

    // Conditioner-only fine-tuning moves the text projections and nothing else, in the network and in its
    // average, and a resumed checkpoint keeps doing so.
    void conditionerOnlyFineTuningFreezesTheRest() {
        const AnnData& d = test::tinyDataset();
        auto c = test::tinyConfig(Task::Annotation, 1);
        c.model.typeConditioner = "text";
        TrainOptions o;
        o.typeTable = tableFor(d);
        const Model base = train(d, c, nullProgress(), o);
        base.save(path("frozen_base.pt"));
        std::vector<std::int64_t> few;
        for (std::int64_t i = 0; i < d.nObs(); i += 10) few.push_back(i);
        FineTuneOptions tuning{3, 1.0, {}, true};
        const Model tuned = fineTune(Model::load(path("frozen_base.pt")), d, few, tuning);
        exportWeights(base, path("w_base.bin"));
        exportWeights(tuned, path("w_tuned.bin"));
        const auto before = readWeights(path("w_base.bin")), after = readWeights(path("w_tuned.bin"));
        QCOMPARE(after.size(), before.size());
        int moved = 0, conditioner = 0;
        for (const auto& [name, values] : before) {
            const bool isConditioner = name.rfind("text_cell_type.", 0) == 0;
            conditioner += isConditioner;
            if (isConditioner)
                moved += after.at(name) != values;
            else
                QVERIFY2(after.at(name) == values, name.c_str());
        }
        QVERIFY(conditioner > 0);
        QVERIFY(moved > 0);
        QVERIFY(test::probe(tuned, 2) !=
                test::probe(base, 2));  // the average (what inference uses) moved with the conditioner
        // Cancelled in its second epoch and resumed from the checkpoint: still frozen, and the same result.
        tuning.checkpoint = path("frozen_tuning.pt");
        CancelAfter cancel(3);  // during the second epoch
        QVERIFY_THROWS_EXCEPTION(Cancelled, fineTune(Model::load(path("frozen_base.pt")), d, few, tuning, cancel));
        TrainOptions resume;
        resume.resumeFrom = path("frozen_tuning.pt");
        resume.cells = few;
        const Model resumed = train(d, Model::load(path("frozen_tuning.pt")).config(), nullProgress(), resume);
        exportWeights(resumed, path("w_resumed.bin"));
        QVERIFY(readWeights(path("w_resumed.bin")) == after);
    }

    // Left automatic, the learning-rate share follows the fewest cells of a type among the fine-tuning cells:
    // a handful of cells of a type at a small share, enough cells of every type at the model's own rate.
    void automaticLearningRateFollowsTheFewestCellsOfAType() {
        const AnnData& d = test::tinyDataset();
        const auto c = test::tinyConfig(Task::Annotation, 1);
        train(d, c).save(path("auto_base.pt"));
        const double base = Model::load(path("auto_base.pt")).config().train.baseLr;
        const auto labels = cellLabels(d);
        std::map<std::string, std::vector<std::int64_t>> cellsOf;
        for (std::int64_t i = 0; i < d.nObs(); ++i) cellsOf[labels[static_cast<std::size_t>(i)]].push_back(i);
        auto firstCells = [&](std::size_t rareCount, std::size_t otherCount) {
            std::vector<std::int64_t> cells;
            bool rare = true;
            for (const auto& [type, all] : cellsOf) {
                const auto n = std::min(all.size(), rare ? rareCount : otherCount);
                cells.insert(cells.end(), all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
                rare = false;
            }
            return cells;
        };
        const FineTuneOptions automatic{1};
        QCOMPARE(automatic.learningRateScale, 0.0);
        const Model few = fineTune(Model::load(path("auto_base.pt")), d, firstCells(kFewCellsPerType - 1, 30), automatic);
        QCOMPARE(few.config().train.baseLr, base * kFewCellsShare);
        const Model enough = fineTune(Model::load(path("auto_base.pt")), d, firstCells(kFewCellsPerType, 30), automatic);
        QCOMPARE(enough.config().train.baseLr, base);
        // A share the user gives is kept, whatever the cells.
        const Model given = fineTune(Model::load(path("auto_base.pt")), d, firstCells(1, 1), {1, 0.25});
        QCOMPARE(given.config().train.baseLr, base * 0.25);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, fineTune(Model::load(path("auto_base.pt")), d, firstCells(1, 1), {1, -1.0}));
    }

    void fineTuningResumesExactly() {
        const AnnData& d = test::tinyDataset();
        auto c = test::tinyConfig(Task::Annotation, 1);
        c.model.typeConditioner = "text";
        TrainOptions o;
        o.typeTable = tableFor(d);
        train(d, c, nullProgress(), o).save(path("base.pt"));
        std::vector<std::int64_t> few;
        for (std::int64_t i = 0; i < d.nObs(); i += 5) few.push_back(i);  // 60 cells: one step per epoch
        FineTuneOptions tuning{3, 0.5, {}};
        const Model straight = fineTune(Model::load(path("base.pt")), d, few, tuning);
        tuning.checkpoint = path("tuning.pt");
        CancelAfter cancel(3);  // during the second fine-tuning epoch
        QVERIFY_THROWS_EXCEPTION(Cancelled, fineTune(Model::load(path("base.pt")), d, few, tuning, cancel));
        const Model partial = Model::load(path("tuning.pt"));
        QVERIFY(partial.epochsTrained() > 1 && partial.epochsTrained() < 4);
        // The checkpoint carries the fine-tuning learning rate, so the resumed run uses it too.
        QCOMPARE(partial.config().train.baseLr, 0.5 * Model::load(path("base.pt")).config().train.baseLr);
        TrainOptions resume;
        resume.resumeFrom = path("tuning.pt");
        resume.cells = few;
        const Model resumed = train(d, partial.config(), nullProgress(), resume);
        QCOMPARE(resumed.epochsTrained(), 4);
        QCOMPARE(losses(resumed), losses(straight));
        QCOMPARE(test::probe(resumed, 2), test::probe(straight, 2));
    }
};

QTEST_GUILESS_MAIN(EngineTextConditionerTest)
#include "test_engine_text_conditioner.moc"
