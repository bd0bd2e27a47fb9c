// The few-shot protocol (scdiff/engine/fewshot.hpp). Torch-free: it trains and annotates through the
// engine's public calls.
#include "scdiff/engine/fewshot.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <tuple>
#include <unistd.h>
#include <iomanip>

#include "dataset_inputs.hpp"
#include "evaluation_data.hpp"
#include "scdiff/baselines.hpp"
#include "scdiff/engine/train.hpp"
#include "scdiff/error.hpp"
#include "scdiff/preprocess.hpp"

namespace scdiff::engine {

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

constexpr const char* kText = "scDiff, text-conditioned";
constexpr const char* kClass = "scDiff, class-conditioned";
constexpr const char* kLr = "logistic regression (PCA)";
constexpr const char* kBalancedLr = "LR (PCA, balanced classes)";
constexpr const char* kCellTypist = "CellTypist-like (all genes)";
constexpr const char* kKnn = "kNN (PCA, k = shots)";

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
    return s;
}

std::vector<std::int64_t> permutedCells(std::vector<std::int64_t> cells, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::shuffle(cells.begin(), cells.end(), rng);
    return cells;
}

// A model kept as a file between its pretraining and each fine-tuning (a Model is not copyable).
struct Pretrained {
    std::filesystem::path file;
    ~Pretrained() {
        std::error_code ec;
        if (!file.empty()) std::filesystem::remove(file, ec);
    }
};

std::filesystem::path scratchFile(const std::string& what, std::uint64_t run) {
    static int counter = 0;
    return std::filesystem::temp_directory_path() /
           ("scdiff-fewshot-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + "-" + what + "-" +
            std::to_string(run) + ".pt");
}

}  // namespace

