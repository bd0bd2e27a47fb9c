// scdiff-studio: the Studio's program. It links no Qt: it sets the OpenMP waiting policy, then loads the
// application (studio_main.cpp, Qt and all) as a module and runs it. Qt's core library brings libgomp (through
// libb2), and libgomp reads the policy once, when it loads (parallel.hpp): loaded after the policy is set, the
// Studio starts once instead of starting itself again.
#include <dlfcn.h>

#include <cstdio>
#include <exception>

#include "scdiff/modules.hpp"

int main(int argc, char** argv) {
    try {
        const auto file = scdiff::moduleFile("libscdiff_studio_window.so");
        void* module = scdiff::openModule(file, "scDiff Studio's window", "Reinstall scDiff Studio.");
        using Entry = int (*)(int, char**);
        const auto entry = reinterpret_cast<Entry>(::dlsym(module, "scdiff_studio_main"));
        if (!entry) {
            std::fprintf(stderr, "scdiff-studio: %s does not belong to this scDiff Studio\n", file.c_str());
            return 1;
        }
        return entry(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "scdiff-studio: %s\n", e.what());
        return 1;
    }
}
