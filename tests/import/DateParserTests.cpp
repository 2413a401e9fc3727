// DateParser: the date spellings of personnel spreadsheets, Excel serials, impossible dates.
#include "ImportTestSupport.h"
#include "import/DateParser.h"

using namespace Simutasi;

TEST_CASE("Dates in the accepted spellings", "[import][date]")
{
    const auto [text, expected] = GENERATE(table<const char16_t *, QDate>({
        {u"12-03-1985", QDate(1985, 3, 12)},
        {u"12/03/1985", QDate(1985, 3, 12)},
        {u"12.03.1985", QDate(1985, 3, 12)},
        {u"1985-03-12", QDate(1985, 3, 12)},
        {u"1985/03/12", QDate(1985, 3, 12)},
        {u"2-3-1985", QDate(1985, 3, 2)},
        {u" 2/3/1985 ", QDate(1985, 3, 2)},
        {u"1985-03-12 00:00:00", QDate(1985, 3, 12)},
        {u"1985-03-12T00:00:00", QDate(1985, 3, 12)},
        {u"19850312", QDate(1985, 3, 12)},
        {u"12 Maret 1985", QDate(1985, 3, 12)},
        {u"12 Mar 1985", QDate(1985, 3, 12)},
        {u"12-Mar-1985", QDate(1985, 3, 12)},
        {u"1 Agustus 2020", QDate(2020, 8, 1)},
        {u"1 Agt 2020", QDate(2020, 8, 1)},
        {u"1 Agt. 2020", QDate(2020, 8, 1)},
        {u"17 AGUSTUS 1945", QDate(1945, 8, 17)},
        {u"25 Desember 2000", QDate(2000, 12, 25)},
        {u"25 Des 2000", QDate(2000, 12, 25)},
        {u"5 Mei 1990", QDate(1990, 5, 5)},
        {u"5 Juni 1990", QDate(1990, 6, 5)},
        {u"5 Jun 1990", QDate(1990, 6, 5)},
        {u"5 Juli 1990", QDate(1990, 7, 5)},
        {u"5 Jul 1990", QDate(1990, 7, 5)},
        {u"5 Oktober 1990", QDate(1990, 10, 5)},
        {u"5 Okt 1990", QDate(1990, 10, 5)},
        {u"5 Nopember 1990", QDate(1990, 11, 5)},
        {u"5 November 1990", QDate(1990, 11, 5)},
        {u"5 Nov 1990", QDate(1990, 11, 5)},
        {u"29 Pebruari 1988", QDate(1988, 2, 29)},
        {u"29 Februari 1988", QDate(1988, 2, 29)},
        {u"29 Feb 1988", QDate(1988, 2, 29)},
        {u"12 March 1985", QDate(1985, 3, 12)},
        {u"March 12, 1985", QDate(1985, 3, 12)},
        {u"1 October 2020", QDate(2020, 10, 1)},
        {u"31048", QDate(1985, 1, 1)},    // Excel serial
        {u"31048.75", QDate(1985, 1, 1)}, // a serial with a time of day
        {u"44197", QDate(2021, 1, 1)},
    }));
    QString reason;
    CAPTURE(QString::fromUtf16(text));
    CHECK(DateParser::parse(QString::fromUtf16(text), &reason) == expected);
    CHECK(reason.isEmpty());
}

TEST_CASE("Impossible and unreadable dates give an invalid date and a reason", "[import][date]")
{
    const auto [text, reasonPart] = GENERATE(table<const char16_t *, const char16_t *>({
        {u"31-02-2020", u"month 2 of 2020 has 29 days"},
        {u"29-02-2019", u"month 2 of 2019 has 28 days"},
        {u"12-13-1985", u"there is no month 13"},
        {u"00-01-1985", u"has 31 days"},
        {u"12-03-85", u"four digits"},
        {u"12 Maretan 1985", u"not a month name"},
        {u"kemarin", u"not a date"},
        {u"2020", u"not a date"},
        {u"12-03-1085", u"not between 1900 and 2100"},
        {u"", u"empty"},
    }));
    QString reason;
    CAPTURE(QString::fromUtf16(text));
    CHECK_FALSE(DateParser::parse(QString::fromUtf16(text), &reason).isValid());
    CHECK(reason.contains(QString::fromUtf16(reasonPart)));
}

TEST_CASE("Excel serial dates in the 1900 system, with its phantom leap day", "[import][date]")
{
    CHECK(DateParser::fromExcelSerial(1) == QDate(1900, 1, 1));
    CHECK(DateParser::fromExcelSerial(59) == QDate(1900, 2, 28));
    QString reason;
    CHECK_FALSE(DateParser::fromExcelSerial(60, &reason).isValid());
    CHECK(reason.contains(u"29 February 1900"));
    CHECK(DateParser::fromExcelSerial(61) == QDate(1900, 3, 1));
    CHECK(DateParser::fromExcelSerial(25569) == QDate(1970, 1, 1));
    CHECK(DateParser::fromExcelSerial(45658) == QDate(2025, 1, 1));
    CHECK_FALSE(DateParser::fromExcelSerial(0).isValid());
    CHECK_FALSE(DateParser::fromExcelSerial(-5).isValid());
}

TEST_CASE("Month names in Indonesian and English", "[import][date]")
{
    CHECK(DateParser::monthFromName(u"Agt") == 8);
    CHECK(DateParser::monthFromName(u"AGUSTUS") == 8);
    CHECK(DateParser::monthFromName(u"Mei") == 5);
    CHECK(DateParser::monthFromName(u"May") == 5);
    CHECK(DateParser::monthFromName(u"Nop.") == 11);
    CHECK(DateParser::monthFromName(u"Pebruari") == 2);
    CHECK(DateParser::monthFromName(u"Maretan") == 0);
}
