#include "session/PerturbationRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "scdiff/error.hpp"

namespace scdiff::ui {

namespace {

template <class T>
Element array(const std::vector<T>& v) {
    return NDArray::fromVector(v);
}

const NDArray& arrayAt(const Dict& d, const char* key) {
    const Element* e = d.find(key);
    const auto* a = e ? e->getIf<NDArray>() : nullptr;
    if (!a) throw InvalidInput(std::string("the perturbation record lacks its array '") + key + "'");
    return *a;
}
std::vector<double> doubles(const Dict& d, const char* key) { return arrayAt(d, key).toFloat64(); }
std::vector<float> floats(const Dict& d, const char* key) { return arrayAt(d, key).toFloat32(); }
std::vector<std::int64_t> integers(const Dict& d, const char* key) {
    const auto v = arrayAt(d, key).toFloat64();
    return {v.begin(), v.end()};
}

QJsonArray strings(const std::vector<std::string>& v) {
    QJsonArray out;
    for (const auto& s : v) out.append(QString::fromStdString(s));
    return out;
}

}  // namespace

Element perturbationRecord(const PerturbationPrediction& p) {
    const PerturbationSummary& s = *p.summary;
    const AnnData& prediction = *p.cells;
    QJsonArray sources;
    for (const auto& [type, cells] : s.responseSources)
        sources.append(QJsonArray{QString::fromStdString(type), static_cast<double>(cells)});
    QJsonObject json{{"cell_type", QString::fromStdString(s.cellType)},
                     {"control", QString::fromStdString(s.control)},
                     {"stimulated", QString::fromStdString(s.stimulated)},
                     {"genes", strings(s.genes)},
                     {"own_token", s.ownToken},
                     {"response_sources", sources},
                     {"auto_types", s.autoTypes},
                     {"perturbed_genes", QString::fromStdString(s.perturbedGenes)},
                     {"seen_in_training", s.seenInTraining},
                     {"sum_of_singles", s.sumOfSingles},
                     {"graph_source", QString::fromStdString(s.graphSource)},
                     {"report", s.report.has_value()},
                     {"gene_report", s.geneReport.has_value()}};
    Dict d;
    d.set("description", StringArray::scalar(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString()));
    d.set("control_mean", array(s.controlMean));
    d.set("predicted_mean", array(s.predictedMean));
    d.set("observed_mean", array(s.observedMean));
    d.set("control_values", array(s.controlValues));
    d.set("observed_values", array(s.observedValues));
    d.set("predicted_values", array(s.predictedValues));
    d.set("counts", array(std::vector<std::int64_t>{s.controlCells, s.observedCells, s.graphGenes}));
    d.set("auto_r2", array(std::vector<double>{s.autoNearestR2, s.autoOthersR2}));
    if (s.report) {
        d.set("report_r2",
              array(std::vector<double>{s.report->r2TopDE, s.report->r2All, static_cast<double>(s.report->topN)}));
        d.set("report_top_genes", array(s.report->topGenes));
        d.set("report_true_delta", array(s.report->trueDelta));
        d.set("report_predicted_delta", array(s.report->predictedDelta));
    }
    if (s.geneReport) {
        d.set("gene_report_scores", array(std::vector<double>{s.geneReport->pearsonDeltaAll,
                                                              s.geneReport->pearsonDeltaTop, s.geneReport->mseTop}));
        d.set("gene_report_top_genes", array(s.geneReport->topGenes));
    }
    d.set("prediction_obs", prediction.obs);
    d.set("prediction_uns", prediction.uns);
    return d;
}

PerturbationPrediction restorePerturbation(const Element& record) {
    const Dict* d = record.getIf<Dict>();
    const Element* description = d ? d->find("description") : nullptr;
    const auto* text = description ? description->getIf<StringArray>() : nullptr;
    if (!text || !text->isScalar()) throw InvalidInput("the perturbation record lacks its description");
    const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(text->values.front())).object();
    auto summary = std::make_shared<PerturbationSummary>();
    PerturbationSummary& s = *summary;
    s.cellType = json.value("cell_type").toString().toStdString();
    s.control = json.value("control").toString().toStdString();
    s.stimulated = json.value("stimulated").toString().toStdString();
    for (const auto& g : json.value("genes").toArray()) s.genes.push_back(g.toString().toStdString());
    s.ownToken = json.value("own_token").toBool(true);
    for (const auto& v : json.value("response_sources").toArray()) {
        const QJsonArray pair = v.toArray();
        s.responseSources.emplace_back(pair.at(0).toString().toStdString(),
                                       static_cast<std::int64_t>(pair.at(1).toDouble()));
    }
    s.autoTypes = json.value("auto_types").toInt();
    s.perturbedGenes = json.value("perturbed_genes").toString().toStdString();
    s.seenInTraining = json.value("seen_in_training").toBool();
    s.sumOfSingles = json.value("sum_of_singles").toBool();
    s.graphSource = json.value("graph_source").toString().toStdString();
    s.controlMean = doubles(*d, "control_mean");
    s.predictedMean = doubles(*d, "predicted_mean");
    s.observedMean = doubles(*d, "observed_mean");
    s.controlValues = floats(*d, "control_values");
    s.observedValues = floats(*d, "observed_values");
    s.predictedValues = floats(*d, "predicted_values");
    const auto counts = integers(*d, "counts");
    const auto r2 = doubles(*d, "auto_r2");
    if (counts.size() != 3 || r2.size() != 2) throw InvalidInput("the perturbation record's counts are incomplete");
    s.controlCells = counts[0];
    s.observedCells = counts[1];
    s.graphGenes = counts[2];
    s.autoNearestR2 = r2[0];
    s.autoOthersR2 = r2[1];
    if (json.value("report").toBool()) {
        const auto scores = doubles(*d, "report_r2");
        if (scores.size() != 3) throw InvalidInput("the perturbation record's scores are incomplete");
        metrics::PerturbationReport report;
        report.r2TopDE = scores[0];
        report.r2All = scores[1];
        report.topN = static_cast<int>(scores[2]);
        report.topGenes = integers(*d, "report_top_genes");
        report.trueDelta = doubles(*d, "report_true_delta");
        report.predictedDelta = doubles(*d, "report_predicted_delta");
        s.report = std::move(report);
    }
    if (json.value("gene_report").toBool()) {
        const auto scores = doubles(*d, "gene_report_scores");
        if (scores.size() != 3) throw InvalidInput("the perturbation record's gene scores are incomplete");
        s.geneReport =
            metrics::GenePerturbationScore{scores[0], scores[1], scores[2], integers(*d, "gene_report_top_genes")};
    }
    // The predicted cells: their values are the predicted values, their genes the model's.
    const auto genes = static_cast<std::int64_t>(s.genes.size());
    if (genes == 0 || s.predictedValues.size() % static_cast<std::size_t>(genes) != 0)
        throw InvalidInput("the perturbation record's predicted values do not fit its genes");
    auto prediction = std::make_shared<AnnData>();
    const Element* obs = d->find("prediction_obs");
    const Element* uns = d->find("prediction_uns");
    if (!obs || !obs->is<DataFrame>()) throw InvalidInput("the perturbation record lacks its predicted cells");
    prediction->obs = obs->get<DataFrame>();
    const auto cells = static_cast<std::int64_t>(s.predictedValues.size()) / genes;
    if (prediction->nObs() != cells) throw InvalidInput("the perturbation record's predicted cells do not fit");
    prediction->X = NDArray::fromVector(s.predictedValues, {cells, genes});
    prediction->var.index = s.genes;
    if (uns && uns->is<Dict>()) prediction->uns = uns->get<Dict>();
    return {std::move(summary), std::move(prediction)};
}

}  // namespace scdiff::ui
