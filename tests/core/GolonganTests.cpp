#include "DomainTestSupport.h"
#include "domain/Golongan.h"

#include <algorithm>

using namespace Simutasi;
using namespace Qt::StringLiterals;

namespace {

const QStringList AllGolongan{u"I/a"_s,  u"I/b"_s,  u"I/c"_s,   u"I/d"_s,   u"II/a"_s,  u"II/b"_s,
                              u"II/c"_s, u"II/d"_s, u"III/a"_s, u"III/b"_s, u"III/c"_s, u"III/d"_s,
                              u"IV/a"_s, u"IV/b"_s, u"IV/c"_s,  u"IV/d"_s,  u"IV/e"_s};

const QStringList AllPangkat{u"Juru Muda"_s,
                             u"Juru Muda Tingkat I"_s,
                             u"Juru"_s,
                             u"Juru Tingkat I"_s,
                             u"Pengatur Muda"_s,
                             u"Pengatur Muda Tingkat I"_s,
                             u"Pengatur"_s,
                             u"Pengatur Tingkat I"_s,
                             u"Penata Muda"_s,
                             u"Penata Muda Tingkat I"_s,
                             u"Penata"_s,
                             u"Penata Tingkat I"_s,
                             u"Pembina"_s,
                             u"Pembina Tingkat I"_s,
                             u"Pembina Utama Muda"_s,
                             u"Pembina Utama Madya"_s,
                             u"Pembina Utama"_s};

int rankOf(const QString &text)
{
    const auto g = Golongan::parse(text);
    return g ? g->rank() : 0;
}

} // namespace

TEST_CASE("Golongan: ranks 1..17 in order, with their names and pangkat", "[golongan]")
{
    const int rank = GENERATE(range(1, 18));
    const auto g = Golongan::fromRank(rank);
    REQUIRE(g);
    CHECK(g->isValid());
    CHECK(g->rank() == rank);
    CHECK(g->toString() == AllGolongan.at(rank - 1));
    CHECK(g->pangkat() == AllPangkat.at(rank - 1));
    CHECK(g->withPangkat() == AllPangkat.at(rank - 1) + u", "_s + AllGolongan.at(rank - 1));
    // Every written form reads back as the same golongan.
    CHECK(Golongan::parse(g->toString()) == g);
    CHECK(Golongan::parse(g->toString().toUpper()) == g);
    CHECK(Golongan::parse(g->toString().toLower()) == g);
}

TEST_CASE("Golongan: group and ruang", "[golongan]")
{
    struct Case
    {
        QString text;
        int group;
        char ruang;
    };
    const Case c = GENERATE(values<Case>({
        {u"I/a"_s, 1, 'a'},
        {u"I/d"_s, 1, 'd'},
        {u"II/a"_s, 2, 'a'},
        {u"II/c"_s, 2, 'c'},
        {u"III/b"_s, 3, 'b'},
        {u"III/d"_s, 3, 'd'},
        {u"IV/a"_s, 4, 'a'},
        {u"IV/d"_s, 4, 'd'},
        {u"IV/e"_s, 4, 'e'},
    }));
    CAPTURE(c.text);
    const auto g = Golongan::parse(c.text);
    REQUIRE(g);
    CHECK(g->group() == c.group);
    CHECK(g->ruang() == QLatin1Char(c.ruang));
}

TEST_CASE("Golongan: the spellings found in imports", "[golongan]")
{
    struct Case
    {
        QString text;
        int rank;
    };
    const Case c = GENERATE(values<Case>({
        {u"III/a"_s, 9},  {u"III-a"_s, 9}, {u"3a"_s, 9},    {u"3/a"_s, 9},     {u"IIIa"_s, 9},
        {u"III a"_s, 9},  {u"iii/A"_s, 9}, {u"III.a"_s, 9}, {u" III/a "_s, 9}, {u"III / a"_s, 9},
        {u"3-a"_s, 9},    {u"3 a"_s, 9},   {u"3.A"_s, 9},   {u"I/a"_s, 1},     {u"1a"_s, 1},
        {u"Ia"_s, 1},     {u"i-b"_s, 2},   {u"II/d"_s, 8},  {u"2d"_s, 8},      {u"IId"_s, 8},
        {u"III/d"_s, 12}, {u"IV/a"_s, 13}, {u"4a"_s, 13},   {u"IVa"_s, 13},    {u"iv-c"_s, 15},
        {u"IV/e"_s, 17},  {u"4e"_s, 17},   {u"4/E"_s, 17},  {u"IVe"_s, 17},    {u"\tIV/d\n"_s, 16},
    }));
    CAPTURE(c.text);
    CHECK(rankOf(c.text) == c.rank);
}

TEST_CASE("Golongan: text that is no golongan", "[golongan]")
{
    const QString text =
        GENERATE(u""_s, u"   "_s, u"abc"_s, u"V/a"_s, u"5a"_s, u"0a"_s, u"I/e"_s, u"II/e"_s,
                 u"III/e"_s, u"1e"_s, u"3e"_s, u"4/f"_s, u"IV/f"_s, u"III"_s, u"III/"_s, u"/a"_s,
                 u"a"_s, u"3"_s, u"III//a"_s, u"III/-a"_s, u"IIII/a"_s, u"VI/a"_s, u"III/ab"_s,
                 u"III/a/b"_s, u"33a"_s, u"Gol III/a"_s, u"III\\a"_s);
    CAPTURE(text);
    CHECK_FALSE(Golongan::parse(text).has_value());
}

