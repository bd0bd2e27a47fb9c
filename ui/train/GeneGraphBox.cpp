#include "train/GeneGraphBox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>
#include <set>

#include "common/CheckLine.h"
#include "common/FileStamp.h"
#include "common/Settings.h"
#include "scdiff/engine/gene_perturbation.hpp"

namespace scdiff::ui {

GeneGraphBox::GeneGraphBox(QWidget* parent) : QWidget(parent) {
    kind_ = new QComboBox;
    kind_->setObjectName("geneGraphKind");
    kind_->addItem(tr("Gene Ontology (Debian's org.Hs.eg.db)"), QStringLiteral("go"));
    kind_->addItem(tr("Edge-list file (gene_a, gene_b, weight)"), QStringLiteral("file"));
    kind_->setToolTip(
        tr("Gene Ontology: two genes are linked by the Jaccard index of their GO terms, each gene keeps "
           "its 20 most similar genes (GEARS). An edge list: any gene–gene network, e.g. from STRING."));
    path_ = new QLineEdit;
    path_->setObjectName("geneGraphPath");
    path_->setPlaceholderText(tr("edge-list file (.tsv, .csv)"));
    browse_ = new QPushButton(tr("Browse…"));
    connect(browse_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Gene graph edge list"), Settings::lastFolder(),
                                                          tr("Edge lists (*.tsv *.csv *.txt);;All files (*)"));
        if (!path.isEmpty()) path_->setText(path);
    });
    coverage_ = new QLabel;
    coverage_->setObjectName("geneGraphCoverage");
    coverage_->setWordWrap(true);
    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(path_, 1);
    fileRow->addWidget(browse_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(kind_);
    layout->addLayout(fileRow);
    layout->addWidget(coverage_);
    connect(kind_, &QComboBox::currentIndexChanged, this, &GeneGraphBox::changed);
    connect(path_, &QLineEdit::textChanged, this, &GeneGraphBox::changed);
    connect(&watcher_, &QFutureWatcher<Read>::finished, this, [this] {
        const Read r = watcher_.result();
        if (r.key != read_.key) return;  // a newer read is under way
        read_ = r;
        reading_ = false;
        show(read_);
        emit changed();
    });
}

std::string GeneGraphBox::setting() const {
    return kind_->currentData().toString() == QLatin1String("go") ? std::string("go")
                                                                  : path_->text().trimmed().toStdString();
}

void GeneGraphBox::setSetting(const std::string& setting) {
    const QSignalBlocker a(kind_), b(path_);
    const bool go = setting.empty() || setting == "go";
    kind_->setCurrentIndex(go ? 0 : 1);
    if (!go) path_->setText(QString::fromStdString(setting));
}

QString GeneGraphBox::refresh(const AnnData& data, const engine::RunConfig& config) {
    const bool on = config.task == engine::Task::GenePerturbation;
    const bool file = kind_->currentData().toString() == QLatin1String("file");
    setEnabled(on);
    path_->setVisible(file);
    browse_->setVisible(file);
    if (!on) {
        coverage_->hide();
        return {};
    }
    Read shown;
    const QString path = path_->text().trimmed();
    const std::vector<std::string>& perturbed = perturbedGenes(data, config.keys);
    if (file && path.isEmpty()) {
        shown.problem = tr("Choose the gene graph's edge-list file.");
    } else if (perturbed.empty()) {
        coverage_->hide();
        return {};
    } else {
        const QString key = QString::fromStdString(setting()) + '\n' + fileStamp(path) + '\n' +
                            QString::fromStdString(config.model.goDatabase) + '\n' +
                            QString::number(config.model.graphTopK) + '\n' +
                            QString::fromStdString(config.keys.conditionKey + '\n' + config.keys.control);
        if (key != read_.key) {
            read_ = Read{key, {}, {}};
            reading_ = true;
            watcher_.setFuture(QtConcurrent::run([key, model = config.model, perturbed] {
                Read r{key, {}, {}};
                try {
                    // The perturbed genes alone: the coverage is about them, and the graph over them is quick.
                    const auto graph = engine::buildGeneGraph(model, perturbed, perturbed);
                    r.report = QString::fromStdString(graph.report);
                } catch (const std::exception& e) {
                    r.problem = QString::fromUtf8(e.what());
                }
                return r;
            }));
        }
        shown = read_;
    }
    show(shown);
    if (reading_ && shown.problem.isEmpty()) return tr("Reading the gene graph…");
    return shown.problem;
}

const std::vector<std::string>& GeneGraphBox::perturbedGenes(const AnnData& data, const engine::DataKeys& keys) {
    const QString key = QString::fromStdString(keys.conditionKey + '\n' + keys.control);
    if (key == genesKey_) return perturbed_;
    genesKey_ = key;
    perturbed_.clear();
    try {
        std::set<std::string> genes;
        for (const auto& label : engine::perturbationLabels(data, keys))
            genes.insert(label.genes.begin(), label.genes.end());
        perturbed_.assign(genes.begin(), genes.end());
    } catch (const std::exception&) {
        // A missing column or a malformed label: the condition field says so.
    }
    return perturbed_;
}

void GeneGraphBox::show(const Read& read) {
    const bool pending = reading_ && read.problem.isEmpty() && read.key == read_.key && !read.key.isEmpty();
    const QString text = pending ? tr("Reading the gene graph…") : read.problem.isEmpty() ? read.report : read.problem;
    showCheckLine(coverage_, text, !read.problem.isEmpty());
}

}  // namespace scdiff::ui
