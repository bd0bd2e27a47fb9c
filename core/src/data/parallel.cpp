#include "scdiff/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace scdiff {

namespace {
int allCores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }
std::atomic<int> configured{0};
}  // namespace

void setWorkerThreads(int threads) { configured = std::max(0, threads); }

int workerThreads() {
    const int n = configured.load();
    return n > 0 ? n : allCores();
}

void runWorkers(int workers, const std::function<void(int)>& work) {
    workers = std::max(1, workers);
    std::exception_ptr error;
    std::mutex errorMutex;
    auto guarded = [&](int w) {
        try {
            work(w);
        } catch (...) {
            std::lock_guard lock(errorMutex);
            if (!error) error = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(workers - 1));
    for (int w = 1; w < workers; ++w) threads.emplace_back(guarded, w);
    guarded(0);
    for (auto& t : threads) t.join();
    if (error) std::rethrow_exception(error);
}

void parallelFor(std::int64_t n, std::int64_t chunk, const std::function<void(std::int64_t, std::int64_t)>& body,
                 Progress& progress) {
    if (n <= 0) return;
    chunk = std::max<std::int64_t>(1, chunk);
    const auto chunks = (n + chunk - 1) / chunk;
    const int workers = static_cast<int>(std::min<std::int64_t>(workerThreads(), chunks));
    std::atomic<std::int64_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    runWorkers(workers, [&](int w) {
        for (std::int64_t c; !stop && (c = next.fetch_add(chunk)) < n;) {
            const std::int64_t end = std::min(n, c + chunk);
            try {
                body(c, end);
            } catch (...) {
                stop = true;  // the others stop at their next chunk; runWorkers rethrows
                throw;
            }
            done += end - c;
            if (w == 0) {
                progress.report(done, n);
                if (progress.cancelled()) stop = true;
            }
        }
    });
    progress.checkCancelled();
}

}  // namespace scdiff
