#include "jobs/JobRunner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <exception>
#include <mutex>

#include "scdiff/error.hpp"

namespace scdiff::ui {
namespace {

// scdiff::Progress -> queued Qt signals, throttled so a chatty loop cannot flood the event loop.
class QtProgress final : public scdiff::Progress {
public:
    QtProgress(QPointer<JobRunner> runner, std::shared_ptr<std::atomic<bool>> flag)
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
            Qt::QueuedConnection);
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

JobRunner::JobRunner(QObject* parent) : QObject(parent) { pool_.setMaxThreadCount(1); }

JobRunner::~JobRunner() {
    cancel();
    pool_.waitForDone();
}

bool JobRunner::start(const QString& title, Work work, Done done) {
    if (busy_) return false;
    busy_ = true;
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    auto flag = cancelFlag_;
    QPointer<JobRunner> self(this);
    emit started(title);
    pool_.start([self, flag, title, work = std::move(work), done = std::move(done)]() mutable {
        QString error;
        bool wasCancelled = false;
        {
            QtProgress progress(self, flag);
            try {
                work(progress);
            } catch (const scdiff::Cancelled&) {
                wasCancelled = true;
            } catch (const std::exception& e) {
                error = QString::fromUtf8(e.what());
            } catch (...) {
                error = QObject::tr("An unexpected error stopped the operation.");
            }
        }
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, title, error, wasCancelled, done = std::move(done)] {
                if (!self) return;
                self->busy_ = false;
                if (done) done(error, wasCancelled);
                emit self->finished(title, error, wasCancelled);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void JobRunner::cancel() {
    if (cancelFlag_) cancelFlag_->store(true);
}

void JobRunner::waitForWorker() { pool_.waitForDone(); }

}  // namespace scdiff::ui
