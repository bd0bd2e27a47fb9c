#include "scdiff/parallel.hpp"
#include "scdiff/engine/device.hpp"

#include <torch/torch.h>

#include <cstdlib>
#include <thread>

#include "scdiff/error.hpp"

namespace scdiff::engine {

std::vector<DeviceInfo> availableDevices() {
    std::vector<DeviceInfo> out{{"cpu", "CPU (" + std::to_string(threads()) + " threads)"}};
    if (torch::cuda::is_available())
        for (std::size_t i = 0; i < torch::cuda::device_count(); ++i)
            out.push_back({"cuda:" + std::to_string(i), "CUDA device " + std::to_string(i)});
    return out;
}

std::string resolveDevice(const std::string& requested) {
    if (requested.empty() || requested == "auto") return torch::cuda::is_available() ? "cuda:0" : "cpu";
    if (requested == "cpu") return "cpu";
    if (requested.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available())
            throw InvalidInput("device '" + requested +
                               "' was requested but this build of LibTorch sees no CUDA device");
        int index = 0;
        if (requested.size() > 4) {
            if (requested[4] != ':')
                throw InvalidInput("unknown device '" + requested + "': expected auto, cpu, cuda or cuda:N");
            try {
                index = std::stoi(requested.substr(5));
            } catch (const std::exception&) {
                throw InvalidInput("unknown device '" + requested + "': expected auto, cpu, cuda or cuda:N");
            }
        }
        if (index < 0 || static_cast<std::size_t>(index) >= torch::cuda::device_count())
            throw InvalidInput("device '" + requested + "' does not exist (" +
                               std::to_string(torch::cuda::device_count()) + " CUDA devices)");
        return "cuda:" + std::to_string(index);
    }
    throw InvalidInput("unknown device '" + requested + "': expected auto, cpu, cuda or cuda:N");
}

void setThreads(int n) {
    if (n <= 0) n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
    setWorkerThreads(n);  // the core's own loops (PCA, kNN, baselines) follow --threads too
}

int threads() { return at::get_num_threads(); }

}  // namespace scdiff::engine
