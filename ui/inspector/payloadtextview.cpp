#include "payloadtextview.h"

#include "history/payload/payloadtext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace homewire::ui {

PayloadTextView::PayloadTextView(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_truncatedBar(new QWidget(this))
    , m_truncatedLabel(new QLabel(m_truncatedBar))
    , m_showAll(new QPushButton(tr("Show All"), m_truncatedBar))
    , m_editor(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_note->setObjectName(QStringLiteral("textNote"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_note->hide();
    layout->addWidget(m_note);

    auto *barLayout = new QHBoxLayout(m_truncatedBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    m_truncatedLabel->setObjectName(QStringLiteral("truncatedLabel"));
    barLayout->addWidget(m_truncatedLabel, 1);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    m_showAll->setToolTip(tr("Load the whole payload into the view. Very large payloads take a moment."));
    connect(m_showAll, &QPushButton::clicked, this, &PayloadTextView::showAllRequested);
    barLayout->addWidget(m_showAll);
    m_truncatedBar->hide();
    layout->addWidget(m_truncatedBar);

    m_editor->setObjectName(QStringLiteral("payloadText"));
    m_editor->setReadOnly(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setUndoRedoEnabled(false);
    layout->addWidget(m_editor, 1);
}

void PayloadTextView::setExcerpt(const QString &text, qsizetype shownBytes, qsizetype totalBytes)
{
    m_editor->setPlainText(text);
    const bool truncated = shownBytes < totalBytes;
    m_truncatedBar->setVisible(truncated);
    if (truncated) {
        m_truncatedLabel->setText(tr("Showing the first %1 of %2.")
                                      .arg(payload::humanSize(shownBytes), payload::humanSize(totalBytes)));
        m_showAll->setEnabled(true);
    }
}

void PayloadTextView::setFullText(const QString &text)
{
    m_editor->setPlainText(text);
    m_truncatedBar->hide();
}

void PayloadTextView::setLoadingAll()
{
    m_truncatedLabel->setText(tr("Decoding the whole payload\u2026"));
    m_showAll->setEnabled(false);
}

void PayloadTextView::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void PayloadTextView::setWrapping(bool wrap)
{
    m_editor->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

QString PayloadTextView::text() const
{
    return m_editor->toPlainText();
}

bool PayloadTextView::isTruncated() const
{
    return !m_truncatedBar->isHidden();
}

} // namespace homewire::ui
