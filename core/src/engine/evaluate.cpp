// `scdiff evaluate`: the paper's protocol per task, with the simple baselines on the same split in the
// same run (docs/method.md section 6), repeated over splits or held-out cell types.
#include "scdiff/engine/evaluate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <iomanip>
#include <sstream>

#include "dataset_inputs.hpp"
#include "evaluation_data.hpp"
#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/baselines.hpp"
#include "scdiff/engine/budget.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::engine {

// A dataset of the given cells and genes whose X is the given log-normalised matrix (marked as such).
AnnData withX(const DataFrame& obs, std::vector<std::string> genes, SparseMatrix x) {
    AnnData copy;
    copy.obs = obs;
    copy.var.index = std::move(genes);
    copy.X = std::move(x);
    Dict rec;
    rec.set("log1p", NDArray::scalar<bool>(true));
    copy.uns.set("scdiff_preprocess", std::move(rec));
    return copy;
}

AnnData evaluationData(const AnnData& input, RunConfig& config) {
    const auto source = expression::view(input, config.keys.expression);
    config.keys.expression = "X";
    // The genes are chosen once, on every cell (an unsupervised choice, as made before any split), so that
    // scDiff and the baselines are scored on the same genes.
    SparseMatrix x = expression::logNormalised(source);
    std::vector<std::string> genes = source.geneNames();
    if (config.genes.highlyVariable > 0) {
        auto selected = selectGenes(x, genes, config.genes, geneSelectionBatches(input, config));
        x = selectedColumns(std::move(x), selected);
        genes = std::move(selected.names);
        config.genes = GeneSelection{};
    }
    return withX(input.obs, std::move(genes), std::move(x));
}

std::map<std::string, double> classificationMetrics(const metrics::ClassificationReport& r) {
    return {{"macro_accuracy", r.macroAccuracy}, {"macro_f1", r.macroF1}, {"accuracy", r.accuracy}};
}

