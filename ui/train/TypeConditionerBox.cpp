#include "train/TypeConditionerBox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/Settings.h"
#include "scdiff/engine/type_prior.hpp"

namespace scdiff::ui {

TypeConditionerBox::TypeConditionerBox(QWidget* parent) : QWidget(parent) {
    conditioner_ = new QComboBox;
    conditioner_->setObjectName("typeConditioner");
    conditioner_->addItem(tr("A learned vector per type (the paper)"), QStringLiteral("class"));
    conditioner_->addItem(tr("A text embedding of each type"), QStringLiteral("text"));
    conditioner_->addItem(tr("Both"), QStringLiteral("both"));
    conditioner_->setToolTip(
        tr("A text embedding gives a type with few or no training cells a condition that says what it is like "
           "(docs/prior_knowledge.md)"));
    kind_ = new QComboBox;
    kind_->setObjectName("typeSourceKind");
    kind_->addItem(tr("Table file (TSV, .npy, .h5ad)"), QStringLiteral("table"));
    kind_->addItem(tr("Descriptions (TSV: type, text)"), QStringLiteral("descriptions"));
    kind_->addItem(tr("Cell ontology (.obo, .owl, .json)"), QStringLiteral("ontology"));
    path_ = new QLineEdit;
    path_->setObjectName("typeSourcePath");
    path_->setPlaceholderText(tr("the file with the cell types' vectors or descriptions"));
    browse_ = new QPushButton(tr("Browse…"));
    coverage_ = new QLabel;
    coverage_->setObjectName("typeCoverage");
    coverage_->setWordWrap(true);
    coverage_->hide();

    auto* sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(0, 0, 0, 0);
    sourceRow->addWidget(kind_);
    sourceRow->addWidget(path_, 1);
    sourceRow->addWidget(browse_);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(conditioner_);
    v->addLayout(sourceRow);
    v->addWidget(coverage_);

    connect(conditioner_, &QComboBox::currentIndexChanged, this, &TypeConditionerBox::changed);
    connect(kind_, &QComboBox::currentIndexChanged, this, &TypeConditionerBox::changed);
    connect(path_, &QLineEdit::editingFinished, this, &TypeConditionerBox::changed);
    connect(browse_, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Cell-type table or descriptions"),
                                                          Settings::lastFolder(), tr("All files (*)"));
        if (file.isEmpty()) return;
        path_->setText(file);
        emit changed();
    });
}

bool TypeConditionerBox::text() const { return conditioner_->currentData().toString() != QLatin1String("class"); }

prior::TypeSource TypeConditionerBox::source() const {
    prior::TypeSource s;
    const std::filesystem::path file = path_->text().trimmed().toStdString();
    const QString kind = kind_->currentData().toString();
    if (kind == QLatin1String("table"))
        s.table = file;
    else if (kind == QLatin1String("descriptions"))
        s.descriptions = file;
    else
        s.ontology = file;
    return s;
}

std::optional<prior::TypeTable> TypeConditionerBox::table() const {
    if (!text()) return std::nullopt;
    return readTable_;
}

QString TypeConditionerBox::refresh(const AnnData& data, const QString& labelKey) {
    const bool on = text();
    kind_->setEnabled(on);
    path_->setEnabled(on);
    browse_->setEnabled(on);
    if (!on) {
        coverage_->hide();
        return {};
    }
    const QString path = path_->text().trimmed();
    QString problem, report;
    if (path.isEmpty()) {
        problem = tr("The text embedding needs a cell-type table: choose a table, descriptions or ontology file.");
    } else {
        // Read again only when the source, the column or the file changed (validate() runs on every edit).
        const QString key = kind_->currentData().toString() + '\n' + path + '\n' + labelKey + '\n' +
                            QFileInfo(path).lastModified().toString(Qt::ISODateWithMs);
        if (key != readKey_) {
            readKey_ = key;
            readProblem_.clear();
            readReport_.clear();
            readTable_.reset();
            try {
                auto table = engine::cellTypeTable(data, labelKey.toStdString(), source());
                const auto match = engine::cellTypeCoverage(data, labelKey.toStdString(), table);
                readReport_ = QString::fromStdString(table.provenance + ". " + match.report(table.rows()));
                if (!match.unmatched().empty())
                    readProblem_ = tr("Every cell type needs a row of the table: %1")
                                       .arg(QString::fromStdString(match.report(table.rows())));
                else
                    readTable_ = std::move(table);
            } catch (const std::exception& e) {
                readProblem_ = QString::fromUtf8(e.what());
            }
        }
        problem = readProblem_;
        report = readReport_;
    }
    coverage_->setText(problem.isEmpty() ? report : problem);
    coverage_->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #555;") : QStringLiteral("color: #c0392b;"));
    coverage_->setProperty("problem", !problem.isEmpty());
    coverage_->setVisible(!coverage_->text().isEmpty());
    return problem;
}

}  // namespace scdiff::ui
