#include "scdiff/modules.hpp"

#include <dlfcn.h>

#include "scdiff/error.hpp"
#include "scdiff/parallel.hpp"

namespace scdiff {

std::filesystem::path moduleFile(const char* name) {
    // Every core library and module lies in one folder: the one of this library.
    Dl_info info{};
    if (::dladdr(reinterpret_cast<const void*>(&moduleFile), &info) && info.dli_fname)
        return std::filesystem::path(info.dli_fname).parent_path() / name;
    return name;
}

void* openModule(const std::filesystem::path& file, const std::string& what, const std::string& advice) {
    useWaitingPolicyOfThisMachine();
    void* handle = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = ::dlerror();
        throw Error("cannot load " + what + " (" + file.string() + "): " + (why ? why : "unknown error") + ". " + advice);
    }
    return handle;
}

}  // namespace scdiff
