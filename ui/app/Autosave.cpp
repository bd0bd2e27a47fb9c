#include "app/Autosave.h"

#include <signal.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "app/MainWindow.h"
#include "app/ModelController.h"
#include "jobs/JobRunner.h"
#include "results/MetricsPanel.h"
#include "scdiff/engine/model.hpp"
#include "session/Session.h"
#include "session/SessionFile.h"

namespace scdiff::ui {

namespace {

int intervalFromEnvironment() {
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SCDIFF_AUTOSAVE_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 180;
}

// True when `pid` is a running scDiff Studio (a recovery file of a window still open is not offered).
bool studioRunning(qint64 pid) {
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)) return false;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly)) return false;
    const QByteArray name = comm.readAll().trimmed();
    return name == QFileInfo(QCoreApplication::applicationFilePath()).fileName().left(15).toUtf8() ||
           name == "scdiff-studio";
}

}  // namespace

Autosave::Autosave(MainWindow* window, int intervalSeconds)
    : QObject(window),
      window_(window),
      file_(folder() + QStringLiteral("/session-%1.scdiffsession").arg(QCoreApplication::applicationPid())),
      modelFile_(folder() + QStringLiteral("/model-%1.pt").arg(QCoreApplication::applicationPid())) {
    timer_.setInterval(1000 * (intervalSeconds > 0 ? intervalSeconds : intervalFromEnvironment()));
    connect(&timer_, &QTimer::timeout, this, &Autosave::saveNow);
    timer_.start();
    // A long job's result is worth saving soon after it ends, not minutes later.
    afterJob_.setSingleShot(true);
    afterJob_.setInterval(2000);
    connect(&afterJob_, &QTimer::timeout, this, &Autosave::saveNow);
    connect(window_->jobs(), &JobRunner::finished, &afterJob_, qOverload<>(&QTimer::start));
    connect(&writing_, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = writing_.result();
        if (error.isEmpty())
            emit saved(file_);
        else
            emit failed(error);
    });
}

Autosave::~Autosave() { writing_.waitForFinished(); }

QString Autosave::folder() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/scdiff-studio/recovery";
}

QString Autosave::state() const {
    Session* s = window_->session();
    if (!s->hasData() || s->sourcePath().isEmpty()) return {};
    const int runs = static_cast<int>(window_->metricsPanel()->runs().size());
    const PerturbationPredictions* predictions = window_->models()->perturbations();
    if (s->changes().empty() && s->xTransform() == XTransform::None && runs == 0 && predictions->empty())
        return {};  // nothing the source lacks
    // The predictions by their cells' addresses: a removed one changes it as a new one does.
    QString predicted;
    for (const auto& p : predictions->all())
        predicted += QString::number(reinterpret_cast<quintptr>(p.cells.get())) + ',';
    return QStringLiteral("%1/%2/%3/%4/%5/%6/%7/%8")
        .arg(s->generation())
        .arg(s->undoStack()->index())
        .arg(s->undoStack()->count())
        .arg(runs)
        .arg(window_->models()->modelFile())
        .arg(reinterpret_cast<quintptr>(s->model().get()))
        .arg(predicted)
        .arg(predictions->currentIndex());
}

bool Autosave::saveNow() {
    const QString now = state();
    if (now.isEmpty() || now == savedState_ || writing_.isRunning()) return false;
    savedState_ = now;
    // The snapshot is taken here, on the main thread; only the writing runs in the background.
    auto content = std::make_shared<SessionContent>(window_->captureSession());
    std::shared_ptr<const engine::Model> model;  // to write: an unsaved model not written yet
    if (const auto current = window_->session()->model(); current && window_->models()->modelUnsaved()) {
        content->modelPath = modelFile_;
        if (writtenModel_.lock() != current) {
            model = current;
            writtenModel_ = current;
        }
    }
    QDir().mkpath(folder());
    writing_.setFuture(QtConcurrent::run([content, model, file = file_, modelFile = modelFile_]() -> QString {
        try {
            if (model) model->save(modelFile.toStdString());
            writeSessionFile(file, *content);
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    }));
    return true;
}

void Autosave::discard() {
    timer_.stop();
    afterJob_.stop();
    writing_.waitForFinished();
    QFile::remove(file_);
    QFile::remove(modelFile_);
}

namespace {
const QRegularExpression& recoveryName() {
    static const QRegularExpression name(QStringLiteral("^session-(\\d+)\\.scdiffsession$"));
    return name;
}
}  // namespace

QStringList orphanedRecoveryFiles() {
    QStringList files;
    for (const QFileInfo& info : QDir(Autosave::folder()).entryInfoList(QDir::Files)) {
        const auto match = recoveryName().match(info.fileName());
        if (!match.hasMatch()) continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid != QCoreApplication::applicationPid() && !studioRunning(pid)) files << info.absoluteFilePath();
    }
    return files;
}

std::vector<RecoverableSession> recoverableSessions() {
    std::vector<RecoverableSession> found;
    for (const QString& file : orphanedRecoveryFiles()) {
        const QFileInfo info(file);
        const qint64 pid = recoveryName().match(info.fileName()).captured(1).toLongLong();
        try {
            const SessionContent content = readSessionFile(file);
            found.push_back({file, content.sourcePath, content.summary(),
                             content.saved.isValid() ? content.saved : info.lastModified(), pid});
        } catch (const std::exception&) {
            // Half a file cannot happen (written whole); anything else unreadable is not offered.
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.saved > b.saved; });
    return found;
}

bool restoreRecovered(MainWindow& window, const RecoverableSession& recovered) {
    return window.openSession(recovered.file, [file = recovered.file] { QFile::remove(file); });
}

std::unique_ptr<QMessageBox> recoveryQuestion(QWidget* parent, const RecoverableSession& r) {
    auto box = std::make_unique<QMessageBox>(
        QMessageBox::Question, QCoreApplication::translate("Autosave", "Restore the last session?"),
        QCoreApplication::translate("Autosave",
                                    "scDiff Studio did not close normally. Its session of %1, saved at %2, can be "
                                    "restored: %3.")
            .arg(QFileInfo(r.source).fileName(), QLocale().toString(r.saved, QLocale::ShortFormat), r.summary),
        QMessageBox::NoButton, parent);
    box->setDefaultButton(box->addButton(QCoreApplication::translate("Autosave", "Restore"), QMessageBox::AcceptRole));
    box->addButton(QCoreApplication::translate("Autosave", "Discard"), QMessageBox::DestructiveRole);
    box->addButton(QCoreApplication::translate("Autosave", "Not now"), QMessageBox::RejectRole);
    return box;
}

void offerRecovery(MainWindow& window, const std::vector<RecoverableSession>& found) {
    for (const RecoverableSession& r : found) {
        const auto box = recoveryQuestion(&window, r);
        box->exec();
        const auto role = box->buttonRole(box->clickedButton());
        if (role == QMessageBox::AcceptRole) {
            if (!restoreRecovered(window, r))
                QMessageBox::information(
                    &window, box->windowTitle(),
                    QCoreApplication::translate("Autosave",
                                                "The session can be restored once the running job ends: "
                                                "File > Open… %1")
                        .arg(r.file));
            return;  // one at a time: the window holds one session
        }
        if (role == QMessageBox::DestructiveRole) QFile::remove(r.file);
    }
}

}  // namespace scdiff::ui
