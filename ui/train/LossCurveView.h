#pragma once
// The loss curve of a training run: mean train loss per epoch and, when the run has a validation
// split, the validation loss, with a status line (epoch e/E, cells/s, time left). Fed from the
// engine's progress metrics (JobRunner::metricsReported) or from a model's history.
#include <QVariantMap>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QLabel;

namespace scdiff::engine {
struct EpochRecord;
}

namespace scdiff::ui {

class LossCurveView : public QWidget {
    Q_OBJECT
public:
    explicit LossCurveView(QWidget* parent = nullptr);

    // Empties the curve for a run of totalEpochs epochs.
    void reset(int totalEpochs);
    // The run's length once the trainer has said it (a step budget); keeps the points drawn so far.
    void setTotalEpochs(int totalEpochs);
    // One report of engine::train: "epoch_done" adds a point; step reports update the status line.
    void addMetrics(const QVariantMap& metrics);
    void addEpoch(int epoch, double trainLoss, double validationLoss);  // validationLoss < 0: none
    void setHistory(const std::vector<engine::EpochRecord>& history, int totalEpochs);

    int pointCount() const;            // epochs on the train curve
    int validationPointCount() const;  // epochs on the validation curve
    QString statusText() const;
    QCustomPlot* plot() const { return plot_; }

private:
    void rescale();

    QCustomPlot* plot_;
    QCPGraph *train_, *validation_;
    QLabel* status_;
    int totalEpochs_ = 0;
    int lastEpoch_ = 0;
};

}  // namespace scdiff::ui