std::string fixed(double v, int digits) {
    if (!std::isfinite(v)) return "n/a";
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

std::string runLabel(int k, int repeats) {
    return repeats > 1 ? "run " + std::to_string(k + 1) + "/" + std::to_string(repeats) + ": " : std::string();
}

std::string meanSd(double mean, double sd) { return std::isfinite(sd) ? fixed(mean) + " ± " + fixed(sd) : fixed(mean); }

namespace {

std::string percent(double f) { return std::to_string(static_cast<int>(std::lround(f * 100))); }

// What the runs of one task share: the dataset on the engine's scale, prepared once: obs, the genes scored
// and X log-normalised (recorded as such, so nothing normalises it again).
struct Prepared {
    AnnData data;
    const SparseMatrix& x() const { return std::get<SparseMatrix>(*data.X); }
};

struct AnnotationDetails {
    std::vector<double> confidence;
    std::vector<bool> correct;
};

// Where the batch entered this run's network, when there is a batch ("auto" is resolved by then).
void recordBatchIn(EvaluationRun& run, const Model& model) {
    if (!model.config().keys.batchKey.empty()) run.batchIn = model.config().model.batchIn;
}

EvaluationRun annotationRun(const Prepared& p, const EvaluationOptions& o, int k, EvaluationReport& report,
                            AnnotationDetails& details, Progress& progress) {
    const auto& keys = o.config.keys;
    const auto labels = obsLabels(p.data, keys.labelKey, "cell-type labels");
    EvaluationRun run;
    run.splitSeed = o.splitSeed + static_cast<std::uint64_t>(k);
    run.trainSeed = o.config.train.seed + static_cast<std::uint64_t>(k);
    const auto split = metrics::stratifiedSplit(labels, o.testFraction, run.splitSeed);
    if (split.test.empty())
        throw InvalidInput("the held-out test set is empty; use more cells or a larger test fraction");
    std::vector<std::string> trainLabels, testLabels;
    for (auto r : split.train) trainLabels.push_back(labels[static_cast<std::size_t>(r)]);
    for (auto r : split.test) testLabels.push_back(labels[static_cast<std::size_t>(r)]);
    run.protocol = "stratified " + percent(o.testFraction) + " % of the cells held out (" +
                   std::to_string(split.test.size()) + " test cells, " + std::to_string(split.train.size()) +
                   " training cells)";
    RunConfig config = o.config;
    config.train.seed = run.trainSeed;
    metrics::ClassificationReport scdiffReport;
    run.methods.push_back(timed("scDiff", [&] {
        auto model = train(preprocess::subsetObs(p.data, split.train), config, progress);
        recordBatchIn(run, model);
        progress.stage(runLabel(k, o.repeats) + "annotating the held-out cells");
        auto result = annotate(model, preprocess::subsetObs(p.data, split.test), o.annotation, progress);
        scdiffReport = metrics::classification(testLabels, result.labels);
        std::vector<double> confidence(result.confidence.begin(), result.confidence.end());
        std::vector<bool> correct;
        for (std::size_t i = 0; i < testLabels.size(); ++i) correct.push_back(result.labels[i] == testLabels[i]);
        details.confidence.insert(details.confidence.end(), confidence.begin(), confidence.end());
        details.correct.insert(details.correct.end(), correct.begin(), correct.end());
        auto m = classificationMetrics(scdiffReport);
        m["ece"] = metrics::calibration(confidence, correct).ece;
        return m;
    }));
    if (k == 0) {
        report.confusion = scdiffReport.confusion;
        report.classes = scdiffReport.classes;
    }
    progress.stage(runLabel(k, o.repeats) + "baselines");
    run.methods.push_back(timed("logistic regression (PCA)", [&] {
        return classificationMetrics(metrics::classification(
            testLabels, baselines::logisticRegressionOnPca(p.x(), split.train, trainLabels, split.test)));
    }));
    run.methods.push_back(timed("CellTypist-like (standardised genes)", [&] {
        return classificationMetrics(metrics::classification(
            testLabels, baselines::standardisedLogisticRegression(p.x(), split.train, trainLabels, split.test)));
    }));
    run.methods.push_back(timed("kNN (PCA)", [&] {
        return classificationMetrics(
            metrics::classification(testLabels, baselines::knnClassifier(p.x(), split.train, trainLabels, split.test)));
    }));
    return run;
}

EvaluationRun imputationRun(const Prepared& p, const EvaluationOptions& o, int k, EvaluationReport& report,
                            Progress& progress) {
    EvaluationRun run;
    run.splitSeed = o.splitSeed + static_cast<std::uint64_t>(k);
    run.trainSeed = o.config.train.seed + static_cast<std::uint64_t>(k);
    const auto hidden = metrics::hideEntries(p.x(), o.hideFraction, run.splitSeed);
    if (hidden.values.empty()) throw InvalidInput("no entries could be hidden: X has no non-zero values");
    const AnnData observed = withX(p.data.obs, p.data.var.index, hidden.observed);
    run.protocol = percent(o.hideFraction) + " % of the non-zero entries hidden with probability ~ exp(-x) (" +
                   std::to_string(hidden.values.size()) + " entries)";
    auto score = [&](const std::vector<double>& imputed) {
        const auto r = metrics::imputation(hidden.values, imputed, hidden.rows);
        return std::map<std::string, double>{
            {"pearson", r.pearson}, {"rmse", r.rmse}, {"median_cell_pearson", r.medianCellPearson}};
    };
    RunConfig config = o.config;
    config.train.seed = run.trainSeed;
    run.methods.push_back(timed("scDiff", [&] {
        auto model = train(observed, config, progress);
        recordBatchIn(run, model);
        auto result = impute(model, observed, o.sampling, progress);
        std::vector<double> values;
        for (std::size_t e = 0; e < hidden.rows.size(); ++e)
            values.push_back(result.values[static_cast<std::size_t>(hidden.rows[e] * result.genes + hidden.cols[e])]);
        if (k == 0) report.hiddenImputed = values;
        return score(values);
    }));
    if (k == 0) report.hiddenTrue = hidden.values;
    progress.stage(runLabel(k, o.repeats) + "baselines");
    run.methods.push_back(timed(
        "gene mean", [&] { return score(baselines::geneMeanImpute(hidden.observed, hidden.rows, hidden.cols)); }));
    run.methods.push_back(timed("kNN smoothing (MAGIC-like)", [&] {
        return score(baselines::knnSmoothImpute(hidden.observed, hidden.rows, hidden.cols));
    }));
    return run;
}

// The cell types with both control and stimulated cells, sorted.
std::vector<std::string> typesToHoldOut(const std::vector<std::string>& types, const std::vector<std::string>& cond,
                                        const DataKeys& keys) {
    std::vector<std::string> out;
    for (const auto& t : vocabularyOf(types, keys.labelKey).classes) {
        bool hasControl = false, hasStim = false;
        for (std::size_t i = 0; i < types.size(); ++i) {
            if (types[i] != t) continue;
            hasControl |= cond[i] == keys.control;
            hasStim |= cond[i] == keys.stimulated;
        }
        if (hasControl && hasStim) out.push_back(t);
    }
    return out;
}

EvaluationRun perturbationRun(const Prepared& p, const EvaluationOptions& o, const std::string& heldOut,
                              std::uint64_t trainSeed, int k, EvaluationReport& report, Progress& progress) {
    RunConfig config = o.config;
    config.keys.heldOutType = heldOut;
    config.train.seed = trainSeed;
    const auto& keys = config.keys;
    checkTaskInputs(p.data, config);
    const auto types = obsLabels(p.data, keys.labelKey, "cell-type labels");
    const auto cond = obsLabels(p.data, keys.conditionKey, "perturbation state");
    std::vector<std::int64_t> heldControl, heldStim, otherControl, otherStim;
    for (std::int64_t i = 0; i < p.data.nObs(); ++i) {
        const auto u = static_cast<std::size_t>(i);
        const bool held = types[u] == heldOut;
        if (cond[u] == keys.control)
            (held ? heldControl : otherControl).push_back(i);
        else if (cond[u] == keys.stimulated)
            (held ? heldStim : otherStim).push_back(i);
    }
    if (heldStim.empty())
        throw InvalidInput("the held-out cell type '" + heldOut + "' has no " + keys.stimulated +
                           " cells to compare the prediction with");
    if (otherStim.empty() || otherControl.empty())
        throw InvalidInput("the other cell types need both " + keys.control + " and " + keys.stimulated + " cells");
    const auto controlMean = metrics::meanOfRows(p.x(), heldControl), trueStim = metrics::meanOfRows(p.x(), heldStim);

    EvaluationRun run;
    run.heldOutType = heldOut;
    run.trainSeed = trainSeed;
    run.protocol = "the " + keys.stimulated + " cells of '" + heldOut + "' (" + std::to_string(heldStim.size()) +
                   ") left out of training and predicted from its " + std::to_string(heldControl.size()) + " " +
                   keys.control + " cells";
    auto score = [&](const std::vector<double>& predicted, bool keep) {
        const auto r = metrics::perturbation(controlMean, trueStim, predicted, 100);
        if (keep && k == 0) {
            report.trueDelta = r.trueDelta;
            report.predictedDelta = r.predictedDelta;
        }
        return std::map<std::string, double>{{"r2_top100_de", r.r2TopDE}, {"r2_all_genes", r.r2All}};
    };
    run.methods.push_back(timed("scDiff", [&] {
        auto model = train(p.data, config, progress);
        recordBatchIn(run, model);
        auto result = perturb(model, p.data, heldOut, {o.sampling, o.pairedPerturbation, o.heldOutToken}, progress);
        return score(metrics::meanOfRows(result.predicted, result.geneNames.size()), true);
    }));
    progress.stage(runLabel(k, o.repeats) + "baselines");
    run.methods.push_back(timed("mean shift (Vec arithmetic)", [&] {
        return score(baselines::meanShiftPrediction(controlMean, metrics::meanOfRows(p.x(), otherControl),
                                                    metrics::meanOfRows(p.x(), otherStim)),
                     false);
    }));
    if (k == 0) report.configJson = toJson(config);
    return run;
}

void runPerturbation(const Prepared& p, const EvaluationOptions& o, EvaluationReport& report, Progress& progress) {
    const auto& keys = o.config.keys;
    const auto types = obsLabels(p.data, keys.labelKey, "cell-type labels");
    const auto cond = obsLabels(p.data, keys.conditionKey, "perturbation state");
    auto candidates = typesToHoldOut(types, cond, keys);
    if (candidates.empty())
        throw InvalidInput("no cell type has both " + keys.control + " and " + keys.stimulated + " cells to hold out");
    std::size_t first = 0;
    if (!keys.heldOutType.empty()) {
        const auto it = std::find(candidates.begin(), candidates.end(), keys.heldOutType);
        if (it == candidates.end()) {
            checkTaskInputs(p.data, o.config);  // names the problem (unknown type, no stimulated cells, ...)
            throw InvalidInput("the held-out cell type '" + keys.heldOutType + "' needs both " + keys.control +
                               " and " + keys.stimulated + " cells");
        }
        first = static_cast<std::size_t>(it - candidates.begin());
    }
    for (int k = 0; k < o.repeats; ++k) {
        const auto index = first + static_cast<std::size_t>(k);
        const auto& type = candidates[index % candidates.size()];
        const auto seed = o.config.train.seed + static_cast<std::uint64_t>(index / candidates.size());
        progress.stage(runLabel(k, o.repeats) + "holding out " + type);
        report.runs.push_back(perturbationRun(p, o, type, seed, k, report, progress));
    }
    report.protocol = o.repeats > 1
                          ? "each run holds out one cell type's " + keys.stimulated + " cells (" +
                                std::to_string(o.repeats) + " runs over " + std::to_string(candidates.size()) +
                                " eligible types): " + report.runs.front().protocol
                          : report.runs.front().protocol;
}

double meanOf(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? NAN : s / static_cast<double>(v.size());
}

double sdOf(const std::vector<double>& v) {
    if (v.size() < 2) return NAN;
    const double m = meanOf(v);
    double s = 0;
    for (double x : v) s += (x - m) * (x - m);
    return std::sqrt(s / static_cast<double>(v.size() - 1));
}

std::string metricInSentence(const std::string& metric) {
    if (metric == "macro_accuracy") return "macro accuracy";
    if (metric == "pearson") return "Pearson on the hidden entries";
    if (metric == "r2_top100_de") return "R² of the change on the top-100 DE genes";
    if (metric == "pearson_delta_top20") return "Pearson of the change on each held-out perturbation's top-20 DE genes";
    return metric;
}

}  // namespace

const char* primaryMetric(Task task) {
    switch (task) {
        case Task::Annotation:
            return "macro_accuracy";
        case Task::Imputation:
            return "pearson";
        case Task::Perturbation:
            return "r2_top100_de";
        case Task::GenePerturbation:
            return "pearson_delta_top20";
    }
    return "";
}

std::vector<MethodSummary> summarise(const std::vector<EvaluationRun>& runs) {
    std::vector<MethodSummary> out;
    if (runs.empty()) return out;
    for (const auto& m : runs.front().methods) {
        MethodSummary s;
        s.method = m.method;
        std::map<std::string, std::vector<double>> values;
        std::vector<double> seconds;
        for (const auto& run : runs)
            for (const auto& rm : run.methods) {
                if (rm.method != m.method) continue;
                for (const auto& [k, v] : rm.metrics) values[k].push_back(v);
                seconds.push_back(rm.seconds);
            }
        for (const auto& [k, v] : values) {
            s.mean[k] = meanOf(v);
            s.sd[k] = sdOf(v);
        }
        s.seconds = meanOf(seconds);
        s.runs = static_cast<int>(seconds.size());
        out.push_back(std::move(s));
    }
    return out;
}

Verdict verdictOf(Task task, const std::vector<EvaluationRun>& runs) {
    Verdict v;
    v.metric = primaryMetric(task);
    const auto summary = summarise(runs);
    auto value = [&](const std::map<std::string, double>& m) {
        const auto it = m.find(v.metric);
        return it == m.end() ? NAN : it->second;
    };
    const MethodSummary* scdiff = nullptr;
    const MethodSummary* baseline = nullptr;
    for (const auto& s : summary) {
        if (s.method == "scDiff")
            scdiff = &s;
        else if (std::isfinite(value(s.mean)) && (!baseline || value(s.mean) > value(baseline->mean)))
            baseline = &s;
    }
    if (!scdiff || !baseline) return v;
    v.scdiffMean = value(scdiff->mean);
    v.scdiffSd = value(scdiff->sd);
    v.bestBaseline = baseline->method;
    v.baselineMean = value(baseline->mean);
    v.baselineSd = value(baseline->sd);
    v.scdiffBest = v.scdiffMean >= v.baselineMean;
    v.best = v.scdiffBest ? "scDiff" : v.bestBaseline;
    for (const auto& run : runs) {  // the same split for both: count the runs scDiff won
        double a = NAN, b = NAN;
        for (const auto& m : run.methods) {
            if (m.method == "scDiff") a = value(m.metrics);
            if (m.method == v.bestBaseline) b = value(m.metrics);
        }
        if (!std::isfinite(a) || !std::isfinite(b)) continue;
        ++v.runs;
        if (a > b) ++v.scdiffAhead;
        if (a == b) ++v.ties;
    }
    const std::string what = metricInSentence(v.metric);
    const std::string over = v.runs > 1 ? " over " + std::to_string(v.runs) + " runs" : " in one run";
    std::ostringstream s;
    if (v.scdiffBest)
        s << "scDiff scores highest on " << what << ": " << meanSd(v.scdiffMean, v.scdiffSd) << " vs "
          << meanSd(v.baselineMean, v.baselineSd) << " for " << v.bestBaseline << ", the best baseline" << over;
    else
        s << v.bestBaseline << " is better than scDiff on this dataset (" << what << " "
          << meanSd(v.baselineMean, v.baselineSd) << " vs " << meanSd(v.scdiffMean, v.scdiffSd) << over << ")";
    if (v.runs > 1) {
        const int ahead = v.winnerAhead();
        s << "; " << (v.scdiffBest ? "scDiff" : v.bestBaseline) << " was ahead in " << ahead << " of " << v.runs
          << " runs";
        if (v.ties > 0) s << " (" << v.ties << " tied)";
        if (ahead < v.runs) s << ", so the difference is within the run-to-run spread";
    } else {
        s << "; one split only: repeat over several (--repeats) to see the spread";
    }
    s << ".";
    v.sentence = s.str();
    return v;
}

EvaluationReport evaluate(const AnnData& input, const EvaluationOptions& options, Progress& progress) {
    if (options.repeats < 1) throw InvalidInput("the number of evaluation runs (repeats) must be at least 1");
    checkTaskInputs(input, options.config);
    EvaluationOptions o = options;  // every run below reads the prepared X: the source, log-normalised
    const Prepared p{evaluationData(input, o.config)};

    EvaluationReport report;
    report.task = o.config.task;
    report.genes = p.data.var.index;
    AnnotationDetails details;
    switch (o.config.task) {
        case Task::Annotation:
            for (int k = 0; k < o.repeats; ++k)
                report.runs.push_back(annotationRun(p, o, k, report, details, progress));
            report.calibration = metrics::calibration(details.confidence, details.correct);
            break;
        case Task::Imputation:
            for (int k = 0; k < o.repeats; ++k) report.runs.push_back(imputationRun(p, o, k, report, progress));
            break;
        case Task::Perturbation:
            runPerturbation(p, o, report, progress);
            break;
        case Task::GenePerturbation: {
            // Perturbations the training settings hold out are the ones the evaluation holds out (unless it names
            // its own); the split leaves them out of training, so the setting itself is not applied again.
            EvaluationOptions split = o;
            if (split.testPerturbations.empty()) split.testPerturbations = heldOutPerturbations(o.config.keys);
            split.config.keys.heldOutPerturbations.clear();
            for (int k = 0; k < o.repeats; ++k) report.runs.push_back(genePerturbationRun(p.data, split, k, progress));
            break;
        }
    }
    if (o.config.task != Task::Perturbation)
        report.protocol = o.repeats > 1
                              ? std::to_string(o.repeats) + " runs (split seeds " + std::to_string(o.splitSeed) + "-" +
                                    std::to_string(o.splitSeed + static_cast<std::uint64_t>(o.repeats) - 1) +
                                    "), each: " + report.runs.front().protocol
                              : report.runs.front().protocol;
    report.summary = summarise(report.runs);
    report.verdict = verdictOf(report.task, report.runs);
    if (report.configJson.empty()) {
        report.configJson = toJson(options.config);
    } else {  // perturbation records the held-out type it chose; the source and genes are the caller's
        RunConfig used = runConfigFromJson(report.configJson);
        used.keys.expression = options.config.keys.expression;
        used.genes = options.config.genes;
        used.train.seed = options.config.train.seed;
        report.configJson = toJson(used);
    }
    return report;
}

std::string toJson(const EvaluationReport& r) {
    auto number = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); };
    auto metricsJson = [&](const std::map<std::string, double>& m) {
        nlohmann::json j = nlohmann::json::object();
        for (const auto& [k, v] : m) j[k] = number(v);
        return j;
    };
    nlohmann::json j;
    j["task"] = taskName(r.task);
    j["protocol"] = r.protocol;
    j["config"] = nlohmann::json::parse(r.configJson);
    auto& methods = j["methods"] = nlohmann::json::array();  // the summary: mean (metrics) and sd over the runs
    for (const auto& s : r.summary)
        methods.push_back({{"method", s.method},
                           {"metrics", metricsJson(s.mean)},
                           {"sd", metricsJson(s.sd)},
                           {"seconds", s.seconds},
                           {"runs", s.runs}});
    auto& runs = j["runs"] = nlohmann::json::array();
    for (const auto& run : r.runs) {
        nlohmann::json rj = {{"protocol", run.protocol}, {"train_seed", run.trainSeed}};
        if (!run.batchIn.empty()) rj["batch_in"] = run.batchIn;
        if (run.heldOutType.empty())
            rj["split_seed"] = run.splitSeed;
        else
            rj["held_out_type"] = run.heldOutType;
        if (!run.heldOutPerturbations.empty()) {  // gene perturbation: what each run held out, and of which kind
            rj["held_out_perturbations"] = run.heldOutPerturbations;
            rj["held_out_kinds"] = run.heldOutKinds;
        }
        auto& rm = rj["methods"] = nlohmann::json::array();
        for (const auto& m : run.methods)
            rm.push_back({{"method", m.method}, {"metrics", metricsJson(m.metrics)}, {"seconds", m.seconds}});
        runs.push_back(std::move(rj));
    }
    j["verdict"] = {{"metric", r.verdict.metric},
                    {"best", r.verdict.best},
                    {"scdiff_best", r.verdict.scdiffBest},
                    {"best_baseline", r.verdict.bestBaseline},
                    {"runs", r.verdict.runs},
                    {"scdiff_ahead", r.verdict.scdiffAhead},
                    {"ties", r.verdict.ties},
                    {"sentence", r.verdict.sentence}};
    if (!r.confusion.empty()) j["confusion"] = {{"classes", r.classes}, {"matrix", r.confusion}};
    if (r.calibration.cells > 0) {
        auto& bins = j["calibration"]["bins"] = nlohmann::json::array();
        for (const auto& b : r.calibration.bins)
            bins.push_back({{"lower", b.lower},
                            {"upper", b.upper},
                            {"mean_confidence", b.meanConfidence},
                            {"accuracy", b.accuracy},
                            {"cells", b.count}});
        j["calibration"]["ece"] = r.calibration.ece;
        j["calibration"]["mean_confidence"] = r.calibration.meanConfidence;
        j["calibration"]["accuracy"] = r.calibration.accuracy;
        j["calibration"]["cells"] = r.calibration.cells;
    }
    return j.dump(2);
}

