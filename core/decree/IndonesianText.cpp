#include "IndonesianText.h"

#include <array>

namespace Simutasi::IndonesianText {

namespace {

constexpr int MonthsPerYear = 12;
constexpr int Ten = 10;
constexpr int Eleven = 11;
constexpr int Twenty = 20;
constexpr int Hundred = 100;
constexpr int Thousand = 1000;
constexpr int Million = 1000000;
constexpr int LettersInAlphabet = 26;

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

QString monthName(int month)
{
    static constexpr std::array<const char *, MonthsPerYear> names{
        "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
        "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
    return month >= 1 && month <= MonthsPerYear ? latin(names[month - 1]) : QString();
}

QString romanMonth(int month)
{
    static constexpr std::array<const char *, MonthsPerYear> numerals{
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    return month >= 1 && month <= MonthsPerYear ? latin(numerals[month - 1]) : QString();
}

QString date(const QDate &value)
{
    if (!value.isValid())
        return {};
    return QStringLiteral("%1 %2 %3")
        .arg(value.day())
        .arg(monthName(value.month()))
        .arg(value.year());
}

QString numberWords(int number)
{
    static constexpr std::array<const char *, Twenty> units{
        "nol",        "satu",       "dua",         "tiga",          "empat",
        "lima",       "enam",       "tujuh",       "delapan",       "sembilan",
        "sepuluh",    "sebelas",    "dua belas",   "tiga belas",    "empat belas",
        "lima belas", "enam belas", "tujuh belas", "delapan belas", "sembilan belas"};
    if (number < 0 || number >= Million)
        return QString::number(number);
    if (number < Twenty)
        return latin(units[number]);
    // "seratus", "seribu": Indonesian says se- for one hundred and one thousand.
    const auto compose = [](int head, int rest, const char *one, const QString &many) {
        QString text = head == 1 ? latin(one) : numberWords(head) + u' ' + many;
        if (rest > 0)
            text += u' ' + numberWords(rest);
        return text;
    };
    if (number < Hundred)
        return compose(number / Ten, number % Ten, "sepuluh", QStringLiteral("puluh"));
    if (number < Thousand)
        return compose(number / Hundred, number % Hundred, "seratus", QStringLiteral("ratus"));
    return compose(number / Thousand, number % Thousand, "seribu", QStringLiteral("ribu"));
}

QString withWords(int number)
{
    return QStringLiteral("%1 (%2)").arg(number).arg(numberWords(number));
}

QString ordinalDiktum(int index)
{
    if (index < 0)
        return {};
    if (index == 0)
        return QStringLiteral("KESATU");
    // KEDUA, KETIGA, ..., KESEBELAS, KEDUA BELAS: "ke" + the number in words.
    const QString words = numberWords(index + 1);
    if (index + 1 == Eleven)
        return QStringLiteral("KESEBELAS");
    return (QStringLiteral("KE") + words).toUpper();
}

QString listLetter(int index)
{
    QString text;
    int value = index;
    do {
        text.prepend(QChar(u'a' + value % LettersInAlphabet));
        value = value / LettersInAlphabet - 1;
    } while (value >= 0);
    return text;
}

} // namespace Simutasi::IndonesianText
