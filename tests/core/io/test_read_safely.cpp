// io::readSafely: users' files are read in the scdiff-reader child process. A dataset comes back equal to
// what readAny reads, errors with the same sentences, and a crash, hang or cancel of the child becomes one
// sentence naming the file while this process goes on. (test_h5ad_broken checks real libhdf5 crashes.)
#include <algorithm>
#include <hdf5.h>
#include <sys/stat.h>

#include <csignal>

#include <QProcess>
#include <QtTest>
#include <filesystem>
#include <fstream>

#include "io/anndata_wire.hpp"
#include "scdiff/error.hpp"
#include "scdiff/h5ad.hpp"
#include "scdiff/import.hpp"
#include "scdiff/read_safely.hpp"
#include "resource_limits.hpp"
#include "error_of.hpp"
#include "support_h5ad_fixture.hpp"

using namespace scdiff;
using scdiff::testing::errorOf;
using scdiff::testing::fullAnnData;
using scdiff::testing::scratchFile;
namespace fs = std::filesystem;

namespace {

// A stand-in for scdiff-reader: a shell script, to make the child crash or hang on purpose.
fs::path fakeHelper(const std::string& name, const std::string& body) {
    const auto path = scratchFile(name);
    std::ofstream(path) << "#!/bin/sh\n" << body << "\n";
    ::chmod(path.c_str(), 0755);
    return path;
}

// The scdiff-read-* folders readSafely left in the temporary folder.
int leftovers(const fs::path& tmp) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(tmp)) n += e.path().filename().string().rfind("scdiff-read-", 0) == 0;
    return n;
}

class CancelOnFirstReport final : public Progress {
public:
    void report(std::int64_t, std::int64_t, const std::map<std::string, double>&) override { reports_ = true; }
    void stage(const std::string&) override { reports_ = true; }
    bool cancelled() const override { return reports_; }

private:
    bool reports_ = false;
};

}  // namespace

// The hand-over stream in memory, for damaging it.
class StringSink final : public io::wire::Sink {
public:
    void put(const void* bytes, std::size_t n) override { text.append(static_cast<const char*>(bytes), n); }
    std::string text;
};
class StringSource final : public io::wire::Source {
public:
    explicit StringSource(std::string_view text) : text_(text) {}
    bool get(void* bytes, std::size_t n) override {
        if (n > text_.size()) return false;
        std::memcpy(bytes, text_.data(), n);
        text_.remove_prefix(n);
        return true;
    }
    std::uint64_t left() const override { return text_.size(); }

private:
    std::string_view text_;
};

class ReadSafely : public QObject {
    Q_OBJECT
    fs::path tmp_;

private slots:
    void init() {
        // A temporary folder of the test's own, to see what readSafely leaves behind.
        tmp_ = fs::path(SCDIFF_TEST_DATA_DIR) / "io" / "read_safely_tmp";
        fs::remove_all(tmp_);
        fs::create_directories(tmp_);
        qputenv("TMPDIR", QByteArray::fromStdString(tmp_.string()));
    }
    void cleanup() { qunsetenv("TMPDIR"); }

    // The stream a reader child hands a dataset over in, cut short or with any 8 bytes replaced by a huge length
    // (a child killed while writing, memory gone bad): one sentence, and nothing of the announced size allocated
    // (under an address-space limit an allocation of it would throw std::bad_alloc, not the sentence). Found by
    // the libFuzzer target tests/fuzz/libfuzzer/fuzz_wire.cpp.
    void aDamagedHandOverIsOneSentence() {
        StringSink sink;
        io::wire::write(fullAnnData(), sink);
        const std::string good = sink.text;
        {
            StringSource whole(good);
            QVERIFY(io::wire::read(whole) == fullAnnData());
        }
        const testing::AddressSpaceLimit limit(std::int64_t{1} << 30);
        int refused = 0;
        for (std::size_t at = 0; at + 8 <= good.size(); at += 3) {
            std::string damaged = good;
            const std::int64_t huge = std::int64_t{1} << 50;
            std::memcpy(damaged.data() + at, &huge, 8);
            StringSource source(damaged);
            try {
                (void)io::wire::read(source);  // bytes of values may change values and still read
            } catch (const Error& e) {
                QVERIFY2(std::string(e.what()).find("incomplete") != std::string::npos, e.what());
                ++refused;
            } catch (const std::exception& e) {
                QFAIL(qPrintable(QStringLiteral("at byte %1: %2").arg(at).arg(e.what())));
            }
            StringSource cut(std::string_view(good).substr(0, at));
            QVERIFY(testing::errorOf([&] { (void)io::wire::read(cut); }).find("incomplete") != std::string::npos);
        }
        QVERIFY2(refused > static_cast<int>(good.size() / 3 / 4), qPrintable(QString::number(refused)));
    }

    void readsWhatReadAnyReads() {
        const auto path = scratchFile("whole.h5ad");
        h5ad::write(fullAnnData(), path);
        const AnnData direct = io::readAny(path);
        const AnnData safe = io::readSafely(path);
        QVERIFY(safe == direct);  // every element kind of the model, field by field
        QCOMPARE(leftovers(tmp_), 0);
    }

