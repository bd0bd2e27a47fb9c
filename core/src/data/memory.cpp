#include "scdiff/memory.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "scdiff/error.hpp"

namespace scdiff {

namespace {

// A "Key:   1234 kB" line of a /proc file, in bytes; -1 when absent.
std::int64_t procKilobytes(const char* file, const std::string& key) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key + ":", 0) != 0) continue;
        std::istringstream fields(line.substr(key.size() + 1));
        std::int64_t kb = -1;
        fields >> kb;
        return kb < 0 ? -1 : kb * 1024;
    }
    return -1;
}

}  // namespace

std::int64_t availableMemory() {
    std::int64_t available = procKilobytes("/proc/meminfo", "MemAvailable");
    rlimit limit{};
    if (::getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        const std::int64_t mapped = std::max<std::int64_t>(0, procKilobytes("/proc/self/status", "VmSize"));
        const std::int64_t left = std::max<std::int64_t>(0, static_cast<std::int64_t>(limit.rlim_cur) - mapped);
        available = available < 0 ? left : std::min(available, left);
    }
    return available;
}

std::string formatBytes(std::int64_t bytes) {
    const char* units[] = {"bytes", "kB", "MB", "GB", "TB"};
    double v = static_cast<double>(bytes);
    int u = 0;
    while (v >= 1000 && u < 4) {
        v /= 1000;
        ++u;
    }
    char text[32];
    std::snprintf(text, sizeof text, u == 0 ? "%.0f %s" : (v < 10 ? "%.1f %s" : "%.0f %s"), v, units[u]);
    return text;
}

void requireMemory(std::int64_t bytes, const std::string& what, const std::string& advice) {
    const std::int64_t available = availableMemory();
    if (available < 0 || bytes + bytes / 10 <= available) return;
    throw InvalidInput(what + " needs about " + formatBytes(bytes) + " of memory and " + formatBytes(available) +
                       " are available" + (advice.empty() ? "" : "; " + advice));
}

}  // namespace scdiff
