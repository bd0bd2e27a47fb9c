#pragma once
// The ranks of a data-parallel run (scdiff/engine/distributed.hpp) as LibTorch's c10d process group: a
// TCPStore at the master address to meet, Gloo for the collectives. Torch inside core/src/engine only.
#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "scdiff/engine/distributed.hpp"

namespace c10d {
class ProcessGroupGloo;
class Store;
}  // namespace c10d

namespace scdiff::engine {

// OpenBLAS's threads (when it is the BLAS LibTorch loaded; another BLAS keeps its own): several ranks on one
// machine each start one per core otherwise.
void limitBlasThreads(int threads);

class ProcessGroup {
public:
    // Meets the other ranks (rank 0 serves the store). Throws InvalidInput with one sentence when they do not
    // all arrive within the setup's timeout.
    explicit ProcessGroup(const DistributedSetup& setup);
    ~ProcessGroup();
    ProcessGroup(const ProcessGroup&) = delete;
    ProcessGroup& operator=(const ProcessGroup&) = delete;

    int rank() const { return setup_.rank; }
    int size() const { return setup_.worldSize; }

    // Sums t (any device: it travels through host memory) over the ranks, in place.
    void sum(torch::Tensor& t);
    // Every rank gets rank 0's values of these tensors, in place.
    void broadcastFromRankZero(const std::vector<torch::Tensor>& tensors);
    // Refuses (InvalidInput, the same sentence on every rank) unless every rank has the same value: the
    // dataset and the settings, checked before the first step.
    void requireSame(std::uint64_t fingerprint, const std::string& what);
    // Seconds spent in the collectives so far (waiting for the slowest rank included).
    double collectiveSeconds() const { return collectiveSeconds_; }

private:
    // One collective, waited for; c10d's errors (a rank gone, the timeout) become InvalidInput.
    template <class Start>
    void run(const char* what, Start start);

    DistributedSetup setup_;
    c10::intrusive_ptr<c10d::Store> store_;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group_;
    double collectiveSeconds_ = 0;
};

}  // namespace scdiff::engine
