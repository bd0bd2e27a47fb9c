#pragma once
// The only way long work talks to the outside. Core code takes a Progress&; the CLI adapts it to a
// terminal bar, the GUI to Qt signals. Nothing in core knows who listens.
#include <cstdint>
#include <map>
#include <string>

namespace scdiff {

class Progress {
public:
    virtual ~Progress() = default;
    // done/total in units of the current stage; metrics are named numbers ("loss", "cells_per_s").
    virtual void report(std::int64_t done, std::int64_t total, const std::map<std::string, double>& metrics = {}) = 0;
    // A short human-readable name of the current stage ("reading X", "epoch 3/40").
    virtual void stage(const std::string& /*name*/) {}
    // Polled often (at least every ~100 ms of work); true means stop and throw scdiff::Cancelled.
    virtual bool cancelled() const { return false; }

    // Throws Cancelled when cancelled(); call at safe points.
    void checkCancelled() const;
};

// A Progress that ignores everything and never cancels.
class NullProgress final : public Progress {
public:
    void report(std::int64_t, std::int64_t, const std::map<std::string, double>&) override {}
};

// Shared instance for callers that do not care.
NullProgress& nullProgress();

}  // namespace scdiff
