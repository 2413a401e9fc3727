#include "DecisionDialog.h"

#include "ProposalLinesModel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {
enum Column
{
    ApproveColumn,
    EmployeeColumn,
    MoveColumn,
    NoteColumn
};
}

DecisionDialog::DecisionDialog(Mode mode, const QList<ProposalLine> &activeLines,
                               const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(mode == Mode::Approve ? tr("Decision of the Tim Penilai")
                                         : tr("Reject the whole proposal"));
    m_meeting = new QDateEdit(today, this);
    m_meeting->setObjectName(QStringLiteral("meetingDate"));
    m_meeting->setCalendarPopup(true);
    m_meeting->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_meeting->setMaximumWidth(160);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("decisionNotes"));
    m_notes->setMaximumHeight(90);
    auto *form = new QFormLayout;
    form->addRow(tr("Meeting date:"), m_meeting);
    form->addRow(mode == Mode::Approve ? tr("Decision notes:") : tr("Reasons (required):"),
                 m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (mode == Mode::Approve) {
        auto *explanation = new QLabel(
            tr("Every line is approved unless you untick it; a rejected line needs a note. "
               "When every line is rejected, the proposal is rejected."),
            this);
        explanation->setWordWrap(true);
        layout->addWidget(explanation);
        m_lines = new QTableWidget(int(activeLines.size()), 4, this);
        m_lines->setObjectName(QStringLiteral("decisionLines"));
        m_lines->setHorizontalHeaderLabels(
            {tr("Approve"), tr("Employee"), tr("From → To"), tr("Note")});
        m_lines->verticalHeader()->hide();
        m_lines->horizontalHeader()->setStretchLastSection(true);
        for (int row = 0; row < activeLines.size(); ++row) {
            const ProposalLine &line = activeLines.at(row);
            m_lineIds.append(line.id);
            auto *check = new QTableWidgetItem;
            check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            check->setCheckState(Qt::Checked);
            m_lines->setItem(row, ApproveColumn, check);
            auto *employee = new QTableWidgetItem(tr("%1 (%2)").arg(line.employeeName, line.nip));
            employee->setFlags(Qt::ItemIsEnabled);
            m_lines->setItem(row, EmployeeColumn, employee);
            auto *move = new QTableWidgetItem(tr("%1 → %2").arg(ProposalLinesModel::fromText(line),
                                                                ProposalLinesModel::toText(line)));
            move->setFlags(Qt::ItemIsEnabled);
            move->setToolTip(move->text());
            m_lines->setItem(row, MoveColumn, move);
            m_lines->setItem(row, NoteColumn, new QTableWidgetItem);
        }
        m_lines->resizeColumnsToContents();
        // Long unit names must not push the note column out of sight.
        m_lines->setColumnWidth(EmployeeColumn,
                                std::min(m_lines->columnWidth(EmployeeColumn), 300));
        m_lines->setColumnWidth(MoveColumn, std::min(m_lines->columnWidth(MoveColumn), 300));
        layout->addWidget(m_lines, 1);
        connect(m_lines, &QTableWidget::itemChanged, this, &DecisionDialog::update);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Approve ? tr("Record decision") : tr("Reject proposal"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    layout->addWidget(m_buttons);
    resize(mode == Mode::Approve ? 820 : 460, mode == Mode::Approve ? 520 : 260);
    update();
}

void DecisionDialog::update()
{
    bool ok = m_notes->toPlainText().trimmed().size() > 0 || m_mode == Mode::Approve;
    for (int row = 0; m_lines && row < m_lines->rowCount(); ++row) {
        const bool rejected = m_lines->item(row, ApproveColumn)->checkState() != Qt::Checked;
        if (rejected && m_lines->item(row, NoteColumn)->text().trimmed().isEmpty())
            ok = false;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

ProposalDecision DecisionDialog::decision() const
{
    ProposalDecision decision;
    decision.meetingDate = m_meeting->date();
    decision.notes = m_notes->toPlainText().trimmed();
    for (int row = 0; m_lines && row < m_lines->rowCount(); ++row) {
        const bool approved = m_lines->item(row, ApproveColumn)->checkState() == Qt::Checked;
        decision.lines.insert(m_lineIds.at(row),
                              {approved, m_lines->item(row, NoteColumn)->text().trimmed()});
    }
    return decision;
}

void DecisionDialog::setLineVerdict(qint64 lineId, bool approved, const QString &note)
{
    const int row = int(m_lineIds.indexOf(lineId));
    if (row < 0 || !m_lines)
        return;
    m_lines->item(row, NoteColumn)->setText(note);
    m_lines->item(row, ApproveColumn)->setCheckState(approved ? Qt::Checked : Qt::Unchecked);
}

void DecisionDialog::setMeetingDate(const QDate &date)
{
    m_meeting->setDate(date);
}

void DecisionDialog::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

} // namespace Simutasi
