#pragma once

#include "Proposal.h"
#include "storage/DatabaseError.h"

#include <QList>
#include <QVariant>
#include <optional>

namespace Simutasi {

class Database;

// The rows of proposal, proposal_line and proposal_event. No rules here (states, roles,
// conflicts): that is ProposalWorkflow. Nothing is ever deleted. Writes take part in the
// caller's transaction.
class ProposalRepository
{
public:
    explicit ProposalRepository(Database &database);

    std::optional<Proposal> proposal(qint64 id) const;
    QList<ProposalLine> lines(qint64 proposalId) const; // by position, withdrawn ones included
    std::optional<ProposalLine> line(qint64 lineId) const;
    QList<ProposalEvent> events(qint64 proposalId) const;            // oldest first
    QList<ProposalSummary> list(const ProposalFilter &filter) const; // newest first
    int count(const ProposalFilter &filter) const;

    // Active lines of open proposals other than `exceptProposalId` for the employee.
    QList<ProposalLine> openLinesOfEmployee(qint64 employeeId, qint64 exceptProposalId) const;
    // Active lines into, or out of, a post, of the proposals other than `exceptProposalId` that
    // were submitted and are still open: a draft claims nothing yet (the first proposal
    // submitted gets the place).
    QList<ProposalLine> submittedLinesInto(qint64 unitId, qint64 jabatanId,
                                           qint64 exceptProposalId) const;
    QList<ProposalLine> submittedLinesOutOf(qint64 unitId, qint64 jabatanId,
                                            qint64 exceptProposalId) const;

    // "USL-<year>-<nnnn>", the next free number of the year.
    QString nextNumber(int year) const;

    DatabaseError insert(Proposal &proposal);        // sets id
    DatabaseError insertLine(ProposalLine &line);    // sets id and, when 0, position
    DatabaseError insertEvent(ProposalEvent &event); // sets id
    // Sets the columns of one proposal or line: {"state", "approved"}, ... (values as stored).
    DatabaseError update(qint64 proposalId, const QList<std::pair<QString, QVariant>> &columns);
    DatabaseError updateLine(qint64 lineId, const QList<std::pair<QString, QVariant>> &columns);

private:
    QList<ProposalLine> readLines(const QString &where, const QVariantList &values) const;
    DatabaseError updateRow(const QString &table, qint64 id,
                            const QList<std::pair<QString, QVariant>> &columns);

    Database &m_database;
};

} // namespace Simutasi
