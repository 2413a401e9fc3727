#pragma once

#include "DecreeContent.h"
#include "DecreeTemplates.h"

#include <QDate>
#include <QString>

namespace Simutasi {

class PageTarget;

// Draws the documents of a decree onto pages, in Indonesian, after the usual layout of a
// Keputusan Gubernur: the SK with its Lampiran table, the petikan of one employee and the
// notification letter (surat pemberitahuan) of one employee. QtGui only (QTextDocument and
// QPainter), so the CLI renders without a display and the UI prints through the same code.
class DecreeRenderer
{
public:
    DecreeRenderer(const DecreeContent &content, const PageSetup &setup);

    // The SK: heading, Menimbang, Mengingat, MEMUTUSKAN, the diktum, signature, Tembusan, then
    // the Lampiran table (header repeated on every page, rows never split).
    void renderDecree(PageTarget &target) const;
    // The petikan (extract) of line `index` for that employee.
    void renderPetikan(PageTarget &target, int index) const;
    // The notification letter of line `index`, dated `letterDate` (the decree's date when null).
    void renderNotification(PageTarget &target, int index, const QDate &letterDate = {}) const;

    // Convenience: the same into a PDF file; false when it cannot be written.
    bool writeDecreePdf(const QString &fileName) const;
    bool writePetikanPdf(const QString &fileName, int index) const;
    bool writeNotificationPdf(const QString &fileName, int index,
                              const QDate &letterDate = {}) const;

    // The same as PDF bytes, e.g. for an e-mail attachment.
    QByteArray petikanPdfData(int index) const;
    QByteArray notificationPdfData(int index, const QDate &letterDate = {}) const;

    // "19850312 201001 1 003" for a valid NIP, the text as given otherwise.
    static QString formatNip(const QString &nip);
    // A file name for the petikan of a line: "petikan-001-198503122010011003.pdf".
    static QString petikanFileName(int index, const DecreeLine &line);

private:
    const DecreeContent &m_content;
    PageSetup m_setup;
};

} // namespace Simutasi
