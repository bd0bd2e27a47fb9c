// A generated corpus of broken files: each must give scdiff::FileError naming the file (never a
// crash, hang or huge allocation).
#include <hdf5.h>

#include <QtTest>
#include <filesystem>
#include <fstream>
#include <random>

#include <sys/wait.h>
#include <unistd.h>

#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/read_safely.hpp"
#include "support_h5ad_fixture.hpp"

using namespace scdiff;
using scdiff::testing::fullAnnData;
using scdiff::testing::scratchFile;

namespace {
std::vector<char> slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}
void spit(const std::string& p, const std::vector<char>& bytes, size_t n) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(n));
}
// Returns the error message, or "" when the file read fine.
std::string readError(const std::string& path) {
    try {
        h5ad::read(path);
        return "";
    } catch (const FileError& e) {
        return e.what();
    }
}
std::string validFile(const std::string& name) {
    const auto path = scratchFile(name);
    h5ad::write(fullAnnData(), path);
    return path;
}
// Opens a valid file for editing with the HDF5 API; closes it in the destructor.
struct Edit {
    hid_t f;
    explicit Edit(const std::string& p) { f = H5Fopen(p.c_str(), H5F_ACC_RDWR, H5P_DEFAULT); }
    ~Edit() { H5Fclose(f); }
    void replaceInt64(const char* path, std::vector<std::int64_t> v) {
        H5Ldelete(f, path, H5P_DEFAULT);
        hsize_t n = v.size();
        hid_t s = H5Screate_simple(1, &n, nullptr);
        hid_t d = H5Dcreate2(f, path, H5T_STD_I64LE, s, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        H5Dwrite(d, H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data());
        H5Dclose(d);
        H5Sclose(s);
    }
    void setStringAttr(const char* obj, const char* name, const char* value) {
        hid_t o = H5Oopen(f, obj, H5P_DEFAULT);
        H5Adelete(o, name);
        hid_t t = H5Tcopy(H5T_C_S1);
        H5Tset_size(t, H5T_VARIABLE);
        hid_t s = H5Screate(H5S_SCALAR);
        hid_t a = H5Acreate2(o, name, t, s, H5P_DEFAULT, H5P_DEFAULT);
        H5Awrite(a, t, &value);
        H5Aclose(a);
        H5Sclose(s);
        H5Tclose(t);
        H5Oclose(o);
    }
};
}  // namespace

#define EXPECT_FILE_ERROR(file_, needle)                                                                        \
    do {                                                                                                        \
        const std::string msg = readError(file_);                                                               \
        QVERIFY2(!msg.empty(), "expected a FileError");                                                         \
        QVERIFY2(msg.find(std::filesystem::path(file_).filename().string()) != std::string::npos, msg.c_str()); \
        QVERIFY2(msg.find(needle) != std::string::npos, msg.c_str());                                           \
    } while (0)

class H5adBroken : public QObject {
    Q_OBJECT
private slots:
    void rejectsMissingRandomAndTextFiles() {
        EXPECT_FILE_ERROR(scratchFile("missing.h5ad"), "does not exist");
        const auto rnd = scratchFile("random.h5ad");
        std::mt19937 gen(7);
        std::vector<char> bytes(100000);
        for (auto& b : bytes) b = static_cast<char>(gen());
        spit(rnd, bytes, bytes.size());
        EXPECT_FILE_ERROR(rnd, "not an HDF5 file");
        const auto txt = scratchFile("text.h5ad");
        { std::ofstream(txt) << "cell,gene\n1,2\n"; }
        EXPECT_FILE_ERROR(txt, "not an HDF5 file");
    }

