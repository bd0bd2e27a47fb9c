// A full disk while writing. Simulated with a file-size limit (RLIMIT_FSIZE: a write past it fails with
// EFBIG once SIGXFSZ is ignored), which needs no root and no small file system. Every writer must leave
// an existing target as it was, leave no temporary file behind, and throw one sentence naming the target.
#include <QtTest>
#include <filesystem>
#include <fstream>

#include "scdiff/atomic_file.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "resource_limits.hpp"
#include "scdiff/import.hpp"

using namespace scdiff;
namespace fs = std::filesystem;

namespace {

// A dataset of about 8 MB: dense float32 X and a layer of 10 cells x 100,000 genes.
AnnData largeDataset() {
    AnnData a;
    const std::int64_t n = 10, g = 100000;
    std::vector<float> v(static_cast<std::size_t>(n * g));
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = static_cast<float>(i % 97);
    for (std::int64_t i = 0; i < n; ++i) a.obs.index.push_back("c" + std::to_string(i));
    for (std::int64_t j = 0; j < g; ++j) a.var.index.push_back("g" + std::to_string(j));
    a.X = NDArray::fromVector(v, {n, g});
    a.layers.set("counts", NDArray::fromVector(v, {n, g}));
    return a;
}

std::string contentOf(const fs::path& p) {
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

class FullDisk : public QObject {
    Q_OBJECT
    fs::path dir_;

    // A folder holding one file, "precious", at `name`.
    fs::path freshTarget(const std::string& name) {
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        const auto target = dir_ / name;
        std::ofstream(target) << "precious";
        return target;
    }
    // The target unchanged and nothing else in the folder.
    void checkUntouched(const fs::path& target, const std::string& message) {
        QVERIFY2(message.find(target.string()) != std::string::npos, message.c_str());
        QCOMPARE(contentOf(target), std::string("precious"));
        int files = 0;
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_)) ++files;
        QCOMPARE(files, 1);
        qInfo("%s", message.c_str());
    }
    template <class F>
    std::string failureOf(F&& write) {
        testing::FileSizeLimit limit(256 * 1024);
        try {
            write();
        } catch (const FileError& e) {
            return e.what();
        }
        return "";
    }

private slots:
    void initTestCase() { dir_ = fs::path(SCDIFF_TEST_DATA_DIR) / "io" / "full_disk"; }

    void h5adKeepsTheOldFile() {
        const auto data = largeDataset();
        const auto target = freshTarget("out.h5ad");
        const auto message = failureOf([&] { h5ad::write(data, target); });
        QVERIFY2(!message.empty(), "the write passed the file-size limit");
        checkUntouched(target, message);
        h5ad::write(data, target);  // without the limit it fits
        QCOMPARE(h5ad::read(target).nVars(), data.nVars());
    }

    // X written a block of rows at a time (scdiff synth's path): the disk fills in the middle of the blocks.
    void h5adInRowBlocksKeepsTheOldFile() {
        const auto target = freshTarget("blocks.h5ad");
        const std::int64_t cols = 1000, blocks = 40, rows = 64;
        const auto message = failureOf([&] {
            std::int64_t given = 0;
            h5ad::writeWithRowBlocks(
                target, cols, blocks * rows * cols,
                [&](SparseMatrix& b) {
                    if (given == blocks) return false;
                    ++given;
                    b.rows = rows;
                    b.cols = cols;
                    b.indptr.clear();
                    b.indices.clear();
                    std::vector<float> values;
                    b.indptr.push_back(0);
                    for (std::int64_t r = 0; r < rows; ++r) {
                        for (std::int32_t c = 0; c < cols; c += 2) {
                            b.indices.push_back(c);
                            values.push_back(static_cast<float>(r + c));
                        }
                        b.indptr.push_back(static_cast<std::int64_t>(b.indices.size()));
                    }
                    b.values = NDArray::fromVector(std::move(values));
                    return true;
                },
                [&] {
                    AnnData rest;
                    for (std::int64_t i = 0; i < blocks * rows; ++i) rest.obs.index.push_back("c" + std::to_string(i));
                    for (std::int64_t j = 0; j < cols; ++j) rest.var.index.push_back("g" + std::to_string(j));
                    return rest;
                });
        });
        QVERIFY2(!message.empty(), "the write passed the file-size limit");
        checkUntouched(target, message);
    }

    void loomKeepsTheOldFile() {
        const auto data = largeDataset();
        const auto target = freshTarget("out.loom");
        const auto message = failureOf([&] { io::writeLoom(data, target); });
        QVERIFY2(!message.empty(), "the write passed the file-size limit");
        checkUntouched(target, message);
    }

    void textFilesKeepTheOldFile() {
        const auto target = freshTarget("report.json");
        const std::string line(1000, 'x');
        const auto message = failureOf([&] {
            io::writeAtomically(target, [&](std::ostream& out) {
                for (int i = 0; i < 1000; ++i) out << line << '\n';
            });
        });
        QVERIFY2(message.find("cannot be written") != std::string::npos, message.c_str());
        checkUntouched(target, message);
    }
};

QTEST_GUILESS_MAIN(FullDisk)
#include "test_full_disk.moc"
