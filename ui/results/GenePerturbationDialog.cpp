#include "results/GenePerturbationDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

#include "scdiff/engine/gene_perturbation.hpp"
#include "scdiff/engine/model.hpp"

namespace scdiff::ui {

namespace {

// The graph's spelling of a typed gene: exact, else the one gene equal to it ignoring case; empty when none.
QString graphSpelling(const prior::GeneGraph& graph, const QString& typed) {
    const QString gene = typed.trimmed();
    if (gene.isEmpty()) return {};
    if (graph.indexOf(gene.toStdString()) >= 0) return gene;
    QString found;
    for (const auto& g : graph.genes)
        if (QString::fromStdString(g).compare(gene, Qt::CaseInsensitive) == 0) {
            if (!found.isEmpty()) return {};  // two spellings: the user must say which
            found = QString::fromStdString(g);
        }
    return found;
}

}  // namespace

GenePerturbationDialog::GenePerturbationDialog(const engine::Model& model,
                                               std::vector<std::pair<std::string, std::int64_t>> measured,
                                               QWidget* parent)
    : QDialog(parent), model_(model), measuredList_(std::move(measured)) {
    setWindowTitle(tr("Predict gene perturbation"));
    const auto& graph = model_.geneGraph();
    // The completion list: every graph gene with its number of neighbours (edges into it), in a two-column popup.
    neighbours_.assign(graph.genes.size(), 0);
    for (const auto& e : graph.edges) ++neighbours_[static_cast<std::size_t>(e.to)];
    auto* genes = new QStandardItemModel(static_cast<int>(graph.genes.size()), 2, this);
    for (std::size_t i = 0; i < graph.genes.size(); ++i) {
        genes->setItem(static_cast<int>(i), 0, new QStandardItem(QString::fromStdString(graph.genes[i])));
        genes->setItem(static_cast<int>(i), 1, new QStandardItem(tr("%n neighbour(s)", nullptr, neighbours_[i])));
    }
    genes->sort(0);
    auto completerFor = [this, genes] {
        auto* c = new QCompleter(genes, this);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setFilterMode(Qt::MatchStartsWith);
        c->setCompletionColumn(0);
        auto* popup = new QTreeView;
        popup->setRootIsDecorated(false);
        popup->header()->hide();
        popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        c->setPopup(popup);
        return c;
    };
    first_ = new QLineEdit;
    first_->setObjectName("firstGene");
    first_->setCompleter(completerFor());
    first_->setPlaceholderText(tr("a gene of the graph, e.g. %1")
                                   .arg(graph.genes.empty() ? QString() : QString::fromStdString(graph.genes.front())));
    second_ = new QLineEdit;
    second_->setObjectName("secondGene");
    second_->setCompleter(completerFor());
    second_->setPlaceholderText(tr("optional: a second gene for a double perturbation"));
    firstNote_ = new QLabel;
    firstNote_->setObjectName("firstGeneNote");
    secondNote_ = new QLabel;
    secondNote_->setObjectName("secondGeneNote");
    for (QLabel* l : {firstNote_, secondNote_}) l->setStyleSheet(QStringLiteral("color: #555;"));

    measured_ = new QComboBox;
    measured_->setObjectName("measuredPerturbations");
    measured_->addItem(tr("(choose one to fill in its genes)"), QString());
    for (const auto& [label, cells] : measuredList_)
        measured_->addItem(tr("%1 (%n cell(s))", nullptr, static_cast<int>(cells)).arg(QString::fromStdString(label)),
                           QString::fromStdString(label));
    measured_->setEnabled(!measuredList_.empty());
    connect(measured_, &QComboBox::currentIndexChanged, this, [this] {
        const QStringList parts = measured_->currentData().toString().split('+', Qt::SkipEmptyParts);
        if (parts.isEmpty()) return;
        first_->setText(parts.value(0));
        second_->setText(parts.value(1));
    });

    status_ = new QLabel;
    status_->setObjectName("genePerturbationStatus");
    status_->setWordWrap(true);
    auto* about = new QLabel(tr("The model's gene graph: %1 (%n gene(s)). A gene no training cell had alone is "
                                "predicted through its neighbours in the graph.",
                                nullptr, static_cast<int>(graph.genes.size()))
                                 .arg(QString::fromStdString(graph.source)));
    about->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Gene:"), first_);
    form->addRow(QString(), firstNote_);
    form->addRow(tr("Second gene:"), second_);
    form->addRow(QString(), secondNote_);
    form->addRow(tr("Measured in this dataset:"), measured_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    predict_ = buttons->button(QDialogButtonBox::Ok);
    predict_->setText(tr("Predict"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    for (QLineEdit* e : {first_, second_}) connect(e, &QLineEdit::textChanged, this, [this] { update(); });
    setMinimumWidth(520);
    update();
}

QString GenePerturbationDialog::noteFor(const QString& typed, bool& known) const {
    const auto& graph = model_.geneGraph();
    const QString gene = graphSpelling(graph, typed);
    known = !gene.isEmpty();
    if (!known) return tr("“%1” is not in the model's gene graph.").arg(typed.trimmed());
    const auto node = graph.indexOf(gene.toStdString());
    const auto& trained = model_.trainedPerturbations();
    const bool alone = std::binary_search(trained.begin(), trained.end(), gene.toStdString());
    return tr("%n graph neighbour(s) · %1", nullptr, neighbours_[static_cast<std::size_t>(node)])
        .arg(alone ? tr("perturbed alone in training") : tr("never perturbed alone in training"));
}

std::vector<std::string> GenePerturbationDialog::genes() const {
    if (!predict_->isEnabled()) return {};
    std::vector<std::string> out;
    for (const QLineEdit* e : {first_, second_})
        if (!e->text().trimmed().isEmpty()) out.push_back(graphSpelling(model_.geneGraph(), e->text()).toStdString());
    return out;
}

void GenePerturbationDialog::update() {
    bool firstKnown = false, secondKnown = true;
    const QString a = first_->text().trimmed(), b = second_->text().trimmed();
    firstNote_->setText(a.isEmpty() ? QString() : noteFor(a, firstKnown));
    secondNote_->setText(b.isEmpty() ? QString() : noteFor(b, secondKnown));
    QString problem;
    if (a.isEmpty())
        problem = tr("Name a gene to perturb.");
    else if (!firstKnown || !secondKnown)
        problem =
            tr("Only genes of the model's gene graph can be perturbed; the graph was fixed when the model was "
               "trained.");
    else if (!b.isEmpty() && graphSpelling(model_.geneGraph(), a) == graphSpelling(model_.geneGraph(), b))
        problem = tr("The two genes are the same gene.");
    predict_->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        status_->setText(problem);
        status_->setStyleSheet(QStringLiteral("color: #c0392b;"));
        return;
    }
    std::vector<std::string> chosen = genes();
    const std::string label = prior::PerturbationLabel{chosen}.canonical();
    const auto& trained = model_.trainedPerturbations();
    QString text = std::binary_search(trained.begin(), trained.end(), label)
                       ? tr("%1 was among the training perturbations.").arg(QString::fromStdString(label))
                       : tr("No training cell had %1: it is predicted zero-shot, through the gene graph.")
                             .arg(QString::fromStdString(label));
    const auto measured =
        std::find_if(measuredList_.begin(), measuredList_.end(), [&](const auto& m) { return m.first == label; });
    text +=
        QLatin1Char(' ') + (measured != measuredList_.end()
                                ? tr("This dataset measured %n cell(s) under it: the prediction is compared with them.",
                                     nullptr, static_cast<int>(measured->second))
                                : tr("This dataset has no cells under it to compare with."));
    status_->setText(text);
    status_->setStyleSheet(QString());
}

}  // namespace scdiff::ui
