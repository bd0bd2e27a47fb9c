#include "common/ErrorReporter.h"

#include <QMessageBox>

namespace scdiff::ui {
namespace {
ErrorReporter::Handler& handler() {
    static ErrorReporter::Handler h;
    return h;
}
}  // namespace

void ErrorReporter::report(QWidget* parent, const QString& title, const QString& sentence) {
    if (handler())
        handler()(parent, title, sentence);
    else
        QMessageBox::warning(parent, title, sentence);
}

void ErrorReporter::setHandler(Handler h) { handler() = std::move(h); }

}  // namespace scdiff::ui
