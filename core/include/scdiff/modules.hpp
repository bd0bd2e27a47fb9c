#pragma once
// Parts of the programs loaded at run time with dlopen, on first use (the engine's LibTorch, the clustering's
// igraph) or before anything else (the Studio's window, app/studio): where they lie and how they are opened.
#include <filesystem>
#include <string>

namespace scdiff {

// The module file `name` beside the core libraries (build tree: build/core; installed: lib/scdiff-studio), or
// `name` alone for the loader's own search path when that folder is unknown.
std::filesystem::path moduleFile(const char* name);

// dlopen(file), after the OpenMP waiting policy is set (the modules bring libgomp, which reads it once, when it
// loads: parallel.hpp). Never closed: the libraries a module brings register state and threads that must outlive
// every caller. Throws Error "cannot load WHAT (FILE): WHY. ADVICE".
void* openModule(const std::filesystem::path& file, const std::string& what, const std::string& advice);

}  // namespace scdiff
