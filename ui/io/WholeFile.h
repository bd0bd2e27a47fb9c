#pragma once
// The Studio's one way to write a file it holds in memory (session files, configurations, run tables,
// figures): io::writeAtomically, so the file is whole or not there. (QSaveFile alone is not enough: on a
// full disk its write() returns a short count without an error and commit() renames the truncated file.)
#include <QByteArray>
#include <QString>

namespace scdiff::ui {

// Empty on success, else one sentence naming the file and the reason; an existing file stays as it was.
QString writeWholeFile(const QString& path, const QByteArray& bytes);

}  // namespace scdiff::ui
