#pragma once
// The interop check the tests share: Debian's Python anndata runs `code` on a file the project wrote, with
// warnings as errors (a warning fails the run) and the file as sys.argv[1]. What it printed comes back trimmed.
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
    // Warnings become errors once anndata is imported: what counts is what reading our file emits, not what
    // an optional library anndata imports (dask, where installed) says about itself at import time.
    py.start(SCDIFF_PYTHON, {"-c", "import warnings, anndata\nwarnings.simplefilter('error')\n" + code, file});
    PythonRun r;
    if (!py.waitForFinished(60000)) return r;
    r.code = py.exitStatus() == QProcess::NormalExit ? py.exitCode() : -2;
    r.out = py.readAllStandardOutput().trimmed();
    r.err = py.readAllStandardError();
    return r;
}

}  // namespace interop_check
