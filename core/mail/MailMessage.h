#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Simutasi {

struct MailAttachment
{
    QString fileName; // "petikan-001-198503122010011003.pdf"
    QString mimeType; // "application/pdf"
    QByteArray data;
};

// One e-mail as handed to the SMTP client. `messageId` becomes the Message-ID header: the queue
// sets it from the message's idempotency key, so even a receiving server sees one identity.
struct MailMessage
{
    QString messageId;
    QString to;
    QString toName;
    QString subject;
    QString body; // plain text, UTF-8
    QList<MailAttachment> attachments;
};

} // namespace Simutasi
