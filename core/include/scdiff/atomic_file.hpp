#pragma once
// Writing a file so that it is either whole or not there: the content goes to a temporary file beside the
// target, which is renamed over it only once everything was written and flushed. A failure (a full disk, a
// file-size limit, a vanished folder) removes the temporary file, leaves an existing target as it was and
// throws FileError naming the target and the reason. The h5ad/loom writers and model files do the same in
// their own formats (h5ad.hpp, engine::Model::save).
#include <filesystem>
#include <functional>
#include <ostream>

namespace scdiff::io {

// write(out) fills the stream (binary mode); its failures are reported as above.
void writeAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

}  // namespace scdiff::io
