// scdiff-reader IN OUT: reads IN as io::readAny does and writes the dataset to OUT as h5ad, telling the
// parent process (io::readSafely) how it goes on standard output (reader_protocol.hpp). It runs in its own
// process so that a crash or hang of the HDF5 library on a corrupt file ends only this process.
#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <new>

#include "io/reader_protocol.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"

namespace {

using scdiff::io::reader_protocol::line;

void say(const std::vector<std::string>& fields) {
    const std::string text = line(fields);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

// Progress as protocol lines; reports at most every 50 ms so a fast loop does not flood the pipe.
class LineProgress final : public scdiff::Progress {
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

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: scdiff-reader IN OUT.h5ad (started by scDiff Studio's programs)\n");
        return 2;
    }
    // The reader must not outlive the program that waits for it (a killed Studio, a closed terminal).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    LineProgress progress;
    try {
        const scdiff::AnnData data = scdiff::io::readAny(argv[1], progress);
        progress.stage("handing the dataset over");
        try {
            scdiff::h5ad::write(data, argv[2]);
        } catch (const std::exception& e) {  // the temporary folder, not the user's file
            say({"hand-over-failed", e.what()});
            return 1;
        }
        say({"done"});
        return 0;
    } catch (const scdiff::FileError& e) {
        say({"file-error", e.file(), e.element(), e.problem()});
    } catch (const scdiff::InvalidInput& e) {
        say({"invalid-input", e.what()});
    } catch (const std::bad_alloc&) {
        say({"no-memory"});
    } catch (const std::exception& e) {
        say({"error", e.what()});
    }
    return 1;
}
