#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Simutasi {

enum class Gender
{
    Unknown,
    Male,
    Female
};

// Nomor Induk Pegawai: the 18-digit id of a civil servant. Parsing never throws: an invalid
// input gives an invalid Nip whose error() says exactly which part is wrong, so a GUI form or an
// import row can show it next to the field.
class Nip
{
    Q_DECLARE_TR_FUNCTIONS(Nip)
public:
    enum class Error
    {
        None,
        Empty,
        InvalidCharacter,    // something other than digits, spaces, dots or dashes
        WrongLength,         // not 18 digits
        InvalidBirthDate,    // digits 1-8 are not a real date
        InvalidCpnsMonth,    // digits 13-14 are not 01-12
        InvalidCpnsDate,     // digits 9-14 are not a plausible year/month
        CpnsBeforeAdulthood, // TMT CPNS before the 18th birthday
        InvalidGender,       // digit 15 is not 1 or 2
        InvalidSerial        // digits 16-18 are 000
    };

    Nip() = default;

    // Accepts "198503122010011003", "19850312 201001 1 003", "19850312.201001.1.003", ...
    static Nip parse(const QString &text);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // A sentence for the officer, naming the digits concerned; empty when valid.
    QString errorMessage() const;
    static QString describe(Error error, const QString &digits = {});

    QString digits() const { return m_digits; } // the 18 digits, or the cleaned input
    QString formatted() const;                  // "19850312 201001 1 003"
    QDate birthDate() const;                    // null when invalid
    QDate tmtCpns() const;                      // first day of the CPNS month
    Gender gender() const;
    int serial() const;

    friend bool operator==(const Nip &a, const Nip &b) { return a.m_digits == b.m_digits; }

private:
    QString m_digits;
    Error m_error = Error::Empty;
};

// "L"/"P" as stored and printed in Indonesian records.
QString genderCode(Gender gender);
Gender genderFromCode(const QString &code);

} // namespace Simutasi
