// Loads the igraph module (libscdiff_igraph.so, next to this library) on first use. igraph brings libgomp, and
// libgomp reads the OpenMP waiting policy once, when it loads: linked into the programs, it loaded before main()
// and every command had to start itself again to set the policy. Loaded here, after the policy is set, nothing
// that does not cluster loads igraph at all.
#include "preprocess/igraph_module.hpp"

#include <dlfcn.h>

#include <mutex>

#include "scdiff/modules.hpp"
#include "igraph_module/leiden_igraph.h"
#include "scdiff/error.hpp"

namespace scdiff::embedding::detail {

namespace {

constexpr const char* kModuleFile = "libscdiff_igraph.so";

// One call at a time: igraph's random generator is a process-wide default that each clustering seeds and uses.
std::mutex& moduleLock() {
    static std::mutex m;
    return m;
}

// Called with moduleLock held.
ScdiffLeidenFunction loadedFunction() {
    static ScdiffLeidenFunction function = nullptr;
    if (function) return function;
    const auto file = moduleFile(kModuleFile);
    void* handle = openModule(file, "the clustering module", "Reinstall scDiff Studio.");
    function = reinterpret_cast<ScdiffLeidenFunction>(::dlsym(handle, "scdiff_leiden_igraph"));
    if (!function) throw Error("the clustering module " + file.string() + " does not belong to this scDiff Studio");
    return function;
}

}  // namespace

LeidenPartition leidenPartition(std::int64_t cells, const std::vector<std::int64_t>& ends,
                                const std::vector<double>& weights, double resolution, unsigned seed) {
    LeidenPartition out;
    out.membership.resize(static_cast<std::size_t>(cells));
    ScdiffLeidenInput in{cells, static_cast<std::int64_t>(weights.size()), ends.data(), weights.data(), resolution,
                         seed};
    ScdiffLeidenOutput result{out.membership.data(), 0, 0, {}};
    std::lock_guard lock(moduleLock());
    if (loadedFunction()(&in, &result) != 0)
        throw Error(std::string("the clustering failed in igraph (") + result.error + ")");
    out.clusters = result.clusters;
    out.modularity = result.modularity;
    return out;
}

}  // namespace scdiff::embedding::detail
