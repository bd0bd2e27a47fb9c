#include "train/TypeConditionerBox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/CheckLine.h"
#include "common/FileStamp.h"
#include "common/Settings.h"
#include "scdiff/engine/type_prior.hpp"
#include "scdiff/prior/dataset_table.hpp"

namespace scdiff::ui {

namespace {

QPushButton* browseButton(QWidget* parent, QLineEdit* into, const QString& title, const QString& filter,
                          TypeConditionerBox* box) {
    auto* b = new QPushButton(TypeConditionerBox::tr("Browse…"), parent);
    QObject::connect(b, &QPushButton::clicked, box, [=] {
        const QString file = QFileDialog::getOpenFileName(box, title, Settings::lastFolder(), filter);
        if (file.isEmpty()) return;
        into->setText(file);
        emit box->changed();
    });
    return b;
}

// What the worker needs of the dataset: the label column (and its ontology IDs) and the table it may carry,
// not X: the read must not copy the whole dataset.
AnnData labelsOnly(const AnnData& data, const std::string& labelKey) {
    AnnData light;
    light.obs.index = data.obs.index;
    for (const std::string& key : {labelKey, labelKey + "_ontology_term_id"})
        if (const Column* c = data.obs.find(key)) light.obs.set(c->name, c->data);
    if (const Element* t = data.uns.find(prior::kDatasetTableKey)) light.uns.set(prior::kDatasetTableKey, *t);
    return light;
}

}  // namespace

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
    kind_->addItem(tr("The dataset's table (uns['scdiff_text_embeddings'])"), QStringLiteral("dataset"));
    kind_->addItem(tr("Descriptions (TSV: type, text)"), QStringLiteral("descriptions"));
    kind_->addItem(tr("Cell ontology (.obo, .owl, .json)"), QStringLiteral("ontology"));
    path_ = new QLineEdit;
    path_->setObjectName("typeSourcePath");
    path_->setMinimumWidth(260);
    path_->setPlaceholderText(tr("the file with the cell types' vectors or descriptions"));
    browse_ = browseButton(this, path_, tr("Cell-type table, descriptions or ontology"), tr("All files (*)"), this);

    encoder_ = new QComboBox;
    encoder_->setObjectName("typeEncoder");
    encoder_->addItem(tr("Built-in lexical embedding (no language model)"), QStringLiteral("lexical"));
    encoder_->addItem(tr("A TorchScript language model (BERT family)"), QStringLiteral("torchscript"));
    encoder_->setToolTip(
        tr("The lexical embedding compares the words of the descriptions; a language model such as BioLinkBERT, "
           "exported with torch.jit.trace, compares their meaning ([CLS] vector of its last layer)"));
    model_ = new QLineEdit;
    model_->setObjectName("typeEncoderModel");
    model_->setPlaceholderText(tr("the model (.pt)"));
    vocab_ = new QLineEdit;
    vocab_->setObjectName("typeEncoderVocab");
    vocab_->setPlaceholderText(tr("its vocab.txt"));
    auto* modelBrowse = browseButton(this, model_, tr("TorchScript text encoder"),
                                     tr("TorchScript (*.pt *.pth *.ts);;All files (*)"), this);
    auto* vocabBrowse = browseButton(this, vocab_, tr("WordPiece vocabulary"), tr("Text (*.txt);;All files (*)"), this);
    languageModelFiles_ = new QWidget;
    auto* files = new QHBoxLayout(languageModelFiles_);
    files->setContentsMargins(0, 0, 0, 0);
    files->addWidget(model_, 1);
    files->addWidget(modelBrowse);
    files->addWidget(vocab_, 1);
    files->addWidget(vocabBrowse);
    encoderRow_ = new QWidget;
    auto* encoderRow = new QHBoxLayout(encoderRow_);
    encoderRow->setContentsMargins(0, 0, 0, 0);
    encoderRow->addWidget(encoder_);
    encoderRow->addWidget(languageModelFiles_, 1);

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
    v->addWidget(encoderRow_);
    v->addWidget(coverage_);

    connect(conditioner_, &QComboBox::currentIndexChanged, this, &TypeConditionerBox::changed);
    connect(kind_, &QComboBox::currentIndexChanged, this, &TypeConditionerBox::changed);
    connect(encoder_, &QComboBox::currentIndexChanged, this, &TypeConditionerBox::changed);
    for (QLineEdit* e : {path_, model_, vocab_})
        connect(e, &QLineEdit::editingFinished, this, &TypeConditionerBox::changed);
    connect(&watcher_, &QFutureWatcher<Read>::finished, this, [this] {
        const Read done = watcher_.result();
        if (done.key != read_.key) return;  // the source changed while it was read: another read runs
        read_ = done;
        reading_ = false;
        emit changed();
    });
}

