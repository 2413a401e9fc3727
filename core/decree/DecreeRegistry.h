#pragma once

#include "DecreeContent.h"
#include "DecreeTemplates.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace Simutasi {

class Database;
struct Proposal;
struct User;

// A decree as recorded when it was issued: its number, drawn from the yearly counter, and its
// frozen content (reprints render exactly this, whatever happened to the employees since).
struct IssuedDecree
{
    qint64 id = 0;
    int year = 0;
    int sequence = 0;
    QString number;
    QDate date;
    QString place;
    DecreeSignatory signatory;
    qint64 proposalId = 0; // 0 for a decree not made from a proposal
    DecreeContent content;
    QDateTime issuedAt;
    QString issuedBy;
};

// Issues and reads decrees. Drawing the number and recording the decree happen in ONE
// transaction (BEGIN IMMEDIATE), so a number is never used twice, not by two officers at once,
// and never skipped, not even when the program dies between the two: the draw is rolled back
// with everything else.
class DecreeRegistry
{
    Q_DECLARE_TR_FUNCTIONS(DecreeRegistry)
public:
    explicit DecreeRegistry(Database &database);

    struct IssueRequest
    {
        qint64 proposalId = 0;
        QDate date;                               // the decree's date (Ditetapkan pada tanggal)
        std::optional<QString> place;             // default: the templates' place
        std::optional<DecreeSignatory> signatory; // default: the templates' signatory
    };

    // The content a decree of the approved proposal would have, number not yet drawn.
    DatabaseError draft(const IssueRequest &request, DecreeContent *content) const;
    // Issues the decree of an approved proposal: number, decree row, one notification row per
    // employee, and the proposal's move to "decree issued" through the workflow (which checks
    // the actor's role), all in one transaction.
    DatabaseError issue(const User &actor, const IssueRequest &request, qint64 *decreeId);
    // The numbering core: draws the next number of content.date's year into content.number
    // and stores the decree, inside the caller's open transaction. `proposalId` may be 0.
    DatabaseError recordInTransaction(DecreeContent &content, qint64 proposalId,
                                      const QString &user, qint64 *decreeId);
    // Same in its own transaction (decrees made outside the workflow, tests).
    DatabaseError record(DecreeContent &content, qint64 proposalId, const QString &user,
                         qint64 *decreeId);

    // Records the decree of a proposal whose number was given by hand through the workflow
    // (`simutasi-cli proposal decree`, or a demo's past): the content is made from the approved
    // lines as captured by the proposal, the number kept, the year's counter moved past it.
    // Inside the caller's open transaction.
    DatabaseError adoptInTransaction(qint64 proposalId, const QString &user, qint64 *decreeId);

    std::optional<IssuedDecree> decree(qint64 id) const;
    std::optional<IssuedDecree> decreeOfProposal(qint64 proposalId) const;
    QList<IssuedDecree> decrees(int limit = 1000) const; // newest first, without content lines
    // The last sequence drawn in `year` (0 when none).
    int lastSequence(int year) const;

    // Test seam: runs between the draw and the insert (a crash test exits the process there).
    void setAfterDrawHook(std::function<void()> hook) { m_afterDraw = std::move(hook); }

private:
    DatabaseError refused(const QString &message) const;
    DatabaseError contentOf(const Proposal &proposal, DecreeContent *content) const;
    DatabaseError insertDecree(DecreeContent &content, int sequence, qint64 proposalId,
                               const QString &user, qint64 *decreeId);

    Database &m_database;
    DecreeTemplates m_templates;
    std::function<void()> m_afterDraw;
};

} // namespace Simutasi
