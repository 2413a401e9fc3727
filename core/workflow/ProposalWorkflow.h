#pragma once

#include "LineAssessor.h"
#include "Permissions.h"
#include "Proposal.h"
#include "User.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <functional>

namespace Simutasi {

class Database;

// What to put on a new proposal line.
struct LineRequest
{
    qint64 employeeId = 0;
    std::optional<MutasiKind> kind; // unset: derived from the current and the target unit
    qint64 toUnitId = 0;            // 0 only for outgoing lines
    qint64 toJabatanId = 0;
    QString otherInstansi; // incoming: where from; outgoing: where to (required for both)
    QString reason;
    QDate plannedTmt; // required
    bool selfRequested = false;
    QString justification; // required when the eligibility gives warnings
    LineSource source = LineSource::Manual;
    int rank = 0; // source Ranking: the position in the ranking (1 = first) and its size
    int rankedCandidates = 0;
    std::optional<double> jpm; // the ranking's JPM; computed when unset
};

// A clash of a line with the registry or with other open proposals.
struct Conflict
{
    enum class Kind
    {
        EmployeeInOpenProposal, // the employee is already on an open proposal
        OverFormasi,            // the target post has no free place in its formasi
        VacancyTaken            // the free place is already claimed by another open proposal
    };
    Kind kind = Kind::OverFormasi;
    qint64 lineId = 0; // this proposal's line, 0 for a line not yet added
    qint64 employeeId = 0;
    qint64 otherProposalId = 0;
    QString message;
};

// The result of checking or adding one line.
struct LineCheck
{
    bool accepted = false; // checkLine: could be added; addLine: was added
    qint64 lineId = 0;
    LineAssessment assessment;
    QList<Conflict> conflicts; // capacity conflicts do not refuse a draft line, submit refuses
    QString refusal;           // why not, for the officer
    DatabaseError error;       // the database failed, or (Forbidden) the role is missing
};

// The Tim Penilai's decision on a verified proposal.
struct ProposalDecision
{
    struct Verdict
    {
        bool approved = true;
        QString note;
    };
    QDate meetingDate; // required
    QString notes;
    QHash<qint64, Verdict> lines; // by line id; lines not named are approved
};

// The decree that carries out an approved proposal, as the decree module issued it.
struct DecreeReference
{
    qint64 decreeId = 0; // the decree module's row, 0 when it keeps none
    QString number;      // required: it goes into every riwayat jabatan row
    QDate date;          // required
};

// The transfer-proposal workflow: creating proposals and their lines, every state transition
// with its role check, the conflict checks and the execution on the TMT. Every call checks the
// actor's role first (Permissions), then the state, runs in one transaction (its own, or the
// caller's, see setInCallerTransaction) and writes a proposal_event row and audit entries under
// the actor's name. Refusals come back as DatabaseError of kind Forbidden (role) or Refused
// (state, eligibility, conflict, missing data) with a message for the officer.
class ProposalWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ProposalWorkflow)
public:
    ProposalWorkflow(Database &database, const User &actor);

    void setInCallerTransaction(bool inCaller) { m_ownTransaction = !inCaller; }
    // The time recorded in events and audit entries, and whose date is "today" for the
    // eligibility rules and the execution (default: now). The demo writes a past with it.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    // Reuse a pool loaded once for the eligibility of many lines (see LineAssessor::usePool).
    void usePool(const CandidatePool *pool) { m_assessor.usePool(pool); }

    const User &actor() const { return m_actor; }
    // Whether the actor's roles allow `action` on a proposal in `state` (for the UI's buttons).
    bool can(WorkflowAction action, ProposalState state) const;

    // --- Drafts (Operator BKD) ---
    // A new, empty draft; its id in *id.
    DatabaseError create(const QString &title, qint64 *id);
    // What adding the line would give, without writing: eligibility, JPM, conflicts.
    LineCheck checkLine(qint64 proposalId, const LineRequest &request);
    LineCheck addLine(qint64 proposalId, const LineRequest &request);
    // A new draft with one line per employee on the vacancy's shortlist (all of them when
    // `employeeIds` is empty), each with `common`'s reason, TMT and kind. Lines that are refused
    // are reported in `lines` and left out; the draft is kept when at least one line went in.
    struct FromShortlist
    {
        qint64 proposalId = 0;
        QList<LineCheck> lines;
        DatabaseError error;
    };
    FromShortlist createFromShortlist(const QString &title, qint64 jabatanId, qint64 unitId,
                                      const LineRequest &common,
                                      const QList<qint64> &employeeIds = {});
    DatabaseError withdrawLine(qint64 lineId, const QString &reason);
    DatabaseError setJustification(qint64 lineId, const QString &justification);

    // --- Transitions ---
    DatabaseError submit(qint64 proposalId, const QString &note = {});          // Operator
    DatabaseError verify(qint64 proposalId, const QString &note = {});          // Verifikator
    DatabaseError returnToDraft(qint64 proposalId, const QString &notes);       // Verifikator
    DatabaseError approve(qint64 proposalId, const ProposalDecision &decision); // Tim Penilai
    DatabaseError reject(qint64 proposalId, const QDate &meetingDate,
                         const QString &notes); // Tim Penilai, the whole proposal
    // Called by the decree module when the decree of an approved proposal is signed.
    DatabaseError markDecreeIssued(qint64 proposalId, const DecreeReference &decree);
    // Carries out the approved lines on their TMT (all must be on or before today): one
    // transaction; executing twice is refused.
    DatabaseError execute(qint64 proposalId);
    DatabaseError close(qint64 proposalId, const QString &note = {});
    DatabaseError cancel(qint64 proposalId, const QString &reason); // any open state
    // Withdraws ONE approved line of an Approved or DecreeIssued proposal (an upheld keberatan
    // against the decree): roles of Cancel, reason required; the line's decision becomes
    // Withdrawn and execute() leaves it out. When no approved line is left, the proposal is
    // cancelled with the same reason, in the same transaction.
    DatabaseError withdrawApprovedLine(qint64 lineId, const QString &reason);

    // The conflicts of the proposal's active lines with the registry and other open proposals.
    QList<Conflict> conflicts(qint64 proposalId, DatabaseError *error = nullptr);
    // The order execute() applies the approved lines in: who leaves a post before who enters it.
    static QList<ProposalLine> executionOrder(const QList<ProposalLine> &lines);

