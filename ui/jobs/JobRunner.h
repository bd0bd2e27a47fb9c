#pragma once
// Runs long core work (loading, PCA/UMAP, training, the model's tasks) one job at a time. Progress is adapted
// from scdiff::Progress to Qt signals (throttled); cancel() sets an atomic flag the core polls. Two kinds:
// * ThreadJobRunner, the Studio's: the work runs on a worker thread and the main thread never waits on it;
// * InlineJobRunner, for tests: the work runs inside start(), on the calling thread, so a test needs no
//   thread and no waiting loop.
// Both deliver `done` and finished() from the event loop after start() has returned, so code a caller runs
// after a successful start() always comes first; busy() stays true until then.
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVariantMap>
#include <atomic>
#include <functional>
#include <memory>

#include "scdiff/progress.hpp"

namespace scdiff::ui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    // Called on the main thread when the work ended: error is the core's what() sentence (empty on
    // success); cancelled is true when the user cancelled.
    using Done = std::function<void(const QString& error, bool cancelled)>;
    using Work = std::function<void(scdiff::Progress&)>;

    // Starts work; false (nothing started) when a job is already running.
    virtual bool start(const QString& title, Work work, Done done) = 0;
    bool busy() const { return busy_; }
    void cancel();
    // For tests and shutdown: blocks until no work runs (does not deliver queued results).
    virtual void waitForWorker() {}

signals:
    void started(const QString& title);
    void progressChanged(qint64 done, qint64 total, const QString& stage);
    // The named numbers of a report ("loss", "epoch", "cells_per_s", "eta_s"; at the end of an epoch
    // "epoch_done", "train_loss", "val_loss"), emitted together with progressChanged. Reports are
    // throttled to at most one per 50 ms, except those carrying "epoch_done": every one of them arrives.
    void metricsReported(qint64 done, qint64 total, const QVariantMap& metrics);
    void finished(const QString& title, const QString& error, bool cancelled);

protected:
    explicit JobRunner(QObject* parent);
    struct Outcome {
        QString error;
        bool cancelled = false;
    };
    // Marks the runner busy with a fresh cancel flag and announces the job.
    std::shared_ptr<std::atomic<bool>> begin(const QString& title);
    // Runs work with progress reported through this runner's signals (from any thread), catching what the
    // core throws.
    static Outcome run(JobRunner* runner, const std::shared_ptr<std::atomic<bool>>& flag, Work& work);
    // Queues the end of a job on the runner's thread: not busy, `done`, finished(). Callable from any thread.
    static void deliver(JobRunner* runner, const QString& title, Outcome outcome, Done done);

private:
    bool busy_ = false;
    std::shared_ptr<std::atomic<bool>> cancelFlag_;
};

class ThreadJobRunner final : public JobRunner {
    Q_OBJECT
public:
    explicit ThreadJobRunner(QObject* parent = nullptr);
    ~ThreadJobRunner() override;  // cancels and waits for a running job
    bool start(const QString& title, Work work, Done done) override;
    void waitForWorker() override;

private:
    QThreadPool pool_;
};

class InlineJobRunner final : public JobRunner {
    Q_OBJECT
public:
    explicit InlineJobRunner(QObject* parent = nullptr) : JobRunner(parent) {}
    bool start(const QString& title, Work work, Done done) override;
};

}  // namespace scdiff::ui
