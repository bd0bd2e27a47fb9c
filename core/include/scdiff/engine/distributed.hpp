#pragma once
// Data-parallel training over several processes (docs/distributed.md): every rank holds the same network,
// trains on its shard of each mini-batch, and the gradients are summed over the ranks (LibTorch's c10d with
// Gloo) before every optimiser step, so W ranks with batch B per rank follow the same path as one process
// with batch W x B. This header is torch-free: where the ranks meet, and which rows each trains on.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace scdiff::engine {

struct DistributedSetup {
    int rank = 0;
    int worldSize = 1;  // 1: a single process, no process group
    std::string masterAddress = "127.0.0.1";
    int masterPort = 29500;
    // How long a rank waits for the others: to meet at the start and in every collective (a rank that
    // died or hangs ends the others with a sentence instead of a hang).
    std::chrono::seconds timeout{300};
    bool active() const { return worldSize > 1; }
};

// What torchrun sets (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT), else what Slurm's srun sets (SLURM_PROCID,
// SLURM_NTASKS; MASTER_ADDR/MASTER_PORT still name the meeting point, 127.0.0.1:29500 by default);
// SCDIFF_DISTRIBUTED_TIMEOUT (seconds) sets the timeout. nullopt when neither names a rank and a world size.
// Throws InvalidInput naming the variable when a value is not a number or out of range.
std::optional<DistributedSetup> distributedFromEnvironment();

// The rows [begin, end) of an epoch's cell order that `rank` trains on in optimiser step `step`: the step's
// mini-batch is rows [step x W x B, (step + 1) x W x B) of the order, and rank r takes the r-th B of them
// (the last mini-batch may leave a rank with fewer rows, or none). offset: the cells of the epoch done before
// this run's first step (a resumed checkpoint), the steps counting from there.
struct RowRange {
    std::size_t begin = 0, end = 0;
    std::size_t size() const { return end - begin; }
};
RowRange shardOfStep(std::size_t cells, std::size_t offset, std::size_t perRankBatch, int worldSize, int rank,
                     std::int64_t step);
// The mini-batch of step `step` over all ranks (rows of the order, as above).
RowRange stepRows(std::size_t cells, std::size_t offset, std::size_t perRankBatch, int worldSize, std::int64_t step);
// Optimiser steps for the cells of an epoch from offset on, with W x B cells a step.
std::int64_t stepsFor(std::size_t cells, std::size_t offset, std::size_t perRankBatch, int worldSize);

}  // namespace scdiff::engine
