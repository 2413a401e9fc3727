#pragma once

#include "DecreeContent.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace Simutasi {

class Database;

// Paper and margins of printed decrees and letters. F4 (Folio, 215 x 330 mm) is what Indonesian
// government offices print on; A4 is the alternative.
struct PageSetup
{
    enum class Paper
    {
        F4,
        A4
    };
    Paper paper = Paper::F4;
    QMarginsF marginsMm{25, 20, 20, 20}; // left, top, right, bottom
    QString fontFamily = QStringLiteral("Liberation Serif");
    double fontSizePt = 12;

    QPageSize pageSize() const;
    static QString paperCode(Paper paper); // "F4", "A4"
    static Paper paperFromCode(const QString &code);
};

// The texts every officer must print the same way: the number template, Menimbang, Mengingat,
// Tembusan, the letterhead, the default signatory, the paper. They are database-wide settings
// (app_setting), not per-user ones, so that two officers never print different decrees.
struct DecreeTemplates
{
    Q_DECLARE_TR_FUNCTIONS(DecreeTemplates)
public:
    QString numberTemplate;
    int numberWidth = 4;
    QString klasifikasi;
    QString unitCode;
    QString place;
    QString title;
    QString region;
    QStringList menimbang;
    QStringList mengingat;
    QStringList tembusan;
    QStringList diktum; // KEDUA ...; "{tmt}" becomes the TMT sentence
    QString defaultReason;
    Letterhead letterhead;
    DecreeSignatory signatory;
    DecreeOfficial certifier;
    PageSetup page;

    static DecreeTemplates defaults();
    static DecreeTemplates load(const Database &database);
    // Stores every value and audits the changed ones, in one transaction. Needs the role of
    // DataAction::EditSettings (Permissions::requireCurrent); refused, nothing is written.
    DatabaseError save(Database &database, const QString &user) const;
    // Empty when usable, else what to correct.
    QString validate() const;

    // A content with these texts and no lines yet: the start of a new decree.
    DecreeContent newContent(const QString &number, const QDate &date) const;
};

} // namespace Simutasi
