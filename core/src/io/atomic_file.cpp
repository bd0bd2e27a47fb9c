#include "scdiff/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

#include "scdiff/error.hpp"

namespace scdiff::io {

namespace fs = std::filesystem;

void writeAtomically(const fs::path& target, const std::function<void(std::ostream&)>& write) {
    fs::path partial = target;
    partial += ".partial";
    auto fail = [&](const std::string& why) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw FileError(target.string(), "", "cannot be written: " + why + " (an existing file was left as it was)");
    };
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) fail(std::strerror(errno));
        errno = 0;
        try {
            write(out);
        } catch (...) {
            out.close();
            std::error_code ignored;
            fs::remove(partial, ignored);
            throw;
        }
        out.flush();
        if (!out) fail(errno ? std::strerror(errno) : "the disk may be full");
        out.close();
        if (out.fail()) fail(errno ? std::strerror(errno) : "the disk may be full");
    }
    std::error_code ec;
    fs::rename(partial, target, ec);
    if (ec) fail(ec.message());
}

}  // namespace scdiff::io
