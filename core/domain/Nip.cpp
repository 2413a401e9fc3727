#include "Nip.h"

#include "CodeTable.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

constexpr qsizetype NipLength = 18;
constexpr int AdultAge = 18;
// No civil servant in the registry was born or appointed before 1900: a smaller year is a typo.
constexpr int EarliestYear = 1900;

// Positions of the parts inside the 18 digits (0-based offset, length).
struct Part
{
    qsizetype pos;
    qsizetype len;
};
constexpr Part BirthDatePart{0, 8};
constexpr Part CpnsPart{8, 6};
constexpr Part GenderPart{14, 1};
constexpr Part SerialPart{15, 3};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Word processors and spreadsheets turn '-' into typographic dashes and ' ' into non-breaking
// spaces, and officers paste NIPs from both, so all of those count as separators.
bool isSeparator(QChar c)
{
    static constexpr std::array<char16_t, 6> dashes{u'-',      u'\u2010', u'\u2011',
                                                    u'\u2012', u'\u2013', u'\u2212'};
    return c.isSpace() || c == u'.' || std::find(dashes.begin(), dashes.end(), c) != dashes.end();
}

bool isAllDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

// True when text is 18 ASCII digits, so that its parts can be read.
bool isComplete(QStringView text)
{
    return text.size() == NipLength && isAllDigits(text);
}

QStringView part(QStringView digits, Part p)
{
    return digits.mid(p.pos, p.len);
}

int number(QStringView digits, qsizetype pos, qsizetype len)
{
    return digits.mid(pos, len).toInt();
}

// The parts of a complete NIP as numbers.
struct Fields
{
    int birthYear;
    int birthMonth;
    int birthDay;
    int cpnsYear;
    int cpnsMonth;
    QChar genderDigit;
    int serial;
};

Fields fieldsOf(QStringView d)
{
    return {number(d, 0, 4),
            number(d, 4, 2),
            number(d, 6, 2),
            number(d, 8, 4),
            number(d, 12, 2),
            d.at(GenderPart.pos),
            number(d, SerialPart.pos, SerialPart.len)};
}

int latestCpnsYear()
{
    // Appointments are announced ahead, so next year's TMT can already appear in an import.
    return QDate::currentDate().year() + 1;
}

// Months counted from year 0, so that two year/month pairs compare as one number.
int monthIndex(int year, int month)
{
    return year * 12 + (month - 1);
}

bool isValidBirthDate(const Fields &f)
{
    return f.birthYear >= EarliestYear && QDate::isValid(f.birthYear, f.birthMonth, f.birthDay);
}

bool isValidCpnsYear(const Fields &f)
{
    return f.cpnsYear >= EarliestYear && f.cpnsYear <= latestCpnsYear();
}

// Lenient to the month: a TMT CPNS on the first day of the month in which the person turns 18
// is accepted, because the NIP only records the month.
bool isAdultAtCpns(const Fields &f)
{
    return monthIndex(f.cpnsYear, f.cpnsMonth) >= monthIndex(f.birthYear + AdultAge, f.birthMonth);
}

// Checks the parts in the order they are written, so the message names the first wrong part.
Nip::Error validate(QStringView d)
{
    using Error = Nip::Error;
    if (d.isEmpty())
        return Error::Empty;
    if (!isAllDigits(d))
        return Error::InvalidCharacter;
    if (d.size() != NipLength)
        return Error::WrongLength;
    const Fields f = fieldsOf(d);
    if (!isValidBirthDate(f))
        return Error::InvalidBirthDate;
    if (f.cpnsMonth < 1 || f.cpnsMonth > 12)
        return Error::InvalidCpnsMonth;
    if (!isValidCpnsYear(f))
        return Error::InvalidCpnsDate;
    if (!isAdultAtCpns(f))
        return Error::CpnsBeforeAdulthood;
    if (f.genderDigit != u'1' && f.genderDigit != u'2')
        return Error::InvalidGender;
    if (f.serial == 0)
        return Error::InvalidSerial;
    return Error::None;
}

// The first character that is not a digit, whole even when it is outside the BMP.
QStringView firstNonDigit(QStringView text)
{
    const auto it = std::find_if_not(text.begin(), text.end(), isAsciiDigit);
    if (it == text.end())
        return {};
    const qsizetype index = it - text.begin();
    return text.mid(index, it->isHighSurrogate() ? 2 : 1);
}

QString describeInvalidCharacter(const QString &digits)
{
    const QStringView bad = firstNonDigit(digits);
    return bad.isEmpty()
               ? Nip::tr("A NIP may contain only digits, spaces, dots and dashes.")
               : Nip::tr("A NIP may contain only digits, spaces, dots and dashes; \"%1\" is "
                         "not allowed.")
                     .arg(bad);
}

