#include "DateParser.h"

#include <QRegularExpression>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

// Years outside this range are typos in personnel data (a birth year of 1085, a TMT of 2202).
constexpr int EarliestYear = 1900;
constexpr int LatestYear = 2100;
constexpr double MaxExcelSerial = 2958465; // 9999-12-31
constexpr int ExcelPhantomLeapDay = 60;    // "1900-02-29"

struct MonthName
{
    QLatin1StringView name;
    int month;
};

// Indonesian names with their official and old spellings and the abbreviations of personnel
// records (Agt, Nop, Peb), then English ones where they differ.
constexpr std::array<MonthName, 45> MonthNames{{
    {"januari"_L1, 1},   {"jan"_L1, 1},       {"februari"_L1, 2},  {"pebruari"_L1, 2},
    {"feb"_L1, 2},       {"peb"_L1, 2},       {"maret"_L1, 3},     {"mar"_L1, 3},
    {"april"_L1, 4},     {"apr"_L1, 4},       {"mei"_L1, 5},       {"juni"_L1, 6},
    {"jun"_L1, 6},       {"juli"_L1, 7},      {"jul"_L1, 7},       {"agustus"_L1, 8},
    {"agt"_L1, 8},       {"agu"_L1, 8},       {"ags"_L1, 8},       {"agst"_L1, 8},
    {"september"_L1, 9}, {"sep"_L1, 9},       {"sept"_L1, 9},      {"oktober"_L1, 10},
    {"okt"_L1, 10},      {"november"_L1, 11}, {"nopember"_L1, 11}, {"nov"_L1, 11},
    {"nop"_L1, 11},      {"desember"_L1, 12}, {"des"_L1, 12},      {"january"_L1, 1},
    {"february"_L1, 2},  {"march"_L1, 3},     {"may"_L1, 5},       {"june"_L1, 6},
    {"july"_L1, 7},      {"august"_L1, 8},    {"aug"_L1, 8},       {"october"_L1, 10},
    {"oct"_L1, 10},      {"december"_L1, 12}, {"dec"_L1, 12},      {"mrt"_L1, 3},
    {"pebr"_L1, 2},
}};

void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}

QString notADate(const QString &text)
{
    return DateParser::tr("\"%1\" is not a date. Write it as dd-mm-yyyy, for example 12-03-1985.")
        .arg(text);
}

// Checks year, month and day one by one so that the reason names what is wrong.
QDate makeDate(const QString &text, int year, int month, int day, QString *reason)
{
    if (year < EarliestYear || year > LatestYear) {
        setReason(reason,
                  DateParser::tr("\"%1\" is not a plausible date: the year %2 is not between %3 "
                                 "and %4.")
                      .arg(text)
                      .arg(year)
                      .arg(EarliestYear)
                      .arg(LatestYear));
        return {};
    }
    if (month < 1 || month > 12) {
        setReason(reason, DateParser::tr("\"%1\" is not a real date: there is no month %2.")
                              .arg(text)
                              .arg(month));
        return {};
    }
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        setReason(reason, DateParser::tr("\"%1\" is not a real date: month %2 of %3 has %4 days.")
                              .arg(text)
                              .arg(month)
                              .arg(year)
                              .arg(days));
        return {};
    }
    setReason(reason, {});
    return QDate(year, month, day);
}

// Exports often add a midnight time to dates ("1985-03-12 00:00:00"); the time is dropped.
QString withoutTime(const QString &text)
{
    static const QRegularExpression time(u"[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"_s);
    if (!text.contains(u':'))
        return text;
    QString result = text;
    result.remove(time);
    return result.trimmed();
}

