#include "common/Settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace scdiff::ui {
namespace {
// Under QStandardPaths' test mode (the UI tests) the settings live in the test configuration folder, one
// file per test program (ctest runs them in parallel), so a test run never adds its files to the user's
// recent files or moves the user's window layout, and one test never reads another's.
QSettings store() {
    if (QStandardPaths::isTestModeEnabled())
        return QSettings(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + "/" +
                             QCoreApplication::applicationName() + "-settings.ini",
                         QSettings::IniFormat);
    return QSettings(QStringLiteral("scDiff"), QStringLiteral("scDiff Studio"));
}
}  // namespace

QStringList Settings::recentFiles() { return store().value("recentFiles").toStringList(); }
void Settings::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 10) files.removeLast();
    store().setValue("recentFiles", files);
}
QString Settings::lastFolder() { return store().value("lastFolder").toString(); }
void Settings::setLastFolder(const QString& f) { store().setValue("lastFolder", f); }
QByteArray Settings::windowGeometry() { return store().value("window/geometry").toByteArray(); }
void Settings::setWindowGeometry(const QByteArray& g) { store().setValue("window/geometry", g); }
QByteArray Settings::windowState() { return store().value("window/state").toByteArray(); }
void Settings::setWindowState(const QByteArray& s) { store().setValue("window/state", s); }
QString Settings::language() { return store().value("language").toString(); }
void Settings::setLanguage(const QString& c) { store().setValue("language", c); }
int Settings::trainingThreads() { return std::max(0, store().value("training/threads", 0).toInt()); }
void Settings::setTrainingThreads(int n) { store().setValue("training/threads", std::max(0, n)); }

QString Settings::lastRunConfig() { return store().value("training/last_config").toString(); }
void Settings::setLastRunConfig(const QString& json) { store().setValue("training/last_config", json); }

}  // namespace scdiff::ui
