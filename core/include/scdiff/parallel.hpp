#pragma once
// The core's own parallel loops (PCA's Gram matrix, the kNN search, the synthetic generator, the kNN
// smoothing baseline) share one setting, workerThreads(), which the programs set from --threads
// (engine::setThreads sets it together with LibTorch's), and one way to run: runWorkers / parallelFor.
#include <cstdint>
#include <functional>

#include "scdiff/progress.hpp"

namespace scdiff {

void setWorkerThreads(int threads);  // 0 = all cores
int workerThreads();                 // >= 1; all cores until set

// Runs work(w) for w in [0, workers), w = 0 on the calling thread, joins every thread and rethrows the
// first exception. The workers share out their items themselves (an atomic counter).
void runWorkers(int workers, const std::function<void(int worker)>& work);

// body(begin, end) over [0, n) in chunks of `chunk` on workerThreads() threads. The calling thread reports
// the items done to `progress` after each of its chunks and polls cancellation; the other threads stop
// at their next chunk, and Cancelled is thrown once all have.
void parallelFor(std::int64_t n, std::int64_t chunk,
                 const std::function<void(std::int64_t begin, std::int64_t end)>& body,
                 Progress& progress = nullProgress());

// LibTorch's OpenMP threads spin (OMP_WAIT_POLICY=active) while OpenBLAS's own threads run the matrix
// products, and on a few cores the two fight: measured here, training with two threads runs 1.6-4x faster with
// the passive policy (docs/engine.md, "Performance"). libgomp reads the variable once, when it loads, so the
// modules that bring it (the engine's LibTorch, the clustering's igraph) set it before they load, and `scdiff`
// links no library that needs libgomp. Where one does anyway (an OpenMP build of OpenBLAS chosen as the
// system's BLAS; Qt's core library, through libb2, in a program that links Qt), libgomp loads before main() runs:
// then, with argv, a program whose environment does not set the variable starts itself again with it (execv of
// /proc/self/exe, the same arguments). Call it first thing in main(), before any thread exists. A user's own
// setting is respected. The Studio needs no second start: its program is a launcher without Qt that calls this
// and then loads the application as a module (app/studio/launcher.cpp).
void useWaitingPolicyOfThisMachine(char** argv = nullptr);

}  // namespace scdiff
