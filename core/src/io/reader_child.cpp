#include "io/reader_child.hpp"

#include <strings.h>
#include <sys/prctl.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <new>

#include "io/anndata_wire.hpp"
#include "io/fd_sink.hpp"
#include "io/reader_protocol.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"

namespace scdiff::io::detail {

namespace {

void say(const std::vector<std::string>& fields) {
    const std::string text = reader_protocol::line(fields);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

// Progress as protocol lines; reports at most every 50 ms so a fast loop does not flood the pipe.
class LineProgress final : public Progress {
public:
    void report(std::int64_t done, std::int64_t total, const std::map<std::string, double>&) override {
        const auto now = std::chrono::steady_clock::now();
        if (done < total && now - last_ < std::chrono::milliseconds(50)) return;
        last_ = now;
        say({"progress", std::to_string(done), std::to_string(total)});
    }
    void stage(const std::string& name) override { say({"stage", name}); }

private:
    std::chrono::steady_clock::time_point last_{};
};

// An .h5ad file's dataset without X, layers and raw (h5ad::ReadOptions::expression).
AnnData readBacked(const std::filesystem::path& file, Progress& progress) {
    if (::strcasecmp(file.extension().c_str(), ".h5ad") != 0)
        throw FileError(file.string(), "", "only .h5ad files can be opened backed (X read from the file as needed)");
    return h5ad::read(file, progress, {.expression = false});
}

// The in-memory file the parent gave the child for the dataset (read_safely.cpp).
constexpr int kDataFd = 3;

}  // namespace

int readerChildMain(int argc, char** argv) {
    const bool backed = argc == 3 && std::strcmp(argv[2], "--backed") == 0;
    if (argc != 2 && !backed) {
        std::fprintf(stderr, "usage: scdiff-reader IN [--backed] 3>PIPE (started by scDiff Studio's programs)\n");
        return 2;
    }
    // The reader must not outlive the program that waits for it (a killed Studio, a closed terminal).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    // When a file needs more memory than the machine has, the kernel's out-of-memory killer must take this
    // process, not the Studio that started it (raising one's own score needs no privilege).
    if (std::FILE* score = std::fopen("/proc/self/oom_score_adj", "w")) {
        std::fputs("1000", score);
        std::fclose(score);
    }
    LineProgress progress;
    try {
        const AnnData data = backed ? readBacked(argv[1], progress) : readAny(argv[1], progress);
        progress.stage("handing the dataset over");
        try {
            FdSink sink(kDataFd);
            wire::write(data, sink);
            sink.flush();
        } catch (const Error& e) {  // the in-memory file could not grow
            if (errno == ENOSPC || errno == ENOMEM)
                say({"no-memory"});
            else
                say({"hand-over-failed", e.what()});
            return 1;
        }
        ::close(kDataFd);
        say({"done"});
        return 0;
    } catch (const FileError& e) {
        say({"file-error", e.file(), e.element(), e.problem()});
    } catch (const InvalidInput& e) {
        say({"invalid-input", e.what()});
    } catch (const std::bad_alloc&) {
        say({"no-memory"});
    } catch (const std::exception& e) {
        say({"error", e.what()});
    }
    return 1;
}

}  // namespace scdiff::io::detail
