#pragma once
// Shared-library modules loaded on first use (the engine's LibTorch, the clustering's igraph): where they lie and
// how they are opened.
#include <filesystem>
#include <string>

namespace scdiff::detail {

// The file `name` in the folder of the shared library that holds `symbol` (build tree: build/core; installed:
// lib/scdiff-studio), or `name` alone for the loader's own search path when that folder is unknown.
std::filesystem::path besideLibraryOf(const void* symbol, const char* name);

// dlopen(file), after the OpenMP waiting policy is set (both modules bring libgomp, which reads it once, when it
// loads: parallel.hpp). Never closed: the libraries a module brings register state and threads that must outlive
// every caller. Throws Error "cannot load WHAT (FILE): WHY. ADVICE".
void* openModule(const std::filesystem::path& file, const std::string& what, const std::string& advice);

}  // namespace scdiff::detail
