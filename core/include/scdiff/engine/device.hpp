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
void setThreads(int threads);  // 0 = all cores
int threads();
std::string torchVersion();

}  // namespace scdiff::engine
