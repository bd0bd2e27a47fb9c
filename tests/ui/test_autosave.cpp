// Autosave and recovery, as a user meets them: a real scdiff-studio process opens a session with edits and
// results, autosaves it, and is killed (SIGKILL) in the middle; a second Studio finds the recovery file,
// says what it holds, and restores the edits and results. A clean exit leaves no recovery file.
#include <signal.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "app/Autosave.h"
#include "app/MainWindow.h"
#include "common/ErrorReporter.h"
#include "jobs/JobRunner.h"
#include "session/Commands.h"
#include "session/Session.h"
#include "session/SessionFile.h"
#include "app/ModelController.h"
#include "scdiff/engine/config.hpp"
#include "scdiff/engine/model.hpp"
#include "scdiff/h5ad.hpp"
#include "support_dataset.h"

using namespace scdiff;
using namespace scdiff::ui;

namespace {

bool waitForJob(MainWindow& w, int ms = 60000) {
    QElapsedTimer t;
    t.start();
    while (w.jobs()->busy() && t.elapsed() < ms) QTest::qWait(20);
    QTest::qWait(20);
    return !w.jobs()->busy();
}

QString cell(const AnnData& d, const char* column, std::int64_t row) {
    const Column* c = d.obs.find(column);
    if (!c) return "(none)";
    const auto label = asCategorical(c->data).label(row);
    return label ? QString::fromStdString(*label) : QString("(missing)");
}

}  // namespace

class TestAutosave : public QObject {
    Q_OBJECT
    QTemporaryDir home_;
    QStringList errors_;
    QString source_, session_;

private slots:
    void initTestCase() {
        // Recovery files go to $XDG_DATA_HOME/scdiff-studio/recovery: a folder of the test's own, for this
        // process and the Studio it starts.
        qputenv("XDG_DATA_HOME", home_.path().toLocal8Bit());
        ErrorReporter::setHandler([this](QWidget*, const QString&, const QString& s) { errors_ << s; });
        source_ = home_.path() + "/source.h5ad";
        session_ = home_.path() + "/work.scdiffsession";
        h5ad::write(testing::makeDataset(120, 12), source_.toStdString());
        // The work the killed Studio will hold: a relabelled cell and an imputed-values layer.
        MainWindow w;
        QVERIFY(w.openFile(source_));
        QVERIFY(waitForJob(w));
        QVERIFY(w.session()->hasData());
        w.session()->undoStack()->push(makeRelabelCommand(w.session(), "cell_type", {3, 4}, "recovered"));
        const std::int64_t n = w.session()->data().nObs(), g = w.session()->data().nVars();
        std::vector<float> imputed(static_cast<std::size_t>(n * g), 1.25f);
        SetElementsCommand::Changes<Element> layers{{"scdiff_imputed", NDArray::fromVector(imputed, {n, g})}};
        w.session()->undoStack()->push(new SetElementsCommand(w.session(), {}, {}, {}, std::move(layers), "impute"));
        QVERIFY(w.saveSession(session_));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
    }

    void aKilledStudioIsRestored() {
        QDir(Autosave::folder()).removeRecursively();
        QProcess studio;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_DATA_HOME", home_.path());
        env.insert("SCDIFF_AUTOSAVE_SECONDS", "1");
        studio.setProcessEnvironment(env);
        studio.start(QString(SCDIFF_BINARY_DIR) + "/app/scdiff-studio", {session_});
        QVERIFY(studio.waitForStarted(20000));
        const QString recovery =
            Autosave::folder() + QStringLiteral("/session-%1.scdiffsession").arg(studio.processId());
        QElapsedTimer waited;
        waited.start();
        while (!QFile::exists(recovery) && waited.elapsed() < 60000) QTest::qWait(100);
        QVERIFY2(QFile::exists(recovery), qPrintable(studio.readAllStandardError()));
        QTest::qWait(300);  // written whole (renamed into place), so it is complete once it exists
        const qint64 pid = studio.processId();
        ::kill(static_cast<pid_t>(pid), SIGKILL);  // no clean exit
        QVERIFY(studio.waitForFinished(10000));
        QCOMPARE(studio.exitStatus(), QProcess::CrashExit);

        QCOMPARE(orphanedRecoveryFiles(), QStringList{recovery});  // what start-up looks at
        const auto found = recoverableSessions();
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().pid, pid);
        QCOMPARE(found.front().source, source_);
        QVERIFY2(
            found.front().summary.contains("changed cell column") && found.front().summary.contains("scdiff_imputed"),
            qPrintable(found.front().summary));

