// The core's parallel loops: every item exactly once whatever the thread count, the thread count that
// --threads sets, exceptions and cancellation reaching the caller.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "scdiff/error.hpp"
#include "scdiff/parallel.hpp"

using namespace scdiff;

namespace {
class CancelAfterReports final : public Progress {
public:
    explicit CancelAfterReports(int n) : left_(n) {}
    void report(std::int64_t, std::int64_t, const std::map<std::string, double>&) override { --left_; }
    bool cancelled() const override { return left_ <= 0; }
    int reports = 0;

private:
    int left_;
};
}  // namespace

class ParallelTest : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { setWorkerThreads(0); }

    void everyItemOnceWithTheThreadsSet() {
        for (int threads : {1, 2, 3, 7}) {
            setWorkerThreads(threads);
            QCOMPARE(workerThreads(), threads);
            std::vector<std::atomic<int>> seen(1001);
            std::mutex m;
            std::set<std::thread::id> ids;
            parallelFor(1001, 10, [&](std::int64_t b, std::int64_t e) {
                for (auto i = b; i < e; ++i) ++seen[static_cast<std::size_t>(i)];
                std::lock_guard lock(m);
                ids.insert(std::this_thread::get_id());
            });
            for (const auto& s : seen) QCOMPARE(s.load(), 1);
            QVERIFY2(static_cast<int>(ids.size()) <= threads, std::to_string(ids.size()).c_str());
        }
        setWorkerThreads(0);
        QCOMPARE(workerThreads(), static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    }

    void workersEachRunOnceAndTheCallerIsWorkerZero() {
        std::vector<int> runs(4, 0);
        std::thread::id zero;
        runWorkers(4, [&](int w) {
            ++runs[static_cast<std::size_t>(w)];
            if (w == 0) zero = std::this_thread::get_id();
        });
        QCOMPARE(runs, (std::vector<int>{1, 1, 1, 1}));
        QCOMPARE(zero, std::this_thread::get_id());
    }

    void anExceptionReachesTheCaller() {
        setWorkerThreads(3);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, parallelFor(100, 1, [](std::int64_t b, std::int64_t) {
                                     if (b == 57) throw std::runtime_error("item 57");
                                 }));
    }

    void cancellationStopsTheLoop() {
        setWorkerThreads(2);
        CancelAfterReports progress(3);
        std::atomic<std::int64_t> done{0};
        QVERIFY_THROWS_EXCEPTION(Cancelled, parallelFor(
                                                100000, 1,
                                                [&](std::int64_t, std::int64_t) {
                                                    std::this_thread::sleep_for(std::chrono::microseconds(20));
                                                    ++done;
                                                },
                                                progress));
        QVERIFY2(done < 100000, std::to_string(done.load()).c_str());
    }
};

QTEST_GUILESS_MAIN(ParallelTest)
#include "test_parallel.moc"