private:
    using Work = std::function<DatabaseError(const Proposal &proposal, ProposalState *target,
                                             QString *note)>;
    DatabaseError transition(qint64 proposalId, WorkflowAction action, QString note,
                             const Work &work);
    DatabaseError refused(const QString &message) const;
    DatabaseError record(qint64 proposalId, const QString &action,
                         std::optional<ProposalState> from, std::optional<ProposalState> to,
                         const QString &note);
    LineCheck check(const Proposal &proposal, const LineRequest &request, ProposalLine *line);
    // The capacity conflicts of the posts `lines` enter (only of `onlyPost`'s target when
    // given: adding one line need not recheck every other post of a batch).
    QList<Conflict> capacityConflicts(qint64 proposalId, const QList<ProposalLine> &lines,
                                      const ProposalLine *onlyPost = nullptr);
    DatabaseError requireNoConflicts(qint64 proposalId);
    DatabaseError executeLine(const ProposalLine &line, const Proposal &proposal);
    DatabaseError editableLine(qint64 lineId, ProposalLine *line, Proposal *proposal);
    // One change of a draft's line in one transaction: `edit` writes it and lists the fields
    // for the audit entries.
    using LineEdit = std::function<DatabaseError(const ProposalLine &line, const Proposal &proposal,
                                                 QList<FieldChange> *changes)>;
    DatabaseError editLine(qint64 lineId, const QString &action, const LineEdit &edit);
    QString stateRefusal(const Proposal &proposal, WorkflowAction action) const;

    Database &m_database;
    User m_actor;
    QDateTime m_now;
    bool m_ownTransaction = true;
    LineAssessor m_assessor;
};

} // namespace Simutasi
