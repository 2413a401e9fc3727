#include "NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

NoteDialog::NoteDialog(const QString &title, const QString &prompt, bool required, QWidget *parent)
    : QDialog(parent)
    , m_required(required)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteField"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A required note cannot be left empty: the core would refuse it anyway.
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_required || !note().isEmpty());
    };
    connect(m_note, &QPlainTextEdit::textChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(440, 260);
}

QString NoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void NoteDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace Simutasi
