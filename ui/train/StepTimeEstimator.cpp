#include "train/StepTimeEstimator.h"

#include <QThread>
#include <memory>

#include "scdiff/engine/device.hpp"

namespace scdiff::ui {

StepTimeEstimator::StepTimeEstimator(QObject* parent) : QObject(parent) {}

// A measurement still running finishes on its own and deletes its thread: waiting for it here would
// freeze the window just when the dialog closes and training starts.
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
    if (worker_)
        next_ = std::move(r);
    else
        start(std::move(r));
    return std::nullopt;
}

void StepTimeEstimator::start(Request request) {
    auto result = std::make_shared<double>(-1.0);
    worker_ = QThread::create([request, result] {
        try {
            engine::setThreads(request.threads);  // as the training job will
            *result = engine::measureStepSeconds(request.config, request.shape);
        } catch (const std::exception&) {
            *result = -1.0;  // an invalid combination: the dialog's own checks say what is wrong
        }
    });
    connect(worker_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &QThread::finished, this, [this, result, key = request.key] {
        worker_ = nullptr;
        seconds_.insert(key, *result);
        if (next_) {
            auto n = std::move(*next_);
            next_.reset();
            if (!seconds_.contains(n.key)) start(std::move(n));
        }
        emit measured();
    });
    worker_->start(QThread::LowPriority);
}

}  // namespace scdiff::ui
