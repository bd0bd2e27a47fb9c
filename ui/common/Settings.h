#pragma once
// Typed accessors over QSettings (organisation "scDiff", application "scDiff Studio").
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace scdiff::ui {

class Settings {
public:
    static QStringList recentFiles();
    static void addRecentFile(const QString& path);  // most recent first, at most 10
    static QString lastFolder();
    static void setLastFolder(const QString& folder);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& g);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& s);
    static QString language();  // "" = system locale
    static void setLanguage(const QString& code);
    // Worker threads for training and inference, as last chosen in the Train dialog (0 = all cores).
    static int trainingThreads();
    static void setTrainingThreads(int threads);
    // The engine JSON of the last run configuration trained with ("" = none; train/RememberedConfig.h).
    static QString lastRunConfig();
    static void setLastRunConfig(const QString& json);
};

}  // namespace scdiff::ui