bool TypeConditionerBox::text() const { return conditioner_->currentData().toString() != QLatin1String("class"); }

QString TypeConditionerBox::sourceKind() const { return kind_->currentData().toString(); }

prior::TypeSource TypeConditionerBox::source() const {
    prior::TypeSource s;
    const std::filesystem::path file = path_->text().trimmed().toStdString();
    const QString kind = sourceKind();
    if (kind == QLatin1String("table"))
        s.table = file;
    else if (kind == QLatin1String("dataset"))
        s.fromDataset = true;
    else if (kind == QLatin1String("descriptions"))
        s.descriptions = file;
    else
        s.ontology = file;
    if (s.described() && encoder_->currentData().toString() == QLatin1String("torchscript")) {
        s.languageModel.module = model_->text().trimmed().toStdString();
        s.languageModel.vocab = vocab_->text().trimmed().toStdString();
    }
    return s;
}

std::optional<prior::TypeTable> TypeConditionerBox::table() const {
    if (!text() || reading_) return std::nullopt;
    return read_.table;
}

QString TypeConditionerBox::refresh(const AnnData& data, const QString& labelKey) {
    const bool on = text();
    const bool needsPath = sourceKind() != QLatin1String("dataset");
    const bool described = sourceKind() == QLatin1String("descriptions") || sourceKind() == QLatin1String("ontology");
    const bool languageModel = encoder_->currentData().toString() == QLatin1String("torchscript");
    kind_->setEnabled(on);
    path_->setEnabled(on && needsPath);
    browse_->setEnabled(on && needsPath);
    encoderRow_->setVisible(on && described);
    languageModelFiles_->setVisible(languageModel);
    if (!on) {
        coverage_->hide();
        return {};
    }
    const QString path = path_->text().trimmed();
    Read shown;
    if (needsPath && path.isEmpty()) {
        shown.problem =
            tr("The text embedding needs a cell-type table: choose a table, descriptions or ontology file.");
    } else if (described && languageModel &&
               (model_->text().trimmed().isEmpty() || vocab_->text().trimmed().isEmpty())) {
        shown.problem = tr("The language model needs its TorchScript file and its vocab.txt.");
    } else {
        // Read again only when the source, the column or a file changed (validate() runs on every edit).
        const QString key = sourceKind() + '\n' + path + '\n' + fileStamp(path) + '\n' + labelKey + '\n' +
                            (described && languageModel ? model_->text() + fileStamp(model_->text().trimmed()) + '\n' +
                                                              vocab_->text() + fileStamp(vocab_->text().trimmed())
                                                        : QString());
        if (key != read_.key) {
            read_ = Read{key, {}, {}, std::nullopt};
            reading_ = true;
            const std::string column = labelKey.toStdString();
            watcher_.setFuture(QtConcurrent::run([key, light = labelsOnly(data, column), column, s = source()] {
                Read r{key, {}, {}, std::nullopt};
                try {
                    auto table = engine::cellTypeTable(light, column, s);
                    const auto match = engine::cellTypeCoverage(light, column, table);
                    r.report = QString::fromStdString(table.provenance + ". " + match.report(table.rows()));
                    if (!match.unmatched().empty())
                        r.problem = TypeConditionerBox::tr("Every cell type needs a row of the table: %1")
                                        .arg(QString::fromStdString(match.report(table.rows())));
                    else
                        r.table = std::move(table);
                } catch (const std::exception& e) {
                    r.problem = QString::fromUtf8(e.what());
                }
                return r;
            }));
        }
        shown = read_;
    }
    showRead(shown);
    if (reading_ && shown.problem.isEmpty()) return tr("Reading the cell-type table…");
    return shown.problem;
}

void TypeConditionerBox::showRead(const Read& read) {
    const bool pending = reading_ && read.problem.isEmpty() && read.key == read_.key && !read.key.isEmpty();
    const QString text = pending                  ? tr("Reading the cell-type table…")
                         : read.problem.isEmpty() ? read.report
                                                  : read.problem;
    showCheckLine(coverage_, text, !read.problem.isEmpty());
}

}  // namespace scdiff::ui
