#pragma once
// A buffered wire::Sink over a file descriptor (scdiff-reader's hand-over file).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "io/anndata_wire.hpp"
#include "scdiff/error.hpp"

namespace scdiff::io {

class FdSink final : public wire::Sink {
public:
    explicit FdSink(int fd) : fd_(fd) { buffer_.reserve(kBuffer); }
    void put(const void* bytes, std::size_t n) override {
        if (buffer_.size() + n > kBuffer) flush();
        if (n >= kBuffer) return writeAll(bytes, n);  // large arrays go straight to the file
        const auto* p = static_cast<const char*>(bytes);
        buffer_.insert(buffer_.end(), p, p + n);
    }
    void flush() {
        writeAll(buffer_.data(), buffer_.size());
        buffer_.clear();
    }

private:
    static constexpr std::size_t kBuffer = 1 << 20;
    void writeAll(const void* bytes, std::size_t n) {
        const auto* p = static_cast<const char*>(bytes);
        while (n > 0) {
            const ssize_t w = ::write(fd_, p, n);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) throw Error(std::string("cannot hand the dataset over: ") + std::strerror(errno));
            p += w;
            n -= static_cast<std::size_t>(w);
        }
    }
    int fd_;
    std::vector<char> buffer_;
};

}  // namespace scdiff::io
