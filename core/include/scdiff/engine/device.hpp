#pragma once
// Compute devices and threads, torch-free; the calls that ask LibTorch load the engine module (setThreads
// before that is kept for it). Threads: LibTorch in Debian starts with one; callers set it once from
// --threads (0 = all cores).
#include <string>
#include <vector>

namespace scdiff::engine {

struct DeviceInfo {
    std::string id;    // "cpu", "cuda:0"
    std::string name;  // "CPU (2 threads)", "cuda:0 (CUDA device)"
};
std::vector<DeviceInfo> availableDevices();
// "auto" -> cuda:0 when available, else cpu. Throws InvalidInput for an unknown or absent device.
std::string resolveDevice(const std::string& requested);
// LibTorch's threads and the core's worker threads (scdiff::setWorkerThreads); 0 = all cores.
void setThreads(int threads);
int threads();
std::string torchVersion();
// Loads the engine module (LibTorch) now instead of at the first call that needs it: the Studio does it
// on a worker thread once its window shows, so opening the Train dialog does not wait for it. Throws
// Error when the module cannot be loaded (the same message the first engine call would give).
void loadEngine();

// LibTorch's OpenMP threads spin (OMP_WAIT_POLICY=active) while OpenBLAS's own threads run the matrix
// products, and on a few cores the two fight: measured here, training with two threads runs 1.6-4x faster with
// the passive policy (docs/engine.md, "Performance"). libgomp reads the variable once, when it loads. When it
// has not loaded yet, setting the variable is enough (the engine's loader does that before LibTorch loads).
// But libigraph (Leiden clustering) brings libgomp in with a program's own libraries, before main() runs: with
// argv, a program whose libgomp is already loaded and whose environment does not set the variable starts
// itself again with it (execv of /proc/self/exe, the same arguments), which costs one program start of a few
// milliseconds, LibTorch not loaded yet. Call it first thing in main(), before any thread exists. A user's own
// setting is respected.
void useWaitingPolicyOfThisMachine(char** argv = nullptr);

}  // namespace scdiff::engine
