#pragma once
// Model > Predict gene perturbation…: one or two genes to perturb, completed from the model's gene graph (each
// with its number of graph neighbours), or a perturbation the dataset measured picked from a list. Under the
// fields, what the model knows of the choice: whether the training cells had it (else it is predicted
// zero-shot through the graph) and how many measured cells the prediction will be compared with. A gene the
// graph lacks, or the same gene twice, keeps Predict off with a sentence.
#include <QDialog>
#include <QStringList>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace scdiff::engine {
class Model;
}

namespace scdiff::ui {

class GenePerturbationDialog : public QDialog {
    Q_OBJECT
public:
    // measured: the dataset's perturbations (canonical label, cells), engine::measuredPerturbations.
    GenePerturbationDialog(const engine::Model& model, std::vector<std::pair<std::string, std::int64_t>> measured,
                           QWidget* parent = nullptr);

    // The genes to perturb (one or two), as typed; empty while the choice has a problem.
    std::vector<std::string> genes() const;
    QLineEdit* firstGene() const { return first_; }
    QLineEdit* secondGene() const { return second_; }
    QComboBox* measuredBox() const { return measured_; }
    QLabel* firstNote() const { return firstNote_; }
    QLabel* secondNote() const { return secondNote_; }
    // What the model knows of the choice, or the problem that keeps Predict off.
    QLabel* status() const { return status_; }
    QPushButton* predictButton() const { return predict_; }

private:
    void update();
    // "12 graph neighbours · perturbed alone in training" for a graph gene; the problem for another text.
    QString noteFor(const QString& gene, bool& known) const;

    const engine::Model& model_;
    std::vector<std::pair<std::string, std::int64_t>> measuredList_;
    std::vector<int> neighbours_;  // per graph gene: its edges in (GeneGraph::degree, counted once)
    QLineEdit* first_;
    QLineEdit* second_;
    QComboBox* measured_;
    QLabel* firstNote_;
    QLabel* secondNote_;
    QLabel* status_;
    QPushButton* predict_;
};

}  // namespace scdiff::ui
