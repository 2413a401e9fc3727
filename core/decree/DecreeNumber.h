#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Simutasi {

// The number of a decree, made from the configurable template of the BKD, e.g.
// "{klasifikasi}/{nomor}/{unit}/{bulan romawi}/{tahun}" -> "800.1.3.1/0125/BKD/XI/2026".
// Placeholders: {klasifikasi}, {nomor} (the yearly sequence, zero-padded to `width`), {unit},
// {bulan romawi} (XI), {bulan} (11), {tahun} (2026). A pure function: the counter lives in the
// database (DecreeRegistry).
class DecreeNumber
{
    Q_DECLARE_TR_FUNCTIONS(DecreeNumber)
public:
    struct Parts
    {
        QString klasifikasi; // "800.1.3.1"
        int sequence = 0;    // the nomor urut of the year, from 1
        QString unit;        // "BKD"
        QDate date;          // the decree's date: month and year
    };

    static QString defaultTemplate();
    static constexpr int DefaultWidth = 4;

    // The number, or an empty string when the template is invalid (see validate()).
    static QString format(const QString &templateText, const Parts &parts,
                          int width = DefaultWidth);
    // The running number inside `number` made with `templateText`; 0 when it does not match.
    static int sequenceIn(const QString &templateText, const QString &number);
    // Empty when the template is usable; else a sentence for the administrator. A template must
    // contain {nomor} (otherwise every decree of a year would get the same number) and only the
    // placeholders above.
    static QString validate(const QString &templateText);
};

} // namespace Simutasi
