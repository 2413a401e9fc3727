#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace Simutasi {

// Asks for the note of a workflow step: the notes of a return, the reason of a cancellation
// (required), or an optional remark with a verification or a closing.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &title, const QString &prompt, bool required,
               QWidget *parent = nullptr);

    QString note() const;
    void setNote(const QString &note);
    QPlainTextEdit *noteField() const { return m_note; }

private:
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_required = false;
};

} // namespace Simutasi
