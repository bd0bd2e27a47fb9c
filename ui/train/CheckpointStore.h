#pragma once
// Where the studio keeps the checkpoints of its training runs: <AppData>/checkpoints/training-*.pt.
// A run that finishes leaves its model in the session (Model > Save model keeps it), so its
// checkpoint is removed; a cancelled or failed run keeps it for "Resume from checkpoint…" until it is
// older than maxAgeDays, when the next start of the studio removes it. Files elsewhere (a checkpoint
// the user picked) are never touched.
#include <QString>

namespace scdiff::ui::checkpoints {

constexpr int kMaxAgeDays = 14;

// The folder (created if needed); <temp>/scdiff-studio/checkpoints when there is no AppData location.
QString directory();
// A fresh, unused file name in directory().
QString newPath();
// True when path is one of this store's checkpoint files.
bool isOwned(const QString& path);
// Removes path when it is one of the store's files; true when a file was removed.
bool removeOwned(const QString& path);
// Removes the store's checkpoints (and interrupted .partial writes) last written more than maxAgeDays
// ago; returns how many.
int removeOlderThan(int maxAgeDays = kMaxAgeDays);

}  // namespace scdiff::ui::checkpoints
