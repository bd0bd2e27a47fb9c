#include "terminal_progress.hpp"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>

#include "commands.hpp"

namespace scdiff::cli {

namespace {
std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) { interrupted = true; }
}  // namespace

void installInterruptHandler() { std::signal(SIGINT, onInterrupt); }

TerminalProgress::TerminalProgress() : tty_(isatty(STDERR_FILENO) != 0), quiet_(globalOptions().quiet) {}

TerminalProgress::~TerminalProgress() { finish(); }

void TerminalProgress::stage(const std::string& name) {
    finish();
    stage_ = name;
    stageStart_ = std::chrono::steady_clock::now();
    if (!quiet_ && !tty_) std::fprintf(stderr, "%s ...\n", name.c_str());
}

void TerminalProgress::report(std::int64_t done, std::int64_t total, const std::map<std::string, double>& metrics) {
    if (quiet_) return;
    const auto now = std::chrono::steady_clock::now();
    const bool last = total > 0 && done >= total;
    if (!last && now - last_ < (tty_ ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000))) return;
    last_ = now;
    const double frac = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
    std::string extra;
    char buf[64];
    for (const auto& [k, v] : metrics) {
        std::snprintf(buf, sizeof buf, " %s=%.4g", k.c_str(), v);
        extra += buf;
    }
    const double elapsed = std::chrono::duration<double>(now - stageStart_).count();
    if (frac > 0.01 && !last) {
        std::snprintf(buf, sizeof buf, " ETA %.0fs", elapsed / frac * (1 - frac));
        extra += buf;
    }
    if (tty_) {
        const int width = 30, filled = static_cast<int>(frac * width);
        std::fprintf(stderr, "\r%-28.28s [%s%s] %3.0f%%%s\033[K", stage_.c_str(), std::string(filled, '#').c_str(),
                     std::string(width - filled, '.').c_str(), frac * 100, extra.c_str());
        open_ = true;
    } else {
        std::fprintf(stderr, "%s: %lld/%lld%s\n", stage_.c_str(), static_cast<long long>(done),
                     static_cast<long long>(total), extra.c_str());
    }
}

bool TerminalProgress::cancelled() const { return interrupted.load(); }

void TerminalProgress::finish() {
    if (open_) std::fprintf(stderr, "\n");
    open_ = false;
}

}  // namespace scdiff::cli
