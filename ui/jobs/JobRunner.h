#pragma once
// Runs long core work (loading, PCA/UMAP, training) on a worker thread, one job at a time. Progress is adapted
// from scdiff::Progress to Qt signals delivered (queued) on the main thread; cancel() sets an atomic
// flag the core polls. The main thread never waits on a job.
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

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;  // cancels and waits for a running job

    // Starts work on the worker thread; false (nothing started) when a job is already running.
    bool start(const QString& title, Work work, Done done);
    bool busy() const { return busy_; }
    void cancel();
    // For tests and shutdown: blocks until the worker is idle (does not deliver queued results).
    void waitForWorker();

signals:
    void started(const QString& title);
    void progressChanged(qint64 done, qint64 total, const QString& stage);
    // The named numbers of a report ("loss", "epoch", "cells_per_s", "eta_s"; at the end of an epoch
    // "epoch_done", "train_loss", "val_loss"), emitted together with progressChanged. Reports are
    // throttled to at most one per 50 ms, except those carrying "epoch_done": every one of them arrives.
    void metricsReported(qint64 done, qint64 total, const QVariantMap& metrics);
    void finished(const QString& title, const QString& error, bool cancelled);

private:
    QThreadPool pool_;
    bool busy_ = false;
    std::shared_ptr<std::atomic<bool>> cancelFlag_;
};

}  // namespace scdiff::ui