QString describeBirthDate(QStringView date)
{
    // A real date before 1900 deserves a different sentence than 13th months or 30 February.
    const bool realDate =
        QDate::isValid(number(date, 0, 4), number(date, 4, 2), number(date, 6, 2));
    return realDate
               ? Nip::tr("Digits 1-8 must be the birth date (YYYYMMDD); %1 is before %2.")
                     .arg(date)
                     .arg(EarliestYear)
               : Nip::tr("Digits 1-8 must be the birth date (YYYYMMDD); %1 is not a real date.")
                     .arg(date);
}

constexpr std::array<Detail::CodeEntry<Gender>, 7> GenderCodes{{
    // The canonical code of each gender comes first: genderCode() returns the first match.
    {Gender::Male, "L"_L1},
    {Gender::Female, "P"_L1},
    {Gender::Male, "Laki-laki"_L1},
    {Gender::Male, "Pria"_L1},
    {Gender::Female, "Perempuan"_L1},
    {Gender::Female, "Wanita"_L1},
    {Gender::Unknown, ""_L1},
}};

} // namespace

Nip Nip::parse(const QString &text)
{
    Nip nip;
    nip.m_digits.reserve(text.size());
    for (const QChar c : text) {
        if (!isSeparator(c))
            nip.m_digits.append(c);
    }
    nip.m_error = validate(nip.m_digits);
    return nip;
}

QString Nip::errorMessage() const
{
    return describe(m_error, m_digits);
}

QString Nip::describe(Error error, const QString &digits)
{
    // With the offending digits at hand the sentence quotes them; without (a caller describing an
    // error in general) it states the rule only.
    const bool complete = isComplete(digits);
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter the NIP: 18 digits, for example 19850312 201001 1 003.");
    case Error::InvalidCharacter:
        return describeInvalidCharacter(digits);
    case Error::WrongLength:
        return digits.isEmpty() ? tr("A NIP has 18 digits.")
                                : tr("A NIP has 18 digits; this one has %1.").arg(digits.size());
    case Error::InvalidBirthDate:
        return complete ? describeBirthDate(part(digits, BirthDatePart))
                        : tr("Digits 1-8 must be the birth date (YYYYMMDD).");
    case Error::InvalidCpnsMonth:
        return complete ? tr("Digits 13-14 must be the month of the CPNS appointment (01-12), "
                             "not %1.")
                              .arg(digits.mid(12, 2))
                        : tr("Digits 13-14 must be the month of the CPNS appointment (01-12).");
    case Error::InvalidCpnsDate:
        return complete ? tr("Digits 9-14 must be the year and month of the CPNS appointment "
                             "(YYYYMM); the year %1 is not between %2 and %3.")
                              .arg(digits.mid(8, 4))
                              .arg(EarliestYear)
                              .arg(latestCpnsYear())
                        : tr("Digits 9-14 must be the year and month of the CPNS appointment "
                             "(YYYYMM).");
    case Error::CpnsBeforeAdulthood:
        return complete ? tr("Digits 9-14 put the CPNS appointment in %1, before the 18th birthday "
                             "of someone born on %2 (digits 1-8).")
                              .arg(part(digits, CpnsPart), part(digits, BirthDatePart))
                        : tr("The CPNS appointment (digits 9-14) cannot be before the 18th "
                             "birthday (digits 1-8).");
    case Error::InvalidGender:
        return complete ? tr("Digit 15 must be 1 (male) or 2 (female), not %1.")
                              .arg(part(digits, GenderPart))
                        : tr("Digit 15 must be 1 (male) or 2 (female).");
    case Error::InvalidSerial:
        return tr("Digits 16-18 are the serial number and cannot be 000.");
    }
    return {};
}

QString Nip::formatted() const
{
    // Grouped even when invalid, so the officer can spot the wrong group; anything that is not
    // 18 digits is shown as typed.
    if (!isComplete(m_digits))
        return m_digits;
    return u"%1 %2 %3 %4"_s.arg(part(m_digits, BirthDatePart), part(m_digits, CpnsPart),
                                part(m_digits, GenderPart), part(m_digits, SerialPart));
}

QDate Nip::birthDate() const
{
    if (!isValid())
        return {};
    const Fields f = fieldsOf(m_digits);
    return QDate(f.birthYear, f.birthMonth, f.birthDay);
}

QDate Nip::tmtCpns() const
{
    if (!isValid())
        return {};
    const Fields f = fieldsOf(m_digits);
    return QDate(f.cpnsYear, f.cpnsMonth, 1);
}

Gender Nip::gender() const
{
    if (!isValid())
        return Gender::Unknown;
    return fieldsOf(m_digits).genderDigit == u'1' ? Gender::Male : Gender::Female;
}

int Nip::serial() const
{
    return isValid() ? fieldsOf(m_digits).serial : 0;
}

QString genderCode(Gender gender)
{
    return Detail::codeOf(GenderCodes, gender);
}

Gender genderFromCode(const QString &code)
{
    return Detail::valueOf<Gender>(GenderCodes, code).value_or(Gender::Unknown);
}

} // namespace Simutasi
