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

}  // namespace scdiff::engine
