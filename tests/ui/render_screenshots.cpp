// scdiff-screenshots [DIR]: renders each main view of the studio offscreen into DIR (default
// docs/screenshots) as PNG, from a deterministic synthetic PBMC-like dataset.
#include <QApplication>
#include <QTranslator>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <cmath>
#include <cstdio>
#include <random>

#include "scdiff/embedding.hpp"

#include "app/Autosave.h"
#include "app/MainWindow.h"
#include "app/ModelController.h"
#include "app/UserGuide.h"
#include "jobs/JobRunner.h"
#include "panels/DatasetPanel.h"
#include "panels/MarkerPanel.h"
#include "plots/EmbeddingView.h"
#include "session/Session.h"
#include "train/TrainingDock.h"
#include "results/AnnotationResultsPanel.h"
#include "results/EvaluationView.h"
#include "results/ImputationView.h"
#include "results/MetricsPanel.h"
#include "results/GenePerturbationDialog.h"
#include "results/PerturbationView.h"
#include "scdiff/engine/device.hpp"
#include "scdiff/parallel.hpp"
#include "train/FineTuneDialog.h"
#include "train/TrainDialog.h"
#include "train/GeneGraphBox.h"
#include "train/TypeConditionerBox.h"
#include <QTabWidget>
#include <QDialog>

#include "scdiff/engine/config.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/prior/gene_graph.hpp"
#include "scdiff/prior/go_database.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/synth.hpp"

using namespace scdiff;

static AnnData pbmcLike() {
    const std::vector<std::string> types{"B cell", "CD4 T", "CD8 T", "NK", "Monocyte", "Dendritic"};
    const std::vector<std::vector<std::string>> markers{{"MS4A1", "CD79A", "CD19"}, {"CD3E", "IL7R", "CCR7"},
                                                        {"CD8A", "CD8B", "GZMK"},   {"NKG7", "GNLY", "KLRD1"},
                                                        {"CD14", "LYZ", "FCGR3A"},  {"FCER1A", "CST3", "CLEC10A"}};
    const double cx[] = {-8, 4, 7, -1, 9, 12}, cy[] = {6, 2, -3, -7, 9, 4};
    const std::int64_t n = 4000, genesTotal = 60;
    AnnData d;
    for (const auto& m : markers)
        for (const auto& g : m) d.var.index.push_back(g);
    while (static_cast<std::int64_t>(d.var.index.size()) < genesTotal) {
        char name[16];
        std::snprintf(name, sizeof name, "GENE%02zu", d.var.index.size());
        d.var.index.emplace_back(name);
    }
    std::mt19937 rng(3);
    std::normal_distribution<double> gauss(0, 1);
    std::vector<std::string> labels, batches;
    std::vector<float> umap, x;
    for (std::int64_t i = 0; i < n; ++i) {
        const int t = static_cast<int>(
            std::min<double>(5, std::floor(std::pow(static_cast<double>(rng() % 1000) / 1000.0, 1.4) * 6)));
        char name[32];
        std::snprintf(name, sizeof name, "AAACCTG-%05lld", static_cast<long long>(i));
        d.obs.index.emplace_back(name);
        labels.push_back(types[t]);
        batches.push_back(i % 2 ? "donor_1" : "donor_2");
        umap.push_back(static_cast<float>(cx[t] + 1.6 * gauss(rng)));
        umap.push_back(static_cast<float>(cy[t] + 1.1 * gauss(rng) + 0.3 * gauss(rng) * (umap.back() - cx[t])));
        for (std::int64_t j = 0; j < genesTotal; ++j) {
            const bool marker = j < 18 && j / 3 == t;
            std::poisson_distribution<int> pois(marker ? 6.0 : 0.3 + 0.02 * static_cast<double>(j % 7));
            x.push_back(static_cast<float>(std::log1p(pois(rng))));
        }
    }
    d.obs.set("cell_type", Categorical::fromLabels(labels));
    d.obs.set("batch", Categorical::fromLabels(batches));
    std::vector<float> total(n, 0);
    for (std::int64_t i = 0; i < n; ++i)
        for (std::int64_t j = 0; j < genesTotal; ++j) total[i] += std::expm1(x[i * genesTotal + j]);
    d.obs.set("n_counts", NDArray::fromVector(total));
    d.X = NDArray::fromVector(x, {n, genesTotal});
    d.obsm.set("X_umap", NDArray::fromVector(umap, {n, 2}));
    {  // a kNN graph over the same layout, for Analysis > Cluster cells (Leiden)
        AnnData layout;
        layout.obs.index = d.obs.index;
        layout.obsm.set("X_pca", NDArray::fromVector(umap, {n, 2}));
        embedding::neighbors(layout);
        d.obsp.set("connectivities", std::move(layout.obsp.at("connectivities")));
    }
    Dict pre;
    pre.set("normalize_total", StringArray::scalar("1e4"));
    pre.set("log1p", StringArray::scalar("true"));
    d.uns.set("scdiff_preprocess", pre);
    return d;
}

