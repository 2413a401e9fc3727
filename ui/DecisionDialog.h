#pragma once

#include "workflow/Proposal.h"
#include "workflow/ProposalWorkflow.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;
class QTableWidget;

namespace Simutasi {

// The Tim Penilai's decision on a verified proposal: the meeting date, the decision notes and,
// when approving, a verdict per line (approved unless unticked, with a note). Rejecting the
// whole proposal needs the notes.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Approve,
        Reject
    };
    DecisionDialog(Mode mode, const QList<ProposalLine> &activeLines, const QDate &today,
                   QWidget *parent = nullptr);

    ProposalDecision decision() const;
    // As ticking off a line and typing its note.
    void setLineVerdict(qint64 lineId, bool approved, const QString &note);
    void setMeetingDate(const QDate &date);
    void setNotes(const QString &notes);
    QTableWidget *linesTable() const { return m_lines; }

private:
    void update();

    Mode m_mode;
    QList<qint64> m_lineIds;
    QDateEdit *m_meeting = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_lines = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Simutasi
