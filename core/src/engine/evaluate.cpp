// `scdiff evaluate`: the paper's protocol per task, with the simple baselines on the same split in the
// same run (SCDIFF_SPEC.md section 6).
#include "scdiff/engine/evaluate.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "dataset_inputs.hpp"
#include "scdiff/baselines.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/metrics.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::engine {

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

template <class F> MethodScore timed(const std::string& name, F&& run) {
    const auto start = Clock::now();
    MethodScore s{name, run(), 0};
    s.seconds = since(start);
    return s;
}

// A copy of the dataset whose X is the given log-normalised matrix (marked as such).
AnnData withX(const AnnData& data, SparseMatrix x) {
    AnnData copy;
    copy.obs = data.obs;
    copy.var = data.var;
    copy.X = std::move(x);
    Dict rec;
    rec.set("log1p", NDArray::scalar<bool>(true));
    copy.uns.set("scdiff_preprocess", std::move(rec));
    return copy;
}

std::map<std::string, double> classificationMetrics(const metrics::ClassificationReport& r) {
    return {{"macro_accuracy", r.macroAccuracy}, {"macro_f1", r.macroF1}, {"accuracy", r.accuracy}};
}

EvaluationReport evaluateAnnotation(const AnnData& data, const EvaluationOptions& o, Progress& progress) {
    const auto& keys = o.config.keys;
    const auto labels = obsLabels(data, keys.labelKey, "cell-type labels");
    const auto split = metrics::stratifiedSplit(labels, o.testFraction, o.splitSeed);
    if (split.test.empty()) throw InvalidInput("the held-out test set is empty; use more cells or a larger test fraction");
    std::vector<std::string> trainLabels, testLabels;
    for (auto r : split.train) trainLabels.push_back(labels[static_cast<std::size_t>(r)]);
    for (auto r : split.test) testLabels.push_back(labels[static_cast<std::size_t>(r)]);
    const auto x = logNormalisedX(data);
    const AnnData logData = withX(data, x);

    EvaluationReport report;
    report.task = Task::Annotation;
    report.protocol = "stratified " + std::to_string(static_cast<int>(std::lround(o.testFraction * 100))) +
                      " % of the cells held out (" + std::to_string(split.test.size()) + " test cells, " +
                      std::to_string(split.train.size()) + " training cells)";
    metrics::ClassificationReport scdiffReport;
    report.methods.push_back(timed("scDiff", [&] {
        auto model = train(preprocess::subsetObs(logData, split.train), o.config, progress);
        progress.stage("annotating the held-out cells");
        auto result = annotate(model, preprocess::subsetObs(logData, split.test), o.annotation, progress);
        scdiffReport = metrics::classification(testLabels, result.labels);
        return classificationMetrics(scdiffReport);
    }));
    report.confusion = scdiffReport.confusion;
    report.classes = scdiffReport.classes;
    progress.stage("baselines");
    report.methods.push_back(timed("logistic regression (PCA)", [&] {
        return classificationMetrics(metrics::classification(
            testLabels, baselines::logisticRegressionOnPca(x, split.train, trainLabels, split.test)));
    }));
    report.methods.push_back(timed("kNN (PCA)", [&] {
        return classificationMetrics(
            metrics::classification(testLabels, baselines::knnClassifier(x, split.train, trainLabels, split.test)));
    }));
    return report;
}

