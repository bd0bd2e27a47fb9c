#include "io/WholeFile.h"

#include "scdiff/atomic_file.hpp"
#include "scdiff/error.hpp"

namespace scdiff::ui {

QString writeWholeFile(const QString& path, const QByteArray& bytes) {
    try {
        io::writeAtomically(path.toStdString(), [&](std::ostream& out) { out.write(bytes.constData(), bytes.size()); });
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace scdiff::ui
