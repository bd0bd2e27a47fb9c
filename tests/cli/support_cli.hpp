#pragma once
// Running the built scdiff binary from tests: exit code, stdout, stderr; scratch files.
#include <QtTest>

namespace scdiff_cli_test {
inline const QString kScdiff = QStringLiteral(SCDIFF_BINARY_DIR "/app/scdiff");

struct Run {
    int code = -1;
    QByteArray out, err;
};

// env: extra environment variables ("NAME=value") on top of the test's own.
inline Run scdiff(const QStringList& args, int timeoutMs = 120000, const QStringList& env = {}) {
    QProcess p;
    if (!env.isEmpty()) {
        auto environment = QProcessEnvironment::systemEnvironment();
        for (const auto& entry : env) environment.insert(entry.section('=', 0, 0), entry.section('=', 1));
        p.setProcessEnvironment(environment);
    }
    p.start(kScdiff, QStringList{"--quiet"} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline QString scratch(const QString& name) { return QStringLiteral(SCDIFF_TEST_DATA_DIR "/cli_") + name; }

// Writes `content` to a scratch file and returns its path.
inline QString scratchFile(const QString& name, const QByteArray& content) {
    const auto path = scratch(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
}  // namespace scdiff_cli_test
