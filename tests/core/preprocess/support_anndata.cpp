#include "support_anndata.hpp"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <fstream>
#include <iomanip>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace scdiff::testing {

DataFrame namedFrame(std::int64_t n, const std::string& prefix) {
    DataFrame df;
    for (std::int64_t i = 0; i < n; ++i) df.index.push_back(prefix + std::to_string(i));
    return df;
}

AnnData denseData(std::int64_t n, std::int64_t g, std::vector<float> values) {
    AnnData a;
    a.obs = namedFrame(n, "cell");
    a.var = namedFrame(g, "gene");
    a.X = NDArray::fromVector(std::move(values), {n, g});
    return a;
}

SparseMatrix toSparse(std::int64_t n, std::int64_t g, const std::vector<float>& values, DType dtype) {
    SparseMatrix s = toCsrFloat32(Matrix(NDArray::fromVector(values, {n, g})));
    s.values = s.values.astype(dtype);
    return s;
}

std::vector<double> denseValues(const Matrix& m) {
    const std::int64_t n = matrixRows(m), g = matrixCols(m);
    std::vector<double> out(static_cast<std::size_t>(n * g), 0.0);
    if (const auto* d = std::get_if<NDArray>(&m)) return d->toFloat64();
    const auto& s = std::get<SparseMatrix>(m);
    for (std::int64_t r = 0; r < n; ++r)
        for (auto p = s.indptr[static_cast<std::size_t>(r)]; p < s.indptr[static_cast<std::size_t>(r) + 1]; ++p)
            out[static_cast<std::size_t>(r * g + s.indices[static_cast<std::size_t>(p)])] = s.values.at(p);
    return out;
}

std::vector<double> runPython(const std::string& script, const std::vector<double>& matrix, std::int64_t rows,
                              std::int64_t cols, const std::string& name) {
    const std::string dir = SCDIFF_TEST_DATA_DIR;
    const std::string in = dir + "/" + name + "_in.txt", out = dir + "/" + name + "_out.txt",
                      py = dir + "/" + name + ".py";
    {
        std::ofstream f(in);
        f << std::setprecision(17) << rows << ' ' << cols << '\n';
        for (double v : matrix) f << v << '\n';
        std::ofstream s(py);
        s << script;
    }
    QProcess p;
    p.start(QString::fromUtf8(SCDIFF_PYTHON),
            {QString::fromStdString(py), QString::fromStdString(in), QString::fromStdString(out)});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        throw std::runtime_error("python reference failed: " + p.readAllStandardError().toStdString());
    std::ifstream f(out);
    std::vector<double> res;
    std::string tok;
    while (f >> tok) res.push_back(tok == "nan" ? std::numeric_limits<double>::quiet_NaN() : std::stod(tok));
    return res;
}

}  // namespace scdiff::testing
