#pragma once

#include "MailMessage.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>

namespace Simutasi {

class Database;

// One message of the outgoing e-mail queue with its delivery state.
struct QueuedMail
{
    enum class Status
    {
        Pending, // waiting for the next run
        Sending, // claimed by a run; if the program died here, delivery is unknown
        Sent,
        Failed, // with the server's reason; an officer may retry
        Retried // queued again by an officer after a failure
    };
    qint64 id = 0;
    QString key; // idempotency key: one message per key, ever
    MailMessage message;
    Status status = Status::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;

    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
};

// The e-mail queue in the database. A message is stored once per idempotency key, and each
// send first marks it "sending" in its own transaction, then "sent" or "failed" in another: a
// message is never sent twice, not by two programs draining the queue at once, not by a retry
// of a message that went out, not after a crash (an interrupted "sending" becomes "failed,
// delivery unknown" for an officer to check, instead of being sent again blindly). Queueing,
// retrying, sending and recovering need the role of DataAction::NotifyEmployees
// (Permissions::requireCurrent); refused, nothing is written or sent.
class MailQueue
{
    Q_DECLARE_TR_FUNCTIONS(MailQueue)
public:
    // Sends one message; returns an empty string when sent, else the reason.
    using Sender = std::function<QString(const MailMessage &message)>;

    explicit MailQueue(Database &database);

    // Stores the message under `key` unless the key is already there; *id gets the message's
    // id either way, *added whether it was new.
    DatabaseError enqueue(const QString &key, const MailMessage &message, const QString &user,
                          qint64 *id = nullptr, bool *added = nullptr);
    // The same inside the caller's open transaction.
    DatabaseError enqueueInTransaction(const QString &key, const MailMessage &message,
                                       const QString &user, qint64 *id, bool *added);
    // A failed message goes back into the queue (status Retried).
    DatabaseError retry(qint64 id, const QString &user);

    struct RunResult
    {
        int sent = 0;
        int failed = 0;
        int skipped = 0; // claimed by another run meanwhile
        DatabaseError error;
    };
    // Sends the pending and retried messages (oldest first, at most `limit`; 0 = all).
    RunResult sendPending(const Sender &sender, int limit = 0);
    // Messages left "sending" by a program that died become failed, delivery unknown.
    DatabaseError recoverInterrupted();

    std::optional<QueuedMail> message(qint64 id) const;
    std::optional<QueuedMail> messageByKey(const QString &key) const;
    QList<QueuedMail> messages(int limit = 1000) const;

private:
    DatabaseError setStatus(qint64 id, QueuedMail::Status from, QueuedMail::Status to,
                            const QString &error, bool *changed);
    std::optional<QueuedMail> read(const QString &where, const QVariant &value) const;

    Database &m_database;
};

} // namespace Simutasi