FewShotReport evaluateFewShot(const AnnData& input, const FewShotOptions& options, Progress& progress) {
    if (options.repeats < 1) throw InvalidInput("the number of few-shot runs (repeats) must be at least 1");
    if (options.fineTuneEpochs < 1) throw InvalidInput("fine-tuning needs at least one epoch");
    if (options.config.keys.labelKey.empty()) throw InvalidInput("the few-shot protocol needs a label key");
    std::vector<int> shots = options.shots;
    std::sort(shots.begin(), shots.end());
    shots.erase(std::unique(shots.begin(), shots.end()), shots.end());
    if (!shots.empty() && shots.front() < 1)
        throw InvalidInput("shots must be positive numbers of cells (zero-shot is always part of the run)");
    RunConfig config = options.config;
    config.task = Task::Annotation;
    checkTaskInputs(input, config);
    const AnnData data = evaluationData(input, config);
    const SparseMatrix& x = std::get<SparseMatrix>(*data.X);
    const auto labels = obsLabels(data, config.keys.labelKey, "cell-type labels");

    std::map<std::string, std::vector<std::int64_t>> cellsOf;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (!labels[i].empty()) cellsOf[labels[i]].push_back(static_cast<std::int64_t>(i));
    FewShotReport report;
    std::vector<std::string> minority = options.minority;
    if (minority.empty()) {
        if (options.threshold <= 0)
            throw InvalidInput("name the minority types or give a threshold (types with at most that many cells)");
        for (const auto& [type, cells] : cellsOf)
            if (static_cast<std::int64_t>(cells.size()) <= options.threshold) minority.push_back(type);
    }
    std::sort(minority.begin(), minority.end());
    const int maxShots = shots.empty() ? 0 : shots.back();
    for (const auto& t : minority) {
        const auto it = cellsOf.find(t);
        if (it == cellsOf.end())
            throw InvalidInput("the minority type '" + t + "' is not a value of obs['" + config.keys.labelKey + "']");
        if (static_cast<int>(it->second.size()) <= maxShots)
            throw InvalidInput("the minority type '" + t + "' has " + std::to_string(it->second.size()) +
                               " cells: it needs more than the largest number of shots (" + std::to_string(maxShots) +
                               ") so that some are left to test on");
    }
    for (const auto& [type, cells] : cellsOf)
        if (!std::binary_search(minority.begin(), minority.end(), type)) report.majority.push_back(type);
    if (minority.empty()) throw InvalidInput("no type is a minority type (at most the threshold's cells)");
    if (report.majority.size() < 2)
        throw InvalidInput("the few-shot protocol needs at least two majority types to pretrain on; found " +
                           std::to_string(report.majority.size()));
    report.minority = minority;
    report.tableProvenance = options.table.provenance;
    if (options.zeroShot) report.shots.push_back(0);
    report.shots.insert(report.shots.end(), shots.begin(), shots.end());
    report.runs.resize(report.shots.size());
    report.protocol = std::to_string(report.majority.size()) + " majority types pretrain; " +
                      std::to_string(minority.size()) + " minority types (" + joined(minority) +
                      ") are fine-tuned on k cells each (with " +
                      (options.replayPerType > 0 ? std::to_string(options.replayPerType) : std::string("k")) +
                      " cells of every majority type) for " + std::to_string(options.fineTuneEpochs) + " epochs" +
                      (options.fineTuneConditionerOnly ? " (the cell-type conditioner only, the rest frozen)" : "") +
                      "; up to " + std::to_string(options.maxTestPerType) +
                      " other cells per minority type are classified over all types. Zero-shot: the pretrained "
                      "models alone (the baselines cannot name a type they never saw).";

    std::vector<std::int64_t> majorityCells;
    for (const auto& t : report.majority)
        majorityCells.insert(majorityCells.end(), cellsOf[t].begin(), cellsOf[t].end());
    std::sort(majorityCells.begin(), majorityCells.end());

    for (int r = 0; r < options.repeats; ++r) {
        const std::uint64_t drawSeed = options.seed + static_cast<std::uint64_t>(r);
        const std::string runLabel = options.repeats > 1
                                         ? "run " + std::to_string(r + 1) + "/" + std::to_string(options.repeats) + ": "
                                         : std::string();
        // Per type, one permutation: minority shots are its first k cells (nested over k), the test cells
        // come after the largest k; majority replay cells are the first k of their permutation.
        std::map<std::string, std::vector<std::int64_t>> order;
        std::uint64_t salt = 0;
        for (const auto& [type, cells] : cellsOf) order[type] = permutedCells(cells, drawSeed * 1000003ULL + ++salt);
        std::vector<std::int64_t> test;
        std::vector<std::string> testLabels;
        for (const auto& t : minority) {
            const auto& o = order[t];
            const auto end = std::min<std::size_t>(
                o.size(), static_cast<std::size_t>(maxShots) + static_cast<std::size_t>(options.maxTestPerType));
            for (std::size_t i = static_cast<std::size_t>(maxShots); i < end; ++i) test.push_back(o[i]);
        }
        std::sort(test.begin(), test.end());
        for (auto c : test) testLabels.push_back(labels[static_cast<std::size_t>(c)]);
        const AnnData testData = preprocess::subsetObs(data, test);

        RunConfig run = config;
        run.train.seed = config.train.seed + static_cast<std::uint64_t>(r);
        auto pretrain = [&](const std::string& kind, Pretrained& into) {
            RunConfig c = run;
            c.model.typeConditioner = kind;
            TrainOptions o;
            o.cells = majorityCells;
            if (kind != "class") o.typeTable = options.table;
            progress.stage(runLabel + "pretraining the " + kind + "-conditioned model on the majority types");
            const auto start = Clock::now();
            Model m = train(data, c, progress, o);
            into.file = scratchFile(kind, static_cast<std::uint64_t>(r));
            m.save(into.file);
            return since(start);
        };
        Pretrained text, cls;
        const double textSeconds = pretrain("text", text), classSeconds = pretrain("class", cls);
        auto scored = [&](const std::string& method, const std::vector<std::string>& predicted, double seconds) {
            return MethodScore{method, classificationMetrics(metrics::classification(testLabels, predicted)), seconds};
        };
        auto annotated = [&](const Model& m) {
            progress.stage(runLabel + "annotating " + std::to_string(test.size()) + " minority cells");
            return annotate(m, testData, options.annotation, progress).labels;
        };
        for (std::size_t s = 0; s < report.shots.size(); ++s) {
            const int k = report.shots[s];
            EvaluationRun er;
            er.splitSeed = drawSeed;
            er.trainSeed = run.train.seed;
            er.protocol = std::to_string(k) + "-shot";
            if (k == 0) {
                er.methods.push_back(scored(kText, annotated(Model::load(text.file)), textSeconds));
                er.methods.push_back(scored(kClass, annotated(Model::load(cls.file)), classSeconds));
                report.runs[s].push_back(std::move(er));
                continue;
            }
            std::vector<std::int64_t> tuning, baselineTrain;
            for (const auto& [type, o] : order) {
                const bool rare = std::binary_search(minority.begin(), minority.end(), type);
                const int n = rare || options.replayPerType <= 0 ? k : options.replayPerType;
                const auto take = o.begin() + std::min<std::ptrdiff_t>(n, static_cast<std::ptrdiff_t>(o.size()));
                tuning.insert(tuning.end(), o.begin(), take);
                if (rare) baselineTrain.insert(baselineTrain.end(), o.begin(), take);
            }
            baselineTrain.insert(baselineTrain.end(), majorityCells.begin(), majorityCells.end());
            std::sort(baselineTrain.begin(), baselineTrain.end());
            std::vector<std::string> baselineLabels;
            for (auto c : baselineTrain) baselineLabels.push_back(labels[static_cast<std::size_t>(c)]);
            for (const auto& [method, pretrained, seconds] :
                 {std::tuple{kText, &text, textSeconds}, std::tuple{kClass, &cls, classSeconds}}) {
                progress.stage(runLabel + std::to_string(k) + "-shot: fine-tuning the " + method);
                const auto start = Clock::now();
                FineTuneOptions tuneOptions;
                tuneOptions.epochs = options.fineTuneEpochs;
                tuneOptions.learningRateScale = options.fineTuneLearningRate;
                tuneOptions.conditionerOnly = options.fineTuneConditionerOnly;
                Model tuned = fineTune(Model::load(pretrained->file), data, tuning, tuneOptions, progress);
                const auto predicted = annotated(tuned);
                er.methods.push_back(scored(method, predicted, seconds + since(start)));
            }
            progress.stage(runLabel + std::to_string(k) + "-shot: baselines");
            auto start = Clock::now();
            er.methods.push_back(
                scored(kLr, baselines::logisticRegressionOnPca(x, baselineTrain, baselineLabels, test), since(start)));
            start = Clock::now();
            er.methods.push_back(scored(
                kBalancedLr, baselines::logisticRegressionOnPca(x, baselineTrain, baselineLabels, test, 50, 0, true),
                since(start)));
            // On every gene: a minority type's own markers hardly shape PCs fitted mostly on majority cells.
            start = Clock::now();
            er.methods.push_back(
                scored(kCellTypist, baselines::standardisedLogisticRegression(x, baselineTrain, baselineLabels, test),
                       since(start)));
            start = Clock::now();
            er.methods.push_back(
                scored(kKnn, baselines::knnClassifier(x, baselineTrain, baselineLabels, test, k), since(start)));
            report.runs[s].push_back(std::move(er));
        }
    }
    for (const auto& runs : report.runs) report.summary.push_back(summarise(runs));

    // The sentence: the smallest k with shots, text vs class and the best baseline.
    const std::size_t one = options.zeroShot ? 1 : 0;
    if (one < report.summary.size()) {
        std::map<std::string, std::pair<double, double>> at;
        for (const auto& m : report.summary[one])
            at[m.method] = {m.mean.at("macro_accuracy"),
                            m.sd.count("macro_accuracy") ? m.sd.at("macro_accuracy") : NAN};
        const auto t = at[kText], c = at[kClass];
        const char* bestBaseline = kLr;
        for (const char* b : {kBalancedLr, kCellTypist, kKnn})
            if (at[b].first > at[bestBaseline].first) bestBaseline = b;
        const auto b = at[bestBaseline];
        std::ostringstream v;
        v << report.shots[one] << "-shot macro accuracy on the minority types: text-conditioned scDiff "
          << meanSd(t.first, t.second) << ", class-conditioned " << meanSd(c.first, c.second) << ", " << bestBaseline
          << " " << meanSd(b.first, b.second) << ". ";
        int ahead = 0;  // runs in which the text-conditioned model beat the class-conditioned one
        for (const auto& run : report.runs[one]) {
            std::map<std::string, double> acc;
            for (const auto& m : run.methods) acc[m.method] = m.metrics.at("macro_accuracy");
            ahead += acc[kText] > acc[kClass];
        }
        const int runs = static_cast<int>(report.runs[one].size());
        if (t.first > c.first && ahead < runs)
            v << "The text conditioner is ahead of the class one in " << ahead << " of " << runs
              << " runs only: within the spread.";
        else if (t.first > c.first && t.first >= b.first)
            v << "The text conditioner is ahead of both.";
        else if (t.first > c.first)
            v << "The text conditioner helps scDiff, but " << bestBaseline << " is better.";
        else
            v << "The text conditioner does not help here.";
        report.verdict = v.str();
    }
    return report;
}

