#pragma once
// A Studio job as an object (as QGIS's QgsTask): made on the main thread with its own copies of what it reads,
// run() on the worker thread touching nothing else, apply() back on the main thread moving its result into the
// session (one undoable command where it changes the dataset). TaskLauncher runs tasks through a JobRunner,
// reports their failures under the task's own heading, and then calls what the caller wants done next.
// Each task class declares its own translation context, the qualified class name lupdate gives its strings.
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

#include "scdiff/progress.hpp"

class QWidget;

namespace scdiff::ui {

class JobRunner;
class Session;

class Task {
public:
    virtual ~Task() = default;
    const QString& title() const { return title_; }      // the status bar's line while it runs
    const QString& failure() const { return failure_; }  // the heading of its error message ("Cannot annotate")
    // On the worker thread: the work, on the task's own data only. Throws a sentence when it fails.
    virtual void run(Progress& progress) = 0;
    // On the main thread, once run() has succeeded. Throws a sentence when the result no longer applies.
    virtual void apply(Session& session) { (void)session; }

protected:
    Task(QString title, QString failure) : title_(std::move(title)), failure_(std::move(failure)) {}

private:
    QString title_;
    QString failure_;
};

// A task whose result belongs to the dataset it was made from: its apply() refuses (requireSameDataset) when
// the session was given another dataset while it ran.
class DatasetTask : public Task {
    Q_DECLARE_TR_FUNCTIONS(scdiff::ui::DatasetTask)

protected:
    DatasetTask(const Session& session, QString title, QString failure);
    void requireSameDataset(const Session& session) const;

private:
    int generation_;
};

// What the caller of TaskLauncher::start does when the task ends, all on the main thread. The error message is
// shown by the launcher; `failed` is for what else a failure changes (the training dock's line).
struct TaskReactions {
    std::function<void()> applied{};                     // after a successful run() and apply()
    std::function<void(const QString& error)> failed{};  // run() or apply() threw
    std::function<void()> cancelled{};                   // the user cancelled
};

class TaskLauncher {
public:
    using Reactions = TaskReactions;
    // window: the parent of error messages.
    TaskLauncher(JobRunner* jobs, Session* session, QWidget* window)
        : jobs_(jobs), session_(session), window_(window) {}
    bool busy() const;
    // Starts the task; false (nothing started) when a job is already running.
    bool start(std::shared_ptr<Task> task, Reactions reactions = {}) const;

private:
    JobRunner* jobs_;
    Session* session_;
    QWidget* window_;
};

}  // namespace scdiff::ui
