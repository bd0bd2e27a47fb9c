// The scdiff command line as a user runs it: real binary, real files, exit codes and one-line errors.
#include "python_anndata.hpp"
#include "support_cli.hpp"

using namespace scdiff_cli_test;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(kScdiff), "build the scdiff target before running ctest"); }

    void synthThenInfoJson() {
        const auto file = scratch("tiny.h5ad");
        QFile::remove(file);
        auto r = scdiff({"synth", file, "--preset", "tiny", "--seed", "3"});
        QCOMPARE(r.code, 0);
        r = scdiff({"info", file, "--json"});
        QCOMPARE(r.code, 0);
        const auto doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isObject());
        QCOMPARE(doc["n_obs"].toInt(), 300);
        QCOMPARE(doc["n_vars"].toInt(), 200);
        QCOMPARE(doc["X"]["kind"].toString(), QString("counts"));
        QCOMPARE(doc["X"]["format"].toString(), QString("csr"));
        bool found = false;
        for (const auto& c : doc["obs"].toArray())
            if (c.toObject()["name"].toString() == "cell_type") found = c.toObject()["categories"].toInt() == 4;
        QVERIFY(found);
        // synth writes X a block of cells at a time: anndata reads it without a warning, and can subset it (it
        // cannot when indices and indptr differ in type).
        const auto py = interop_check::runPythonStrictly(
            "import sys, anndata; a = anndata.read_h5ad(sys.argv[1]);"
            "b = a[a.obs['cell_type'] == a.obs['cell_type'].iloc[0]];"
            "print(a.shape, a.X.indices.dtype == a.X.indptr.dtype, b.X.sum() > 0)",
            file);
        QVERIFY2(py.code == 0, py.err.constData());
        QCOMPARE(py.out, QByteArray("(300, 200) True True"));
    }

    void convertsCsvToH5ad() {
        const auto csv = scratchFile("small.csv", "cell,GeneA,GeneB,GeneC\nc1,0,3,1\nc2,2,0,0\nc3,0,0,7\n");
        const auto out = scratch("small.h5ad");
        QFile::remove(out);
        QCOMPARE(scdiff({"convert", csv, out}).code, 0);
        const auto r = scdiff({"info", out, "--json"});
        const auto doc = QJsonDocument::fromJson(r.out);
        QCOMPARE(doc["n_obs"].toInt(), 3);
        QCOMPARE(doc["n_vars"].toInt(), 3);
        QCOMPARE(doc["X"]["nnz"].toInt(), 4);
        // An existing output is not overwritten without --force.
        const auto again = scdiff({"convert", csv, out});
        QCOMPARE(again.code, 1);
        // A genes x cells table (2 genes, 4 cells) read with --genes-as-rows.
        const auto genesCsv = scratchFile("genes_rows.csv", "gene,c1,c2,c3,c4\nGeneA,0,1,0,2\nGeneB,5,0,0,0\n");
        const auto transposed = scratch("genes_rows.h5ad");
        QFile::remove(transposed);
        QCOMPARE(scdiff({"convert", genesCsv, transposed, "--genes-as-rows"}).code, 0);
        const auto t = QJsonDocument::fromJson(scdiff({"info", transposed, "--json"}).out);
        QCOMPARE(t["n_obs"].toInt(), 4);
        QCOMPARE(t["n_vars"].toInt(), 2);
        QCOMPARE(t["X"]["nnz"].toInt(), 3);
    }

    void badCsvNamesTheLine() {
        const auto csv = scratchFile("bad.csv", "cell,GeneA\nc1,0\nc2,abc\n");
        const auto r = scdiff({"info", csv});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("line 3") && r.err.contains("abc"), r.err.constData());
    }

    void nonHdf5FileIsOneLineError() {
        const auto file = scratchFile("garbage.h5ad", "this is not an HDF5 file at all");
        const auto r = scdiff({"info", file});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("scdiff: error: "));
        QVERIFY(r.err.contains("garbage.h5ad"));
    }

    // The GO graph of a dataset's measured and perturbed genes, from an org.Hs.eg.db-shaped database.
    void geneGraphReportsCoverageAndWritesTheEdges() {
        const auto db = scratch("org_small.sqlite"), data = scratch("perturbed.h5ad"), out = scratch("graph.tsv");
        QFile::remove(db);
        const QString make = QStringLiteral(R"(
import sqlite3, sys, numpy as np, pandas as pd, anndata as ad
c = sqlite3.connect(sys.argv[1])
c.executescript("""
CREATE TABLE gene_info (_id INTEGER, gene_name TEXT, symbol TEXT);
CREATE TABLE alias (_id INTEGER, alias_symbol TEXT);
CREATE TABLE ensembl (_id INTEGER, ensembl_id TEXT);
CREATE TABLE go_bp (_id INTEGER, go_id TEXT, evidence TEXT);
CREATE TABLE go_mf (_id INTEGER, go_id TEXT, evidence TEXT);
CREATE TABLE go_cc (_id INTEGER, go_id TEXT, evidence TEXT);
INSERT INTO gene_info VALUES (1,'a','KLF1'),(2,'b','MAP2K6'),(3,'c','CDH1'),(4,'d','GATA1');
INSERT INTO alias VALUES (1,'EKLF');
INSERT INTO go_bp VALUES (1,'GO:1','IDA'),(1,'GO:2','IDA'),(2,'GO:2','IDA'),(3,'GO:3','IDA'),(4,'GO:1','IDA'),(4,'GO:2','IEA');
""")
c.commit()
obs = pd.DataFrame({"perturbation": pd.Categorical(["ctrl", "EKLF+ctrl", "GATA1+MAP2K6", "ctrl"])},
                   index=[f"c{i}" for i in range(4)])
var = pd.DataFrame(index=["KLF1", "MAP2K6", "CDH1", "LINC00115"])
ad.AnnData(np.ones((4, 4), dtype=np.float32), obs=obs, var=var).write_h5ad(sys.argv[2])
)");
        QCOMPARE(QProcess::execute(SCDIFF_PYTHON, {"-c", make, db, data}), 0);
        QFile::remove(out);
        auto r = scdiff({"gene-graph", data, "--go-db", db, "--perturbation-key", "perturbation", "-o", out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("3 of 4 measured genes found in the Gene Ontology database: 3 by symbol. Not found: "
                                "LINC00115."),
                 r.out.constData());
        QVERIFY2(r.out.contains("3 of 3 perturbed genes found in the Gene Ontology database: 2 by symbol, 1 by alias."),
                 r.out.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        // KLF1 {1,2}, MAP2K6 {2}, GATA1 {1,2} (EKLF is KLF1, counted once); CDH1 {3} has no neighbour.
        QVERIFY(lines.contains("GATA1\tKLF1\t1"));
        QVERIFY(lines.contains("MAP2K6\tKLF1\t0.5"));
        QVERIFY(lines.contains("KLF1\tMAP2K6\t0.5"));
        QVERIFY(!lines.filter("CDH1").size());
        QVERIFY2(r.out.contains("4 genes, 6 edges (1 genes without a neighbour)"), r.out.constData());

        r = scdiff({"gene-graph", data, "--go-db", db, "-o", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("exists; give --force"), r.err.constData());
        r = scdiff({"gene-graph", data, "--go-db", scratch("missing.sqlite"), "-o", out, "-f"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("missing.sqlite") && r.err.contains("there is no such file"), r.err.constData());
        r = scdiff({"gene-graph", data, "--go-db", db, "--perturbation-key", "nope", "-o", out, "-f"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("obs has no column 'nope'"), r.err.constData());
    }

    // libgomp takes its waiting policy from the environment it finds when it loads: with igraph for clustering, with
    // LibTorch for the engine, each a module loaded after scdiff set OMP_WAIT_POLICY=PASSIVE when the user did not set
    // one, so libgomp does not spin (GOMP_SPINCOUNT 0, where the default spins 300,000 rounds). A user's setting
    // stays.
    void theEngineRunsWithThePassiveWaitingPolicy() {
        const auto data = scratch("policy_in.h5ad");
        QFile::remove(data);
        QCOMPARE(scdiff({"synth", data, "--preset", "tiny"}).code, 0);
        const auto lastSpinCount = [](const QStringList& args, const QStringList& env, bool unset) {
            QProcess p;
            auto environment = QProcessEnvironment::systemEnvironment();
            if (unset) environment.remove("OMP_WAIT_POLICY");
            for (const auto& e : env) environment.insert(e.section('=', 0, 0), e.section('=', 1));
            environment.insert("OMP_DISPLAY_ENV", "verbose");
            p.setProcessEnvironment(environment);
            p.start(kScdiff, args);
            if (!p.waitForFinished(120000) || p.exitCode() != 0) return QString("failed");
            const auto lines = QString::fromUtf8(p.readAllStandardError()).split('\n');
            QString last;
            for (const auto& line : lines)
                if (line.contains("GOMP_SPINCOUNT")) last = line.section('\'', 1, 1);
            return last;
        };
        const QStringList cluster{
            "preprocess", data,   scratch("policy_out.h5ad"), "--force", "--pca", "10", "--leiden", "1",
            "--umap",     "false"};
        const QStringList train{"train", data,      "--task", "annotation", "--train-steps",     "1", "--hidden",
                                "16",    "--genes", "50",     "-o",         scratch("policy.pt")};
        QCOMPARE(lastSpinCount(cluster, {}, true), QString("0"));
        QFile::remove(scratch("policy.pt"));
        QCOMPARE(lastSpinCount(train, {}, true), QString("0"));
        const QString active = lastSpinCount(cluster, {"OMP_WAIT_POLICY=ACTIVE"}, false);  // spins a long while
        QVERIFY2(active.toDouble() >= 300000, qPrintable(active));
    }

    void unknownSubcommandIsUsageError() { QCOMPARE(scdiff({"frobnicate"}).code, 2); }

    void preprocessAddsEmbeddings() {
        const auto in = scratch("pp_in.h5ad"), out = scratch("pp_out.h5ad");
        QFile::remove(in);
        QFile::remove(out);
        QCOMPARE(scdiff({"synth", in, "--preset", "tiny"}).code, 0);
        const auto run = scdiff({"preprocess", in, out, "--hvg", "100", "--pca", "10", "--leiden", "1"});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.err.contains("clusters in obs['leiden']"), run.err.constData());
        const auto doc = QJsonDocument::fromJson(scdiff({"info", out, "--json"}).out);
        int clusters = 0;
        for (const auto& c : doc["obs"].toArray())
            if (c.toObject()["name"].toString() == "leiden") clusters = c.toObject()["categories"].toInt();
        QVERIFY2(clusters >= 2, qPrintable(QString::number(clusters)));
        QCOMPARE(doc["X"]["kind"].toString(), QString("log-normalised"));
        const auto obsm = doc["obsm"].toArray();
        QVERIFY(obsm.contains(QJsonValue("X_pca")) && obsm.contains(QJsonValue("X_umap")));
        QVERIFY(doc["layers"].toArray().contains(QJsonValue("counts")));
        // The input is never overwritten.
        QCOMPARE(scdiff({"preprocess", in, in, "--force"}).code, 1);
    }

    void demoWritesAValidDataset() {
        const auto dir = scratch("demo");
        QDir(dir).removeRecursively();
        const auto r =
            scdiff({"demo", "--preset", "tiny", "--epochs", "10", "--out", dir});  // a pipeline check, not a model
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(dir + "/demo.h5ad"));
        QVERIFY2(r.out.contains("300 cells x "), r.out.constData());
        QVERIFY(r.out.contains("X_umap"));
        // The demo trained a model and wrote its three answers.
        QVERIFY(QFile::exists(dir + "/model_annotation.pt") && QFile::exists(dir + "/model_perturbation.pt"));
        QVERIFY2(r.out.contains("scdiff_cell_type") && r.out.contains("scdiff_imputed"), r.out.constData());
        const auto pert = QJsonDocument::fromJson(scdiff({"info", dir + "/demo_perturbation.h5ad", "--json"}).out);
        QVERIFY(pert["n_obs"].toInt() > 0);
        QVERIFY2(r.err.contains("held out of training"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
