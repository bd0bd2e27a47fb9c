#pragma once
// The embedding scatter plot: any 2-D obsm embedding, coloured by an obs column (palette + a legend
// whose checkable entries hide/show categories and show counts), by a gene (viridis + colour scale),
// or by whether two label columns agree per cell (e.g. a model's predictions against a reference).
// Navigate mode: wheel zoom and drag pan; Lasso/Box modes draw a polygon that selects the cells inside
// (session selection). Hovering shows the cell's name and values.
#include <QColor>
#include <QPolygonF>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPColorScale;
class QComboBox;
class QLineEdit;
class QLabel;
class QListWidget;
class QDoubleSpinBox;
class QSlider;
class QActionGroup;
class QCompleter;
class QStringListModel;
class QMouseEvent;

namespace scdiff::ui {

class Session;
class PointCloud;

class EmbeddingView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Navigate, Lasso, Box };
    explicit EmbeddingView(Session* session, QWidget* parent = nullptr);

    QString embedding() const;
    bool setEmbedding(const QString& key);
    bool colourByColumn(const QString& column);  // false when there is no such column
    bool colourByGene(const QString& gene);      // false when there is no such gene
    // Three categories, "agrees", "disagrees" and "no label" (missing in either column), from the
    // cells' label text in both columns (cellText); false when either column is missing.
    bool colourByAgreement(const QString& predicted, const QString& reference);
    QString colouredBy() const { return colourKey_; }                   // the predicted column when by agreement
    QString agreementReference() const { return agreementReference_; }  // empty unless by agreement
    bool colouredByGene() const { return byGene_; }
    void setCategoryHidden(int category, bool hidden);
    void setPointSize(double px);
    void setOpacity(double alpha);
    void setMode(Mode m);
    void resetView();
    // Selects the cells inside a polygon in plot coordinates (what the lasso and box call).
    void selectPolygon(const QPolygonF& plotCoords);

    QCustomPlot* plot() const { return plot_; }
    QListWidget* legend() const { return legend_; }
    QComboBox* colourBox() const { return colourBox_; }
    QCPColorScale* colorScale() const { return scale_; }
    PointCloud* points() const { return cloud_; }
    QString tooltipFor(std::int64_t cell) const;
    QLabel* noEmbeddingHint() const { return noEmbedding_; }

signals:
    void embeddingsAvailable(bool any);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadEmbeddings();
    void refreshColumns();
    void recolour();
    void showCategories(const std::vector<QString>& names, const std::vector<QColor>& palette,
                        std::vector<QRgb>& colours);
    void leaveAgreement();
    void syncAgreementItem();
    void refreshHighlight();
    void onMousePress(QMouseEvent* e);
    void onMouseMove(QMouseEvent* e);
    void onMouseRelease(QMouseEvent* e);

    Session* session_;
    QCustomPlot* plot_;
    PointCloud* cloud_;
    QCPColorScale* scale_ = nullptr;
    QComboBox* embeddingBox_;
    QComboBox* colourBox_;
    QLineEdit* geneEdit_;
    QStringListModel* geneNames_;
    QListWidget* legend_;
    QLabel* noEmbedding_;  // what to do when the dataset has no embedding yet
    QDoubleSpinBox* sizeSpin_;
    QSlider* opacitySlider_;
    QActionGroup* modeGroup_;
    Mode mode_ = Mode::Navigate;
    QString colourKey_;
    bool byGene_ = false;
    QString agreementReference_;        // non-empty: coloured by colourKey_ vs this column
    std::vector<std::int32_t> codes_;   // per cell category code when categorical (-1 missing)
    std::vector<std::uint8_t> hidden_;  // per category
    QPolygonF drawing_;
    bool dragging_ = false;
};

}  // namespace scdiff::ui
