// The gene-perturbation task (issue 14; GEARS): a gene-graph conditioner trained on cells perturbed in one or two
// genes, predictions for gene sets no training cell had, the graph kept in the model file, exact resume, the
// evaluation protocol with its baselines, and bad input.
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include "scdiff/engine/evaluate.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/problems.hpp"
#include "scdiff/engine/results.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/expression.hpp"
#include "scdiff/gene_perturbation_metrics.hpp"
#include "scdiff/preprocess.hpp"
#include "scdiff/synth.hpp"
#include "support_engine.hpp"

using namespace scdiff;
using namespace scdiff::engine;

namespace {

// A ring of 240 genes (GENE000...), each linked to the two on either side (weights 1 and 0.5), and one gene
// (LONER) without edges.
prior::GeneGraph ringGraph() {
    prior::GeneGraph g;
    for (int i = 0; i < 240; ++i) g.genes.push_back(QString("GENE%1").arg(i, 3, 10, QChar('0')).toStdString());
    g.genes.push_back("LONER");
    for (int i = 0; i < 240; ++i)
        for (int d : {1, 2}) {
            const auto j = (i + d) % 240;
            const float w = d == 1 ? 1.0f : 0.5f;
            g.edges.push_back({i, j, w});
            g.edges.push_back({j, i, w});
        }
    g.source = "ring";
    return g;
}

// 600 cells, 200 genes named after the graph's, 4 types; 10 perturbed genes (singles and doubles) along the ring.
const AnnData& perturbedDataset() {
    static const AnnData data = [] {
        auto o = synth::preset("tiny");
        o.nCells = 600;
        o.nCellTypes = 4;
        o.nGenePerturbations = 10;
        o.seed = 5;
        const auto graph = ringGraph();
        o.graphGenes = graph.genes;
        o.graphNeighbours.resize(graph.genes.size());
        for (const auto& e : graph.edges)
            o.graphNeighbours[static_cast<std::size_t>(e.to)].emplace_back(e.from, e.weight);
        o.graphSource = graph.source;
        return synth::generate(o);
    }();
    return data;
}

std::vector<std::string> column(const AnnData& d, const std::string& key) {
    const auto& c = std::get<Categorical>(d.obs.find(key)->data);
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < d.nObs(); ++i) out.push_back(c.label(i).value_or(""));
    return out;
}

}  // namespace

class EngineGenePerturbationTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string graphFile_;
    std::string path(const char* name) const { return (dir_.path() + "/" + name).toStdString(); }

    RunConfig config(int epochs) const {
        auto c = test::tinyConfig(Task::GenePerturbation, epochs);
        c.keys.conditionKey = "perturbation";
        c.keys.control = "ctrl";
        c.keys.labelKey = "";
        c.keys.batchKey = "batch";
        c.model.geneGraph = graphFile_;
        return c;
    }
    // The single perturbations of the dataset, most cells first.
    std::vector<std::string> singles() const {
        std::map<std::string, int> n;
        for (const auto& l : column(perturbedDataset(), "perturbation"))
            if (l != "ctrl" && l.find('+') == std::string::npos) ++n[l];
        std::vector<std::string> out;
        for (const auto& [l, k] : n) out.push_back(l);
        std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return n[a] > n[b]; });
        return out;
    }
    // Every cell except those of `perturbation`.
    AnnData without(const std::string& perturbation) const {
        const auto labels = column(perturbedDataset(), "perturbation");
        std::vector<std::int64_t> keep;
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (labels[i] != perturbation) keep.push_back(static_cast<std::int64_t>(i));
        return preprocess::subsetObs(perturbedDataset(), keep);
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        graphFile_ = path("ring.tsv");
        prior::writeEdgeList(ringGraph(), graphFile_);
    }

    void theGraphIsTheDatasetsGenesAndTheConditionerHasItsShape() {
        const auto model = train(perturbedDataset(), config(1));
        // The nodes: the measured genes the edge list has (LONER has no edge, so the file does not name it), in
        // the dataset's order; the edges: the file's edges among them.
        const auto& measured = perturbedDataset().var.index;
        const auto ring = ringGraph();
        std::vector<std::string> nodes;
        for (const auto& g : measured)
            if (g != "LONER" && ring.indexOf(g) >= 0) nodes.push_back(g);
        QVERIFY(nodes.size() >= 190);
        QCOMPARE(model.geneGraph().genes, nodes);
        QCOMPARE(model.conditions().classes, model.geneGraph().genes);
        const std::set<std::string> nodeSet(nodes.begin(), nodes.end());
        std::int64_t expectedEdges = 0;
        for (const auto& e : ring.edges)
            expectedEdges += nodeSet.count(ring.genes[static_cast<std::size_t>(e.from)]) &&
                             nodeSet.count(ring.genes[static_cast<std::size_t>(e.to)]);
        QCOMPARE(static_cast<std::int64_t>(model.geneGraph().edges.size()), expectedEdges);
        // Parameters: the network without the gene conditioner (the batch only) plus a 200 x d embedding,
        // graph_layers Linear(d, d), per block a head Linear(d, d) -> GELU -> Linear(d, d) -> LayerNorm and a
        // null vector.
        const auto& c = model.config();
        const std::int64_t d = c.model.hidden, L = c.model.depth;
        const auto base =
            expectedParameterCount(c.model, 200, {}, static_cast<std::int64_t>(model.batches().classes.size()));
        const auto graph = static_cast<std::int64_t>(nodes.size()) * d + c.model.graphLayers * (d * d + d) +
                           L * (2 * (d * d + d) + 2 * d) + L * d;
        QCOMPARE(model.parameterCount(), base + graph);
    }

    void anUnseenSinglePerturbationIsPredictedThroughTheGraph() {
        const auto held = singles().front();
        const auto model = train(without(held), config(40));
        const auto& trained = model.trainedPerturbations();
        QVERIFY(!trained.empty());
        QVERIFY(std::find(trained.begin(), trained.end(), held) == trained.end());  // no leak
        GenePerturbationOptions o;
        o.sampling.steps = 10;
        const auto r = perturbGenes(model, perturbedDataset(), {held}, o);
        QVERIFY(!r.seenInTraining);
        QCOMPARE(r.label, held);
        std::int64_t controls = 0;
        for (const auto& l : column(perturbedDataset(), "perturbation")) controls += l == "ctrl";
        QCOMPARE(static_cast<std::int64_t>(r.controlCells.size()), controls);
        QCOMPARE(r.predicted.size(), r.controlCells.size() * r.geneNames.size());
        for (float v : r.predicted) QVERIFY(std::isfinite(v) && v >= 0);
        // A perturbation the model saw: its predicted change follows the observed one.
        const auto seen = singles()[1];
        const auto s = perturbGenes(model, perturbedDataset(), {seen}, o);
        QVERIFY(s.seenInTraining);
        const auto labels = column(perturbedDataset(), "perturbation");
        const auto x = expression::logNormalised(expression::view(perturbedDataset(), "X"));
        std::vector<std::int64_t> ctrl, pert;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] == "ctrl") ctrl.push_back(static_cast<std::int64_t>(i));
            if (labels[i] == seen) pert.push_back(static_cast<std::int64_t>(i));
        }
        const auto score =
            metrics::scoreGenePerturbation(metrics::meanOfRows(x, ctrl), metrics::meanOfRows(x, pert), s.predictedMean);
        qInfo() << "seen" << seen.c_str() << "pearson top20" << score.pearsonDeltaTop << "all" << score.pearsonDeltaAll;
        QVERIFY2(score.pearsonDeltaTop > 0.5, std::to_string(score.pearsonDeltaTop).c_str());
        // The dataset mapping: predicted cells, the mean change table in var, the record in uns.
        const auto out = genePerturbationPrediction(perturbedDataset(), r, model);
        QCOMPARE(out.nObs(), static_cast<std::int64_t>(r.controlCells.size()));
        QVERIFY(out.var.find("predicted_change"));
        QCOMPARE(column(out, "perturbation").front(), held + " (predicted)");
    }

    // A double the training cells had is predicted jointly; another as the sum of the model's two single-gene
    // changes (each from the same noise, so the sum is exact wherever no prediction is clipped at 0); the
    // prediction is scored against the cells measured under it.
    void aDoubleIsTheSumOfItsSinglesUnlessTrainedOn() {
        const auto model = train(perturbedDataset(), config(3));
        std::string seenDouble;
        for (const auto& l : column(perturbedDataset(), "perturbation"))
            if (l.find('+') != std::string::npos) seenDouble = l;
        QVERIFY(!seenDouble.empty());
        const auto plus = seenDouble.find('+');
        const std::vector<std::string> pair{seenDouble.substr(0, plus), seenDouble.substr(plus + 1)};
        GenePerturbationOptions o;
        o.maxControlCells = 40;
        const auto automatic = perturbGenes(model, perturbedDataset(), pair, o);
        QVERIFY(automatic.seenInTraining && !automatic.sumOfSingles);
        o.doubles = DoubleComposition::Joint;
        QCOMPARE(perturbGenes(model, perturbedDataset(), pair, o).predicted, automatic.predicted);
        o.doubles = DoubleComposition::SumOfSingles;
        const auto sum = perturbGenes(model, perturbedDataset(), pair, o);
        QVERIFY(sum.sumOfSingles);
        const auto a = perturbGenes(model, perturbedDataset(), {pair[0]}, o);
        const auto b = perturbGenes(model, perturbedDataset(), {pair[1]}, o);
        const auto context = scorePerturbation(perturbedDataset(), model, sum).controlValues;
        QCOMPARE(context.size(), sum.predicted.size());
        std::size_t compared = 0, differsFromJoint = 0;
        for (std::size_t i = 0; i < context.size(); ++i) {
            if (sum.predicted[i] <= 0 || a.predicted[i] <= 0 || b.predicted[i] <= 0) continue;  // clipped
            ++compared;
            const float expected = a.predicted[i] + b.predicted[i] - context[i];
            QVERIFY2(std::abs(sum.predicted[i] - expected) < 1e-4f,
                     qPrintable(QString("%1 vs %2").arg(sum.predicted[i]).arg(expected)));
            differsFromJoint += std::abs(sum.predicted[i] - automatic.predicted[i]) > 1e-4f;
        }
        QVERIFY(compared > sum.predicted.size() / 4);
        QVERIFY(differsFromJoint > 0);
        // Scored against the cells measured under the double, GEARS's metrics on the same means.
        const auto score = scorePerturbation(perturbedDataset(), model, automatic);
        std::int64_t measured = 0;
        for (const auto& l : column(perturbedDataset(), "perturbation")) measured += l == seenDouble;
        QCOMPARE(static_cast<std::int64_t>(score.observedCells.size()), measured);
        QVERIFY(score.geneReport);
        QCOMPARE(score.geneReport->pearsonDeltaTop,
                 metrics::scoreGenePerturbation(score.controlMean, score.observedMean, score.predictedMean)
                     .pearsonDeltaTop);
        // Two genes never perturbed together: the automatic choice sums.
        o.doubles = DoubleComposition::Auto;
        const auto& nodes = model.geneGraph().genes;
        const auto unseen = perturbGenes(model, perturbedDataset(), {nodes.front(), nodes.back()}, o);
        QVERIFY(!unseen.seenInTraining && unseen.sumOfSingles);
    }

    void theModelFileKeepsTheGraphAndResumesExactly() {
        auto c = config(4);
        const auto straight = train(perturbedDataset(), c);
        c.train.epochs = 2;
        TrainOptions first;
        first.checkpoint = path("half.pt");
        train(perturbedDataset(), c, nullProgress(), first);
        const auto half = Model::load(first.checkpoint);
        QCOMPARE(half.geneGraph().genes, straight.geneGraph().genes);
        QCOMPARE(half.geneGraph().edges.size(), straight.geneGraph().edges.size());
        for (std::size_t e = 0; e < half.geneGraph().edges.size(); ++e) {
            QCOMPARE(half.geneGraph().edges[e].from, straight.geneGraph().edges[e].from);
            QCOMPARE(half.geneGraph().edges[e].weight, straight.geneGraph().edges[e].weight);
        }
        QCOMPARE(half.trainedPerturbations(), straight.trainedPerturbations());
        c.train.epochs = 4;
        TrainOptions second;
        second.resumeFrom = first.checkpoint;
        const auto resumed = train(perturbedDataset(), c, nullProgress(), second);
        QCOMPARE(test::losses(resumed), test::losses(straight));
        GenePerturbationOptions o;
        o.sampling.steps = 5;
        o.maxControlCells = 20;
        const auto genes = std::vector<std::string>{singles()[0], singles()[1]};  // a double never seen
        QCOMPARE(perturbGenes(resumed, perturbedDataset(), genes, o).predicted,
                 perturbGenes(straight, perturbedDataset(), genes, o).predicted);
    }

    void evaluationHoldsOutWholePerturbationsBesideTheBaselines() {
        EvaluationOptions o;
        o.config = config(10);
        o.unseenGeneFraction = 0.3;
        o.maxControlCells = 30;
        o.sampling.steps = 5;
        const auto report = evaluate(perturbedDataset(), o);
        QCOMPARE(report.runs.size(), std::size_t{1});
        const auto& run = report.runs.front();
        QVERIFY(!run.heldOutPerturbations.empty());
        QCOMPARE(run.heldOutKinds.size(), run.heldOutPerturbations.size());
        std::vector<std::string> methods;
        for (const auto& m : run.methods) methods.push_back(m.method);
        QCOMPARE(methods, (std::vector<std::string>{
                              "scDiff", "no change (control mean)", "mean change of the training perturbations",
                              "nearest seen single (gene graph)", "additive (doubles with both genes seen)"}));
        QVERIFY(std::isfinite(run.methods[0].metrics.at("pearson_delta_top20")));
        QVERIFY(std::isnan(run.methods[1].metrics.at("pearson_delta_top20")));  // no change has no correlation
        QVERIFY(run.methods[1].metrics.at("mse_top20") > 0);
        QVERIFY(!run.methods[4].metrics.count("pearson_delta_top20"));  // additive: doubles only, per kind
        QCOMPARE(report.verdict.metric, std::string("pearson_delta_top20"));
        const auto json = toJson(report);
        QVERIFY(json.find("\"held_out_perturbations\"") != std::string::npos);
        QVERIFY(json.find(run.heldOutPerturbations.front()) != std::string::npos);
        QVERIFY(report.verdict.bestBaseline != "no change (control mean)");
    }

    // The held-out perturbations a user names (in any spelling of the label) are the ones held out; an unknown one
    // is refused by name.
    void evaluationHoldsOutTheNamedPerturbations() {
        std::string single, pair;
        for (const auto& l : column(perturbedDataset(), "perturbation")) {
            if (l != "ctrl" && l.find('+') == std::string::npos) single = l;
            if (l.find('+') != std::string::npos) pair = l;
        }
        QVERIFY(!single.empty() && !pair.empty());
        const auto plus = pair.find('+');
        const std::string reversed = pair.substr(plus + 1) + "+" + pair.substr(0, plus);  // B+A for A+B
        EvaluationOptions o;
        o.config = config(2);
        o.maxControlCells = 20;
        o.testPerturbations = {reversed, single + "+ctrl"};
        const auto report = evaluate(perturbedDataset(), o);
        auto held = report.runs.front().heldOutPerturbations;
        std::sort(held.begin(), held.end());
        auto expected = std::vector<std::string>{prior::parsePerturbationLabel(pair).canonical(), single};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(held, expected);
        QVERIFY(report.runs.front().protocol.find("the perturbations named") != std::string::npos);
        o.testPerturbations = {"NOTAPERTURBATION"};
        try {
            evaluate(perturbedDataset(), o);
            QFAIL("an unknown held-out perturbation was accepted");
        } catch (const InvalidInput& e) {
            QVERIFY2(std::string(e.what()).find("NOTAPERTURBATION") != std::string::npos, e.what());
        }
    }

    // The training settings' held-out perturbations (any spelling of their labels): their cells are left out of
    // training, so the model predicts them zero-shot; the check names one the dataset lacks and refuses the control;
    // evaluating those settings holds out the same perturbations.
    void heldOutPerturbationsAreLeftOutOfTraining() {
        std::string single, pair;
        for (const auto& l : column(perturbedDataset(), "perturbation")) {
            if (l != "ctrl" && l.find('+') == std::string::npos) single = l;
            if (l.find('+') != std::string::npos) pair = l;
        }
        const auto plus = pair.find('+');
        const std::string reversed = pair.substr(plus + 1) + "+" + pair.substr(0, plus);
        const std::string canonicalPair = prior::parsePerturbationLabel(pair).canonical();
        auto c = config(1);
        c.keys.heldOutPerturbations = single + "+ctrl, " + reversed;
        QCOMPARE(heldOutPerturbations(c.keys),
                 (std::vector<std::string>{std::min(single, canonicalPair), std::max(single, canonicalPair)}));
        QVERIFY(taskProblems(perturbedDataset(), c).empty());
        const auto model = train(perturbedDataset(), c);
        const auto& trained = model.trainedPerturbations();
        QVERIFY(std::find(trained.begin(), trained.end(), single) == trained.end());
        QVERIFY(std::find(trained.begin(), trained.end(), canonicalPair) == trained.end());
        // Every other measured perturbation was trained on.
        QCOMPARE(trained.size(), measuredPerturbations(perturbedDataset(), c.keys).size() - 2);
        QCOMPARE(model.config().keys.heldOutPerturbations, c.keys.heldOutPerturbations);  // kept in the model file
        GenePerturbationOptions o;
        o.sampling.steps = 2;
        QVERIFY(!perturbGenes(model, perturbedDataset(), {single}, o).seenInTraining);

        auto unknown = c;
        unknown.keys.heldOutPerturbations = "NOTAPERTURBATION";
        auto problems = taskProblems(perturbedDataset(), unknown);
        QCOMPARE(problems.size(), std::size_t{1});
        QCOMPARE(problems.front().field, std::string("keys.held_out_perturbations"));
        QVERIFY2(problems.front().message.find("'NOTAPERTURBATION' does not occur in obs column 'perturbation'") !=
                     std::string::npos,
                 problems.front().message.c_str());
        unknown.keys.heldOutPerturbations = "ctrl";
        problems = taskProblems(perturbedDataset(), unknown);
        QVERIFY(problems.size() == 1 && problems.front().message.find("is the control") != std::string::npos);

        EvaluationOptions e;
        e.config = config(1);
        e.config.keys.heldOutPerturbations = single;
        e.maxControlCells = 20;
        const auto report = evaluate(perturbedDataset(), e);
        QCOMPARE(report.runs.front().heldOutPerturbations, std::vector<std::string>{single});
    }

    void badInputGetsOneClearSentence() {
        const auto model = train(perturbedDataset(), config(1));
        auto message = [&](auto&& f) {
            try {
                f();
            } catch (const Error& e) {
                return std::string(e.what());
            }
            return std::string("no error");
        };
        auto m = message([&] { perturbGenes(model, perturbedDataset(), {"NOTAGENE"}); });
        QVERIFY2(m.find("NOTAGENE") != std::string::npos && m.find("gene graph") != std::string::npos, m.c_str());
        m = message([&] { perturbGenes(model, perturbedDataset(), {"GENE001", "GENE002", "GENE003"}); });
        QVERIFY2(m.find("one or two genes") != std::string::npos, m.c_str());
        // A malformed label names the cell.
        AnnData broken = perturbedDataset();
        auto labels = column(broken, "perturbation");
        labels[3] = "GENE001++GENE002";
        broken.obs.set("perturbation", Categorical::fromLabels(labels));
        m = message([&] { train(broken, config(1)); });
        QVERIFY2(m.find(broken.obs.index[3]) != std::string::npos && m.find("GENE001++GENE002") != std::string::npos,
                 m.c_str());
        // A graph file that does not exist.
        auto c = config(1);
        c.model.geneGraph = path("missing.tsv");
        m = message([&] { train(perturbedDataset(), c); });
        QVERIFY2(m.find("missing.tsv") != std::string::npos, m.c_str());
        // A model of another task.
        const auto annotation = train(test::tinyDataset(), test::tinyConfig(Task::Annotation, 1));
        m = message([&] { perturbGenes(annotation, perturbedDataset(), {"GENE001"}); });
        QVERIFY2(m.find("not trained for gene perturbation") != std::string::npos, m.c_str());
    }
};

QTEST_GUILESS_MAIN(EngineGenePerturbationTest)
#include "test_engine_gene_perturbation.moc"
