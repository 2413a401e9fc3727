#pragma once

#include <QDate>
#include <QString>

namespace Simutasi::IndonesianText {

// Words and numbers as Indonesian official documents write them. Documents are Indonesian
// whatever the user's language, so these never go through tr() or the user's QLocale.

QString monthName(int month);     // 1 -> "Januari"
QString romanMonth(int month);    // 11 -> "XI"
QString date(const QDate &date);  // "27 November 2026"; empty for an invalid date
QString numberWords(int number);  // 14 -> "empat belas" (0 <= number < 1000000)
QString withWords(int number);    // 14 -> "14 (empat belas)"
QString ordinalDiktum(int index); // 0 -> "KESATU", 1 -> "KEDUA", ... (as decrees number them)
QString listLetter(int index);    // 0 -> "a", 25 -> "z", 26 -> "aa"

} // namespace Simutasi::IndonesianText