    // A hand-over of several megabytes that mixes small pieces (a name is two) with arrays larger than the reading
    // buffer (1 MB), so pieces straddle its refills and large arrays are read past it.
    void aLargeHandOverArrivesWhole() {
        const std::int64_t cells = 60000, genes = 40, perCell = 7;
        AnnData data;
        for (std::int64_t i = 0; i < cells; ++i) data.obs.index.push_back("cell_" + std::to_string(i * 7919 % 100003));
        for (std::int64_t j = 0; j < genes; ++j) data.var.index.push_back("gene" + std::to_string(j));
        SparseMatrix x;
        x.rows = cells;
        x.cols = genes;
        x.values = NDArray(DType::Float32, {cells * perCell});
        auto* v = x.values.data<float>().data();
        x.indptr.push_back(0);
        for (std::int64_t i = 0; i < cells; ++i) {
            for (std::int64_t k = 0; k < perCell; ++k) {
                x.indices.push_back(static_cast<std::int32_t>((i + 5 * k) % genes));
                v[i * perCell + k] = static_cast<float>((i * 31 + k) % 97) + 0.5f;
            }
            std::sort(x.indices.own().end() - perCell, x.indices.own().end());
            x.indptr.push_back(static_cast<std::int64_t>(x.indices.size()));
        }
        data.X = std::move(x);
        std::vector<std::string> groups;
        for (std::int64_t i = 0; i < cells; ++i) groups.push_back("type" + std::to_string(i % 13));
        data.obs.set("cell_type", Categorical::fromLabels(groups));
        const auto path = scratchFile("large.h5ad");
        h5ad::write(data, path);
        const AnnData safe = io::readSafely(path);
        QVERIFY(safe == io::readAny(path));
        QCOMPARE(safe.obs.index[59999], data.obs.index[59999]);
    }

