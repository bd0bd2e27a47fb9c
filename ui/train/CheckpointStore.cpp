#include "train/CheckpointStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace scdiff::ui::checkpoints {

namespace {
const QString kPrefix = QStringLiteral("training-");
const QString kSuffix = QStringLiteral(".pt");
}  // namespace

QString directory() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) dir = QDir::tempPath() + "/scdiff-studio";
    dir += "/checkpoints";
    QDir().mkpath(dir);
    return dir;
}

QString newPath() {
    const QString dir = directory();
    const QString stamp = QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss-zzz");
    QString path = dir + '/' + kPrefix + stamp + kSuffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir + '/' + kPrefix + stamp + '-' + QString::number(n) + kSuffix;
    return path;
}

bool isOwned(const QString& path) {
    const QFileInfo info(path);
    return info.fileName().startsWith(kPrefix) && info.fileName().endsWith(kSuffix) &&
           QFileInfo(info.absolutePath()).canonicalFilePath() == QFileInfo(directory()).canonicalFilePath();
}

bool removeOwned(const QString& path) { return isOwned(path) && QFile::remove(path); }

int removeOlderThan(int maxAgeDays) {
    const QDateTime limit = QDateTime::currentDateTime().addDays(-maxAgeDays);
    int removed = 0;
    const QDir dir(directory());
    // .partial: a checkpoint whose writing was interrupted (the engine writes there, then renames).
    for (const QFileInfo& f :
         dir.entryInfoList({kPrefix + '*' + kSuffix, kPrefix + '*' + kSuffix + ".partial"}, QDir::Files))
        if (f.lastModified() < limit && QFile::remove(f.absoluteFilePath())) ++removed;
    return removed;
}

}  // namespace scdiff::ui::checkpoints