EvaluationReport evaluateImputation(const AnnData& data, const EvaluationOptions& o, Progress& progress) {
    const auto x = logNormalisedX(data);
    const auto hidden = metrics::hideEntries(x, o.hideFraction, o.splitSeed);
    if (hidden.values.empty()) throw InvalidInput("no entries could be hidden: X has no non-zero values");
    const AnnData observed = withX(data, hidden.observed);
    EvaluationReport report;
    report.task = Task::Imputation;
    report.protocol = std::to_string(static_cast<int>(std::lround(o.hideFraction * 100))) +
                      " % of the non-zero entries hidden with probability ~ exp(-x) (" +
                      std::to_string(hidden.values.size()) + " entries)";
    auto score = [&](const std::vector<double>& imputed) {
        const auto r = metrics::imputation(hidden.values, imputed, hidden.rows);
        return std::map<std::string, double>{{"pearson", r.pearson}, {"rmse", r.rmse}, {"median_cell_pearson", r.medianCellPearson}};
    };
    report.methods.push_back(timed("scDiff", [&] {
        auto model = train(observed, o.config, progress);
        auto result = impute(model, observed, o.sampling, progress);
        std::vector<double> values;
        for (std::size_t k = 0; k < hidden.rows.size(); ++k)
            values.push_back(result.values[static_cast<std::size_t>(hidden.rows[k] * result.genes + hidden.cols[k])]);
        report.hiddenImputed = values;
        return score(values);
    }));
    report.hiddenTrue = hidden.values;
    progress.stage("baselines");
    report.methods.push_back(timed("gene mean", [&] { return score(baselines::geneMeanImpute(hidden.observed, hidden.rows, hidden.cols)); }));
    report.methods.push_back(timed("kNN smoothing (MAGIC-like)", [&] {
        return score(baselines::knnSmoothImpute(hidden.observed, hidden.rows, hidden.cols));
    }));
    return report;
}

EvaluationReport evaluatePerturbation(const AnnData& data, const EvaluationOptions& o, Progress& progress) {
    RunConfig config = o.config;
    auto& keys = config.keys;
    const auto types = obsLabels(data, keys.labelKey, "cell-type labels");
    const auto cond = obsLabels(data, keys.conditionKey, "perturbation state");
    if (keys.heldOutType.empty()) {  // the first type (sorted) with both control and stimulated cells
        for (const auto& t : vocabularyOf(types, keys.labelKey).classes) {
            bool hasControl = false, hasStim = false;
            for (std::size_t i = 0; i < types.size(); ++i) {
                if (types[i] != t) continue;
                hasControl |= cond[i] == keys.control;
                hasStim |= cond[i] == keys.stimulated;
            }
            if (hasControl && hasStim) {
                keys.heldOutType = t;
                break;
            }
        }
        if (keys.heldOutType.empty())
            throw InvalidInput("no cell type has both " + keys.control + " and " + keys.stimulated + " cells to hold out");
    }
    checkTaskInputs(data, config);
    std::vector<std::int64_t> heldControl, heldStim, otherControl, otherStim;
    for (std::int64_t i = 0; i < data.nObs(); ++i) {
        const auto u = static_cast<std::size_t>(i);
        const bool held = types[u] == keys.heldOutType;
        if (cond[u] == keys.control) (held ? heldControl : otherControl).push_back(i);
        else if (cond[u] == keys.stimulated) (held ? heldStim : otherStim).push_back(i);
    }
    if (heldStim.empty())
        throw InvalidInput("the held-out cell type '" + keys.heldOutType + "' has no " + keys.stimulated +
                           " cells to compare the prediction with");
    if (otherStim.empty() || otherControl.empty())
        throw InvalidInput("the other cell types need both " + keys.control + " and " + keys.stimulated + " cells");
    const auto x = logNormalisedX(data);
    const AnnData logData = withX(data, x);
    const auto controlMean = metrics::meanOfRows(x, heldControl), trueStim = metrics::meanOfRows(x, heldStim);

    EvaluationReport report;
    report.task = Task::Perturbation;
    report.protocol = "the " + keys.stimulated + " cells of '" + keys.heldOutType + "' (" + std::to_string(heldStim.size()) +
                      ") left out of training and predicted from its " + std::to_string(heldControl.size()) + " " +
                      keys.control + " cells";
    report.genes = data.var.index;
    auto score = [&](const std::vector<double>& predicted, bool keep) {
        const auto r = metrics::perturbation(controlMean, trueStim, predicted, 100);
        if (keep) {
            report.trueDelta = r.trueDelta;
            report.predictedDelta = r.predictedDelta;
        }
        return std::map<std::string, double>{{"r2_top100_de", r.r2TopDE}, {"r2_all_genes", r.r2All}};
    };
    report.methods.push_back(timed("scDiff", [&] {
        auto model = train(logData, config, progress);
        auto result = perturb(model, logData, keys.heldOutType, {o.sampling, o.pairedPerturbation}, progress);
        return score(metrics::meanOfRows(result.predicted, result.geneNames.size()), true);
    }));
    progress.stage("baselines");
    report.methods.push_back(timed("mean shift (Vec arithmetic)", [&] {
        return score(baselines::meanShiftPrediction(controlMean, metrics::meanOfRows(x, otherControl), metrics::meanOfRows(x, otherStim)), false);
    }));
    report.configJson = toJson(config);
    return report;
}

}  // namespace

