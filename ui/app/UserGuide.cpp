#include "app/UserGuide.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QImage>
#include <QVBoxLayout>

namespace scdiff::ui {

UserGuide::UserGuide(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("scDiff Studio user guide"));
    browser_ = new QTextBrowser;
    browser_->setObjectName("userGuide");
    browser_->setOpenLinks(false);
    browser_->setSource(QUrl(QStringLiteral("qrc:/guide/README.md")), QTextDocument::MarkdownResource);
    fitPictures(840);
    note_ = new QLabel;
    note_->setObjectName("userGuideNote");
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: #555;"));
    note_->hide();
    connect(browser_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            QDesktopServices::openUrl(url);
        } else if (url.hasFragment() && url.path() == browser_->source().path()) {
            browser_->scrollToAnchor(url.fragment());
        } else {
            note_->setText(tr("“%1” is one of the project's documents (the docs folder of its source), not part of "
                              "the program.")
                               .arg(QFileInfo(url.path()).fileName()));
            note_->show();
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(note_);
    layout->addWidget(buttons);
    resize(900, 720);
}

void UserGuide::fitPictures(int width) {
    // The screenshots are window-sized: each is drawn at most `width` pixels wide, keeping its proportions.
    QTextDocument* doc = browser_->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid()) continue;
            const QImage picture = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() <= width) continue;
            image.setWidth(width);
            image.setHeight(static_cast<double>(width) * picture.height() / picture.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
}

}  // namespace scdiff::ui
