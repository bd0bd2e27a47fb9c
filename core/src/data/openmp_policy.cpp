// The OpenMP waiting policy (parallel.hpp).
#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>

#include "scdiff/parallel.hpp"

namespace scdiff {

void useWaitingPolicyOfThisMachine(char** argv) {
    if (std::getenv("OMP_WAIT_POLICY")) return;  // a user's own setting, or this program already started again
    ::setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    if (!argv) return;
    if (void* gomp = ::dlopen("libgomp.so.1", RTLD_LAZY | RTLD_NOLOAD)) {  // loaded, and read its variables
        ::dlclose(gomp);
        ::execv("/proc/self/exe", argv);  // returns only on failure: then run on with the spinning policy
    }
}

}  // namespace scdiff
