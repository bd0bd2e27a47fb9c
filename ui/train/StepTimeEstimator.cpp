#include "train/StepTimeEstimator.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include "scdiff/engine/device.hpp"

namespace scdiff::ui {

StepTimeEstimator::StepTimeEstimator(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<double>::finished, this, [this] {
        busy_ = false;
        seconds_.insert(measuring_, watcher_.result());
        if (next_) {
            auto n = std::move(*next_);
            next_.reset();
            if (!seconds_.contains(n.key)) start(std::move(n));
        }
        emit measured();
    });
}

// A measurement still running finishes on its own: waiting for it here would freeze the window just when the
// dialog closes and training starts. It runs on Qt's global thread pool, which the application waits for
// when it quits, so LibTorch is never torn down under a measurement.
StepTimeEstimator::~StepTimeEstimator() = default;

QString StepTimeEstimator::keyOf(const engine::RunConfig& c, const engine::DataShape& s, int threads) {
    // What a step's cost depends on: the network, the batch, the genes and conditioners, the device, threads.
    return QStringLiteral("%1/%2/%3/%4/%5/%6/%7/%8/%9")
        .arg(engine::taskName(c.task))
        .arg(c.model.hidden)
        .arg(c.model.depth)
        .arg(c.model.heads * c.model.headDim)
        .arg(c.train.batchSize)
        .arg(s.genes)
        .arg(QString::number(s.cellTypes) + "x" + QString::number(s.batches))
        .arg(QString::fromStdString(c.train.device) + (c.model.context ? "+context" : ""))
        .arg(threads);
}

std::optional<double> StepTimeEstimator::secondsPerStep(const engine::RunConfig& config, const engine::DataShape& shape,
                                                        int threads) {
    const QString key = keyOf(config, shape, threads);
    if (auto it = seconds_.constFind(key); it != seconds_.constEnd()) {
        if (*it < 0) return std::nullopt;
        return *it;
    }
    Request r{config, shape, threads, key};
    if (busy_)
        next_ = std::move(r);
    else
        start(std::move(r));
    return std::nullopt;
}

void StepTimeEstimator::start(Request request) {
    busy_ = true;
    measuring_ = request.key;
    watcher_.setFuture(QtConcurrent::run([request] {
        // Below the window and the training job, as a measurement is only an estimate.
        QThread* self = QThread::currentThread();
        const QThread::Priority before =
            self->priority() == QThread::InheritPriority ? QThread::NormalPriority : self->priority();
        self->setPriority(QThread::LowPriority);
        struct Restore {
            QThread* thread;
            QThread::Priority priority;
            ~Restore() { thread->setPriority(priority); }
        } restore{self, before};
        try {
            engine::setThreads(request.threads);  // as the training job will
            return engine::measureStepSeconds(request.config, request.shape);
        } catch (const std::exception&) {
            return -1.0;  // an invalid combination: the dialog's own checks say what is wrong
        }
    }));
}

}  // namespace scdiff::ui
