#pragma once

#include "domain/Employee.h"
#include "domain/EmployeeHistory.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Simutasi {

// Readers for the cell values of personnel spreadsheets that the domain parsers do not accept
// as they are: the many ways of writing a gender, a status, a golongan with its pangkat, an
// education level with its field, a yes/no, a whole number.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)
public:
    // L/P, Laki-laki/Perempuan, Pria/Wanita, 1/2 (as digit 15 of the NIP), M/F, Male/Female.
    static Gender gender(const QString &text);
    // PNS, CPNS, PPPK and the SIASN spellings ("P"/"C", "PNS Daerah", "CPNS Daerah").
    static std::optional<EmployeeStatus> status(const QString &text);
    // "III/a", "3a", "Penata Muda, III/a", "III/a - Penata Muda", or a pangkat name alone.
    static std::optional<Golongan> golongan(const QString &text);
    // "IX", "9", "Golongan IX".
    static std::optional<int> pppkGrade(const QString &text);
    // "S1", "S-1/Sarjana", "D-III", "S-1 Pendidikan Matematika".
    static EducationLevel educationLevel(const QString &text);
    // "Sangat Baik", ..., also the pre-2022 scale "Cukup" and "Buruk" at the same positions.
    static std::optional<SkpPredicate> skpPredicate(const QString &text);
    // Y/N, Ya/Tidak, Yes/No, 1/0, true/false (XLSX booleans arrive as TRUE/FALSE).
    static std::optional<bool> yesNo(const QString &text);
    // A whole number, also when a spreadsheet wrote it as "12.0".
    static std::optional<int> wholeNumber(const QString &text);
    // A loose e-mail check: one @, something on both sides, a dot in the domain.
    static bool isPlausibleEmail(const QString &text);
    // True when a spreadsheet stored a long number as a float ("1.98503E+17"): its last digits
    // are lost, and the reason should say so rather than complain about the characters.
    static bool isScientificNumber(const QString &text);
};

} // namespace Simutasi
