// Data-parallel training (scdiff/engine/distributed.hpp): the environment and shard arithmetic, and real runs of
// `scdiff train` as two processes on this machine (Gloo, a TCPStore on 127.0.0.1) against one process: the same
// path as one process with twice the batch, a cancel on one rank stopping both with a checkpoint that resumes
// exactly, and every way the ranks can fail to meet ending in a sentence instead of a hang.
#include <QtTest>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "scdiff/engine/distributed.hpp"
#include "scdiff/engine/inspect.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/synth.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;
using scdiff::test::losses;

namespace {

const QString kScdiff = QStringLiteral(SCDIFF_BINARY_DIR "/app/scdiff");

// The tiny network of the engine tests, on tinyDataset()'s columns; the batch size is each rank's.
QStringList trainArgs(const QString& data, const QString& out, int epochs, int batch) {
    return {"--threads",    "1",
            "train",        data,
            "-o",           out,
            "--label-key",  "cell_type",
            "--batch-key",  "batch",
            "--hidden",     "32",
            "--depth",      "2",
            "--epochs",     QString::number(epochs),
            "--batch-size", QString::number(batch),
            "--seed",       "3"};
}

// A port of its own for every group this test starts (runs of the test at the same time start elsewhere).
int freshPort() {
    static int port = 20000 + static_cast<int>(QCoreApplication::applicationPid() % 20000);
    return ++port;
}

double largestDifference(const std::vector<float>& a, const std::vector<float>& b) {
    double d = a.size() == b.size() ? 0 : INFINITY;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) d = std::max(d, std::abs(double(a[i]) - double(b[i])));
    return d;
}

struct Ended {
    int code = -1;  // -2: killed by a signal; -1: still running at the deadline (then killed)
    QString err;
};

// The ranks of one data-parallel `scdiff train` run (args per rank), started at once.
class Ranks {
public:
    Ranks(const std::vector<QStringList>& args, int port, const QStringList& env = {}) {
        for (std::size_t r = 0; r < args.size(); ++r) {
            auto p = std::make_unique<QProcess>();
            auto environment = QProcessEnvironment::systemEnvironment();
            environment.insert("RANK", QString::number(r));
            environment.insert("WORLD_SIZE", QString::number(args.size()));
            environment.insert("MASTER_ADDR", "127.0.0.1");
            environment.insert("MASTER_PORT", QString::number(port));
            for (const auto& e : env) environment.insert(e.section('=', 0, 0), e.section('=', 1));
            p->setProcessEnvironment(environment);
            p->start(kScdiff, args[r]);
            processes_.push_back(std::move(p));
        }
    }
    ~Ranks() {
        for (auto& p : processes_) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    QProcess& rank(int r) { return *processes_[static_cast<std::size_t>(r)]; }
    std::vector<Ended> finish(int timeoutMs = 120000) {
        std::vector<Ended> out;
        for (auto& p : processes_) {
            Ended e;
            if (!p->waitForFinished(timeoutMs)) {
                p->kill();
                p->waitForFinished(5000);
            } else {
                e.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
            }
            e.err = QString::fromUtf8(p->readAllStandardError());
            out.push_back(e);
        }
        return out;
    }
    // Waits until rank r's progress lines name epoch `epoch` (the run is then training).
    bool waitForEpoch(int r, int epoch, int timeoutMs = 60000) {
        QElapsedTimer clock;
        clock.start();
        const QString mark = QStringLiteral("epoch %1/").arg(epoch);
        while (clock.elapsed() < timeoutMs) {
            seen_ += QString::fromUtf8(rank(r).readAllStandardError());
            if (seen_.contains(mark)) return true;
            if (rank(r).state() == QProcess::NotRunning) return false;
            rank(r).waitForReadyRead(100);
        }
        return false;
    }

private:
    std::vector<std::unique_ptr<QProcess>> processes_;
    QString seen_;
};

Ended runOne(const QStringList& args) {
    QProcess p;
    p.start(kScdiff, args);
    Ended e;
    if (p.waitForFinished(120000)) e.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    e.err = QString::fromUtf8(p.readAllStandardError());
    return e;
}

}  // namespace

class EngineDistributedTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_;
    QString path(const QString& name) const { return dir_.filePath(name); }
    static Model load(const QString& file) { return Model::load(file.toStdString(), "cpu"); }
    static void unsetAll() {
        for (const char* v : {"RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT", "SLURM_PROCID", "SLURM_NTASKS",
                              "SCDIFF_DISTRIBUTED_TIMEOUT"})
            unsetenv(v);
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        data_ = path("tiny.h5ad");
        h5ad::write(test::tinyDataset(), data_.toStdString());
    }

    void theEnvironmentNamesTheRanks() {
        unsetAll();
        QVERIFY(!distributedFromEnvironment());  // a single process
        setenv("RANK", "1", 1);
        setenv("WORLD_SIZE", "4", 1);
        setenv("MASTER_ADDR", "node7", 1);
        setenv("MASTER_PORT", "1234", 1);
        auto s = distributedFromEnvironment();
        QVERIFY(s && s->active());
        QCOMPARE(s->rank, 1);
        QCOMPARE(s->worldSize, 4);
        QCOMPARE(s->masterAddress, std::string("node7"));
        QCOMPARE(s->masterPort, 1234);
        QCOMPARE(s->timeout.count(), 300);
        unsetAll();
        setenv("SLURM_PROCID", "2", 1);  // srun's, when torchrun's are not there
        setenv("SLURM_NTASKS", "3", 1);
        setenv("SCDIFF_DISTRIBUTED_TIMEOUT", "9", 1);
        s = distributedFromEnvironment();
        QVERIFY(s);
        QCOMPARE(s->rank, 2);
        QCOMPARE(s->worldSize, 3);
        QCOMPARE(s->masterAddress, std::string("127.0.0.1"));
        QCOMPARE(s->timeout.count(), 9);
        setenv("SLURM_PROCID", "3", 1);  // rank 3 of 3 does not exist
        try {
            distributedFromEnvironment();
            QFAIL("rank 3 of 3 was accepted");
        } catch (const InvalidInput& e) {
            QVERIFY2(QString(e.what()).contains("SLURM_PROCID is '3'") && QString(e.what()).contains("0 to 2"),
                     e.what());
        }
        unsetAll();
        setenv("RANK", "0", 1);
        setenv("WORLD_SIZE", "two", 1);
        QVERIFY_THROWS_EXCEPTION(InvalidInput, distributedFromEnvironment());
        unsetAll();
    }

    // Every row of a step's mini-batch goes to exactly one rank, in order, and the steps cover the epoch.
    void shardsCoverEveryStepOnce() {
        for (const std::size_t cells : {300u, 7u, 96u}) {
            for (const int ranks : {1, 2, 3}) {
                for (const std::size_t offset : {std::size_t{0}, std::size_t{5}}) {
                    const std::size_t batch = 32;
                    const auto steps = stepsFor(cells, offset, batch, ranks);
                    QCOMPARE(steps, static_cast<std::int64_t>((cells - offset + 32 * ranks - 1) / (32 * ranks)));
                    std::size_t next = offset;
                    for (std::int64_t s = 0; s < steps; ++s) {
                        const auto all = stepRows(cells, offset, batch, ranks, s);
                        QCOMPARE(all.begin, next);
                        std::size_t inShards = all.begin;
                        for (int r = 0; r < ranks; ++r) {
                            const auto mine = shardOfStep(cells, offset, batch, ranks, r, s);
                            QCOMPARE(mine.begin, inShards);
                            QVERIFY(mine.size() <= batch);
                            inShards = mine.end;
                        }
                        QCOMPARE(inShards, all.end);
                        next = all.end;
                    }
                    QCOMPARE(next, cells);
                }
            }
        }
        // 300 cells, 3 ranks of 32: the fourth step has 12 rows, all rank 0's.
        QCOMPARE(shardOfStep(300, 0, 32, 3, 0, 3).size(), std::size_t{12});
        QCOMPARE(shardOfStep(300, 0, 32, 3, 1, 3).size(), std::size_t{0});
    }

    // 2 ranks with batch 32 take the steps of one process with batch 64: the same losses and weights within
    // float32 rounding (the gradients are summed in another order), and not those of one process with batch 32.
    void twoRanksTrainAsOneProcessWithTwiceTheBatch() {
        const auto one = runOne(trainArgs(data_, path("one.pt"), 3, 64));
        QVERIFY2(one.code == 0, qPrintable(one.err));
        const auto small = runOne(trainArgs(data_, path("small.pt"), 3, 32));
        QVERIFY2(small.code == 0, qPrintable(small.err));
        const auto out = path("two.pt");
        Ranks ranks({trainArgs(data_, out, 3, 32), trainArgs(data_, out, 3, 32)}, freshPort());
        const auto ended = ranks.finish();
        QVERIFY2(ended[0].code == 0, qPrintable(ended[0].err));
        QVERIFY2(ended[1].code == 0, qPrintable(ended[1].err));
        QVERIFY2(ended[0].err.contains("wrote " + out), qPrintable(ended[0].err));  // rank 0 writes and says so
        QVERIFY2(!ended[1].err.contains("wrote"), qPrintable(ended[1].err));
        const Model single = load(path("one.pt")), parallel = load(out), halfBatch = load(path("small.pt"));
        QCOMPARE(parallel.epochsTrained(), 3);
        const auto a = losses(single), b = losses(parallel);
        QCOMPARE(a.size(), b.size());
        for (std::size_t e = 0; e < a.size(); ++e) QVERIFY2(std::abs(a[e] - b[e]) < 1e-5 * a[e], "epoch loss");
        // Float32 gradients summed in another order move a weight by ~1e-7 a step; 15 Adam steps keep the
        // network's outputs within 1e-4 of each other, while another batch size moves them by ~1e-1.
        const double same = largestDifference(test::probe(single), test::probe(parallel));
        const double other = largestDifference(test::probe(halfBatch), test::probe(parallel));
        qInfo("largest output difference: same steps %g, half the batch %g", same, other);
        QVERIFY2(same < 1e-4, qPrintable(QString::number(same)));
        QVERIFY2(other > 1e-2, qPrintable(QString::number(other)));
    }

    // Ctrl-C on rank 1 stops both ranks at the same step; rank 0's checkpoint resumed by 2 ranks gives the
    // uninterrupted run exactly, and by 1 rank continues from the same cell to the total.
    void aCancelOnOneRankStopsAllAndResumes() {
        const int epochs = 60;
        const auto straight = path("straight.pt");
        {
            Ranks ranks({trainArgs(data_, straight, epochs, 32), trainArgs(data_, straight, epochs, 32)}, freshPort());
            for (const auto& e : ranks.finish()) QVERIFY2(e.code == 0, qPrintable(e.err));
        }
        const auto out = path("cancelled.pt");
        {
            auto speaking = trainArgs(data_, out, epochs, 32);
            Ranks ranks({speaking, QStringList{"--quiet"} + trainArgs(data_, out, epochs, 32)}, freshPort());
            QVERIFY(ranks.waitForEpoch(0, 3));
            kill(static_cast<pid_t>(ranks.rank(1).processId()), SIGINT);
            const auto ended = ranks.finish();
            QCOMPARE(ended[0].code, 130);  // both cancelled (the CLI's exit code for Ctrl-C)
            QCOMPARE(ended[1].code, 130);
            QVERIFY2(ended[0].err.contains("can be resumed with --resume"), qPrintable(ended[0].err));
        }
        const int done = load(out).epochsTrained();
        qInfo("cancelled after %d of %d epochs", done, epochs);
        QVERIFY2(done >= 2 && done < epochs, qPrintable(QString::number(done)));
        const auto resumed = path("resumed.pt");
        {
            Ranks ranks({trainArgs(data_, resumed, epochs, 32) + QStringList{"--resume", out},
                         trainArgs(data_, resumed, epochs, 32) + QStringList{"--resume", out}},
                        freshPort());
            for (const auto& e : ranks.finish()) QVERIFY2(e.code == 0, qPrintable(e.err));
        }
        QCOMPARE(losses(load(resumed)), losses(load(straight)));
        QCOMPARE(test::probe(load(resumed)), test::probe(load(straight)));
        // The same checkpoint on one process (its batch 32 is then the whole step): it continues to the total.
        const auto alone = runOne(trainArgs(data_, path("alone.pt"), epochs, 32) + QStringList{"--resume", out});
        QVERIFY2(alone.code == 0, qPrintable(alone.err));
        const Model continued = load(path("alone.pt"));
        QCOMPARE(continued.epochsTrained(), epochs);
        QCOMPARE(losses(continued).size(), static_cast<std::size_t>(epochs));
        QCOMPARE(losses(continued)[static_cast<std::size_t>(done) - 1], losses(load(straight))[done - 1]);
    }

    void aRankThatCannotMeetTheOthersSaysSo() {
        const int port = freshPort();
        Ranks lone({trainArgs(data_, path("lone.pt"), 1, 32)}, port,
                   {"RANK=1", "WORLD_SIZE=2", "SCDIFF_DISTRIBUTED_TIMEOUT=3"});  // rank 0 never comes
        QElapsedTimer clock;
        clock.start();
        const auto ended = lone.finish(60000);
        QCOMPARE(ended[0].code, 1);
        QVERIFY2(ended[0].err.contains("rank 1 of 2 could not meet the other ranks at 127.0.0.1:" +
                                       QString::number(port) + " within 3 s"),
                 qPrintable(ended[0].err));
        QVERIFY2(clock.elapsed() < 30000, "it waited far beyond its timeout");
    }

    void ranksWithDifferentDataRefuseOnEveryRank() {
        auto o = synth::preset("tiny");
        o.nCellTypes = 4;
        o.seed = 8;  // the same shape and columns, other values
        const auto other = path("other.h5ad");
        h5ad::write(synth::generate(o), other.toStdString());
        Ranks ranks({trainArgs(data_, path("mixed.pt"), 1, 32), trainArgs(other, path("mixed.pt"), 1, 32)}, freshPort(),
                    {"SCDIFF_DISTRIBUTED_TIMEOUT=30"});
        for (const auto& e : ranks.finish()) {
            QCOMPARE(e.code, 1);
            QVERIFY2(e.err.contains("the 2 ranks do not have the same dataset"), qPrintable(e.err));
        }
        QVERIFY(!QFile::exists(path("mixed.pt")));
        Ranks settings({trainArgs(data_, path("mixed.pt"), 1, 32), trainArgs(data_, path("mixed.pt"), 2, 32)},
                       freshPort(), {"SCDIFF_DISTRIBUTED_TIMEOUT=30"});
        for (const auto& e : settings.finish()) {
            QCOMPARE(e.code, 1);
            QVERIFY2(e.err.contains("do not have the same settings"), qPrintable(e.err));
        }
    }

    // A rank killed mid-run (no chance to say goodbye) ends the other with a sentence, not a hang.
    void aRankThatDiesEndsTheOthers() {
        Ranks ranks({trainArgs(data_, path("dies.pt"), 500, 32), trainArgs(data_, path("dies.pt"), 500, 32)},
                    freshPort(), {"SCDIFF_DISTRIBUTED_TIMEOUT=20"});
        QVERIFY(ranks.waitForEpoch(0, 2));
        ranks.rank(1).kill();
        QElapsedTimer clock;
        clock.start();
        const auto ended = ranks.finish(90000);
        QCOMPARE(ended[0].code, 1);
        QVERIFY2(ended[0].err.contains("rank 0 of 2 lost the other ranks while summing the gradients"),
                 qPrintable(ended[0].err));
        QVERIFY2(clock.elapsed() < 60000, "it waited far beyond its timeout");
    }
};

QTEST_GUILESS_MAIN(EngineDistributedTest)
#include "test_engine_distributed.moc"
