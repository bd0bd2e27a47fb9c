#pragma once
// How long one optimiser step takes on this machine, measured (engine::measureStepSeconds) on a worker
// thread so the Train dialog stays responsive; one measurement per network/batch/genes/device/threads
// combination, cached. The dialog turns it into "about 4 min on this machine".
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

#include "scdiff/engine/budget.hpp"

namespace scdiff::ui {

class StepTimeEstimator : public QObject {
    Q_OBJECT
public:
    explicit StepTimeEstimator(QObject* parent = nullptr);
    ~StepTimeEstimator() override;  // does not wait for a measurement in flight (the application does, at exit)

    // Seconds per step for this combination when measured; otherwise starts measuring it (after the one in
    // flight) and returns nothing: measured() follows.
    std::optional<double> secondsPerStep(const engine::RunConfig& config, const engine::DataShape& shape, int threads);
    bool busy() const { return busy_; }

signals:
    void measured();

private:
    struct Request {
        engine::RunConfig config;
        engine::DataShape shape;
        int threads = 0;
        QString key;
    };
    static QString keyOf(const engine::RunConfig& config, const engine::DataShape& shape, int threads);
    void start(Request request);

    QHash<QString, double> seconds_;  // key -> seconds per step (< 0: the measurement failed)
    QFutureWatcher<double> watcher_;
    QString measuring_;  // the key being measured
    bool busy_ = false;
    std::optional<Request> next_;  // asked for while another measurement ran
};

}  // namespace scdiff::ui
