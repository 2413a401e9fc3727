#pragma once

#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Simutasi {

class Database;
struct IssuedDecree;
struct PageSetup;
struct User;

// How one employee of a decree was informed (sosialisasi) and what he or she answered.
struct DecreeNotice
{
    enum class Channel
    {
        Email,
        Letter
    };
    enum class Response
    {
        None,
        Acknowledged,
        Objected // keberatan
    };
    enum class Resolution
    {
        None,
        Upheld,  // the objection was accepted: the line is cancelled or changed
        Rejected // the objection was turned down: the transfer proceeds
    };
    qint64 id = 0;
    qint64 decreeId = 0;
    int lineIndex = 0;
    qint64 employeeId = 0;
    qint64 proposalLineId = 0;
    QString employeeName; // from the decree's frozen content
    QString nip;
    Channel channel = Channel::Letter;
    qint64 emailId = 0;
    QString emailStatus; // the queue's status code when e-mailed, else empty
    QString emailError;
    QDate informedOn; // e-mail sent or letter handed over; null while not informed
    Response response = Response::None;
    QDate responseOn;
    QString objectionReason;
    Resolution resolution = Resolution::None;
    QDate resolutionOn;
    QString resolutionNote;

    static QString responseCode(Response response);
    static QString resolutionCode(Resolution resolution);
};

// Per decree: how many employees were informed, acknowledged, objected, are still pending.
struct NoticeOverview
{
    int employees = 0;
    int informed = 0;
    int acknowledged = 0;
    int objected = 0;
    int objectionsOpen = 0; // objected and not yet resolved
    int pending = 0;        // not yet informed, or informed without an answer

    // The counts of notices already read (a report that lists them too reads them once).
    static NoticeOverview of(const QList<DecreeNotice> &notices);
};

// The notification of a decree's employees: the letter (surat pemberitahuan) with the petikan,
// sent by e-mail through the queue or handed over on paper, and the answers with the
// resolution of objections. Every change is audited in its own transaction and needs the role
// of DataAction::NotifyEmployees (Permissions::requireCurrent; resolve() judges its actor);
// refused, nothing is written.
class DecreeNotifications
{
    Q_DECLARE_TR_FUNCTIONS(DecreeNotifications)
public:
    explicit DecreeNotifications(Database &database);

    QList<DecreeNotice> notices(qint64 decreeId) const;
    std::optional<DecreeNotice> notice(qint64 noticeId) const;
    NoticeOverview overview(qint64 decreeId) const;

    // Puts an e-mail in the queue for every e-mail notice of the decree that has none yet, with
    // the letter and the petikan as PDF attachments. Idempotent: a second call adds nothing.
    DatabaseError queueEmails(const IssuedDecree &decree, const PageSetup &setup,
                              const QString &user, int *queued = nullptr);
    // A printed letter was handed over to the employee on `date`.
    DatabaseError markHandedOver(qint64 noticeId, const QDate &date, const QString &user);
    DatabaseError acknowledge(qint64 noticeId, const QDate &date, const QString &user);
    DatabaseError object(qint64 noticeId, const QDate &date, const QString &reason,
                         const QString &user);
    // Decides an objection, as `actor`. Rejected: the transfer proceeds as decreed. Upheld: this
    // employee's transfer must not be carried out, so the workflow withdraws the employee's
    // line (ProposalWorkflow::withdrawApprovedLine, which needs the actor's Operator or
    // Administrator role) in the same transaction; the other lines proceed, the decree stays
    // on record, and the proposal is cancelled when no line is left. An executed transfer cannot be
    // undone this way: that needs a new proposal.
    DatabaseError resolve(qint64 noticeId, DecreeNotice::Resolution resolution, const QDate &date,
                          const QString &note, const User &actor);

    // The e-mail of one notice: Indonesian text and the two PDFs.
    static QString emailKey(qint64 decreeId, int lineIndex);

private:
    DatabaseError update(qint64 noticeId, const QList<std::pair<QString, QVariant>> &columns,
                         const QString &action, const QString &user);
    DatabaseError refused(const QString &message) const;

    Database &m_database;
};

} // namespace Simutasi
