#pragma once
// Compute devices and threads, torch-free. Threads: LibTorch in Debian starts with one; callers set it
// once from --threads (0 = all cores).
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

// LibTorch's OpenMP threads spin (OMP_WAIT_POLICY=active) while OpenBLAS's own threads run the matrix
// products, and on a few cores the two fight: measured here, training runs 1.6-1.9x faster with the
// passive policy (docs/engine.md). libgomp reads the variable when it loads, before main(), so a
// program calls this first thing in main(): when OMP_WAIT_POLICY is unset it sets it to passive and
// re-executes itself once (argv unchanged). A user's own setting is respected.
void useWaitingPolicyOfThisMachine(char** argv);

}  // namespace scdiff::engine
