#pragma once
// Help > User guide: docs/guide/README.md, embedded in the program with the screenshots it shows, in a browser
// window. Links to the guide's own sections and to web pages work; links to the project's other documents
// (docs/*.md, not installed with the program) say where to find them.
#include <QDialog>

class QLabel;
class QTextBrowser;

namespace scdiff::ui {

class UserGuide : public QDialog {
    Q_OBJECT
public:
    explicit UserGuide(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return browser_; }
    QLabel* note() const { return note_; }

private:
    void fitPictures(int width);

    QTextBrowser* browser_;
    QLabel* note_;
};

}  // namespace scdiff::ui
