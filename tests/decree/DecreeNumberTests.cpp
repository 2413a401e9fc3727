#include "DecreeTestSupport.h"
#include "decree/DecreeContent.h"
#include "decree/DecreeNumber.h"
#include "decree/IndonesianText.h"

#include <catch2/catch.hpp>

using namespace Simutasi;

TEST_CASE("Decree numbers follow the template", "[decree][number]")
{
    const DecreeNumber::Parts parts{QStringLiteral("800.1.3.1"), 125, QStringLiteral("BKD"),
                                    QDate(2026, 11, 27)};
    CHECK(DecreeNumber::format(DecreeNumber::defaultTemplate(), parts) ==
          QStringLiteral("800.1.3.1/0125/BKD/XI/2026"));
    CHECK(DecreeNumber::format(DecreeNumber::defaultTemplate(), parts, 3) ==
          QStringLiteral("800.1.3.1/125/BKD/XI/2026"));
    CHECK(DecreeNumber::format(DecreeNumber::defaultTemplate(), parts, 6) ==
          QStringLiteral("800.1.3.1/000125/BKD/XI/2026"));
    // A sequence wider than the padding is never cut.
    DecreeNumber::Parts big = parts;
    big.sequence = 12345;
    CHECK(DecreeNumber::format(DecreeNumber::defaultTemplate(), big) ==
          QStringLiteral("800.1.3.1/12345/BKD/XI/2026"));
    CHECK(DecreeNumber::format(QStringLiteral("SK-{tahun}.{bulan}/{nomor}/{ unit }"), parts) ==
          QStringLiteral("SK-2026.11/0125/BKD"));
    DecreeNumber::Parts january = parts;
    january.date = QDate(2027, 1, 2);
    january.sequence = 1;
    CHECK(DecreeNumber::format(DecreeNumber::defaultTemplate(), january) ==
          QStringLiteral("800.1.3.1/0001/BKD/I/2027"));
}

TEST_CASE("Invalid decree number templates are refused with a reason", "[decree][number]")
{
    CHECK(DecreeNumber::validate(DecreeNumber::defaultTemplate()).isEmpty());
    CHECK(DecreeNumber::validate(QStringLiteral("{klasifikasi}/{unit}/{tahun}"))
              .contains(QStringLiteral("{nomor}")));
    CHECK(
        DecreeNumber::validate(QStringLiteral("{nomor}/{kode}")).contains(QStringLiteral("kode")));
    const DecreeNumber::Parts parts{QStringLiteral("800"), 1, QStringLiteral("BKD"),
                                    QDate(2026, 1, 1)};
    CHECK(DecreeNumber::format(QStringLiteral("{unit}"), parts).isEmpty());
    DecreeNumber::Parts noSequence = parts;
    noSequence.sequence = 0;
    CHECK(DecreeNumber::format(DecreeNumber::defaultTemplate(), noSequence).isEmpty());
}

TEST_CASE("Indonesian dates, months and numbers in words", "[decree][text]")
{
    CHECK(IndonesianText::date(QDate(2026, 11, 27)) == QStringLiteral("27 November 2026"));
    CHECK(IndonesianText::date(QDate(2027, 2, 1)) == QStringLiteral("1 Februari 2027"));
    CHECK(IndonesianText::date(QDate()).isEmpty());
    CHECK(IndonesianText::romanMonth(4) == QStringLiteral("IV"));
    CHECK(IndonesianText::romanMonth(9) == QStringLiteral("IX"));
    CHECK(IndonesianText::romanMonth(12) == QStringLiteral("XII"));
    CHECK(IndonesianText::romanMonth(13).isEmpty());
    CHECK(IndonesianText::withWords(14) == QStringLiteral("14 (empat belas)"));
    CHECK(IndonesianText::numberWords(11) == QStringLiteral("sebelas"));
    CHECK(IndonesianText::numberWords(21) == QStringLiteral("dua puluh satu"));
    CHECK(IndonesianText::numberWords(100) == QStringLiteral("seratus"));
    CHECK(IndonesianText::numberWords(1250) == QStringLiteral("seribu dua ratus lima puluh"));
    CHECK(IndonesianText::ordinalDiktum(0) == QStringLiteral("KESATU"));
    CHECK(IndonesianText::ordinalDiktum(1) == QStringLiteral("KEDUA"));
    CHECK(IndonesianText::ordinalDiktum(3) == QStringLiteral("KEEMPAT"));
    CHECK(IndonesianText::ordinalDiktum(10) == QStringLiteral("KESEBELAS"));
    CHECK(IndonesianText::listLetter(0) == QStringLiteral("a"));
    CHECK(IndonesianText::listLetter(27) == QStringLiteral("ab"));
}

TEST_CASE("A decree content survives its JSON form unchanged", "[decree][content]")
{
    DecreeContent content = Test::sampleDecree(3);
    content.signatory.capacity = DecreeSignatory::Capacity::OnBehalf;
    content.letterhead.logoPng = QByteArray("\x89PNG fake", 9);
    content.lines[1].tmt = QDate(2027, 1, 2);
    DecreeContent back;
    REQUIRE(back.fromJson(content.toJson()));
    CHECK(back == content);
    CHECK(back.lines.at(1).tmt == QDate(2027, 1, 2));
    CHECK(back.signatory.capacity == DecreeSignatory::Capacity::OnBehalf);
    CHECK(back.letterhead.logoPng == content.letterhead.logoPng);
    CHECK_FALSE(back.fromJson("not json"));
    CHECK(back == content); // unchanged by a failed read
}

TEST_CASE("Signatory title lines for the a.n. and Plt. variants", "[decree][content]")
{
    DecreeSignatory s;
    s.authority = QStringLiteral("GUBERNUR WANGGAR");
    s.jabatan = QStringLiteral("SEKRETARIS DAERAH");
    CHECK(s.titleLines() == QStringList{QStringLiteral("GUBERNUR WANGGAR,")});
    s.capacity = DecreeSignatory::Capacity::OnBehalf;
    CHECK(s.titleLines() == QStringList{QStringLiteral("a.n. GUBERNUR WANGGAR"),
                                        QStringLiteral("SEKRETARIS DAERAH,")});
    s.capacity = DecreeSignatory::Capacity::Acting;
    CHECK(s.titleLines() == QStringList{QStringLiteral("Plt. GUBERNUR WANGGAR,")});
}
