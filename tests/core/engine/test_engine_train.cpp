// Training: reproducible per seed, exact resume (also from a checkpoint written on cancel), model files.
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "scdiff/engine/inspect.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "resource_limits.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;
using scdiff::test::CancelAfter;
using scdiff::test::losses;

namespace {
// Turns cancelled() true from its n-th call on (the trainer also polls inside a large step).
class CancelOnCall final : public Progress {
public:
    explicit CancelOnCall(int n) : n_(n) {}
    void report(std::int64_t, std::int64_t, const std::map<std::string, double>&) override {}
    bool cancelled() const override { return ++calls_ >= n_; }

private:
    int n_;
    mutable int calls_ = 0;
};
// Records every report's metrics.
class Recorder final : public Progress {
public:
    std::vector<std::map<std::string, double>> reports;
    void report(std::int64_t, std::int64_t, const std::map<std::string, double>& m) override { reports.push_back(m); }
};
}  // namespace

class EngineTrainTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path path(const char* name) const {
        return std::filesystem::path(dir_.path().toStdString()) / name;
    }
private slots:
    void lossDecreases() {
        auto c = test::tinyConfig(Task::Annotation, 8);
        Recorder rec;
        auto m = train(test::tinyDataset(), c, rec);
        const auto l = losses(m);
        QCOMPARE(l.size(), std::size_t(8));
        QVERIFY2(l.back() < 0.8 * l.front(), (std::to_string(l.front()) + " -> " + std::to_string(l.back())).c_str());
        // Progress carried step losses, throughput and a per-epoch summary.
        int epochsDone = 0;
        for (const auto& r : rec.reports) {
            if (r.count("epoch_done"))
                ++epochsDone;
            else
                QVERIFY(r.count("loss") && r.count("cells_per_s") && r.count("eta_s"));
        }
        QCOMPARE(epochsDone, 8);
    }

    void sameSeedIsBitIdentical() {
        auto c = test::tinyConfig(Task::Annotation, 2);
        c.train.seed = 5;
        auto a = train(test::tinyDataset(), c);
        auto b = train(test::tinyDataset(), c);
        QCOMPARE(losses(a), losses(b));
        QCOMPARE(test::probe(a), test::probe(b));
        c.train.seed = 6;
        auto other = train(test::tinyDataset(), c);
        QVERIFY(losses(other) != losses(a));
    }

    void resumeContinuesExactly() {
        auto c = test::tinyConfig(Task::Annotation, 4);
        auto straight = train(test::tinyDataset(), c);
        c.train.epochs = 2;
        TrainOptions first;
        first.checkpoint = path("half.pt");
        train(test::tinyDataset(), c, nullProgress(), first);
        c.train.epochs = 4;
        TrainOptions second;
        second.resumeFrom = path("half.pt");
        auto resumed = train(test::tinyDataset(), c, nullProgress(), second);
        QCOMPARE(resumed.epochsTrained(), 4);
        QCOMPARE(losses(resumed), losses(straight));
        QCOMPARE(test::probe(resumed), test::probe(straight));
    }

    void cancelLeavesAResumableCheckpoint() {
        auto c = test::tinyConfig(Task::Annotation, 3);
        auto straight = train(test::tinyDataset(), c);
        TrainOptions options;
        options.checkpoint = path("cancelled.pt");
        CancelAfter cancel(7);  // mid-way through epoch 2 (5 steps per epoch)
        QVERIFY_THROWS_EXCEPTION(Cancelled, train(test::tinyDataset(), c, cancel, options));
        QVERIFY(std::filesystem::exists(options.checkpoint));
        QCOMPARE(Model::load(options.checkpoint).epochsTrained(), 1);
        TrainOptions resume;
        resume.resumeFrom = options.checkpoint;
        auto resumed = train(test::tinyDataset(), c, nullProgress(), resume);
        QCOMPARE(losses(resumed), losses(straight));
        QCOMPARE(test::probe(resumed), test::probe(straight));
    }

    void cancelInsideALargeStepLeavesTheStateBeforeIt() {
        auto c = test::tinyConfig(Task::Annotation, 2);
        c.train.batchSize = 300;  // one step per epoch, computed in two chunks of <= 256 cells
        auto straight = train(test::tinyDataset(), c);
        TrainOptions options;
        options.checkpoint = path("inside.pt");
        CancelOnCall cancel(4);  // epoch 1: loop poll (1), chunk poll (2); epoch 2: loop (3), chunk (4)
        QVERIFY_THROWS_EXCEPTION(Cancelled, train(test::tinyDataset(), c, cancel, options));
        QCOMPARE(Model::load(options.checkpoint).epochsTrained(), 1);
        TrainOptions resume;
        resume.resumeFrom = options.checkpoint;
        auto resumed = train(test::tinyDataset(), c, nullProgress(), resume);
        QCOMPARE(losses(resumed), losses(straight));
        QCOMPARE(test::probe(resumed), test::probe(straight));
    }

    void saveAndLoadRoundTrip() {
        auto c = test::tinyConfig(Task::Perturbation, 1);
        auto m = train(test::tinyDataset(), c);
        m.save(path("model.pt"));
        QVERIFY(!std::filesystem::exists(path("model.pt.partial")));
        auto loaded = Model::load(path("model.pt"), "cpu");
        QCOMPARE(loaded.config(), m.config());
        QCOMPARE(loaded.genes(), m.genes());
        QCOMPARE(loaded.cellTypes(), m.cellTypes());
        QCOMPARE(loaded.batches(), m.batches());
        QCOMPARE(loaded.conditions().classes, (std::vector<std::string>{"control", "stimulated"}));
        QCOMPARE(loaded.epochsTrained(), 1);
        QCOMPARE(loaded.history().size(), std::size_t(1));
        QCOMPARE(test::probe(loaded), test::probe(m));
    }

    // A full disk while saving (a file-size limit stands in for it: writes past it fail with EFBIG): one
    // sentence, the previous model file as it was, no partial file. LibTorch's zip writer used to end the
    // program here (it throws from its destructor).
    void aFullDiskKeepsThePreviousModelFile() {
        auto c = test::tinyConfig(Task::Annotation, 1);
        const auto model = train(test::tinyDataset(), c);
        model.save(path("previous.pt"));
        const auto size = std::filesystem::file_size(path("previous.pt"));
        std::ofstream(path("kept.pt")) << "precious";
        std::string message;
        try {
            testing::FileSizeLimit limit(size / 2);
            model.save(path("kept.pt"));
        } catch (const FileError& e) {
            message = e.what();
        }
        QVERIFY2(message.find("kept.pt: cannot be written") != std::string::npos, message.c_str());
        std::ifstream in(path("kept.pt"));
        std::string kept;
        in >> kept;
        QCOMPARE(kept, std::string("precious"));
        QVERIFY(!std::filesystem::exists(path("kept.pt.partial")));
    }

    void corruptOrForeignModelFilesGiveAClearError() {
        auto c = test::tinyConfig(Task::Annotation, 1);
        train(test::tinyDataset(), c).save(path("good.pt"));
        const auto size = std::filesystem::file_size(path("good.pt"));
        std::filesystem::copy_file(path("good.pt"), path("truncated.pt"));
        std::filesystem::resize_file(path("truncated.pt"), size / 2);
        std::ofstream(path("text.pt")) << "hello";
        for (const char* name : {"truncated.pt", "text.pt", "absent.pt"}) {
            try {
                Model::load(path(name));
                QFAIL(name);
            } catch (const FileError& e) {
                QVERIFY2(std::string(e.what()).find(name) != std::string::npos, e.what());
            }
        }
    }

    void resumeRejectsADifferentSetup() {
        auto c = test::tinyConfig(Task::Annotation, 1);
        TrainOptions o;
        o.checkpoint = path("r.pt");
        train(test::tinyDataset(), c, nullProgress(), o);
        TrainOptions r;
        r.resumeFrom = path("r.pt");
        QVERIFY_THROWS_EXCEPTION(InvalidInput,
                                 train(test::tinyDataset(), c, nullProgress(), r));  // 1 epoch: nothing left
        c.model.hidden = 64;
        c.train.epochs = 2;
        QVERIFY_THROWS_EXCEPTION(InvalidInput, train(test::tinyDataset(), c, nullProgress(), r));
    }

    void validationLossAndEarlyStopping() {
        auto c = test::tinyConfig(Task::Annotation, 30);
        c.train.validationFraction = 0.2;
        c.train.earlyStoppingPatience = 1;
        c.train.baseLr = 0.05 / 64;  // a learning rate that plateaus (or diverges) quickly
        auto m = train(test::tinyDataset(), c);
        QVERIFY(m.history().front().validationLoss > 0);
        QVERIFY2(m.epochsTrained() < 30, std::to_string(m.epochsTrained()).c_str());
    }
};

QTEST_GUILESS_MAIN(EngineTrainTest)
#include "test_engine_train.moc"
