// readSafely: io::readAny in the scdiff-reader child process (read_safely.hpp says why). The child is
// started with posix_spawn (safe in the Studio's multi-threaded process, unlike fork), talks over a pipe
// (reader_protocol.hpp), writes the dataset into a private temporary folder, and is killed on cancel or
// when it stays silent too long.
#include "scdiff/read_safely.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "io/reader_protocol.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"

extern char** environ;

namespace scdiff::io {

namespace fs = std::filesystem;

namespace {

constexpr const char* kHelperFile = "scdiff-reader";

std::chrono::seconds silenceLimitOf(const ReadSafelyOptions& options) {
    if (options.silenceLimit.count() > 0) return options.silenceLimit;
    if (const char* s = std::getenv("SCDIFF_READ_SILENCE_LIMIT"); s && *s) {
        char* end = nullptr;
        const long v = std::strtol(s, &end, 10);
        if (end && *end == '\0' && v > 0) return std::chrono::seconds(v);
    }
    return std::chrono::seconds(120);
}

// A private folder for the child's copy, removed with everything in it when the read ends.
class TemporaryFolder {
public:
    TemporaryFolder() {
        std::string pattern = (fs::temp_directory_path() / "scdiff-read-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw Error("cannot create a temporary folder in " + fs::temp_directory_path().string() + ": " +
                        std::strerror(errno));
        path_ = pattern;
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// The child process: started on construction, killed and reaped on destruction unless already reaped.
class ReaderChild {
public:
    ReaderChild(const fs::path& helper, const fs::path& in, const fs::path& out) {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) throw Error(std::string("cannot create a pipe: ") + std::strerror(errno));
        readEnd_ = fds[0];
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);  // HDF5's own diagnostics
        const std::string h = helper.string(), i = in.string(), o = out.string();
        char* argv[] = {const_cast<char*>(h.c_str()), const_cast<char*>(i.c_str()), const_cast<char*>(o.c_str()),
                        nullptr};
        const int rc = ::posix_spawn(&pid_, h.c_str(), &actions, nullptr, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        if (rc != 0) {
            ::close(readEnd_);
            throw Error("cannot start the file reader " + h + ": " + std::strerror(rc) +
                        ". Reinstall scDiff Studio, or set SCDIFF_READER to the program's path.");
        }
    }
    ~ReaderChild() {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            int status = 0;
            ::waitpid(pid_, &status, 0);
        }
        if (readEnd_ >= 0) ::close(readEnd_);
    }
    ReaderChild(const ReaderChild&) = delete;
    ReaderChild& operator=(const ReaderChild&) = delete;

    // Waits up to `ms` for output; appends what came. False at the end of the output.
    bool readSome(std::string& buffer, int ms) {
        pollfd p{readEnd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, ms);
        if (ready <= 0) return true;  // nothing yet (or EINTR: try again)
        char chunk[4096];
        const ssize_t n = ::read(readEnd_, chunk, sizeof chunk);
        if (n > 0) {
            buffer.append(chunk, static_cast<std::size_t>(n));
            return true;
        }
        return n < 0 && errno == EINTR;
    }
    // The exit status after the output ended.
    int wait() {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {}
        pid_ = -1;
        return status;
    }

private:
    pid_t pid_ = -1;
    int readEnd_ = -1;
};

std::string signalName(int sig) {
    const char* abbrev = ::sigabbrev_np(sig);
    return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(sig);
}

// What a finished child's last message means for the caller: returns on "done", throws otherwise.
void raise(const fs::path& file, const std::vector<std::string>& m) {
    const std::string f = file.string();
    const std::string& kind = m.front();
    auto at = [&](std::size_t i) { return i < m.size() ? m[i] : std::string(); };
    if (kind == "file-error") throw FileError(at(1), at(2), at(3));
    if (kind == "invalid-input") throw InvalidInput(at(1));
    if (kind == "no-memory")
        throw FileError(f, "", "there is not enough memory to read it (the file may claim sizes it does not hold)");
    if (kind == "hand-over-failed")
        throw FileError(f, "",
                        "it was read, but its copy for this program could not be written to the temporary "
                        "folder: " +
                            at(1));
    if (kind == "error") throw Error(at(1));
}

// The caller's progress while the copy is read back: one stage of its own (the child already named the real
// ones), its counts and cancellation passed through.
class TakeOverProgress final : public Progress {
public:
    explicit TakeOverProgress(Progress& to) : to_(to) { to_.stage("taking the dataset over"); }
    void report(std::int64_t done, std::int64_t total, const std::map<std::string, double>& metrics) override {
        to_.report(done, total, metrics);
    }
    bool cancelled() const override { return to_.cancelled(); }

private:
    Progress& to_;
};

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
    const auto limit = silenceLimitOf(options);
    TemporaryFolder folder;
    const fs::path copy = folder.path() / "dataset.h5ad";
    std::vector<std::string> last;  // the last message that is not progress
    {
        ReaderChild child(readerHelper(options), fs::absolute(path), copy);
        std::string buffer;
        auto heard = std::chrono::steady_clock::now();
        while (true) {
            progress.checkCancelled();  // ~ReaderChild kills the child
            const std::size_t before = buffer.size();
            const bool open = child.readSome(buffer, 100);
            if (buffer.size() > before) heard = std::chrono::steady_clock::now();
            for (std::size_t nl; (nl = buffer.find('\n')) != std::string::npos; buffer.erase(0, nl + 1)) {
                auto m = reader_protocol::fields(buffer.substr(0, nl));
                if (m[0] == "stage" && m.size() > 1)
                    progress.stage(m[1]);
                else if (m[0] == "progress" && m.size() > 2)
                    progress.report(std::atoll(m[1].c_str()), std::atoll(m[2].c_str()));
                else
                    last = std::move(m);
            }
            if (!open) break;
            if (std::chrono::steady_clock::now() - heard > limit)
                throw FileError(path.string(), "",
                                "reading it made no progress for " + std::to_string(limit.count()) +
                                    " s and was stopped (the HDF5 library may loop on a corrupt file; set "
                                    "SCDIFF_READ_SILENCE_LIMIT to wait longer)");
        }
        const int status = child.wait();
        if (WIFSIGNALED(status)) {
            const int sig = WTERMSIG(status);
            if (sig == SIGKILL)  // nobody here sent it: the kernel's out-of-memory killer, or a user
                throw FileError(path.string(), "",
                                "the reader was killed (SIGKILL) while reading it; the machine may have run out "
                                "of memory");
            throw FileError(
                path.string(), "",
                "the HDF5 library failed on it (corrupt file?): the reader process ended with " + signalName(sig));
        }
        if (!last.empty() && last[0] != "done") raise(path, last);
        if (last.empty() || WEXITSTATUS(status) != 0)
            throw FileError(path.string(), "",
                            "the reader process ended with exit status " + std::to_string(WEXITSTATUS(status)) +
                                " without a result");
    }
    try {
        TakeOverProgress takeOver(progress);
        return h5ad::read(copy, takeOver);
    } catch (const FileError& e) {  // our own writer's file: name the user's file, not the copy
        throw FileError(path.string(), e.element(), e.problem() + " (in the reader's copy of it)");
    }
}

}  // namespace scdiff::io
