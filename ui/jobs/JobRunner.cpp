#include "jobs/JobRunner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <exception>

#include "scdiff/error.hpp"

namespace scdiff::ui {
namespace {

// scdiff::Progress -> the runner's signals, throttled so a chatty loop cannot flood the event loop. From the
// worker thread the signals are queued to the runner's thread; on that thread (InlineJobRunner) they are
// emitted at once.
class SignalProgress final : public scdiff::Progress {
public:
    SignalProgress(QPointer<JobRunner> runner, std::shared_ptr<std::atomic<bool>> flag)
        : runner_(std::move(runner)), flag_(std::move(flag)) {
        clock_.start();
    }

    void report(std::int64_t done, std::int64_t total, const std::map<std::string, double>& metrics) override {
        // Every epoch end arrives (a loss curve must not lose points); the final report of a plain
        // stage arrives so bars reach 100 %; everything else at most every 50 ms.
        const bool epochDone = metrics.count("epoch_done") > 0;
        const bool final = done >= total && metrics.empty();
        if (!epochDone && !final && clock_.isValid() && clock_.elapsed() < 50) return;
        if (!epochDone) clock_.restart();
        const QString stage = stage_;
        QVariantMap values;
        for (const auto& [name, value] : metrics) values.insert(QString::fromStdString(name), value);
        QPointer<JobRunner> r = runner_;
        QMetaObject::invokeMethod(
            runner_.data(),
            [r, done, total, stage, values] {
                if (!r) return;
                emit r->progressChanged(done, total, stage);
                if (!values.isEmpty()) emit r->metricsReported(done, total, values);
            },
            Qt::AutoConnection);
    }
    void stage(const std::string& name) override {
        stage_ = QString::fromStdString(name);
        clock_.invalidate();
        clock_.start();
        report(0, 1, {});
    }
    bool cancelled() const override { return flag_->load(); }

private:
    QPointer<JobRunner> runner_;
    std::shared_ptr<std::atomic<bool>> flag_;
    QElapsedTimer clock_;
    QString stage_;
};

}  // namespace

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

void JobRunner::cancel() {
    if (cancelFlag_) cancelFlag_->store(true);
}

std::shared_ptr<std::atomic<bool>> JobRunner::begin(const QString& title) {
    busy_ = true;
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    emit started(title);
    return cancelFlag_;
}

JobRunner::Outcome JobRunner::run(JobRunner* runner, const std::shared_ptr<std::atomic<bool>>& flag, Work& work) {
    Outcome o;
    SignalProgress progress(runner, flag);
    try {
        work(progress);
    } catch (const scdiff::Cancelled&) {
        o.cancelled = true;
    } catch (const std::exception& e) {
        o.error = QString::fromUtf8(e.what());
    } catch (...) {
        o.error = QObject::tr("An unexpected error stopped the operation.");
    }
    return o;
}

void JobRunner::deliver(JobRunner* runner, const QString& title, Outcome outcome, Done done) {
    QPointer<JobRunner> self(runner);
    QMetaObject::invokeMethod(
        runner,
        [self, title, outcome, done = std::move(done)] {
            if (!self) return;
            self->busy_ = false;
            if (done) done(outcome.error, outcome.cancelled);
            emit self->finished(title, outcome.error, outcome.cancelled);
        },
        Qt::QueuedConnection);
}

ThreadJobRunner::ThreadJobRunner(QObject* parent) : JobRunner(parent) { pool_.setMaxThreadCount(1); }

ThreadJobRunner::~ThreadJobRunner() {
    cancel();
    pool_.waitForDone();
}

bool ThreadJobRunner::start(const QString& title, Work work, Done done) {
    if (busy()) return false;
    auto flag = begin(title);
    QPointer<JobRunner> self(this);
    pool_.start([self, flag, title, work = std::move(work), done = std::move(done)]() mutable {
        const Outcome outcome = run(self.data(), flag, work);
        if (self) deliver(self.data(), title, outcome, std::move(done));
    });
    return true;
}

void ThreadJobRunner::waitForWorker() { pool_.waitForDone(); }

bool InlineJobRunner::start(const QString& title, Work work, Done done) {
    if (busy()) return false;
    auto flag = begin(title);
    deliver(this, title, run(this, flag, work), std::move(done));
    return true;
}

}  // namespace scdiff::ui
