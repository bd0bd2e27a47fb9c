// The engine commands as a user runs them: train, resume, annotate, impute, perturb, evaluate, and their
// one-line errors. Tiny settings (d = 32) so the whole file runs in seconds.
#include <cmath>

#include "python_anndata.hpp"
#include "support_cli.hpp"

using namespace scdiff_cli_test;

namespace {
const QStringList kTiny{"--hidden", "32",        "--depth", "1",        "--batch-size",
                        "64",       "--base-lr", "1.5e-5",  "--device", "cpu"};
}

class TestCliEngine : public QObject {
    Q_OBJECT
    QString data_;

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(kScdiff), "build the scdiff target before running ctest");
        data_ = scratch("engine_tiny.h5ad");
        QFile::remove(data_);
        QCOMPARE(scdiff({"synth", data_, "--preset", "tiny", "--seed", "11"}).code, 0);
    }

    // LibTorch is a module loaded by the commands that need it (docs/architecture.md): the dynamic
    // loader's own log (LD_DEBUG=files) says which libraries each command loaded.
    void libTorchLoadsOnlyForTheEngineCommands() {
        const QStringList loaderLog{"LD_DEBUG=files"};
        auto loadsTorch = [&](const QStringList& args) {
            const auto r = scdiff(args, 120000, loaderLog);
            if (r.code != 0) qWarning("%s", r.err.right(2000).constData());
            return r.code == 0 && r.err.contains("libtorch_cpu.so") && r.err.contains("libscdiff_engine_torch.so");
        };
        QVERIFY(!loadsTorch({"--help"}));
        QVERIFY(!loadsTorch({"info", data_}));
        QVERIFY(!loadsTorch({"train", "--help"}));
        const auto model = scratch("engine_lazy.pt");
        QFile::remove(model);
        QVERIFY(
            loadsTorch(QStringList{"train", data_, "--task", "annotation", "--train-steps", "2", "-o", model} + kTiny));
        // A module file that is not there is one clear error, not a crash.
        const auto r =
            scdiff(QStringList{"train", data_, "--task", "annotation", "--train-steps", "2", "-o", model} + kTiny,
                   120000, {"SCDIFF_ENGINE_MODULE=/nonexistent/libscdiff_engine_torch.so"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("cannot load the scDiff engine (/nonexistent/libscdiff_engine_torch.so)"),
                 r.err.constData());
    }

    // igraph, which brings libgomp, is a module too: no command starts with libgomp loaded, so none has to start
    // itself again to set the OpenMP waiting policy (parallel.hpp), and clustering loads it when it runs.
    void libGompLoadsOnlyWithAModuleThatNeedsIt() {
        const QStringList loaderLog{"LD_DEBUG=files"};
        // The loader's log names every library it initialises; a program that starts itself again initialises
        // its own libraries twice.
        auto initialised = [](const QByteArray& log, const QByteArray& library) {
            int n = 0;
            for (const auto& line : log.split('\n'))
                if (line.contains("calling init:") && line.contains(library)) ++n;
            return n;
        };
        for (const QStringList& args : {QStringList{"--help"}, QStringList{"info", data_}}) {
            const auto r = scdiff(args, 120000, loaderLog);
            QCOMPARE(r.code, 0);
            QCOMPARE(initialised(r.err, "libgomp.so"), 0);
            QCOMPARE(initialised(r.err, "libigraph.so"), 0);
            QCOMPARE(initialised(r.err, "libscdiff_data.so"), 1);
        }
        const auto out = scratch("engine_clustered.h5ad");
        QFile::remove(out);
        const auto r = scdiff({"preprocess", data_, out, "--leiden", "1", "--umap", "false"}, 120000, loaderLog);
        QVERIFY2(r.code == 0, r.err.right(2000).constData());
        QCOMPARE(initialised(r.err, "libscdiff_igraph.so"), 1);
        QCOMPARE(initialised(r.err, "libgomp.so"), 1);
        QCOMPARE(initialised(r.err, "libscdiff_data.so"), 1);
    }

    void trainResumeAnnotateImpute() {
        const auto model = scratch("engine_model.pt");
        QFile::remove(model);
        auto r = scdiff(QStringList{"train", data_, "--task", "perturbation", "--batch-key", "batch", "--epochs", "2",
                                    "-o", model} +
                        kTiny);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(model));
        r = scdiff(QStringList{"train", data_, "--task", "perturbation", "--batch-key", "batch", "--epochs", "4",
                               "--resume", model, "-o", model} +
                   kTiny);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("for 4 epochs"), r.err.constData());

        const auto annotated = scratch("engine_annotated.h5ad");
        QFile::remove(annotated);
        r = scdiff({"annotate", model, data_, "-o", annotated});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("macro_accuracy"), r.err.constData());
        QVERIFY2(r.err.contains("200 of 200 model genes found"), r.err.constData());
        const auto info = QJsonDocument::fromJson(scdiff({"info", annotated, "--json"}).out);
        bool found = false;
        for (const auto& c : info["obs"].toArray()) found |= c.toObject()["name"].toString() == "scdiff_cell_type";
        QVERIFY(found);

        const auto imputed = scratch("engine_imputed.h5ad");
        QFile::remove(imputed);
        r = scdiff({"impute", model, data_, "-o", imputed, "--steps", "5"});
        QVERIFY2(r.code == 0, r.err.constData());
        // The layer, written as it was imputed, opens in anndata without a warning.
        const auto py = interop_check::runPythonStrictly(
            "import sys, numpy, anndata; a = anndata.read_h5ad(sys.argv[1]); l = a.layers['scdiff_imputed'];"
            "print(l.shape == a.shape, l.dtype, bool(numpy.isfinite(l).all()), 'imputation' in a.uns['scdiff'])",
            imputed);
        QVERIFY2(py.code == 0, py.err.constData());
        QCOMPARE(py.out, QByteArray("True float32 True True"));
        const auto pert = scratch("engine_perturbed.h5ad");
        QFile::remove(pert);
        r = scdiff({"perturb", model, data_, "--cell-type", "Type02", "-o", pert, "--steps", "5"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(pert));
    }

    // A dataset larger than memory, as a user runs it: train and annotate with --backed; the annotated file has
    // the input's X, copied as stored, and opens in anndata without a warning.
    void trainAndAnnotateBacked() {
        const auto model = scratch("engine_backed.pt");
        const auto annotated = scratch("engine_backed_annotated.h5ad");
        QFile::remove(model);
        QFile::remove(annotated);
        auto r = scdiff(QStringList{"train", data_, "--backed", "--task", "annotation", "--epochs", "2", "-o", model} +
                        kTiny);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("the dataset is opened backed"), r.err.constData());
        r = scdiff({"annotate", model, data_, "--backed", "-o", annotated});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("macro_accuracy"), r.err.constData());
        const auto py = interop_check::runPythonStrictly(
            "import sys, anndata; a = anndata.read_h5ad(sys.argv[1]); b = anndata.read_h5ad('" + data_ +
                "');"
                "print((a.X != b.X).nnz, a.obs['scdiff_cell_type'].isin(b.obs['cell_type']).all(),"
                " a.obsm['scdiff_probabilities'].shape == (a.n_obs, b.obs['cell_type'].nunique()))",
            annotated);
        QVERIFY2(py.code == 0, py.err.constData());
        QCOMPARE(py.out, QByteArray("0 True True"));
        // Steps that need X in memory, and formats that cannot be written backed, say so.
        r = scdiff({"annotate", model, data_, "--backed", "-o", scratch("engine_backed.loom"), "-f"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("can be written as .h5ad only"), r.err.constData());
    }

    void evaluatePrintsScDiffAndBaselines() {
        const auto json = scratch("engine_eval.json");
        QFile::remove(json);
        auto r = scdiff(
            QStringList{"evaluate", "annotation", data_, "--epochs", "3", "--repeats", "2", "--json", json} + kTiny);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("scDiff") && r.out.contains("logistic regression") &&
                r.out.contains("CellTypist-like") && r.out.contains("kNN"));
        QVERIFY2(r.out.contains(" ± "), r.out.constData());  // two runs: mean ± sd
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = QJsonDocument::fromJson(f.readAll());
        QCOMPARE(doc["task"].toString(), QString("annotation"));
        const auto methods = doc["methods"].toArray();
        QCOMPARE(methods.size(), 4);
        const auto runs = doc["runs"].toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].toObject()["split_seed"].toInt(), 0);
        QCOMPARE(runs[1].toObject()["split_seed"].toInt(), 1);
        for (int k = 0; k < methods.size(); ++k) {
            const auto m = methods[k].toObject();
            QCOMPARE(m["runs"].toInt(), 2);
            const double acc = m["metrics"].toObject()["macro_accuracy"].toDouble(-1);
            // The baselines separate this set's four well-apart types (a split or label mix-up would give
            // about 0.25); scDiff, after 3 epochs of a tiny network, only shows that the pipeline runs.
            if (m["method"].toString() != "scDiff")
                QVERIFY2(acc > 0.75, qPrintable(m["method"].toString() + ": " + QString::number(acc)));
            // The summary is the mean and sample sd of the two runs' values.
            const double a = runs[0]["methods"][k]["metrics"]["macro_accuracy"].toDouble();
            const double b = runs[1]["methods"][k]["metrics"]["macro_accuracy"].toDouble();
            QVERIFY(std::abs(acc - (a + b) / 2) < 1e-12);
            QVERIFY(std::abs(m["sd"].toObject()["macro_accuracy"].toDouble() - std::abs(a - b) / std::sqrt(2.0)) <
                    1e-12);
        }
        // The verdict names the best baseline and how many of the two runs scDiff won against it.
        const auto verdict = doc["verdict"].toObject();
        QCOMPARE(verdict["runs"].toInt(), 2);
        QVERIFY(verdict["sentence"].toString().contains(verdict["best_baseline"].toString()));
        QVERIFY(r.out.contains(verdict["sentence"].toString().toUtf8()));
        QCOMPARE(doc["confusion"]["matrix"].toArray().size(), 4);
        // Calibration of scDiff's confidence over both runs' test cells.
        const auto bins = doc["calibration"]["bins"].toArray();
        QCOMPARE(bins.size(), 10);
        int cells = 0;
        for (const auto& b : bins) cells += b.toObject()["cells"].toInt();
        QCOMPARE(cells, doc["calibration"]["cells"].toInt());
        QVERIFY(cells > 0);
    }

    // The text conditioner from the command line: the synthetic set's descriptions, the coverage report, the
    // few-shot protocol's table and JSON, the shuffled control, and the refusals.
    void textConditionerAndTheFewShotProtocol() {
        const auto data = scratch("fewshot_tiny.h5ad"), descriptions = scratch("fewshot_descriptions.tsv");
        const auto model = scratch("fewshot_text.pt"), json = scratch("fewshot.json");
        for (const auto& f : {data, descriptions, model, json}) QFile::remove(f);
        auto r =
            scdiff({"synth", data, "--preset", "tiny", "--types", "6", "--seed", "3", "--descriptions", descriptions});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile d(descriptions);
        QVERIFY(d.open(QIODevice::ReadOnly));
        const auto lines = d.readAll().split('\n');
        QCOMPARE(lines.front(), QByteArray("name\tdescription"));
        QVERIFY2(lines[1].startsWith("Type01\tType01 is a cell of Lineage1.") && lines[1].contains("Gene"),
                 lines[1].constData());

        r = scdiff(QStringList{"train", data, "--task", "annotation", "--epochs", "2", "--type-conditioner", "text",
                               "--type-descriptions", descriptions, "-o", model} +
                   kTiny);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("6 of 6 cell types have a row in the table: 6 by name."), r.err.constData());
        QVERIFY(r.err.contains("lexical embedding"));
        r = scdiff(QStringList{"train", data, "--task", "annotation", "--epochs", "1", "--type-conditioner", "text",
                               "-o", scratch("fewshot_none.pt")} +
                   kTiny);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("needs a cell-type table"), r.err.constData());

        const QStringList fewshot{
            "evaluate",           "fewshot", data,       "--minority", "Type05,Type06",       "--shots",   "1,20",
            "--fine-tune-epochs", "2",       "--epochs", "2",          "--type-descriptions", descriptions};
        r = scdiff(fewshot + QStringList{"--json", json} + kTiny, 300000);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("1-shot macro accuracy on the minority types"), r.out.constData());
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = QJsonDocument::fromJson(f.readAll());
        QCOMPARE(doc["minority"].toArray().size(), 2);
        QCOMPARE(doc["majority"].toArray().size(), 4);
        const auto shots = doc["shots"].toArray();
        QCOMPARE(shots.size(), 3);  // zero-shot, 1, 20
        QCOMPARE(shots[0]["shots"].toInt(), 0);
        QCOMPARE(shots[0]["methods"].toArray().size(), 2);  // only the two scDiff models can name an unseen type
        QCOMPARE(shots[2]["methods"].toArray().size(), 6);
        for (const auto& value : shots[2]["methods"].toArray()) {
            const auto m = value.toObject();
            const double acc = m["mean"]["macro_accuracy"].toDouble(-1);
            QVERIFY2(acc >= 0 && acc <= 1, qPrintable(m["method"].toString()));
            // Twenty cells of a well-apart type are enough for the regression on every gene (a test set
            // mixed up with the shots or the labels would score near 0).
            if (m["method"].toString().startsWith("CellTypist")) QVERIFY2(acc > 0.6, qPrintable(QString::number(acc)));
        }
        r = scdiff(fewshot + QStringList{"--shuffle-descriptions", "--shots", "1"} + kTiny, 300000);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("descriptions shuffled between types (control)"));

        r = scdiff(
            QStringList{"evaluate", "fewshot", data, "--minority", "NoSuchType", "--type-descriptions", descriptions} +
            kTiny);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("the minority type 'NoSuchType' is not a value of obs['cell_type']"),
                 r.err.constData());
        r = scdiff(QStringList{"evaluate", "fewshot", data, "--minority", "Type05", "--shots", "1000",
                               "--type-descriptions", descriptions} +
                   kTiny);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("it needs more than the largest number of shots (1000)"), r.err.constData());
    }

    // Gene perturbation along a user's gene graph: train, predict a double no cell had, the output in anndata.
    void genePerturbationTrainPredictAndRefuse() {
        QByteArray edges = "gene_a\tgene_b\tweight\n";  // a ring of 220 genes, each linked to the next two
        for (int i = 0; i < 220; ++i)
            for (int d : {1, 2})
                edges += QString("G%1\tG%2\t%3\n").arg(i).arg((i + d) % 220).arg(d == 1 ? 1.0 : 0.5).toUtf8();
        const auto graph = scratchFile("ring.tsv", edges);
        const auto data = scratch("gp_tiny.h5ad"), model = scratch("gp_model.pt"), out = scratch("gp_out.h5ad");
        for (const auto& f : {data, model, out}) QFile::remove(f);
        auto r = scdiff({"synth", data, "--preset", "tiny", "--gene-perturbations", "8", "--gene-graph", graph});
        QVERIFY2(r.code == 0, r.err.constData());
        r = scdiff(QStringList{"train", data, "--task", "gene-perturbation", "--gene-graph", graph, "--epochs", "2",
                               "-o", model} +
                   kTiny);
        QVERIFY2(r.code == 0, r.err.constData());
        // Every measured gene is a ring gene; the edges are the ring's among them.
        QVERIFY2(r.err.contains("gene graph: 200 genes, ") && r.err.contains(" edges (cli_ring.tsv); "),
                 r.err.constData());
        // The first two measured genes: a double no training cell had.
        QProcess py;
        py.start(SCDIFF_PYTHON,
                 {"-c", "import anndata, sys; print('+'.join(anndata.read_h5ad(sys.argv[1]).var_names[:2]))", data});
        QVERIFY(py.waitForFinished(60000) && py.exitCode() == 0);
        const auto genes = QString::fromUtf8(py.readAllStandardOutput()).trimmed();
        r = scdiff({"perturb-genes", model, data, "--genes", genes, "-o", out, "--steps", "2"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("was not among the training perturbations"), r.err.constData());
        QVERIFY2(r.out.contains("largest predicted changes"), r.out.constData());
        const char* check = R"py(
import sys, warnings
import anndata
warnings.simplefilter("error")  # after the import: an optional library's import-time warnings do not count
a = anndata.read_h5ad(sys.argv[1])
assert {"control_mean", "predicted_mean", "predicted_change"} <= set(a.var.columns), a.var.columns
assert (abs(a.var["predicted_mean"] - a.var["control_mean"] - a.var["predicted_change"]) < 1e-5).all()
rec = a.uns["scdiff"]["gene-perturbation"]["prediction"]
label = "+".join(sorted(sys.argv[2].split("+")))  # the canonical label: genes sorted
assert rec["perturbation"] == label and not rec["seen_in_training"], rec
assert a.obs["perturbation"].iloc[0] == label + " (predicted)"
)py";
        QCOMPARE(QProcess::execute(SCDIFF_PYTHON, {"-c", check, out, genes}), 0);
        r = scdiff({"perturb-genes", model, data, "--genes", "NOTAGENE", "-o", out, "-f"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("gene NOTAGENE is not in the model's gene graph"), r.err.constData());
        r = scdiff({"perturb-genes", model, data, "--genes", "G1++G2", "-o", out, "-f"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("G1++G2"), r.err.constData());
    }

    void badInputIsOneLineAndExitOne() {
        struct Case {
            QStringList args;
            const char* expected;
        };
        const auto model = scratch("engine_none.pt");
        QFile::remove(model);
        const QList<Case> cases{
            {{"train", data_, "--label-key", "celltype", "-o", model}, "no column 'celltype'"},
            {{"train", data_, "--task", "perturbation", "--stimulated", "treated", "-o", model}, "'treated'"},
            {{"train", data_, "--task", "perturbation", "--held-out", "Neurons", "-o", model}, "'Neurons'"},
            {{"annotate", scratchFile("not_a_model.pt", "garbage"), data_, "-o", scratch("x.h5ad")},
             "not a readable scDiff model"},
            {{"train", data_, "--device", "cuda:7", "-o", model}, "cuda:7"},
        };
        for (const auto& c : cases) {
            const auto r = scdiff(c.args);
            QVERIFY2(r.code == 1, qPrintable(c.args.join(' ') + " -> " + QString::number(r.code)));
            QVERIFY2(r.err.contains(c.expected), r.err.constData());
            QCOMPARE(r.err.trimmed().count('\n'), 0);
            QVERIFY(!QFile::exists(model));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliEngine)
#include "test_cli_engine.moc"
