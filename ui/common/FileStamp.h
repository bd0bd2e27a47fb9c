#pragma once
// When a file was last changed, as text: part of the key under which a dialog caches what it read from the file,
// so that an edited file is read again. Empty for no path or a missing file.
#include <QFileInfo>
#include <QString>

namespace scdiff::ui {

inline QString fileStamp(const QString& path) {
    const QFileInfo info(path);
    return path.isEmpty() || !info.exists() ? QString() : info.lastModified().toString(Qt::ISODateWithMs);
}

}  // namespace scdiff::ui
