// scdiff-studio [FILE] [--backed] [--screenshot PNG]: the desktop application, in the module the launcher loads
// (launcher.cpp). Only wiring: translations, old checkpoints, the main window, the autosave and the recovery offer,
// the file.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>
#include <vector>

#include "app/Autosave.h"
#include "app/MainWindow.h"
#include "scdiff/engine/device.hpp"
#include "common/ErrorReporter.h"
#include "common/Settings.h"
#include "jobs/JobRunner.h"
#include "session/Session.h"
#include "train/CheckpointStore.h"

extern "C" int scdiff_studio_main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("scDiff");
    QApplication::setApplicationName("scDiff Studio");
    QApplication::setApplicationVersion("0.1.0");

    // The language from Preferences, else the system locale. English, and a locale with no catalogue of its
    // own (the C/POSIX one of an unset LANG, ...), get the English catalogue: only plurals ("1 cell", "2 cells").
    const QString language = scdiff::ui::Settings::language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QTranslator appTranslator, qtTranslator;
    if (appTranslator.load(locale, "scdiff", "_", ":/i18n") ||
        appTranslator.load(QLocale(QLocale::English), "scdiff", "_", ":/i18n"))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore and annotate single-cell datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("file", QApplication::translate("main", "A .h5ad file, 10x folder or CSV to open."));
    const QCommandLineOption screenshot(
        "screenshot",
        QApplication::translate("main",
                                "Save a PNG of the window once the file is open, then quit (for documentation "
                                "and for checking an installation without a display)."),
        "png");
    parser.addOption(screenshot);
    const QCommandLineOption backed(
        "backed", QApplication::translate("main",
                                          "Open the .h5ad file backed, for data larger than memory: X stays in the "
                                          "file and is read as needed."));
    parser.addOption(backed);
    parser.process(app);

    scdiff::ui::checkpoints::removeOlderThan();  // cancelled runs nobody resumed
    scdiff::ui::MainWindow window;
    window.show();
    // The session goes to a recovery file every few minutes; a clean exit (below) removes it, and a start after
    // a crash offers what the last one left.
    scdiff::ui::Autosave autosave(&window);
    const QString fileArgument =
        parser.positionalArguments().isEmpty() ? QString() : parser.positionalArguments().front();
    // Only the names at start-up; the files are read (each whole) off the main thread.
    const bool mayRecover = !parser.isSet(screenshot) && !scdiff::ui::orphanedRecoveryFiles().isEmpty();
    // LibTorch loads after the first window is up, off the main thread (an error shows when a task needs it).
    QTimer::singleShot(0, [] {
        (void)QtConcurrent::run([] {
            try {
                scdiff::engine::loadEngine();
            } catch (const std::exception&) {}
        });
    });
    const auto open = [&window, backed = parser.isSet(backed)](const QString& file) {
        return backed ? window.openBacked(file) : window.openFile(file);
    };
    if (!mayRecover) {
        if (!fileArgument.isEmpty()) open(fileArgument);
    } else {
        // The question first; the file when the user did not restore a session instead.
        using Found = std::vector<scdiff::ui::RecoverableSession>;
        auto* reading = new QFutureWatcher<Found>(&window);
        QObject::connect(reading, &QFutureWatcher<Found>::finished, &window, [&window, reading, fileArgument, open] {
            const Found found = reading->result();
            reading->deleteLater();
            if (!found.empty()) scdiff::ui::offerRecovery(window, found);
            if (!fileArgument.isEmpty() && !window.jobs()->busy()) open(fileArgument);
        });
        reading->setFuture(QtConcurrent::run(&scdiff::ui::recoverableSessions));
    }
    if (parser.isSet(screenshot)) {
        // No one to read a message box: an error goes to stderr and ends the run.
        scdiff::ui::ErrorReporter::setHandler([](QWidget*, const QString& title, const QString& sentence) {
            std::fprintf(stderr, "scdiff-studio: %s: %s\n", qPrintable(title), qPrintable(sentence));
            QApplication::exit(1);
        });
        // Once the file is open and nothing is loading: the window as the user would see it, then quit (1 when the
        // file did not open within a minute or the PNG cannot be written).
        auto* poll = new QTimer(&app);
        QElapsedTimer waited;
        waited.start();
        const bool file = !parser.positionalArguments().isEmpty();
        QObject::connect(poll, &QTimer::timeout, &app, [&window, poll, waited, file, path = parser.value(screenshot)] {
            const bool open = !file || window.session()->hasData();
            if ((!open || window.jobs()->busy()) && waited.elapsed() < 60000) return;
            poll->stop();
            if (!open) std::fprintf(stderr, "scdiff-studio: the file did not open within a minute\n");
            const bool saved = window.grab().save(path, "PNG");
            if (!saved) std::fprintf(stderr, "scdiff-studio: cannot write %s\n", qPrintable(path));
            QApplication::exit(saved && open ? 0 : 1);
        });
        QTimer::singleShot(300, poll, [poll] { poll->start(50); });
    }
    const int status = app.exec();
    autosave.discard();
    return status;
}
