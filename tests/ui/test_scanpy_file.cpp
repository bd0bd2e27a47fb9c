// A file as scanpy leaves it, written by Python anndata: X scaled (z-scores, negative values) over 100
// highly variable genes, raw/X log-normalised over all 120 genes, a categorical cluster column with
// uns colours and a UMAP. Through the real MainWindow offscreen: open it, configure a run in the Train
// dialog (which must choose raw/X, the only source the engine can train on), train, annotate, impute,
// export, and read the export back in Python anndata without warnings.
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "common/ErrorReporter.h"
#include "app/MainWindow.h"
#include "app/ModelController.h"
#include "jobs/JobRunner.h"
#include "session/Commands.h"
#include "session/Session.h"
#include "train/TrainDialog.h"
#include "train/TrainingDock.h"

#include "scdiff/engine/model.hpp"
#include "scdiff/metrics.hpp"

using namespace scdiff;
using namespace scdiff::ui;

namespace {

// 450 cells of three types (B, T, NK; ten marker genes each, eight times higher), Poisson counts, then
// scanpy's steps: normalize_total(1e4), log1p, raw = that, keep 100 genes, scale (clip 10).
const char* kWriteScanpyLikeFile = R"PY(
import sys, numpy as np, pandas as pd, anndata as ad, scipy.sparse as sp
rng = np.random.default_rng(0)
n, g, k = 450, 120, 3
kind = np.repeat(np.arange(k), n // k)
base = rng.gamma(2.0, 1.0, size=(k, g))
for t in range(k):
    base[t, t * 10:(t + 1) * 10] *= 8
counts = rng.poisson(base[kind] * rng.uniform(0.5, 1.5, size=(n, 1))).astype(np.float32)
logn = np.log1p(counts / counts.sum(1, keepdims=True) * 1e4).astype(np.float32)
obs = pd.DataFrame({"louvain": pd.Categorical(np.array(["B", "T", "NK"])[kind]),
                    "n_counts": counts.sum(1)}, index=[f"cell{i}" for i in range(n)])
a = ad.AnnData(sp.csr_matrix(logn), obs=obs, var=pd.DataFrame(index=[f"G{j}" for j in range(g)]))
a.raw = a
a = a[:, :100].copy()
x = a.X.toarray()
a.X = np.clip((x - x.mean(0)) / (x.std(0) + 1e-6), -10, 10).astype(np.float32)
a.obsm["X_umap"] = rng.normal(size=(n, 2)).astype(np.float32)
a.uns["louvain_colors"] = np.array(["#1f77b4", "#ff7f0e", "#279e68"], dtype=object)
a.write_h5ad(sys.argv[1])
)PY";

bool waitIdle(MainWindow& w, int ms = 180000) {
    QElapsedTimer t;
    t.start();
    while (w.jobs()->busy() && t.elapsed() < ms) QTest::qWait(20);
    return !w.jobs()->busy();
}

void choose(QComboBox* box, const QString& data) {
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable("no item " + data));
    box->setCurrentIndex(i);
}

}  // namespace

