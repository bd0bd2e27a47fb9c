// The torch-free part of device.hpp: the OpenMP waiting policy and the LibTorch version this build uses.
#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>

#include "scdiff/engine/device.hpp"

namespace scdiff::engine {

void useWaitingPolicyOfThisMachine(char** argv) {
    if (std::getenv("OMP_WAIT_POLICY")) return;  // a user's own setting, or this program already started again
    ::setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    if (!argv) return;
    if (void* gomp = ::dlopen("libgomp.so.1", RTLD_LAZY | RTLD_NOLOAD)) {  // loaded, and read its variables
        ::dlclose(gomp);
        ::execv("/proc/self/exe", argv);  // returns only on failure: then run on with the spinning policy
    }
}

std::string torchVersion() { return SCDIFF_TORCH_VERSION; }

}  // namespace scdiff::engine
