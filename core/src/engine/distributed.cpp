#include "scdiff/engine/distributed.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <limits>

#include "scdiff/error.hpp"

namespace scdiff::engine {

namespace {

std::optional<std::string> variable(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v) return std::nullopt;
    return std::string(v);
}

long number(const char* name, const std::string& text, long low, long high) {
    errno = 0;
    char* end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (errno != 0 || end == text.c_str() || *end != '\0' || v < low || v > high)
        throw InvalidInput(std::string("the environment variable ") + name + " is '" + text +
                           "'; expected a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    return v;
}

}  // namespace

std::optional<DistributedSetup> distributedFromEnvironment() {
    const char* rankName = "RANK";
    const char* worldName = "WORLD_SIZE";
    auto rank = variable(rankName);
    auto world = variable(worldName);
    if (!rank || !world) {  // not torchrun: Slurm's task variables, when both are there
        rankName = "SLURM_PROCID";
        worldName = "SLURM_NTASKS";
        rank = variable(rankName);
        world = variable(worldName);
    }
    if (!rank || !world) return std::nullopt;
    DistributedSetup s;
    s.worldSize = static_cast<int>(number(worldName, *world, 1, 1 << 20));
    s.rank = static_cast<int>(number(rankName, *rank, 0, s.worldSize - 1));
    if (auto a = variable("MASTER_ADDR")) s.masterAddress = *a;
    if (auto p = variable("MASTER_PORT")) s.masterPort = static_cast<int>(number("MASTER_PORT", *p, 1, 65535));
    if (auto t = variable("SCDIFF_DISTRIBUTED_TIMEOUT"))
        s.timeout = std::chrono::seconds(number("SCDIFF_DISTRIBUTED_TIMEOUT", *t, 1, 7 * 24 * 3600));
    return s;
}

RowRange stepRows(std::size_t cells, std::size_t offset, std::size_t perRankBatch, int worldSize, std::int64_t step) {
    const std::size_t global = perRankBatch * static_cast<std::size_t>(worldSize);
    const std::size_t begin = std::min(cells, offset + static_cast<std::size_t>(step) * global);
    return {begin, std::min(cells, begin + global)};
}

RowRange shardOfStep(std::size_t cells, std::size_t offset, std::size_t perRankBatch, int worldSize, int rank,
                     std::int64_t step) {
    const auto all = stepRows(cells, offset, perRankBatch, worldSize, step);
    const std::size_t begin = std::min(all.end, all.begin + static_cast<std::size_t>(rank) * perRankBatch);
    return {begin, std::min(all.end, begin + perRankBatch)};
}

std::int64_t stepsFor(std::size_t cells, std::size_t offset, std::size_t perRankBatch, int worldSize) {
    if (offset >= cells) return 0;
    const std::size_t global = perRankBatch * static_cast<std::size_t>(worldSize);
    return static_cast<std::int64_t>((cells - offset + global - 1) / global);
}

}  // namespace scdiff::engine
