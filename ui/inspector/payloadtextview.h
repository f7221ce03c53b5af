// PayloadTextView: read-only monospace text of a payload, bounded. When only
// the head of a large payload is shown, a bar above says so and offers
// "Show all", which the owner answers (off the GUI thread) with setFullText().
//
// Not here: decoding (core/history/payload/payloadtext.h) or threads.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace homewire::ui {

class PayloadTextView : public QWidget
{
    Q_OBJECT

public:
    explicit PayloadTextView(QWidget *parent = nullptr);

    // `text` covers `shownBytes` of `totalBytes`; truncated when they differ.
    void setExcerpt(const QString &text, qsizetype shownBytes, qsizetype totalBytes);
    // The whole text, after "Show all".
    void setFullText(const QString &text);
    // While the whole text is being decoded.
    void setLoadingAll();
    // A line above the text, e.g. why control characters show as symbols.
    void setNote(const QString &note);
    void setWrapping(bool wrap);

    QString text() const;
    bool isTruncated() const;
    QPlainTextEdit *editor() const { return m_editor; }

signals:
    void showAllRequested();

private:
    QLabel *m_note;
    QWidget *m_truncatedBar;
    QLabel *m_truncatedLabel;
    QPushButton *m_showAll;
    QPlainTextEdit *m_editor;
};

} // namespace homewire::ui