    void rejectsHdf5FileThatIsNotAnnData() {
        const auto p = scratchFile("plain.h5");
        hid_t f = H5Fcreate(p.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
        hid_t g = H5Gcreate2(f, "/something", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        H5Gclose(g);
        H5Fclose(f);
        EXPECT_FILE_ERROR(p, "not AnnData");
    }

    void truncationsNeverCrash() {
        const auto good = validFile("trunc_src.h5ad");
        const auto bytes = slurp(good);
        const auto p = scratchFile("truncated.h5ad");
        for (size_t cut : {size_t(0), size_t(8), size_t(100), size_t(512), size_t(2048)}) {
            spit(p, bytes, std::min(cut, bytes.size()));
            EXPECT_FILE_ERROR(p, "truncated.h5ad");
        }
        for (int i = 1; i < 60; ++i) {
            const size_t cut = bytes.size() * static_cast<size_t>(i) / 60;
            spit(p, bytes, cut);
            const auto msg = readError(p);
            QVERIFY2(!msg.empty(), ("a truncation at " + std::to_string(cut) + " read as valid").c_str());
            QVERIFY(msg.find("truncated.h5ad") != std::string::npos);
        }
    }

    // libhdf5 1.10 itself corrupts its heap on some flipped metadata bytes (seen in H5Dopen2), so
    // each read runs in a child process: the test checks our error contract and counts library crashes.
    void bitFlipsGiveErrorsOrValidData() {
        const auto good = validFile("flip_src.h5ad");
        const auto bytes = slurp(good);
        const auto p = scratchFile("flipped.h5ad");
        std::mt19937 gen(42);
        int detected = 0, crashed = 0, badMessage = 0;
        std::vector<std::string> crashers;
        for (int i = 0; i < 100; ++i) {
            auto b = bytes;
            const size_t pos = gen() % b.size();
            b[pos] = static_cast<char>(b[pos] ^ (1 << (gen() % 8)));
            spit(p, b, b.size());
            const pid_t child = fork();
            if (child == 0) {
                alarm(20);  // a hang counts as a crash
                const auto msg = readError(p);
                _exit(msg.empty() ? 0 : (msg.find("flipped.h5ad") != std::string::npos ? 1 : 2));
            }
            int status = 0;
            waitpid(child, &status, 0);
            if (!WIFEXITED(status)) {
                ++crashed;
                crashers.push_back(scratchFile("crasher" + std::to_string(crashed) + ".h5ad"));
                spit(crashers.back(), b, b.size());
            } else if (WEXITSTATUS(status) == 1)
                ++detected;
            else if (WEXITSTATUS(status) == 2)
                ++badMessage;
        }
        qInfo("bit flips: %d detected as FileError, %d crashed inside libhdf5, of 100", detected, crashed);
        QCOMPARE(badMessage, 0);
        QVERIFY(detected > 0);
        // What the programs do with such a file: readSafely reads it in a child process, so this process
        // survives and gets a dataset or one sentence naming the file.
        for (const auto& crasher : crashers) {
            try {
                io::readSafely(crasher);
            } catch (const Error& e) {
                const std::string m = e.what();
                QVERIFY2(m.rfind(crasher + ": ", 0) == 0, m.c_str());
                qInfo("%s", m.c_str());
            }
        }
    }

    void rejectsInconsistentSparseMatrices() {
        auto p = validFile("indptr_len.h5ad");
        Edit(p).replaceInt64("/X/indptr", {0, 2, 5});
        EXPECT_FILE_ERROR(p, "/X/indptr");
        p = validFile("indptr_end.h5ad");
        Edit(p).replaceInt64("/X/indptr", {0, 2, 2, 3, 4});
        EXPECT_FILE_ERROR(p, "indptr ends at 4");
        p = validFile("indptr_dec.h5ad");
        Edit(p).replaceInt64("/X/indptr", {0, 3, 2, 3, 5});
        EXPECT_FILE_ERROR(p, "non-decreasing");
        p = validFile("indices_range.h5ad");
        Edit(p).replaceInt64("/X/indices", {0, 2, 1, 0, 3});
        EXPECT_FILE_ERROR(p, "outside 0..2");
        p = validFile("indices_neg.h5ad");
        Edit(p).replaceInt64("/X/indices", {0, -2, 1, 0, 1});
        EXPECT_FILE_ERROR(p, "/X/indices");
        p = validFile("shape.h5ad");
        {
            Edit e(p);
            hid_t g = H5Gopen2(e.f, "/X", H5P_DEFAULT);
            hid_t a = H5Aopen(g, "shape", H5P_DEFAULT);
            std::int64_t sh[2] = {7, 3};
            H5Awrite(a, H5T_NATIVE_INT64, sh);
            H5Aclose(a);
            H5Gclose(g);
        }
        EXPECT_FILE_ERROR(p, "/X/indptr");
    }

    void rejectsWrongObsLengthAndUnknownEncodings() {
        auto p = validFile("obs_len.h5ad");
        {
            Edit e(p);
            H5Ldelete(e.f, "/obs/cell_id", H5P_DEFAULT);
            hid_t t = H5Tcopy(H5T_C_S1);
            H5Tset_size(t, H5T_VARIABLE);
            hsize_t n = 2;
            hid_t s = H5Screate_simple(1, &n, nullptr);
            hid_t d = H5Dcreate2(e.f, "/obs/cell_id", t, s, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            const char* v[2] = {"a", "b"};
            H5Dwrite(d, t, H5S_ALL, H5S_ALL, H5P_DEFAULT, v);
            H5Dclose(d);
            H5Sclose(s);
            H5Tclose(t);
        }
        EXPECT_FILE_ERROR(p, "/obs");
        p = validFile("xenc.h5ad");
        Edit(p).setStringAttr("/X", "encoding-type", "coo_matrix");
        EXPECT_FILE_ERROR(p, "coo_matrix");
        p = validFile("index_attr.h5ad");
        Edit(p).setStringAttr("/obs", "_index", "nowhere");
        EXPECT_FILE_ERROR(p, "nowhere");
        p = validFile("codes.h5ad");
        {
            Edit e(p);
            H5Ldelete(e.f, "/obs/cell_type/codes", H5P_DEFAULT);
            hsize_t n = 4;
            hid_t s = H5Screate_simple(1, &n, nullptr);
            hid_t d = H5Dcreate2(e.f, "/obs/cell_type/codes", H5T_STD_I8LE, s, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            std::int8_t c[4] = {0, 1, 9, -1};
            H5Dwrite(d, H5T_NATIVE_INT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, c);
            H5Dclose(d);
            H5Sclose(s);
        }
        EXPECT_FILE_ERROR(p, "category code 9");
    }

    void rejectsLyingHeadersWithoutAllocating() {
        const auto p = scratchFile("huge.h5ad");
        AnnData ad = fullAnnData();
        ad.X.reset();
        h5ad::write(ad, p);
        {
            Edit e(p);
            hsize_t dims[2] = {4, hsize_t(1) << 40}, chunk[2] = {1, 1024};
            hid_t s = H5Screate_simple(2, dims, nullptr);
            hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
            H5Pset_chunk(dcpl, 2, chunk);
            hid_t d = H5Dcreate2(e.f, "/X", H5T_IEEE_F32LE, s, H5P_DEFAULT, dcpl, H5P_DEFAULT);
            H5Dclose(d);
            H5Pclose(dcpl);
            H5Sclose(s);
        }
        EXPECT_FILE_ERROR(p, "more than the file");
    }

    void namesUnavailableFilters() {
        const auto p = scratchFile("lzf.h5ad");
        AnnData ad = fullAnnData();
        ad.X.reset();
        h5ad::write(ad, p);
        {
            Edit e(p);
            hsize_t dims[2] = {4, 3}, chunk[2] = {4, 3};
            hid_t s = H5Screate_simple(2, dims, nullptr);
            hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
            H5Pset_chunk(dcpl, 2, chunk);
            unsigned cd[3] = {4, 0, 0};
            H5Pset_filter(dcpl, 32000, H5Z_FLAG_OPTIONAL, 3, cd);
            hid_t d = H5Dcreate2(e.f, "/X", H5T_IEEE_F32LE, s, H5P_DEFAULT, dcpl, H5P_DEFAULT);
            float v[12] = {};
            H5Dwrite(d, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, v);
            H5Dclose(d);
            H5Pclose(dcpl);
            H5Sclose(s);
        }
        EXPECT_FILE_ERROR(p, "lzf");
    }
};

QTEST_APPLESS_MAIN(H5adBroken)
#include "test_h5ad_broken.moc"
