// Training and annotation on a dataset opened backed (X read from the file a block of rows at a time): with every
// cell in the statistics sample they give exactly what the dataset in memory gives; the sample of a larger dataset
// holds the rows logNormalised() makes of the whole matrix; imputation and perturbation read the file as well;
// steps that still need X in memory (fine-tuning) say so.
#include <QtTest>

#include <filesystem>

#include "engine/expression_rows.hpp"
#include "scdiff/engine/inspect.hpp"
#include "scdiff/engine/tasks.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/expression.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/subset.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;

class EngineBackedTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path file_;
    AnnData backed_;

private slots:
    void initTestCase() {
        file_ = std::filesystem::path(dir_.path().toStdString()) / "tiny.h5ad";
        h5ad::write(test::tinyDataset(), file_);
        backed_ = h5ad::read(file_, nullProgress(), {.expression = false});
    }

    void trainingBackedEqualsTrainingInMemory() {
        // Genes chosen per batch (a selection smaller than the genes) and a validation split: every statistic the
        // trainer takes of the cells is in play.
        auto c = test::tinyConfig(Task::Annotation, 3);
        c.genes.highlyVariable = 120;
        c.genes.perBatch = true;
        c.train.validationFraction = 0.2;
        const Model inMemory = train(test::tinyDataset(), c);
        const Model fromFile = train(backed_, c);
        QCOMPARE(fromFile.genes(), inMemory.genes());
        QCOMPARE(test::losses(fromFile), test::losses(inMemory));
        QCOMPARE(fromFile.history().back().validationLoss, inMemory.history().back().validationLoss);
        QCOMPARE(fromFile.temperature(), inMemory.temperature());
        QCOMPARE(test::probe(fromFile), test::probe(inMemory));

        // Annotation reads the file a block at a time and gives the in-memory numbers.
        AnnotationOptions o;
        o.batchSize = 16;  // several blocks of whole mini-batches (kBatchesPerBlock x 16 < 300 cells)
        const auto a = annotate(inMemory, test::tinyDataset(), o);
        const auto b = annotate(inMemory, backed_, o);
        QCOMPARE(b.labels, a.labels);
        QCOMPARE(b.probabilities, a.probabilities);
        QVERIFY(std::count(a.labels.begin(), a.labels.end(), a.labels.front()) < 300);  // not one label for all
    }

    void theStatisticsSampleHoldsTheWholeMatrixRows() {
        const auto source = expression::view(backed_, "X");
        QVERIFY(source.backed);
        const auto sample = backedSample(source, 11, 50);
        QCOMPARE(sample.cells.size(), std::size_t(50));
        QVERIFY(std::is_sorted(sample.cells.begin(), sample.cells.end()));
        QVERIFY(std::adjacent_find(sample.cells.begin(), sample.cells.end()) == sample.cells.end());
        QVERIFY(sample.counts);  // the tiny preset's X holds counts
        const SparseMatrix whole = expression::logNormalised(expression::view(test::tinyDataset(), "X"));
        QVERIFY(sample.x == preprocess::takeRows(whole, sample.cells));
        // Another seed, another sample.
        QVERIFY(backedSample(source, 12, 50).cells != sample.cells);
        // Placed back at its cells' rows for the statistics that index rows by cell.
        const auto placed = placedRows(sample.x, sample.cells, 300);
        QCOMPARE(placed.rows, std::int64_t(300));
        QVERIFY(preprocess::takeRows(placed, sample.cells) == sample.x);
        QCOMPARE(placed.indptr[1] - placed.indptr[0], sample.cells.front() == 0 ? whole.indptr[1] : 0);
    }

    void imputationReadsTheFileToo() {
        const Model m = train(test::tinyDataset(), test::tinyConfig(Task::Imputation, 1));
        SamplingOptions o;
        o.batchSize = 4;  // several blocks of whole mini-batches
        const auto inMemory = impute(m, test::tinyDataset(), o);
        const auto fromFile = impute(m, backed_, o);
        QCOMPARE(fromFile.values, inMemory.values);
        QVERIFY(*std::max_element(inMemory.values.begin(), inMemory.values.end()) > 0);
    }

    void perturbationReadsTheFileToo() {
        auto c = test::tinyConfig(Task::Perturbation, 1);
        c.keys.heldOutType = "Type01";  // never seen stimulated: its cells borrow another type's token
        const Model m = train(test::tinyDataset(), c);
        PerturbationOptions o;
        o.sampling.steps = 5;
        o.sampling.batchSize = 8;
        o.heldOut = HeldOutToken::Nearest;  // the classifier on the control cells, too
        const auto inMemory = perturb(m, test::tinyDataset(), "Type01", o);
        const auto fromFile = perturb(m, backed_, "Type01", o);
        QCOMPARE(fromFile.controlCells, inMemory.controlCells);
        QCOMPARE(fromFile.predicted, inMemory.predicted);
        QCOMPARE(fromFile.borrowedFrom, inMemory.borrowedFrom);
        QVERIFY(!inMemory.borrowedFrom.empty());
        o.heldOut = HeldOutToken::Auto;  // the trained types' mean responses, streamed
        const auto a = perturb(m, backed_, "Type01", o), b = perturb(m, test::tinyDataset(), "Type01", o);
        QVERIFY(a.structure.choice == b.structure.choice);
        QCOMPARE(a.predicted, b.predicted);
    }

    void stepsThatNeedXInMemoryRefuseABackedDataset() {
        Model m = train(test::tinyDataset(), test::tinyConfig(Task::Annotation, 1));
        try {
            fineTune(std::move(m), backed_, {0, 1, 2}, FineTuneOptions{});
            QFAIL("fine-tuning ran on a backed dataset");
        } catch (const InvalidInput& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("opened backed") != std::string::npos &&
                         message.find("open the file whole") != std::string::npos,
                     message.c_str());
        }
        auto layer = test::tinyConfig(Task::Annotation, 1);
        layer.keys.expression = "layers/counts";
        try {
            train(backed_, layer);
            QFAIL("a backed dataset trained from a layer");
        } catch (const InvalidInput& e) {
            QVERIFY2(std::string(e.what()).find("from X only") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(EngineBackedTest)
#include "test_engine_backed.moc"
