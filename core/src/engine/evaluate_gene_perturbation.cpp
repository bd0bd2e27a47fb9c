// `scdiff evaluate gene-perturbation`: GEARS's protocol (Roohani et al. 2023). Whole perturbations are held out
// (unseen singles, doubles with 0, 1 or 2 genes seen alone), the model trains on the control cells and the
// other perturbations, and each held-out perturbation is predicted from control cells and scored by the Pearson
// of its mean change (over all genes and its top-20 DE genes) and the MSE on those genes, beside GEARS's
// comparisons on the same split: no change, the mean change of the training perturbations, the nearest seen
// single in the gene graph, and for doubles whose genes were both seen alone the sum of their changes.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "dataset_inputs.hpp"
#include "evaluation_data.hpp"
#include "scdiff/baselines.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/gene_perturbation_metrics.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::engine {

namespace {

// The per-perturbation scores of one method, averaged into the run's metrics (NaN scores left out: a
// prediction of no change has no Pearson).
class ScoreSheet {
public:
    // overall false: a method that predicts only some kinds (the additive doubles) is scored per kind only, so its
    // overall mean is not compared with means over every held-out perturbation.
    void add(metrics::HeldOutKind kind, const metrics::GenePerturbationScore& s, bool overall = true) {
        if (overall) {
            push("pearson_delta_top20", s.pearsonDeltaTop);
            push("pearson_delta_all", s.pearsonDeltaAll);
            push("mse_top20", s.mseTop);
        }
        push("top20_" + kindKey(kind), s.pearsonDeltaTop);
    }
    std::map<std::string, double> means() const {
        std::map<std::string, double> out;
        for (const auto& [key, values] : values_) {
            double sum = 0;
            int n = 0;
            for (double v : values)
                if (std::isfinite(v)) sum += v, ++n;
            out[key] = n ? sum / n : NAN;
        }
        return out;
    }

private:
    static std::string kindKey(metrics::HeldOutKind kind) {
        switch (kind) {
            case metrics::HeldOutKind::UnseenSingle:
                return "unseen_single";
            case metrics::HeldOutKind::DoubleNoneSeen:
                return "double_0_seen";
            case metrics::HeldOutKind::DoubleOneSeen:
                return "double_1_seen";
            case metrics::HeldOutKind::DoubleBothSeen:
                return "double_2_seen";
        }
        return "other";
    }
    void push(const std::string& key, double v) { values_[key].push_back(v); }
    std::map<std::string, std::vector<double>> values_;
};

std::vector<double> plus(const std::vector<double>& a, const std::vector<double>& b) {
    std::vector<double> out(a.size());
    for (std::size_t j = 0; j < a.size(); ++j) out[j] = a[j] + b[j];
    return out;
}

// The indices (into names, the dataset's canonical perturbation labels) of the perturbations the user held out.
std::vector<std::int64_t> namedTest(const EvaluationOptions& o, const std::vector<std::string>& names) {
    std::vector<std::int64_t> out;
    for (const auto& label : o.testPerturbations) {
        const auto parsed = prior::parsePerturbationLabel(label, controlValues(o.config.keys));
        if (parsed.control()) throw InvalidInput("'" + label + "' is a control value, not a perturbation to hold out");
        const auto it = std::find(names.begin(), names.end(), parsed.canonical());
        if (it == names.end()) {
            std::string some;
            for (std::size_t i = 0; i < names.size() && i < 8; ++i) some += (i ? ", " : "") + names[i];
            throw InvalidInput("the held-out perturbation '" + label + "' is not in obs['" +
                               o.config.keys.conditionKey + "'] (" + std::to_string(names.size()) +
                               " perturbations: " + some + (names.size() > 8 ? ", ..." : "") + ")");
        }
        out.push_back(static_cast<std::int64_t>(it - names.begin()));
    }
    return out;
}

}  // namespace