        MainWindow w;
        QVERIFY(restoreRecovered(w, found.front()));
        QVERIFY(waitForJob(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const AnnData& d = w.session()->data();
        QCOMPARE(cell(d, "cell_type", 3), QString("recovered"));
        QCOMPARE(cell(d, "cell_type", 4), QString("recovered"));
        QVERIFY(cell(d, "cell_type", 5) != QString("recovered"));
        const auto& layer = d.layers.find("scdiff_imputed")->get<NDArray>();
        QCOMPARE(layer.at(7), 1.25);
        QVERIFY(!QFile::exists(recovery));  // taken over: this Studio's own autosave goes on from here
        QVERIFY(recoverableSessions().empty());
    }

    // A model trained and never saved is kept beside the recovery file and comes back unsaved (closing the
    // restoring Studio asks to save it); its copy in the recovery folder is then removed.
    void anUnsavedModelComesBackUnsaved() {
        QDir(Autosave::folder()).removeRecursively();
        QString recovered;
        std::int64_t parameters = 0;
        {
            MainWindow w;
            Autosave autosave(&w, 3600);
            QVERIFY(w.openFile(session_));
            QVERIFY(waitForJob(w));
            engine::RunConfig c = engine::preset("quick", engine::Task::Annotation);
            c.keys.labelKey = "cell_type";
            c.model.hidden = 32;
            c.model.depth = 1;
            c.train.epochs = 1;
            c.train.steps = 0;
            c.train.device = "cpu";
            QVERIFY(w.models()->trainModel(c));
            QVERIFY(waitForJob(w, 300000));
            QVERIFY(w.models()->modelUnsaved());
            parameters = w.session()->model()->parameterCount();
            QSignalSpy saved(&autosave, &Autosave::saved);
            QVERIFY(autosave.saveNow());
            QVERIFY(saved.wait(60000));
            QVERIFY(QFile::exists(autosave.modelFile()));
            // As if this process had been killed: its files under the name of a process that is gone.
            recovered = Autosave::folder() + "/session-999999999.scdiffsession";
            QVERIFY(QFile::rename(autosave.file(), recovered));
            w.session()->undoStack()->setClean();  // closing without questions
        }
        const auto found = recoverableSessions();
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY2(found.front().summary.contains("a model"), qPrintable(found.front().summary));
        MainWindow w;
        QVERIFY(restoreRecovered(w, found.front()));
        // Two jobs: the session, then the model it names (started as the first ends).
        QElapsedTimer t;
        t.start();
        while ((!w.session()->model() || w.jobs()->busy()) && t.elapsed() < 120000) QTest::qWait(50);
        QVERIFY(!w.jobs()->busy());
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QVERIFY(w.session()->model());
        QCOMPARE(w.session()->model()->parameterCount(), parameters);
        QVERIFY(w.models()->modelUnsaved());
        QVERIFY(w.models()->modelFile().isEmpty());
        QVERIFY(QDir(Autosave::folder()).entryList(QDir::Files).isEmpty());  // both copies taken over
    }

    void aCleanExitLeavesNoRecoveryFile() {
        QDir(Autosave::folder()).removeRecursively();
        MainWindow w;
        Autosave autosave(&w, 3600);
        QVERIFY(w.openFile(session_));
        QVERIFY(waitForJob(w));
        QSignalSpy saved(&autosave, &Autosave::saved);
        QVERIFY(autosave.saveNow());
        QVERIFY(saved.wait(30000));
        QVERIFY(QFile::exists(autosave.file()));
        QVERIFY(!autosave.saveNow());            // nothing changed since
        QVERIFY(orphanedRecoveryFiles().isEmpty());  // this process is running: not offered
        QVERIFY(recoverableSessions().empty());
        autosave.discard();
        QVERIFY(!QFile::exists(autosave.file()));
    }
};

QTEST_MAIN(TestAutosave)
#include "test_autosave.moc"