    // Elements the reader does not understand travel as an image of their in-memory HDF5 store and are
    // written back unchanged.
    void unknownElementsSurviveTheHandOver() {
        const auto path = scratchFile("opaque_safe.h5ad");
        h5ad::write(fullAnnData(), path);
        testing::addRecArray(path);
        using testing::Rec;
        const AnnData safe = io::readSafely(path);
        const auto* e = safe.uns.find("names");
        QVERIFY(e && e->is<OpaqueElement>());
        QCOMPARE(e->get<OpaqueElement>().description,
                 io::readAny(path).uns.find("names")->get<OpaqueElement>().description);
        const auto out = scratchFile("opaque_safe_out.h5ad");
        h5ad::write(safe, out);
        hid_t f = H5Fopen(out.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        hid_t d = H5Dopen2(f, "/uns/names", H5P_DEFAULT);
        QVERIFY(d >= 0);
        hid_t t = H5Tcreate(H5T_COMPOUND, sizeof(Rec));
        H5Tinsert(t, "a", HOFFSET(Rec, a), H5T_NATIVE_INT32);
        H5Tinsert(t, "b", HOFFSET(Rec, b), H5T_NATIVE_DOUBLE);
        Rec back[3] = {};
        QVERIFY(H5Dread(d, t, H5S_ALL, H5S_ALL, H5P_DEFAULT, back) >= 0);
        H5Tclose(t);
        H5Dclose(d);
        H5Fclose(f);
        QCOMPARE(back[2].a, 3);
        QCOMPARE(back[1].b, 2.5);
    }

    void errorsKeepReadAnysSentences() {
        const auto garbage = scratchFile("garbage.h5ad");
        std::ofstream(garbage) << "not an hdf5 file";
        const auto csv = scratchFile("bad_value.csv");
        std::ofstream(csv) << ",g1,g2\nc1,1,2\nc2,3,oops\n";
        for (const auto& path : {garbage, csv}) {
            const auto direct = errorOf([&] { io::readAny(path); });
            QVERIFY(!direct.empty());
            QCOMPARE(errorOf([&] { io::readSafely(path); }), direct);
        }
        QCOMPARE(errorOf([] { io::readSafely("/no/such/file.h5ad"); }),
                 std::string("/no/such/file.h5ad: no such file or folder"));
        QCOMPARE(leftovers(tmp_), 0);
    }

    void aCrashOfTheReaderIsASentence() {
        const auto path = scratchFile("crash.h5ad");
        h5ad::write(fullAnnData(), path);
        io::ReadSafelyOptions options;
        options.helper = fakeHelper("crashing_reader.sh", "echo 'stage\treading X'\nkill -SEGV $$");
        QCOMPARE(errorOf([&] { io::readSafely(path, nullProgress(), options); }),
                 path + ": the HDF5 library failed on it (corrupt file?): the reader process ended with SIGSEGV");
        QCOMPARE(leftovers(tmp_), 0);
    }

    void aSilentReaderIsStopped() {
        const auto path = scratchFile("hang.h5ad");
        h5ad::write(fullAnnData(), path);
        const auto pidFile = scratchFile("hang.pid");
        io::ReadSafelyOptions options;
        options.helper = fakeHelper("hanging_reader.sh", "echo $$ > " + pidFile + "\nexec sleep 60");
        options.silenceLimit = std::chrono::seconds(1);
        QElapsedTimer t;
        t.start();
        const auto message = errorOf([&] { io::readSafely(path, nullProgress(), options); });
        QVERIFY2(message.rfind(path + ": reading it made no progress for 1 s and was stopped", 0) == 0,
                 message.c_str());
        QVERIFY(t.elapsed() < 10000);
        const int pid = std::stoi([&] {
            std::string s;
            std::ifstream(pidFile) >> s;
            return s;
        }());
        QVERIFY2(::kill(pid, 0) != 0, "the hanging reader is still running");
        QCOMPARE(leftovers(tmp_), 0);
    }

    void cancellingStopsTheReader() {
        const auto path = scratchFile("cancel.h5ad");
        h5ad::write(fullAnnData(), path);
        io::ReadSafelyOptions options;
        options.helper = fakeHelper("slow_reader.sh", "echo 'stage\treading X'\nexec sleep 60");
        CancelOnFirstReport progress;
        QElapsedTimer t;
        t.start();
        QVERIFY_THROWS_EXCEPTION(Cancelled, io::readSafely(path, progress, options));
        QVERIFY(t.elapsed() < 10000);
        QCOMPARE(leftovers(tmp_), 0);
    }

    // A dataset larger than this process may still allocate (an address-space limit, as `ulimit -v` sets,
    // stands in for a machine short of memory) is refused with a sentence before it is taken over.
    void aDatasetTooLargeForMemoryIsRefused() {
        const auto path = scratchFile("large.h5ad");
        AnnData a;
        const std::int64_t n = 2000, g = 5000;  // 40 MB of float32
        for (std::int64_t i = 0; i < n; ++i) a.obs.index.push_back("c" + std::to_string(i));
        for (std::int64_t j = 0; j < g; ++j) a.var.index.push_back("g" + std::to_string(j));
        a.X = NDArray(DType::Float32, {n, g});
        h5ad::write(a, path);
        std::string message;
        {
            // This process's mappings plus 20 MB: the reader child maps far less, so it reads the file, and
            // this side must refuse to take 40 MB over.
            testing::AddressSpaceLimit limit(20 << 20);
            message = errorOf([&] { io::readSafely(path); });
        }
        QVERIFY2(message.rfind(path + ": opening it needs about 40 MB of memory and ", 0) == 0, message.c_str());
        QVERIFY2(message.find("close other programs") != std::string::npos, message.c_str());
        QCOMPARE(io::readSafely(path).nObs(), n);  // without the limit it opens
    }

    void aMissingHelperIsNamed() {
        const auto path = scratchFile("nohelper.h5ad");
        h5ad::write(fullAnnData(), path);
        io::ReadSafelyOptions options;
        options.helper = "/nonexistent/scdiff-reader";
        const auto message = errorOf([&] { io::readSafely(path, nullProgress(), options); });
        QVERIFY2(message.find("cannot start the file reader /nonexistent/scdiff-reader") != std::string::npos,
                 message.c_str());
        QVERIFY(message.find("SCDIFF_READER") != std::string::npos);
    }

    // Short of memory, the kernel's out-of-memory killer takes the reader, not the program that started it.
    // (The reader here waits on a 10x folder whose matrix is a FIFO nobody writes, so it is caught running.)
    void theReaderIsTheOutOfMemoryKillersFirstChoice() {
        const fs::path folder = fs::path(SCDIFF_TEST_DATA_DIR) / "io" / "waiting_10x";
        fs::remove_all(folder);
        fs::create_directories(folder);
        const auto fifo = folder / "matrix.mtx";
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        std::ofstream(folder / "barcodes.tsv") << "c1\n";
        std::ofstream(folder / "genes.tsv") << "g1\tG1\n";
        QProcess reader;
        reader.start(QString::fromStdString(io::readerHelper().string()), {QString::fromStdString(folder.string())});
        QVERIFY(reader.waitForStarted(10000));
        QTest::qWait(300);
        QFile score(QStringLiteral("/proc/%1/oom_score_adj").arg(reader.processId()));
        QVERIFY(score.open(QIODevice::ReadOnly));
        QCOMPARE(score.readAll().trimmed(), QByteArray("1000"));
        reader.kill();
        QVERIFY(reader.waitForFinished(10000));
        fs::remove_all(folder);
    }

    void theHelperLiesBesideTheIoLibrary() {
        const auto helper = io::readerHelper();
        QCOMPARE(helper.filename().string(), std::string("scdiff-reader"));
        QVERIFY2(fs::exists(helper), helper.c_str());
    }
};

QTEST_GUILESS_MAIN(ReadSafely)
#include "test_read_safely.moc"