std::string toTable(const EvaluationReport& r) {
    std::ostringstream s;
    s << taskName(r.task) << ": " << r.protocol << "\n";
    if (r.summary.empty()) return s.str();
    std::vector<std::string> keys;
    for (const auto& [k, v] : r.summary.front().mean) keys.push_back(k);
    const bool spread = r.summary.front().runs > 1;
    const int width = spread ? 22 : 16;
    const auto widthOf = [&](const std::string& key) { return std::max<int>(width, static_cast<int>(key.size()) + 2); };
    int nameWidth = 38;
    for (const auto& m : r.summary) nameWidth = std::max(nameWidth, static_cast<int>(m.method.size()) + 2);
    s << std::left << std::setw(nameWidth) << "method";
    for (const auto& k : keys) s << std::right << std::setw(widthOf(k)) << k;
    s << std::setw(12) << "seconds"
      << "\n";
    for (const auto& m : r.summary) {
        s << std::left << std::setw(nameWidth) << m.method << std::right;
        for (const auto& k : keys) {
            const auto mean = m.mean.find(k), sd = m.sd.find(k);
            s << std::setw(widthOf(k))
              << (mean == m.mean.end() ? std::string("n/a")
                                       : meanSd(mean->second, sd == m.sd.end() ? NAN : sd->second));
        }
        s << std::setw(12) << fixed(m.seconds, 1) << "\n";
    }
    std::map<std::string, int> batchIn;  // runs per place the batch entered
    for (const auto& run : r.runs)
        if (!run.batchIn.empty()) ++batchIn[run.batchIn];
    if (!batchIn.empty()) {
        s << "where the batch entered scDiff's network:";
        const char* sep = " ";
        for (const auto& [place, runs] : batchIn) {
            s << sep << batchInPlace(place) << " in " << runs << " of " << r.runs.size() << " run"
              << (r.runs.size() == 1 ? "" : "s");
            sep = ", ";
        }
        s << "\n";
    }
    if (r.calibration.cells > 0)
        s << "scDiff confidence: mean " << fixed(r.calibration.meanConfidence) << " vs accuracy "
          << fixed(r.calibration.accuracy) << ", expected calibration error " << fixed(r.calibration.ece) << "\n";
    if (!r.verdict.sentence.empty()) s << r.verdict.sentence << "\n";
    return s.str();
}

}  // namespace scdiff::engine
