#include "process_group.hpp"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>

#include "scdiff/error.hpp"

namespace scdiff::engine {

namespace {

std::string where(const DistributedSetup& s) { return s.masterAddress + ":" + std::to_string(s.masterPort); }

// c10d's messages carry a C++ stack trace after the first line.
std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// The network interface the collectives use: the one GLOO_SOCKET_IFNAME names (as in PyTorch), the loopback
// when every rank is on this machine, else the one this host's name resolves to.
std::shared_ptr<::gloo::transport::Device> transportDevice(const DistributedSetup& s) {
    if (const char* name = std::getenv("GLOO_SOCKET_IFNAME"); name && *name)
        return c10d::ProcessGroupGloo::createDeviceForInterface(name);
    if (s.masterAddress == "localhost" || s.masterAddress.rfind("127.", 0) == 0)
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

}  // namespace

void limitBlasThreads(int threads) {
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(::dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(std::max(1, threads));
}

ProcessGroup::ProcessGroup(const DistributedSetup& setup) : setup_(setup) {
    try {
        c10d::TCPStoreOptions options;
        options.port = static_cast<std::uint16_t>(setup.masterPort);
        options.isServer = setup.rank == 0;
        options.numWorkers = setup.worldSize;
        options.waitWorkers = true;
        options.timeout = setup.timeout;
        store_ = c10::make_intrusive<c10d::TCPStore>(setup.masterAddress, options);
        auto gloo = c10d::ProcessGroupGloo::Options::create(setup.timeout);
        gloo->devices.push_back(transportDevice(setup));
        group_ = c10::make_intrusive<c10d::ProcessGroupGloo>(store_, setup.rank, setup.worldSize, gloo);
    } catch (const std::exception& e) {
        throw InvalidInput("rank " + std::to_string(setup.rank) + " of " + std::to_string(setup.worldSize) +
                           " could not meet the other ranks at " + where(setup) + " within " +
                           std::to_string(setup.timeout.count()) + " s (" + firstLine(e.what()) +
                           "); check MASTER_ADDR, MASTER_PORT and that every rank was started");
    }
}

ProcessGroup::~ProcessGroup() = default;

template <class Start>
void ProcessGroup::run(const char* what, Start start) {
    const auto begin = std::chrono::steady_clock::now();
    try {
        start()->wait(setup_.timeout);
        collectiveSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    } catch (const std::exception& e) {
        throw InvalidInput("rank " + std::to_string(setup_.rank) + " of " + std::to_string(setup_.worldSize) +
                           " lost the other ranks while " + what + " (" + firstLine(e.what()) +
                           "); a rank ended or stopped answering within " + std::to_string(setup_.timeout.count()) +
                           " s");
    }
}

void ProcessGroup::sum(torch::Tensor& t) {
    std::vector<at::Tensor> host{t.is_cpu() ? t.contiguous() : t.to(torch::kCPU)};
    run("summing the gradients", [&] { return group_->allreduce(host); });
    if (t.is_cpu() && host[0].data_ptr() == t.data_ptr()) return;
    t.copy_(host[0]);
}

void ProcessGroup::broadcastFromRankZero(const std::vector<torch::Tensor>& tensors) {
    for (const auto& t : tensors) {
        std::vector<at::Tensor> host{t.to(torch::kCPU).contiguous()};
        run("copying rank 0's weights", [&] { return group_->broadcast(host); });
        torch::NoGradGuard noGrad;
        const_cast<torch::Tensor&>(t).copy_(host[0]);
    }
}

void ProcessGroup::requireSame(std::uint64_t fingerprint, const std::string& what) {
    std::int64_t value;
    std::memcpy(&value, &fingerprint, sizeof value);
    auto low = torch::tensor({value}, torch::kInt64);
    auto high = low.clone();
    std::vector<at::Tensor> lows{low}, highs{high};
    c10d::AllreduceOptions minimum, maximum;
    minimum.reduceOp = c10d::ReduceOp::MIN;
    maximum.reduceOp = c10d::ReduceOp::MAX;
    run("comparing the ranks' inputs", [&] { return group_->allreduce(lows, minimum); });
    run("comparing the ranks' inputs", [&] { return group_->allreduce(highs, maximum); });
    if (lows[0].item<std::int64_t>() != highs[0].item<std::int64_t>())
        throw InvalidInput("the " + std::to_string(setup_.worldSize) + " ranks do not have the same " + what +
                           "; every rank must read the same file with the same options");
}

}  // namespace scdiff::engine
