// readSafely: io::readAny in the scdiff-reader child process (read_safely.hpp says why). The child is
// started with posix_spawn (safe in the Studio's multi-threaded process, unlike fork). Its standard output
// is a pipe for progress and the outcome (reader_protocol.hpp); its file descriptor 3 is an in-memory file
// (memfd) it writes the dataset into (anndata_wire.hpp), read here once it has finished: a pipe would be
// simpler but costs twice as much on large data (0.9 GB/s here). It is killed on cancel or when it stays
// silent too long; nothing is written to disk.
#include "scdiff/read_safely.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "io/anndata_wire.hpp"
#include "io/reader_protocol.hpp"
#include "scdiff/error.hpp"
#include "scdiff/memory.hpp"

extern char** environ;

namespace scdiff::io {

namespace fs = std::filesystem;

namespace {

constexpr const char* kHelperFile = "scdiff-reader";
constexpr int kDataFd = 3;  // where the child finds the in-memory file it writes the dataset into
using Clock = std::chrono::steady_clock;

std::chrono::seconds silenceLimitOf(const ReadSafelyOptions& options) {
    if (options.silenceLimit.count() > 0) return options.silenceLimit;
    if (const char* s = std::getenv("SCDIFF_READ_SILENCE_LIMIT"); s && *s) {
        char* end = nullptr;
        const long v = std::strtol(s, &end, 10);
        if (end && *end == '\0' && v > 0) return std::chrono::seconds(v);
    }
    return std::chrono::seconds(120);
}

class Fd {
public:
    Fd() = default;
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { reset(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    void reset(int fd = -1) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = fd;
    }

private:
    int fd_ = -1;
};

// Waits up to `ms` for fd to be readable and reads what is there into p (at most n bytes). Returns the
// bytes read, 0 at the end, -1 when nothing came in time.
ssize_t readWithin(int fd, void* p, std::size_t n, int ms) {
    pollfd pfd{fd, POLLIN, 0};
    if (::poll(&pfd, 1, ms) <= 0) return -1;
    const ssize_t r = ::read(fd, p, n);
    if (r < 0) return errno == EINTR || errno == EAGAIN ? -1 : 0;
    return r;
}

// The child process: started on construction, killed and reaped on destruction unless already reaped.
class ReaderChild {
public:
    ReaderChild(const fs::path& helper, const fs::path& in, bool expression) {
        int status[2];
        if (::pipe2(status, O_CLOEXEC) != 0) throw Error(std::string("cannot create a pipe: ") + std::strerror(errno));
        status_.reset(status[0]);
        Fd statusWrite(status[1]);
        data_.reset(::memfd_create("scdiff-dataset", MFD_CLOEXEC));
        if (data_.get() < 0) throw Error(std::string("cannot create an in-memory file: ") + std::strerror(errno));
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, statusWrite.get(), 1);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);  // HDF5's own diagnostics
        posix_spawn_file_actions_adddup2(&actions, data_.get(), kDataFd);
        const std::string h = helper.string(), i = in.string();
        char backed[] = "--backed";
        char* argv[] = {const_cast<char*>(h.c_str()), const_cast<char*>(i.c_str()), expression ? nullptr : backed,
                        nullptr};
        const int rc = ::posix_spawn(&pid_, h.c_str(), &actions, nullptr, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0)
            throw Error("cannot start the file reader " + h + ": " + std::strerror(rc) +
                        ". Reinstall scDiff Studio, or set SCDIFF_READER to the program's path.");
    }
    ~ReaderChild() {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            int status = 0;
            ::waitpid(pid_, &status, 0);
        }
    }
    ReaderChild(const ReaderChild&) = delete;
    ReaderChild& operator=(const ReaderChild&) = delete;

    int statusFd() const { return status_.get(); }
    int dataFd() const { return data_.get(); }
    // The exit status, after the output ended.
    int wait() {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {}
        pid_ = -1;
        return status;
    }

private:
    pid_t pid_ = -1;
    Fd status_, data_;
};

// Reads the child's status lines, forwarding progress, until a message that is not progress (returned)
// or the end of the output (an empty result). Stops the child when the caller cancels or it stays silent.
class StatusReader {
public:
    StatusReader(const fs::path& file, int fd, Progress& progress, std::chrono::seconds limit)
        : file_(file), fd_(fd), progress_(progress), limit_(limit) {}

    std::vector<std::string> next() {
        while (true) {
            if (const auto nl = buffer_.find('\n'); nl != std::string::npos) {
                auto m = reader_protocol::fields(buffer_.substr(0, nl));
                buffer_.erase(0, nl + 1);
                if (m[0] == "stage" && m.size() > 1)
                    progress_.stage(m[1]);
                else if (m[0] == "progress" && m.size() > 2)
                    progress_.report(std::atoll(m[1].c_str()), std::atoll(m[2].c_str()));
                else
                    return m;
                continue;
            }
            char chunk[4096];
            const ssize_t n = readWithin(fd_, chunk, sizeof chunk, 100);
            if (n == 0) return {};
            if (n > 0) {
                buffer_.append(chunk, static_cast<std::size_t>(n));
                heard();
            }
            checkOn();
        }
    }
    void heard() { heard_ = Clock::now(); }
    // Throws Cancelled, or FileError when the child has been silent too long.
    void checkOn() const {
        progress_.checkCancelled();  // ~ReaderChild kills the child
        if (Clock::now() - heard_ > limit_)
            throw FileError(file_.string(), "",
                            "reading it made no progress for " + std::to_string(limit_.count()) +
                                " s and was stopped (the HDF5 library may loop on a corrupt file; set "
                                "SCDIFF_READ_SILENCE_LIMIT to wait longer)");
    }

private:
    fs::path file_;
    int fd_;
    Progress& progress_;
    std::chrono::seconds limit_;
    std::string buffer_;
    Clock::time_point heard_ = Clock::now();
};