EvaluationReport evaluate(const AnnData& input, const EvaluationOptions& options, Progress& progress) {
    std::optional<AnnData> holder;
    const AnnData& source = withExpression(input, options.config.keys.expression, holder);
    EvaluationOptions o = options;  // the splits below are cut from `data`: their X is the source already
    o.config.keys.expression = "X";
    checkTaskInputs(source, o.config);
    // The genes are chosen once, on every cell (an unsupervised choice, as made before any split), so that
    // scDiff and the baselines are scored on the same genes.
    std::optional<AnnData> selected;
    if (o.config.genes.highlyVariable > 0) {
        SparseMatrix x = logNormalisedX(source);
        const auto genes = selectGenes(x, source.var.index, o.config.genes);
        if (!genes.all) selected = preprocess::subsetVars(withX(source, std::move(x)), genes.columns);
        o.config.genes = GeneSelection{};
    }
    const AnnData& data = selected ? *selected : source;
    EvaluationReport report;
    switch (o.config.task) {
    case Task::Annotation: report = evaluateAnnotation(data, o, progress); break;
    case Task::Imputation: report = evaluateImputation(data, o, progress); break;
    case Task::Perturbation: report = evaluatePerturbation(data, o, progress); break;
    }
    if (report.configJson.empty()) {
        report.configJson = toJson(options.config);
    } else {  // perturbation records the held-out type it chose; the source and genes are the caller's
        RunConfig used = runConfigFromJson(report.configJson);
        used.keys.expression = options.config.keys.expression;
        used.genes = options.config.genes;
        report.configJson = toJson(used);
    }
    return report;
}

std::string toJson(const EvaluationReport& r) {
    nlohmann::json j;
    j["task"] = taskName(r.task);
    j["protocol"] = r.protocol;
    j["config"] = nlohmann::json::parse(r.configJson);
    auto& methods = j["methods"] = nlohmann::json::array();
    for (const auto& m : r.methods) {
        nlohmann::json metrics;
        for (const auto& [k, v] : m.metrics) metrics[k] = std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
        methods.push_back({{"method", m.method}, {"metrics", metrics}, {"seconds", m.seconds}});
    }
    if (!r.confusion.empty()) j["confusion"] = {{"classes", r.classes}, {"matrix", r.confusion}};
    return j.dump(2);
}

std::string toTable(const EvaluationReport& r) {
    std::ostringstream s;
    s << taskName(r.task) << ": " << r.protocol << "\n";
    if (r.methods.empty()) return s.str();
    std::vector<std::string> keys;
    for (const auto& [k, v] : r.methods.front().metrics) keys.push_back(k);
    s << std::left << std::setw(36) << "method";
    for (const auto& k : keys) s << std::right << std::setw(20) << k;
    s << std::setw(12) << "seconds" << "\n";
    for (const auto& m : r.methods) {
        s << std::left << std::setw(36) << m.method << std::right << std::fixed;
        for (const auto& k : keys) {
            auto it = m.metrics.find(k);
            s << std::setw(20) << std::setprecision(4) << (it == m.metrics.end() ? NAN : it->second);
        }
        s << std::setw(12) << std::setprecision(1) << m.seconds << "\n";
    }
    return s.str();
}

}  // namespace scdiff::engine
