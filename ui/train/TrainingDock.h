#pragma once
// The training panel (the content of the "Training" dock): what is being trained, the live loss
// curve, the run's progress over all epochs, Cancel, and "Resume from checkpoint…" for a run that
// was cancelled or a checkpoint file, and a line on the session's model (do its genes match the
// dataset?). It only displays; MainWindow runs the jobs.
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace scdiff::ui {

class LossCurveView;

class TrainingDock : public QWidget {
    Q_OBJECT
public:
    explicit TrainingDock(QWidget* parent = nullptr);

    // A run starts: description ("annotation, quick preset, 3 epochs"), its total epochs.
    void startRun(const QString& description, int totalEpochs);
    // A report of the running training job (JobRunner::metricsReported).
    void addMetrics(qint64 done, qint64 total, const QVariantMap& metrics);
    // The run ended; message says how (trained, cancelled, the error). canResume: a checkpoint is there.
    void finishRun(const QString& message, bool canResume);
    bool running() const { return running_; }
    // The session's model as applied to the open dataset ("annotation model, 2 000 genes: 1 950 found
    // in this dataset, 50 missing"); warning draws it in the error colour (genes missing or too few).
    void setModelInfo(const QString& text, bool warning);
    QLabel* modelInfo() const { return modelInfo_; }

    LossCurveView* lossCurve() const { return curve_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* resumeButton() const { return resume_; }
    QString message() const;

signals:
    void cancelRequested();
    void resumeRequested();

private:
    LossCurveView* curve_;
    QLabel* title_;
    QLabel* message_;
    QLabel* modelInfo_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QPushButton* resume_;
    int totalEpochs_ = 0;
    bool running_ = false;
};

}  // namespace scdiff::ui
