#pragma once
// Limits that stand in for a small machine in tests, each restoring the previous limit when it goes:
// a file-size limit for a full disk (writes past it fail with EFBIG; SIGXFSZ is ignored so they fail
// rather than end the process), an address-space limit (as `ulimit -v` sets) for little free memory.
#include <signal.h>
#include <sys/resource.h>

#include <cstdint>
#include <fstream>
#include <string>

namespace scdiff::testing {

class ResourceLimit {
public:
    ResourceLimit(int resource, rlim_t soft) : resource_(resource) {
        ::getrlimit(resource_, &saved_);
        rlimit limited = saved_;
        limited.rlim_cur = soft;
        ::setrlimit(resource_, &limited);
    }
    ~ResourceLimit() { ::setrlimit(resource_, &saved_); }
    ResourceLimit(const ResourceLimit&) = delete;
    ResourceLimit& operator=(const ResourceLimit&) = delete;

private:
    int resource_;
    rlimit saved_{};
};

// Files larger than `bytes` cannot be written while this lives.
class FileSizeLimit : public ResourceLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) : ResourceLimit((::signal(SIGXFSZ, SIG_IGN), RLIMIT_FSIZE), bytes) {}
};

// What this process has mapped now (VmSize), in bytes.
inline std::int64_t mappedBytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmSize:", 0) == 0) return std::stoll(line.substr(7)) * 1024;
    return 0;
}

// This process may map `headroom` bytes more than it has now, while this lives.
class AddressSpaceLimit : public ResourceLimit {
public:
    explicit AddressSpaceLimit(std::int64_t headroom)
        : ResourceLimit(RLIMIT_AS, static_cast<rlim_t>(mappedBytes() + headroom)) {}
};

}  // namespace scdiff::testing