class TestScanpyFile : public QObject {
    Q_OBJECT
    QStringList errors_;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName("scdiff-studio-tests-scanpy");
        ErrorReporter::setHandler([this](QWidget*, const QString&, const QString& s) { errors_ << s; });
    }

    void fromAScanpyFileToAnAnnotatedExport() {
        QTemporaryDir dir;
        const QString input = dir.filePath("scanpy_like.h5ad");
        QProcess writer;
        writer.start(SCDIFF_PYTHON, {"-c", kWriteScanpyLikeFile, input});
        QVERIFY(writer.waitForFinished(120000));
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());

        MainWindow w;
        QVERIFY(w.openFile(input));
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const AnnData& data = w.session()->data();
        QCOMPARE(data.nObs(), 450);
        QCOMPARE(data.nVars(), 100);
        QVERIFY(data.raw);

        // The dialog: X is scaled, so it starts on raw/X; X itself would be refused.
        TrainDialog dialog(data);
        QCOMPARE(dialog.expressionBox()->currentData().toString(), QString("raw"));
        QVERIFY2(dialog.expressionBox()->currentText().contains("log-normalised"),
                 qPrintable(dialog.expressionBox()->currentText()));
        choose(dialog.labelBox(), "louvain");
        dialog.stepsBox()->setValue(0);  // the epochs below, not the preset's step budget
        dialog.epochsBox()->setValue(40);
        dialog.hiddenBox()->setValue(32);
        dialog.depthBox()->setValue(1);
        dialog.batchSizeBox()->setValue(64);
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problems().join("; ")));
        choose(dialog.expressionBox(), "X");
        QVERIFY(!dialog.okButton()->isEnabled());
        choose(dialog.expressionBox(), "raw");
        QVERIFY(dialog.okButton()->isEnabled());
        const engine::RunConfig config = dialog.config();
        QCOMPARE(config.keys.expression, std::string("raw"));

        // Train on raw/X: the model has raw's 120 genes, all found in this dataset.
        QVERIFY(w.models()->trainModel(config));
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const auto model = w.session()->model();
        QVERIFY(model);
        QCOMPARE(model->genes().size(), std::size_t(120));
        QVERIFY2(w.trainingDock()->modelInfo()->text().contains("all found"),
                 qPrintable(w.trainingDock()->modelInfo()->text()));

        // Annotate (reads raw/X): three marker-separated types are recovered.
        QVERIFY(w.models()->annotateWithModel());
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        std::vector<std::string> truth, predicted;
        const Categorical louvain = asCategorical(w.session()->data().obs.find("louvain")->data);
        const Categorical scdiff = asCategorical(w.session()->data().obs.find("scdiff_cell_type")->data);
        for (std::int64_t r = 0; r < 450; ++r) {
            truth.push_back(*louvain.label(r));
            predicted.push_back(*scdiff.label(r));
        }
        const double accuracy = metrics::classification(truth, predicted).macroAccuracy;
        qInfo("macro accuracy on the scanpy-like file: %.4f", accuracy);
        QVERIFY2(accuracy > 0.9, qPrintable(QString::number(accuracy)));

        // Impute: a layer over var's 100 genes on the log-normalised scale (no negative values).
        QVERIFY(w.models()->imputeWithModel());
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        const NDArray& layer = w.session()->data().layers.find("scdiff_imputed")->get<NDArray>();
        QCOMPARE(layer.shape(), (std::vector<std::int64_t>{450, 100}));
        for (std::int64_t i = 0; i < 450 * 100; ++i) QVERIFY(layer.at(i) >= 0);

        // Export; anndata reads it without warnings: raw kept, predictions, layer, the run's source.
        const QString output = dir.filePath("annotated.h5ad");
        QVERIFY(w.exportH5ad(output));
        QVERIFY(waitIdle(w));
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join("; ")));
        QProcess reader;
        reader.start(SCDIFF_PYTHON,
                     {"-c",
                      "import warnings, anndata\nwarnings.simplefilter('error')\n"
                      "import sys, json; a = anndata.read_h5ad(sys.argv[1]);"
                      "c = json.loads(str(a.uns['scdiff']['annotation']['config']));"
                      "m = a.uns['scdiff']['annotation']['metrics'];"
                      "print(a.raw.shape, a.layers['scdiff_imputed'].shape, (a.obs['scdiff_cell_type'].astype(str) == "
                      "a.obs['louvain'].astype(str)).mean() > 0.9,"
                      " c['keys']['expression'], c['keys']['label_key'], float(m['macro_accuracy']) > 0.9,"
                      " 'config' in a.uns['scdiff']['imputation'], list(a.uns['louvain_colors']))",
                      output});
        QVERIFY(reader.waitForFinished(60000));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput().trimmed()),
                 QString("(450, 120) (450, 100) True raw louvain True True ['#1f77b4', '#ff7f0e', '#279e68']"));
    }
};

QTEST_MAIN(TestScanpyFile)
#include "test_scanpy_file.moc"
