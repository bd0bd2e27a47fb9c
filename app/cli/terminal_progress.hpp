#pragma once
// scdiff::Progress for a terminal: a redrawn bar on stderr when it is a TTY, otherwise a plain line
// every few seconds. Ctrl-C (SIGINT) turns cancelled() true so long work stops cleanly.
#include <chrono>
#include <string>

#include "scdiff/progress.hpp"

namespace scdiff::cli {

class TerminalProgress final : public Progress {
public:
    TerminalProgress();
    ~TerminalProgress() override;
    void report(std::int64_t done, std::int64_t total, const std::map<std::string, double>& metrics) override;
    void stage(const std::string& name) override;
    bool cancelled() const override;
    void finish();  // ends the current bar line

private:
    bool tty_ = false, quiet_ = false, open_ = false;
    std::string stage_;
    std::chrono::steady_clock::time_point last_{}, stageStart_{};
};

// Installs the SIGINT handler (once).
void installInterruptHandler();

}  // namespace scdiff::cli
