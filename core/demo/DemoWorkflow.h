#pragma once

#include "DemoRandom.h"
#include "storage/DatabaseError.h"
#include "workflow/Proposal.h"
#include "workflow/User.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <array>
#include <memory>
#include <span>

namespace Simutasi {

class CandidatePool;
class Database;
class ProposalWorkflow;

// Gives a demo province its users and a believable past of transfers: one demo user per role
// (documented passwords), proposals executed over the last three years (employees really moved,
// riwayat jabatan rows with decree numbers, a few a year left for another instansi and are
// marked as departed), and open proposals in every state, among them a
// batch of teachers for remote schools. Everything goes through ProposalWorkflow with the demo
// users, dated with setNow, so the rules, events and audit entries are the real ones. Draws from
// its own random stream and writes inside the caller's transaction; deterministic for a seed,
// size and reference date.
class DemoWorkflow
{
public:
    struct DemoUser
    {
        const char *name;
        const char *password;
        const char *fullName;
        Role role;
    };
    // admin/admin123, operator/operator123, verifikator/verifikator123, penilai/penilai123,
    // penandatangan/penandatangan123, pimpinan/pimpinan123.
    static std::span<const DemoUser> users();

    struct Summary
    {
        int users = 0;
        int proposals = 0;
        int executedLines = 0;
        int openProposals = 0;
    };

    DemoWorkflow(Database &database, int employees, quint64 seed, const QDate &referenceDate);
    ~DemoWorkflow();
    DemoWorkflow(const DemoWorkflow &) = delete;
    DemoWorkflow &operator=(const DemoWorkflow &) = delete;

    DatabaseError write();
    Summary summary() const { return m_summary; }

private:
    struct Vacancy
    {
        qint64 unitId = 0;
        qint64 jabatanId = 0;
        int free = 0;
    };
    // How a proposal of the demo ends (or where it stays, for the open ones).
    enum class Fate
    {
        Draft,
        Returned,
        Submitted,
        Verified,
        Approved, // with one line rejected by the Tim Penilai
        DecreeIssued,
        Executed, // not yet closed
        Closed,
        Rejected,
        Cancelled
    };
    struct Plan
    {
        QString title;
        QDate created;
        Fate fate = Fate::Closed;
        int lines = 0;
        bool remoteTeachers = false; // the batch of teachers to remote schools
        int outgoing = 0;            // lines to another instansi (pindah keluar)
    };

    DatabaseError writeUsers();
    DatabaseError loadPool(const QDate &day);
    QList<Vacancy> vacancies(bool remoteSchools);
    DatabaseError writeProposal(const Plan &plan);
    DatabaseError addLines(ProposalWorkflow &workflow, qint64 proposalId, const Plan &plan,
                           const QDate &tmt, int *added);
    bool addLineFor(ProposalWorkflow &workflow, qint64 proposalId, const Vacancy &vacancy,
                    const QDate &tmt, bool byRanking, const QString &reason);
    DatabaseError advance(qint64 proposalId, const Plan &plan, const QDate &tmt);
    QString decreeNumber(const QDate &date);
    bool movable(qint64 employeeId);

    Database &m_database;
    int m_employees = 0;
    QDate m_reference;
    DemoRandom m_random;
    Summary m_summary;
    std::array<User, RoleCount> m_actors; // by Role
    std::unique_ptr<CandidatePool> m_pool;
    QHash<qint64, QList<int>> m_holdersOfJabatan; // jabatan -> pool indexes of movable holders
    QSet<qint64> m_proposed;                      // employees already on a demo proposal
    QHash<QString, int> m_claimed;                // "unit:jabatan" -> places taken by open lines
    QHash<int, int> m_decreesOfYear;
};

} // namespace Simutasi
