#include "tasks/Task.h"

#include <exception>

#include "common/ErrorReporter.h"
#include "jobs/JobRunner.h"
#include "scdiff/error.hpp"
#include "session/Session.h"

namespace scdiff::ui {

DatasetTask::DatasetTask(const Session& session, QString title, QString failure)
    : Task(std::move(title), std::move(failure)), generation_(session.generation()) {}

void DatasetTask::requireSameDataset(const Session& session) const {
    if (session.generation() != generation_)
        throw Error(tr("The dataset was replaced while this ran (%1).").arg(title()).toStdString());
}

bool TaskLauncher::busy() const { return jobs_->busy(); }

bool TaskLauncher::start(std::shared_ptr<Task> task, Reactions reactions) const {
    Session* session = session_;
    QWidget* window = window_;
    return jobs_->start(
        task->title(), [task](Progress& p) { task->run(p); },
        [task, session, window, reactions = std::move(reactions)](const QString& runError, bool cancelled) {
            if (cancelled) {
                if (reactions.cancelled) reactions.cancelled();
                return;
            }
            QString error = runError;
            if (error.isEmpty()) {
                try {
                    task->apply(*session);
                } catch (const std::exception& e) {
                    error = QString::fromUtf8(e.what());
                }
            }
            if (!error.isEmpty()) {
                if (reactions.failed) reactions.failed(error);
                ErrorReporter::report(window, task->failure(), error);
                return;
            }
            if (reactions.applied) reactions.applied();
        });
}

}  // namespace scdiff::ui
