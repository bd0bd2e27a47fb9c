#pragma once
// The interop check the tests share: Debian's Python anndata runs `code` on a file the project wrote, with
// -W error (a warning fails the run) and the file as sys.argv[1]. What it printed comes back trimmed.
#include <QByteArray>
#include <QProcess>
#include <QString>

namespace interop_check {

struct PythonRun {
    int code = -1;  // -1: did not finish within a minute
    QByteArray out, err;
};

inline PythonRun runPythonStrictly(const QString& code, const QString& file) {
    QProcess py;
    py.start(SCDIFF_PYTHON, {"-W", "error", "-c", code, file});
    PythonRun r;
    if (!py.waitForFinished(60000)) return r;
    r.code = py.exitStatus() == QProcess::NormalExit ? py.exitCode() : -2;
    r.out = py.readAllStandardOutput().trimmed();
    r.err = py.readAllStandardError();
    return r;
}

}  // namespace interop_check