TEST_CASE("Golongan: fromRank rejects ranks outside 1..17", "[golongan]")
{
    const int rank = GENERATE(-1, 0, 18, 100);
    CAPTURE(rank);
    CHECK_FALSE(Golongan::fromRank(rank).has_value());
}

TEST_CASE("Golongan: a default golongan is invalid and prints nothing", "[golongan]")
{
    const Golongan g;
    CHECK_FALSE(g.isValid());
    CHECK(g.rank() == 0);
    CHECK(g.group() == 0);
    CHECK(g.ruang().isNull());
    CHECK(g.toString().isEmpty());
    CHECK(g.pangkat().isEmpty());
    CHECK(g.withPangkat().isEmpty());
    CHECK_FALSE(g.next().has_value());
}

TEST_CASE("Golongan: all() lists the 17 in ascending order", "[golongan]")
{
    const QList<Golongan> all = Golongan::all();
    REQUIRE(all.size() == 17);
    CHECK(std::is_sorted(all.begin(), all.end()));
    CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
    QStringList names;
    for (const Golongan &g : all)
        names.append(g.toString());
    CHECK(names == AllGolongan);
    CHECK(all.front().rank() == Golongan::MinRank);
    CHECK(all.back().rank() == Golongan::MaxRank);
}

TEST_CASE("Golongan: comparison follows the rank", "[golongan]")
{
    const auto g = [](const QString &text) {
        return Golongan::parse(text).value();
    };
    CHECK(g(u"I/a"_s) < g(u"I/b"_s));
    CHECK(g(u"I/d"_s) < g(u"II/a"_s));
    CHECK(g(u"II/d"_s) < g(u"III/a"_s));
    CHECK(g(u"III/d"_s) < g(u"IV/a"_s));
    CHECK(g(u"IV/d"_s) < g(u"IV/e"_s));
    CHECK(g(u"IV/a"_s) > g(u"III/d"_s));
    CHECK(g(u"3a"_s) == g(u"III/a"_s));
    CHECK(g(u"III/b"_s) != g(u"III/a"_s));
    CHECK(g(u"III/b"_s) >= g(u"III/b"_s));
    CHECK(Golongan() < g(u"I/a"_s));
}

TEST_CASE("Golongan: next() steps through ruang and groups", "[golongan]")
{
    CHECK(Golongan::parse(u"I/a"_s)->next() == Golongan::parse(u"I/b"_s));
    CHECK(Golongan::parse(u"I/d"_s)->next() == Golongan::parse(u"II/a"_s));
    CHECK(Golongan::parse(u"II/d"_s)->next() == Golongan::parse(u"III/a"_s));
    CHECK(Golongan::parse(u"III/d"_s)->next() == Golongan::parse(u"IV/a"_s));
    CHECK(Golongan::parse(u"IV/d"_s)->next() == Golongan::parse(u"IV/e"_s));
    CHECK_FALSE(Golongan::parse(u"IV/e"_s)->next().has_value());
}

TEST_CASE("Golongan: withPangkat", "[golongan]")
{
    CHECK(Golongan::parse(u"III/a"_s)->withPangkat() == u"Penata Muda, III/a"_s);
    CHECK(Golongan::parse(u"IV/e"_s)->withPangkat() == u"Pembina Utama, IV/e"_s);
}

TEST_CASE("PPPK grades I..XVII", "[golongan][pppk]")
{
    const QStringList romans{u"I"_s,    u"II"_s,   u"III"_s, u"IV"_s,  u"V"_s,   u"VI"_s,
                             u"VII"_s,  u"VIII"_s, u"IX"_s,  u"X"_s,   u"XI"_s,  u"XII"_s,
                             u"XIII"_s, u"XIV"_s,  u"XV"_s,  u"XVI"_s, u"XVII"_s};
    const int grade = GENERATE(range(1, 18));
    const QString roman = romans.at(grade - 1);
    CHECK(pppkGradeToString(grade) == roman);
    CHECK(parsePppkGrade(roman) == grade);
    CHECK(parsePppkGrade(roman.toLower()) == grade);
    CHECK(parsePppkGrade(u" "_s + roman + u" "_s) == grade);
    CHECK(parsePppkGrade(QString::number(grade)) == grade);
}

TEST_CASE("PPPK grades: the brief's examples", "[golongan][pppk]")
{
    CHECK(pppkGradeToString(1) == u"I"_s);
    CHECK(pppkGradeToString(17) == u"XVII"_s);
    CHECK(parsePppkGrade(u"IX"_s) == 9);
    CHECK(parsePppkGrade(u"ix"_s) == 9);
    CHECK(parsePppkGrade(u"9"_s) == 9);
    CHECK(parsePppkGrade(u"09"_s) == 9);
}

TEST_CASE("PPPK grades: numbers outside 1..17 have no name", "[golongan][pppk]")
{
    const int outside = GENERATE(-1, 0, 18);
    CAPTURE(outside);
    CHECK(pppkGradeToString(outside).isEmpty());
}

TEST_CASE("PPPK grades: text that is no grade", "[golongan][pppk]")
{
    const QString text = GENERATE(u""_s, u"0"_s, u"18"_s, u"-1"_s, u"XVIII"_s, u"VIIII"_s,
                                  u"IIII"_s, u"Grade IX"_s, u"IX."_s, u"abc"_s, u"III/a"_s);
    CAPTURE(text);
    CHECK_FALSE(parsePppkGrade(text).has_value());
}