int main(int argc, char** argv) {
    scdiff::useWaitingPolicyOfThisMachine(argv);  // links Qt, so it starts itself again with the policy
    if (qgetenv("QT_QPA_PLATFORM").isEmpty()) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTranslator english;  // English plurals ("1 cell", "25 epochs"), as scdiff-studio shows them
    if (english.load(":/i18n/scdiff_en.qm")) QApplication::installTranslator(&english);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString(SCDIFF_SOURCE_DIR) + "/docs/screenshots";
    QDir().mkpath(dir);
    ui::MainWindow w;
    w.resize(1500, 900);
    w.show();
    w.session()->setDataset(pbmcLike(), "/data/pbmc_demo.h5ad");
    auto settle = [&] {
        for (int i = 0; i < 5; ++i) QApplication::processEvents();
    };
    auto save = [&](const QString& name) {
        settle();
        const QString path = dir + "/" + name + ".png";
        const bool ok = w.grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    };
    w.embeddingView()->colourByColumn("cell_type");
    w.embeddingView()->selectPolygon(QPolygonF({{2, 0}, {10, -1}, {10, -6}, {3, -6}}));
    save("main_window_cell_type");
    {
        // The question a start after a crash asks (app/Autosave.h).
        ui::RecoverableSession r{"", "/data/pbmc_demo.h5ad",
                                 "2 changed cell columns, the layer scdiff_imputed, embeddings, 3 runs",
                                 QDateTime(QDate(2026, 12, 7), QTime(14, 2)), 4242};
        const auto box = ui::recoveryQuestion(&w, r);
        box->show();
        settle();
        const QString path = dir + "/studio_recovery_offer.png";
        const bool ok = box->grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    }
    {
        // Help > User guide: the embedded guide with its pictures.
        ui::UserGuide guide(&w);
        guide.show();
        guide.browser()->scrollToAnchor(QStringLiteral("2-explore-embedding-clusters-markers"));
        settle();
        const QString path = dir + "/studio_user_guide.png";
        const bool ok = guide.grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    }
    w.session()->setSelection({});
    w.embeddingView()->colourByGene("NKG7");
    save("embedding_gene");
    w.datasetPanel()->tabs()->setCurrentIndex(1);
    w.embeddingView()->colourByColumn("batch");
    save("dataset_panel_obs");
    w.datasetPanel()->tabs()->setCurrentIndex(0);
    {  // Analysis > Cluster cells (Leiden): the clusters coloured on the embedding
        QSignalSpy clustered(w.jobs(), &ui::JobRunner::finished);
        if (w.clusterCells(0.1)) clustered.wait(60000);
        save("studio_leiden");
        w.session()->undoStack()->undo();
    }
    w.showMarkers();
    auto* m = w.markerPanel();
    m->setGroupBy("cell_type");
    QSignalSpy spy(w.jobs(), &ui::JobRunner::finished);
    m->computeMarkers();
    spy.wait(60000);
    const char* tabs[] = {"markers_dotplot", "markers_violin", "markers_heatmap", "markers_table"};
    for (int t = 0; t < 4; ++t) {
        m->tabs()->setCurrentIndex(t);
        m->redraw();
        save(tabs[t]);
    }

    // A short training run (quick preset, smaller network, a validation split) with its loss curve.
    w.showEmbedding();
    w.embeddingView()->colourByColumn("cell_type");
    auto config = engine::preset("quick", engine::Task::Annotation);
    config.keys.labelKey = "cell_type";
    config.keys.batchKey = "batch";
    config.train.epochs = 25;
    config.train.steps = 0;  // the epochs above, not the preset's step budget
    config.train.validationFraction = 0.1;
    config.train.device = "cpu";
    config.model.hidden = 64;
    config.model.depth = 1;
    w.resizeDocks({w.findChild<QDockWidget*>("historyDock"), w.trainingDockWidget()}, {160, 560}, Qt::Vertical);
    if (w.models()->trainModel(config)) spy.wait(600000);
    save("studio_training");
    QFile::remove(w.models()->lastCheckpoint());

    // Annotation with that model: the Annotation results tab (confusion matrix, per-class table) and the
    // Runs dock.
    if (w.models()->annotateWithModel()) spy.wait(600000);
    w.showAnnotationResults();
    w.annotationResults()->setReference("cell_type");
    w.resizeDocks({w.metricsDockWidget()}, {170}, Qt::Vertical);
    save("studio_annotation_results");
    // The prediction against an author's annotation: cell_type, except that the author called the CD8 T
    // cells bordering the CD4 T cluster "CD4 T" and left every 50th cell unlabelled. "Show agreement on
    // embedding" colours the cells by whether the prediction agrees with it.
    {
        const AnnData& d = w.session()->data();
        const auto& types = std::get<Categorical>(d.obs.find("cell_type")->data);
        const auto& umap = d.obsm.find("X_umap")->get<NDArray>();
        std::vector<std::string> author;
        for (std::int64_t r = 0; r < d.nObs(); ++r) {
            const std::string t = types.label(r).value_or("");
            author.push_back(t == "CD8 T" && umap.at(2 * r + 1) > -1.5 ? "CD4 T" : t);
        }
        Categorical column = Categorical::fromLabels(author);
        for (std::size_t r = 0; r < column.codes.size(); r += 50) column.codes[r] = -1;
        std::optional<ColumnData> value(std::move(column));
        w.session()->exchangeObsColumn("author_cell_type", value);
    }
    w.annotationResults()->setReference("author_cell_type");
    w.annotationResults()->agreementButton()->click();
    save("studio_annotation_agreement");

    // Model > Fine-tune on selected cells…: the dialog for a lassoed group of cells.
    {
        w.embeddingView()->selectPolygon(QPolygonF({{2, 0}, {4, -1}, {4, -3}, {2, -3}}));
        settle();
        const auto model = w.session()->model();
        if (model && !w.session()->selection().empty()) {
            try {
                ui::FineTuneDialog dialog(
                    *model, engine::fineTuneTypes(*model, w.session()->data(), w.session()->selection()), &w);
                dialog.show();
                settle();
                const QString path = dir + "/studio_fine_tune_dialog.png";
                const bool ok = dialog.grab().save(path);
                std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
            } catch (const std::exception& e) {
                std::printf("FAILED fine-tune dialog: %s\n", e.what());
            }
        }
        w.session()->setSelection({});
    }
    // The Train dialog with the text-embedding conditioner: descriptions embedded by the built-in lexical
    // encoder, with the coverage report under the source.
    {
        QTemporaryDir tmp;
        const QString descriptions = tmp.filePath("pbmc_descriptions.tsv");
        QFile f(descriptions);
        if (f.open(QIODevice::WriteOnly)) {
            for (const auto& t : std::get<Categorical>(w.session()->data().obs.find("cell_type")->data).categoryNames())
                f.write(QByteArray::fromStdString(t + "\ta peripheral blood " + t + " cell\n"));
            f.close();
        }
        ui::TrainDialog dialog(w.session()->data(), &w);
        dialog.setConfig(config);
        ui::TypeConditionerBox* box = dialog.typeConditioner();
        box->conditionerBox()->setCurrentIndex(box->conditionerBox()->findData("text"));
        box->sourceKindBox()->setCurrentIndex(box->sourceKindBox()->findData("descriptions"));
        box->pathEdit()->setText(descriptions);
        emit box->changed();
        dialog.show();
        QElapsedTimer clock;
        clock.start();
        while (box->reading() && clock.elapsed() < 20000) QApplication::processEvents(QEventLoop::AllEvents, 50);
        settle();
        const QString path = dir + "/studio_train_dialog_text.png";
        const bool ok = dialog.grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    }

    // Imputation with the same model: observed vs imputed heat maps of the 20 most variable genes, cells
    // ordered by cell type.
    if (w.models()->imputeWithModel()) spy.wait(600000);
    w.showImputation();
    w.imputationView()->setOrderColumn("cell_type");
    save("studio_imputation");

    // A perturbation-task model on synth's "small" dataset (control/stimulated), Type01's stimulated cells
    // held out of training; its predicted change next to the observed one.
    // The quick preset's own settings (20 epochs, d = 128), as `scdiff evaluate perturbation` uses them.
    w.session()->setDataset(synth::generate(synth::preset("small")), "/data/synth_small.h5ad");
    auto perturbation = engine::preset("quick", engine::Task::Perturbation);
    perturbation.keys = {"cell_type", "batch", "condition", "control", "stimulated", "Type01"};
    perturbation.train.device = "cpu";
    {
        // The Train dialog on that dataset: X holds raw counts, so the dialog says it will normalise them.
        ui::TrainDialog dialog(w.session()->data(), &w);
        dialog.setConfig(perturbation);
        dialog.show();
        settle();
        // The training page shows how long the run takes here once the step time is measured.
        QElapsedTimer clock;
        clock.start();
        while (!dialog.budgetNote()->text().contains("on this machine") && clock.elapsed() < 20000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        for (int page = 0; page < dialog.pages()->count(); ++page) {
            dialog.pages()->setCurrentIndex(page);
            settle();
            const QString path = dir + (page == 0 ? "/studio_train_dialog.png" : "/studio_train_dialog_training.png");
            const bool ok = dialog.grab().save(path);
            std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
        }
    }
    if (w.models()->trainModel(perturbation)) spy.wait(600000);
    QFile::remove(w.models()->lastCheckpoint());
    if (w.models()->predictPerturbation("Type01")) spy.wait(600000);
    save("studio_perturbation");
    // The same prediction as a predicted-vs-observed scatter (R² in the title) and as violins of the
    // top gene: control, observed stimulated and predicted stimulated cells of Type01.
    w.perturbationView()->plotTabs()->setCurrentIndex(1);
    save("studio_perturbation_scatter");
    w.perturbationView()->plotTabs()->setCurrentIndex(2);
    save("studio_perturbation_violins");
    w.perturbationView()->plotTabs()->setCurrentIndex(0);

    // Model > Evaluate imputation with the last (perturbation) settings, task forced to imputation: the
    // Imputation evaluation tab (true vs imputed scatter of the hidden entries, scDiff vs baselines).
    if (w.models()->evaluateImputation()) spy.wait(600000);
    if (auto* view = w.evaluationView()) {
        settle();
        const QString path = dir + "/studio_imputation_evaluation.png";
        const bool ok = view->grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    }

    // Gene perturbation on synthetic cells whose responses follow the Gene Ontology graph (real gene names): the
    // Train dialog's task with its graph coverage, Model > Predict gene perturbation… and a measured double in the
    // Perturbation tab. Needs the GO database installer/setup.sh provides.
    const std::string goDatabase = prior::findGoDatabase();
    if (goDatabase.empty()) {
        std::printf("skipped the gene-perturbation screenshots: no GO database\n");
        return 0;
    }
    {
        const auto annotations = prior::readGoDatabase(goDatabase);
        const auto go = prior::jaccardGraph(annotations.symbols, annotations.terms, 20);
        auto o = synth::preset("small");
        o.nCells = 1500;
        o.nGenes = 600;
        o.nGenePerturbations = 16;
        o.seed = 41;
        o.graphGenes = go.genes;
        o.graphNeighbours.resize(go.genes.size());
        for (const auto& e : go.edges) o.graphNeighbours[static_cast<std::size_t>(e.to)].emplace_back(e.from, e.weight);
        o.graphSource = go.source;
        w.session()->setDataset(synth::generate(o), "/data/crispr_screen.h5ad");
    }
    engine::RunConfig genes = engine::preset("quick", engine::Task::GenePerturbation);
    {
        ui::TrainDialog dialog(w.session()->data(), &w);
        dialog.taskBox()->setCurrentIndex(dialog.taskBox()->findData(QStringLiteral("gene-perturbation")));
        dialog.show();
        QElapsedTimer clock;
        clock.start();
        while (dialog.geneGraph()->reading() && clock.elapsed() < 30000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        settle();
        const QString path = dir + "/studio_train_gene_perturbation.png";
        const bool ok = dialog.grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
        genes = dialog.config();
    }
    genes.train.steps = 600;  // a picture, not a result: a short run
    if (w.models()->trainModel(genes)) spy.wait(600000);
    QFile::remove(w.models()->lastCheckpoint());
    const auto model = w.session()->model();
    if (!model || model->config().task != engine::Task::GenePerturbation) {
        std::printf("FAILED to train the gene-perturbation model\n");
        return 1;
    }
    const auto measured = engine::measuredPerturbations(w.session()->data(), model->config().keys);
    std::string shown = measured.front().first;
    for (const auto& [label, cells] : measured)
        if (label.find('+') != std::string::npos) {
            shown = label;
            break;
        }
    {
        ui::GenePerturbationDialog dialog(*model, measured, &w);
        dialog.show();
        const int index = dialog.measuredBox()->findData(QString::fromStdString(shown));
        dialog.measuredBox()->setCurrentIndex(index);
        settle();
        const QString path = dir + "/studio_gene_perturbation_dialog.png";
        const bool ok = dialog.grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    }
    std::vector<std::string> pair;
    for (const QString& g : QString::fromStdString(shown).split('+')) pair.push_back(g.toStdString());
    if (w.models()->predictGenePerturbation(pair)) spy.wait(600000);
    save("studio_gene_perturbation");
    w.perturbationView()->plotTabs()->setCurrentIndex(1);
    save("studio_gene_perturbation_scatter");
    w.perturbationView()->plotTabs()->setCurrentIndex(0);
    return 0;
}