bool parseNumeric(const QString &text, const QString &original, QDate *date, QString *reason)
{
    static const QRegularExpression pattern(u"^(\\d{1,4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*"
                                            u"(\\d{1,4})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const QStringView first = m.capturedView(1);
    const QStringView last = m.capturedView(3);
    if (first.size() == 4 && last.size() <= 2) { // yyyy-mm-dd
        *date = makeDate(original, first.toInt(), m.capturedView(2).toInt(), last.toInt(), reason);
    } else if (first.size() <= 2 && last.size() == 4) { // dd-mm-yyyy
        *date = makeDate(original, last.toInt(), m.capturedView(2).toInt(), first.toInt(), reason);
    } else {
        *date = {};
        setReason(reason, DateParser::tr("\"%1\" is ambiguous: write the day, the month and the "
                                         "year with four digits, for example 12-03-1985.")
                              .arg(original));
    }
    return true;
}

bool parseWithMonthName(const QString &text, const QString &original, QDate *date, QString *reason)
{
    // "12 Maret 1985", "12-Mar-1985", "1 Agt. 2020" and the English "March 12, 1985".
    static const QRegularExpression dayFirst(
        u"^(\\d{1,2})[\\s\\-/.]*([^\\d\\s\\-/.,]+)\\.?[\\s\\-/.,]+(\\d{4})$"_s);
    static const QRegularExpression monthFirst(
        u"^([^\\d\\s\\-/.,]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$"_s);
    QRegularExpressionMatch m = dayFirst.match(text);
    int dayGroup = 1;
    int monthGroup = 2;
    if (!m.hasMatch()) {
        m = monthFirst.match(text);
        if (!m.hasMatch())
            return false;
        dayGroup = 2;
        monthGroup = 1;
    }
    const int month = DateParser::monthFromName(m.capturedView(monthGroup));
    if (month == 0) {
        *date = {};
        setReason(reason, DateParser::tr("\"%1\" is not a date: \"%2\" is not a month name.")
                              .arg(original, m.capturedView(monthGroup)));
        return true;
    }
    *date = makeDate(original, m.capturedView(3).toInt(), month, m.capturedView(dayGroup).toInt(),
                     reason);
    return true;
}

bool parsePlainNumber(const QString &text, const QString &original, QDate *date, QString *reason)
{
    static const QRegularExpression number(u"^\\d+(\\.\\d+)?$"_s);
    if (text.isEmpty() || !text.front().isDigit() || !text.back().isDigit() ||
        !number.match(text).hasMatch())
        return false;
    const qsizetype integerDigits = text.indexOf(u'.') < 0 ? text.size() : text.indexOf(u'.');
    if (integerDigits == 8 && !text.contains(u'.')) { // 19850312, as in a NIP
        *date = makeDate(original, text.left(4).toInt(), text.mid(4, 2).toInt(),
                         text.mid(6, 2).toInt(), reason);
    } else if (integerDigits == 5 || integerDigits == 6) {
        *date = DateParser::fromExcelSerial(text.toDouble(), reason);
        if (date->isValid())
            *date = makeDate(original, date->year(), date->month(), date->day(), reason);
    } else {
        *date = {};
        setReason(reason, notADate(original));
    }
    return true;
}

} // namespace

int DateParser::monthFromName(QStringView name)
{
    const QString key = name.toString().toLower().remove(u'.');
    for (const MonthName &entry : MonthNames) {
        if (key == entry.name)
            return entry.month;
    }
    return 0;
}

QDate DateParser::fromExcelSerial(double serial, QString *reason)
{
    const double day = std::floor(serial);
    if (day == ExcelPhantomLeapDay) {
        setReason(reason, tr("Excel serial date 60 stands for 29 February 1900, a day that did "
                             "not exist (an old Excel error)."));
        return {};
    }
    if (day < 1 || day > MaxExcelSerial) {
        setReason(reason, tr("%1 is not an Excel serial date.").arg(serial));
        return {};
    }
    setReason(reason, {});
    // Serials after the phantom 29 February count from 1899-12-30, earlier ones from 1899-12-31.
    const QDate epoch = day > ExcelPhantomLeapDay ? QDate(1899, 12, 30) : QDate(1899, 12, 31);
    return epoch.addDays(qint64(day));
}

QDate DateParser::parse(const QString &text, QString *reason)
{
    const QString original = text.simplified();
    if (original.isEmpty()) {
        setReason(reason, tr("The date is empty."));
        return {};
    }
    const QString core = withoutTime(original);
    QDate date;
    if (parsePlainNumber(core, original, &date, reason) ||
        parseNumeric(core, original, &date, reason) ||
        parseWithMonthName(core, original, &date, reason))
        return date;
    setReason(reason, notADate(original));
    return {};
}

} // namespace Simutasi
