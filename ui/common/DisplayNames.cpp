#include "common/DisplayNames.h"

#include <QCoreApplication>

namespace scdiff::ui {

QString taskTitle(engine::Task task) {
    switch (task) {
        case engine::Task::Annotation:
            return QCoreApplication::translate("DisplayNames", "Annotation");
        case engine::Task::Imputation:
            return QCoreApplication::translate("DisplayNames", "Imputation");
        case engine::Task::Perturbation:
            return QCoreApplication::translate("DisplayNames", "Perturbation");
        case engine::Task::GenePerturbation:
            return QCoreApplication::translate("DisplayNames", "Gene perturbation");
    }
    return {};
}

QString taskInSentence(engine::Task task) {
    switch (task) {
        case engine::Task::Annotation:
            return QCoreApplication::translate("DisplayNames", "annotation", "task name inside a sentence");
        case engine::Task::Imputation:
            return QCoreApplication::translate("DisplayNames", "imputation", "task name inside a sentence");
        case engine::Task::Perturbation:
            return QCoreApplication::translate("DisplayNames", "perturbation", "task name inside a sentence");
        case engine::Task::GenePerturbation:
            return QCoreApplication::translate("DisplayNames", "gene perturbation", "task name inside a sentence");
    }
    return {};
}

QString expressionKindName(preprocess::XKind kind) {
    switch (kind) {
        case preprocess::XKind::Counts:
            return QCoreApplication::translate("DisplayNames", "raw counts");
        case preprocess::XKind::LogNormalized:
            return QCoreApplication::translate("DisplayNames", "log-normalised");
        case preprocess::XKind::Other:
            return QCoreApplication::translate("DisplayNames", "scaled or other values");
        case preprocess::XKind::Empty:
            return QCoreApplication::translate("DisplayNames", "empty");
    }
    return {};
}

}  // namespace scdiff::ui
