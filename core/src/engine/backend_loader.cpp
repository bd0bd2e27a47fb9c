// Finds and loads the engine module (backend.hpp) on first use. The module lies next to this library
// (build tree: build/core/; installed: lib/scdiff-studio/), or where SCDIFF_ENGINE_MODULE says.
#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>

#include "backend.hpp"
#include "scdiff/engine/device.hpp"
#include "scdiff/error.hpp"
#include "scdiff/modules.hpp"
#include "scdiff/parallel.hpp"

namespace scdiff::engine {

namespace {

constexpr const char* kModuleFile = "libscdiff_engine_torch.so";

std::filesystem::path engineModuleFile() {
    if (const char* file = std::getenv("SCDIFF_ENGINE_MODULE"); file && *file) return file;
    return scdiff::moduleFile(kModuleFile);
}

struct LoaderState {
    std::mutex mutex;
    const Backend* backend = nullptr;
    std::optional<int> threads;  // setThreads before the module was loaded
};

LoaderState& state() {
    static LoaderState s;
    return s;
}

}  // namespace

bool backendLoaded() {
    std::lock_guard lock(state().mutex);
    return state().backend != nullptr;
}

const Backend& backend() {
    auto& s = state();
    std::lock_guard lock(s.mutex);
    if (s.backend) return *s.backend;
    const auto file = engineModuleFile();
    void* handle = scdiff::openModule(file, "the scDiff engine",
                                      "Reinstall scDiff Studio, or set SCDIFF_ENGINE_MODULE to the file's path.");
    using Entry = const Backend* (*)(int);
    auto entry = reinterpret_cast<Entry>(::dlsym(handle, "scdiff_engine_backend"));
    const Backend* loaded = entry ? entry(kBackendInterfaceVersion) : nullptr;
    if (!loaded)
        throw Error("the scDiff engine " + file.string() +
                    " does not belong to this version of scDiff Studio (interface " +
                    std::to_string(kBackendInterfaceVersion) + " not offered)");
    if (s.threads) loaded->setThreads(*s.threads);
    s.backend = loaded;
    return *loaded;
}

void loadEngine() { backend(); }

void setThreads(int threads) {
    auto& s = state();
    {
        std::lock_guard lock(s.mutex);
        if (!s.backend) {
            s.threads = threads;  // LibTorch gets it when it loads
            setWorkerThreads(threads);
            return;
        }
    }
    backend().setThreads(threads);  // LibTorch's threads and the core's workers
}

}  // namespace scdiff::engine