std::string toTable(const FewShotReport& r) {
    std::ostringstream s;
    s << "few-shot annotation: " << r.protocol << "\n";
    if (!r.tableProvenance.empty()) s << "cell-type table: " << r.tableProvenance << "\n";
    const bool spread = !r.runs.empty() && r.runs.front().size() > 1;
    const int width = spread ? 18 : 12;
    s << std::left << std::setw(8) << "shots" << std::setw(30) << "method" << std::right << std::setw(width)
      << "macro_acc" << std::setw(width) << "macro_f1" << std::setw(10) << "seconds\n";
    for (std::size_t k = 0; k < r.summary.size(); ++k)
        for (const auto& m : r.summary[k]) {
            auto cell = [&](const char* key) {
                const auto mean = m.mean.find(key);
                const auto sd = m.sd.find(key);
                return mean == m.mean.end() ? std::string("n/a")
                                            : meanSd(mean->second, sd == m.sd.end() ? NAN : sd->second);
            };
            s << std::left << std::setw(8) << r.shots[k] << std::setw(30) << m.method << std::right << std::setw(width)
              << cell("macro_accuracy") << std::setw(width) << cell("macro_f1") << std::setw(10) << fixed(m.seconds, 1)
              << "\n";
        }
    if (!r.verdict.empty()) s << r.verdict << "\n";
    return s.str();
}

std::string toJson(const FewShotReport& r) {
    auto number = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); };
    nlohmann::json j;
    j["protocol"] = r.protocol;
    j["minority"] = r.minority;
    j["majority"] = r.majority;
    j["table"] = r.tableProvenance;
    j["verdict"] = r.verdict;
    auto& rows = j["shots"] = nlohmann::json::array();
    for (std::size_t k = 0; k < r.shots.size(); ++k) {
        nlohmann::json row{{"shots", r.shots[k]}};
        for (const auto& m : r.summary[k]) {
            nlohmann::json method{{"method", m.method}, {"runs", m.runs}, {"seconds", m.seconds}};
            for (const auto& [key, v] : m.mean) method["mean"][key] = number(v);
            for (const auto& [key, v] : m.sd) method["sd"][key] = number(v);
            row["methods"].push_back(method);
        }
        for (const auto& run : r.runs[k]) {
            nlohmann::json one{{"draw_seed", run.splitSeed}, {"train_seed", run.trainSeed}};
            for (const auto& m : run.methods)
                for (const auto& [key, v] : m.metrics) one["methods"][m.method][key] = number(v);
            row["runs"].push_back(one);
        }
        rows.push_back(row);
    }
    return j.dump(2);
}

}  // namespace scdiff::engine
