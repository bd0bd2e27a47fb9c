#pragma once
// The Train dialog's gene graph for the gene-perturbation task (docs/prior_knowledge.md): the Gene Ontology graph
// from Debian's org.Hs.eg.db (GEARS's Jaccard graph) or the user's edge-list file (gene_a, gene_b, weight, e.g.
// from STRING), with its coverage of the dataset's perturbed genes. The graph is read on a worker thread (the GO
// database is large), so the dialog stays responsive; a missing database or file, or a graph without any
// perturbed gene, is a problem line that keeps Train off.
#include <QFutureWatcher>
#include <QWidget>
#include <string>
#include <vector>

#include "scdiff/anndata.hpp"
#include "scdiff/engine/config.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace scdiff::ui {

class GeneGraphBox : public QWidget {
    Q_OBJECT
public:
    explicit GeneGraphBox(QWidget* parent = nullptr);
    QComboBox* kindBox() const { return kind_; }
    QLineEdit* pathEdit() const { return path_; }
    QLabel* coverageLabel() const { return coverage_; }
    // model.gene_graph: "go" or the edge-list file.
    std::string setting() const;
    void setSetting(const std::string& setting);
    // Starts reading the graph when it or the perturbation column changed (changed() is emitted when the read
    // ends); returns the problem ("" when none). Off (no problem, nothing shown) for other tasks.
    QString refresh(const AnnData& data, const engine::RunConfig& config);
    bool reading() const { return reading_; }

signals:
    void changed();

private:
    struct Read {
        QString key, problem, report;
    };
    void show(const Read& read);
    // The perturbed genes of the column, read once per column and control value (validate() runs on every edit);
    // empty when the column is missing or a label is malformed.
    const std::vector<std::string>& perturbedGenes(const AnnData& data, const engine::DataKeys& keys);

    QComboBox* kind_;
    QLineEdit* path_;
    QPushButton* browse_;
    QLabel* coverage_;
    QFutureWatcher<Read> watcher_;
    bool reading_ = false;
    Read read_;
    QString genesKey_;
    std::vector<std::string> perturbed_;
};

}  // namespace scdiff::ui