EvaluationRun genePerturbationRun(const AnnData& data, const EvaluationOptions& o, int k, Progress& progress) {
    const auto& keys = o.config.keys;
    const auto labels = perturbationLabels(data, keys);
    // The distinct perturbations (canonical label -> genes, cells) and the control cells.
    std::map<std::string, std::vector<std::string>> genesOf;
    std::map<std::string, std::vector<std::int64_t>> cellsOf;
    std::vector<std::int64_t> controls;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i].control()) {
            controls.push_back(static_cast<std::int64_t>(i));
            continue;
        }
        const auto name = labels[i].canonical();
        auto genes = labels[i].genes;
        std::sort(genes.begin(), genes.end());
        genesOf[name] = genes;
        cellsOf[name].push_back(static_cast<std::int64_t>(i));
    }
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> perturbations;
    for (const auto& [name, genes] : genesOf) {
        names.push_back(name);
        perturbations.push_back(genes);
    }
    EvaluationRun run;
    run.splitSeed = o.splitSeed + static_cast<std::uint64_t>(k);
    run.trainSeed = o.config.train.seed + static_cast<std::uint64_t>(k);
    const auto split = o.testPerturbations.empty()
                           ? metrics::genePerturbationSplit(perturbations, o.unseenGeneFraction, run.splitSeed)
                           : metrics::namedGenePerturbationSplit(perturbations, namedTest(o, names));

    std::vector<std::int64_t> trainCells = controls;
    baselines::SeenPerturbations seen;
    const auto& x = std::get<SparseMatrix>(*data.X);
    const auto controlMean = metrics::meanOfRows(x, controls);
    for (auto p : split.train) {
        const auto& name = names[static_cast<std::size_t>(p)];
        const auto& cells = cellsOf.at(name);
        trainCells.insert(trainCells.end(), cells.begin(), cells.end());
        seen.genes.push_back(genesOf.at(name));
        auto delta = metrics::meanOfRows(x, cells);
        for (std::size_t j = 0; j < delta.size(); ++j) delta[j] -= controlMean[j];
        seen.delta.push_back(std::move(delta));
    }
    std::sort(trainCells.begin(), trainCells.end());

    RunConfig config = o.config;
    config.train.seed = run.trainSeed;
    progress.stage(runLabel(k, o.repeats) + "training on the control cells and " + std::to_string(split.train.size()) +
                   " perturbations");
    const auto trainStart = std::chrono::steady_clock::now();
    const auto model = train(preprocess::subsetObs(data, trainCells), config, progress);
    double scdiffSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - trainStart).count();
    const auto& graph = model.geneGraph();

    // The held-out perturbations the graph can condition (both methods and baselines are scored on these).
    std::vector<std::size_t> scored;
    std::vector<std::string> outsideGraph;
    for (std::size_t t = 0; t < split.test.size(); ++t) {
        const auto& name = names[static_cast<std::size_t>(split.test[t])];
        if (graphGenes(graph, genesOf.at(name)))
            scored.push_back(t);
        else
            outsideGraph.push_back(name);
    }
    if (scored.empty()) throw InvalidInput("none of the held-out perturbations has all its genes in the gene graph");
    std::map<std::int32_t, std::unordered_map<std::int32_t, float>> weight;  // the graph's similarity, both ways
    for (const auto& e : graph.edges) {
        weight[e.from][e.to] = std::max(weight[e.from][e.to], e.weight);
        weight[e.to][e.from] = std::max(weight[e.to][e.from], e.weight);
    }
    std::unordered_map<std::string, std::int32_t> nodeOf;  // called for every (held-out gene, seen single) pair
    for (std::size_t i = 0; i < graph.genes.size(); ++i) nodeOf.emplace(graph.genes[i], static_cast<std::int32_t>(i));
    auto similarity = [&](const std::string& a, const std::string& b) -> double {
        const auto na = nodeOf.find(a), nb = nodeOf.find(b);
        if (na == nodeOf.end() || nb == nodeOf.end()) return 0;
        const auto ia = na->second, ib = nb->second;
        const auto row = weight.find(ia);
        if (row == weight.end()) return 0;
        const auto it = row->second.find(ib);
        return it == row->second.end() ? 0 : it->second;
    };

    ScoreSheet scdiff, noChange, meanChange, nearest, additive;
    GenePerturbationOptions po;
    po.sampling = o.sampling;
    po.maxControlCells = o.maxControlCells;
    po.doubles = o.doubles;
    for (std::size_t i = 0; i < scored.size(); ++i) {
        const auto t = scored[i];
        const auto& name = names[static_cast<std::size_t>(split.test[t])];
        const auto& genes = genesOf.at(name);
        const auto kind = split.kind[t];
        run.heldOutPerturbations.push_back(name);
        run.heldOutKinds.push_back(metrics::heldOutKindName(kind));
        const auto observed = metrics::meanOfRows(x, cellsOf.at(name));
        progress.stage(runLabel(k, o.repeats) + "predicting held-out perturbation " + std::to_string(i + 1) + "/" +
                       std::to_string(scored.size()) + " (" + name + ", " + metrics::heldOutKindName(kind) + ")");
        const auto start = std::chrono::steady_clock::now();
        const auto predicted = perturbGenes(model, data, genes, po, progress);
        scdiffSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // The change predicted on the control cells it started from, added to the mean of all control cells (the
        // cells it started from are a subset when maxControlCells is below their number).
        std::vector<double> change(controlMean.size());
        for (std::size_t j = 0; j < change.size(); ++j)
            change[j] = predicted.predictedMean[j] - predicted.controlMean[j];
        scdiff.add(kind, metrics::scoreGenePerturbation(controlMean, observed, plus(controlMean, change)));
        noChange.add(kind, metrics::scoreGenePerturbation(controlMean, observed, controlMean));
        meanChange.add(kind, metrics::scoreGenePerturbation(controlMean, observed,
                                                            plus(controlMean, baselines::meanChangePrediction(seen))));
        nearest.add(kind, metrics::scoreGenePerturbation(
                              controlMean, observed,
                              plus(controlMean, baselines::nearestSeenPrediction(seen, genes, similarity))));
        if (const auto sum = baselines::additivePrediction(seen, genes))
            additive.add(kind, metrics::scoreGenePerturbation(controlMean, observed, plus(controlMean, *sum)), false);
    }
    run.protocol = std::to_string(split.test.size()) + " perturbations held out (" +
                   std::to_string(split.unseenGenes.size()) + " genes unseen alone; " +
                   (o.testPerturbations.empty()
                        ? "GEARS's simulation split, " +
                              std::to_string(static_cast<int>(std::lround(o.unseenGeneFraction * 100))) + " %"
                        : std::string("the perturbations named")) +
                   "), " + std::to_string(split.train.size()) + " and " + std::to_string(controls.size()) +
                   " control cells trained on";
    if (!outsideGraph.empty())
        run.protocol += "; " + std::to_string(outsideGraph.size()) +
                        " held-out perturbation(s) with a gene outside "
                        "the graph not scored";
    // scDiff's seconds: training plus prediction (the baselines are sums of means: no time worth counting).
    run.methods.push_back({"scDiff", scdiff.means(), scdiffSeconds});
    run.methods.push_back({"no change (control mean)", noChange.means(), 0});
    run.methods.push_back({"mean change of the training perturbations", meanChange.means(), 0});
    run.methods.push_back({"nearest seen single (gene graph)", nearest.means(), 0});
    run.methods.push_back({"additive (doubles with both genes seen)", additive.means(), 0});
    return run;
}

}  // namespace scdiff::engine