// The in-memory file the child wrote, read from its start through a buffer: a dataset's names are two small pieces
// each (200,000 system calls for 100,000 cells when each piece was read by itself); large arrays are read straight
// into their place. No mapping of the whole file: under an address-space limit (ulimit -v) it would count as much
// again as the dataset.
class FileSource final : public wire::Source {
public:
    explicit FileSource(int fd) : fd_(fd) {
        ::lseek(fd_, 0, SEEK_SET);
        struct stat st {};
        if (::fstat(fd_, &st) == 0 && st.st_size > 0) left_ = static_cast<std::uint64_t>(st.st_size);
        buffer_.resize(kBuffer);
    }
    std::uint64_t left() const override { return left_; }
    bool get(void* bytes, std::size_t n) override {
        if (n > left_) return false;
        auto* p = static_cast<char*>(bytes);
        const std::size_t buffered = std::min(n, end_ - at_);
        std::memcpy(p, buffer_.data() + at_, buffered);
        at_ += buffered;
        p += buffered;
        n -= buffered;
        left_ -= buffered;
        if (n == 0) return true;
        if (n >= kBuffer) return readAll(p, n);
        if (!fill()) return false;
        return get(p, n);
    }

private:
    static constexpr std::size_t kBuffer = 1 << 20;
    bool readAll(char* p, std::size_t n) {
        while (n > 0) {
            const ssize_t r = ::read(fd_, p, n);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) return false;
            p += r;
            n -= static_cast<std::size_t>(r);
            left_ -= std::min<std::uint64_t>(left_, static_cast<std::uint64_t>(r));
        }
        return true;
    }
    bool fill() {
        ssize_t r;
        do r = ::read(fd_, buffer_.data(), kBuffer);
        while (r < 0 && errno == EINTR);
        if (r <= 0) return false;
        at_ = 0;
        end_ = static_cast<std::size_t>(r);
        return true;
    }
    int fd_;
    std::uint64_t left_ = 0;  // bytes not yet handed out, the buffered ones included
    std::vector<char> buffer_;
    std::size_t at_ = 0, end_ = 0;
};

std::string signalName(int sig) {
    const char* abbrev = ::sigabbrev_np(sig);
    return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(sig);
}

// Throws what a child's error message means for the caller.
[[noreturn]] void raise(const fs::path& file, const std::vector<std::string>& m) {
    auto at = [&](std::size_t i) { return i < m.size() ? m[i] : std::string(); };
    const std::string& kind = m.front();
    if (kind == "file-error") throw FileError(at(1), at(2), at(3));
    if (kind == "invalid-input" || kind == "error") {
        // A check deeper down that does not know the file: the sentence gets its name in front.
        const std::string& sentence = at(1);
        if (sentence.rfind(file.string(), 0) == 0) throw Error(sentence);
        throw FileError(file.string(), "", sentence);
    }
    if (kind == "no-memory")
        throw FileError(file.string(), "",
                        "there is not enough memory to read it (the file may claim sizes it does not hold)");
    if (kind == "hand-over-failed")
        throw FileError(file.string(), "",
                        "it was read, but could not be handed over to this program (" + at(1) +
                            "; is a file-size limit set with ulimit -f?)");
    throw FileError(file.string(), "", "the reader process sent an unexpected message '" + kind + "'");
}

// What a child that ended without handing a dataset over did.
[[noreturn]] void raiseEnd(const fs::path& file, int status) {
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        if (sig == SIGKILL)  // nobody here sent it: the kernel's out-of-memory killer, or a user
            throw FileError(file.string(), "",
                            "the reader was killed (SIGKILL) while reading it; the machine may have run out of "
                            "memory");
        throw FileError(
            file.string(), "",
            "the HDF5 library failed on it (corrupt file?): the reader process ended with " + signalName(sig));
    }
    throw FileError(
        file.string(), "",
        "the reader process ended with exit status " + std::to_string(WEXITSTATUS(status)) + " without a result");
}

}  // namespace

fs::path readerHelper(const ReadSafelyOptions& options) {
    if (!options.helper.empty()) return options.helper;
    if (const char* file = std::getenv("SCDIFF_READER"); file && *file) return file;
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void*>(&readerHelper), &info) && info.dli_fname)
        return fs::path(info.dli_fname).parent_path() / kHelperFile;
    return kHelperFile;
}

AnnData readSafely(const fs::path& path, Progress& progress, const ReadSafelyOptions& options) {
    if (!fs::exists(path)) throw FileError(path.string(), "", "no such file or folder");
    ReaderChild child(readerHelper(options), fs::absolute(path), options.expression);
    StatusReader status(path, child.statusFd(), progress, silenceLimitOf(options));
    const auto message = status.next();
    const int exit = child.wait();
    if (message.empty()) raiseEnd(path, exit);
    if (message[0] != "done") raise(path, message);
    if (!WIFEXITED(exit) || WEXITSTATUS(exit) != 0) raiseEnd(path, exit);
    struct stat handedOver {};
    if (::fstat(child.dataFd(), &handedOver) == 0) {
        try {
            requireMemory(handedOver.st_size, "opening it", "close other programs, or use a machine with more memory");
        } catch (const InvalidInput& e) {
            throw FileError(path.string(), "", e.what());
        }
    }
    progress.stage("taking the dataset over");
    FileSource source(child.dataFd());
    return wire::read(source);
}

}  // namespace scdiff::io
