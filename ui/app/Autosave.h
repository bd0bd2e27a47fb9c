#pragma once
// Never losing more than a few minutes of work: the session (its changes and results, the view, the runs,
// the model file; session/SessionFile.h) is written to a recovery file in the background every few minutes
// and shortly after each long job, when something changed. A model trained and not saved yet is written
// beside it (model-<pid>.pt) and comes back unsaved. A clean exit removes the file; after a crash or
// a killed process the next start finds it (recoverableSessions) and offers it back (offerRecovery).
// The recovery files live in <XDG data home>/scdiff-studio/recovery, one per running Studio, named by its
// process id.
#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QMessageBox>
#include <QTimer>
#include <memory>
#include <vector>

namespace scdiff::ui {

class MainWindow;

class Autosave : public QObject {
    Q_OBJECT
public:
    // intervalSeconds 0: SCDIFF_AUTOSAVE_SECONDS from the environment, else 180.
    explicit Autosave(MainWindow* window, int intervalSeconds = 0);
    ~Autosave() override;

    static QString folder();
    QString file() const { return file_; }
    QString modelFile() const { return modelFile_; }
    // Writes the session in the background when it changed since the last autosave; false when there is
    // nothing to write (no dataset from a file, no change) or a write is still running.
    bool saveNow();
    // A clean exit: waits for a running write and removes the recovery file.
    void discard();

signals:
    void saved(const QString& file);
    void failed(const QString& sentence);

private:
    QString state() const;  // what a save would capture, in short: a change of it means "save again"
    MainWindow* window_;
    QString file_, modelFile_;
    std::weak_ptr<const void> writtenModel_;  // the unsaved model modelFile_ holds
    QTimer timer_;
    QTimer afterJob_;
    QString savedState_;
    QFutureWatcher<QString> writing_;
};

struct RecoverableSession {
    QString file;
    QString source;   // the dataset it refers to
    QString summary;  // SessionContent::summary()
    QDateTime saved;
    qint64 pid = 0;  // the process that wrote it
};
// Recovery files left by Studio processes that are no longer running, by name only (cheap: for start-up).
QStringList orphanedRecoveryFiles();
// Those files read, each whole (in the reader process; a large session takes a while, so call it off the main
// thread), newest first; unreadable ones are skipped.
std::vector<RecoverableSession> recoverableSessions();
// Opens the recovered session in the window and removes its recovery file once it is applied (this
// process's own autosave takes over). False when the window is busy.
bool restoreRecovered(MainWindow& window, const RecoverableSession& recovered);
// The question offerRecovery asks: Restore (the default), Discard, Not now.
std::unique_ptr<QMessageBox> recoveryQuestion(QWidget* parent, const RecoverableSession& recovered);
// Asks the user about each recovered session: Restore, Discard (removes it) or Not now (keeps it).
void offerRecovery(MainWindow& window, const std::vector<RecoverableSession>& found);

}  // namespace scdiff::ui
