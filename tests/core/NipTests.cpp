#include "DomainTestSupport.h"
#include "domain/Nip.h"

using namespace Simutasi;
using namespace Qt::StringLiterals;
using Error = Nip::Error;

namespace {

// The 18 digits from their parts, so each case reads as birth / CPNS / gender / serial.
QString nipOf(QStringView birth, QStringView cpns, QStringView gender = u"1",
              QStringView serial = u"003")
{
    return u"%1%2%3%4"_s.arg(birth, cpns, gender, serial);
}

QString cpnsInYear(int year, int month = 1)
{
    return u"%1%2"_s.arg(year).arg(month, 2, 10, QChar(u'0'));
}

const QString Reference = u"198503122010011003"_s;

} // namespace

TEST_CASE("Nip: a valid NIP gives its parts", "[nip]")
{
    const Nip nip = Nip::parse(Reference);
    REQUIRE(nip.isValid());
    CHECK(nip.error() == Error::None);
    CHECK(nip.errorMessage().isEmpty());
    CHECK(nip.digits() == Reference);
    CHECK(nip.formatted() == u"19850312 201001 1 003"_s);
    CHECK(nip.birthDate() == QDate(1985, 3, 12));
    CHECK(nip.tmtCpns() == QDate(2010, 1, 1));
    CHECK(nip.gender() == Gender::Male);
    CHECK(nip.serial() == 3);
}

TEST_CASE("Nip: digit 15 gives the gender", "[nip]")
{
    CHECK(Nip::parse(nipOf(u"19900101", u"201503", u"1")).gender() == Gender::Male);
    CHECK(Nip::parse(nipOf(u"19900101", u"201503", u"2")).gender() == Gender::Female);
}

TEST_CASE("Nip: spaces, dots and dashes are stripped", "[nip]")
{
    const QString input =
        GENERATE(u"198503122010011003"_s, u"19850312 201001 1 003"_s, u"19850312.201001.1.003"_s,
                 u"19850312-201001-1-003"_s, u"  19850312 201001 1 003  "_s,
                 u"19850312\u00A0201001\u00A01\u00A0003"_s,
                 u"19850312\u2013201001\u20131\u2013003"_s, u"19850312\t201001 1 003\n"_s,
                 u"1985.03.12 - 2010.01 - 1 - 003"_s, u"1 9 8 5 0 3 1 2 2 0 1 0 0 1 1 0 0 3"_s);
    CAPTURE(input);
    const Nip nip = Nip::parse(input);
    CHECK(nip.isValid());
    CHECK(nip.digits() == Reference);
    CHECK(nip.formatted() == u"19850312 201001 1 003"_s);
    CHECK(nip == Nip::parse(Reference));
}

TEST_CASE("Nip: empty input", "[nip]")
{
    const QString input = GENERATE(QString(), u""_s, u"   "_s, u" . - "_s, u"\u00A0"_s);
    CAPTURE(input);
    const Nip nip = Nip::parse(input);
    CHECK_FALSE(nip.isValid());
    CHECK(nip.error() == Error::Empty);
    CHECK(nip.digits().isEmpty());
    CHECK_FALSE(nip.errorMessage().isEmpty());
}

TEST_CASE("Nip: a default Nip is empty and invalid", "[nip]")
{
    const Nip nip;
    CHECK_FALSE(nip.isValid());
    CHECK(nip.error() == Error::Empty);
    CHECK(nip.digits().isEmpty());
    CHECK(nip.formatted().isEmpty());
}

TEST_CASE("Nip: characters other than digits and separators", "[nip]")
{
    struct Case
    {
        QString input;
        QString cleaned;
        QString named; // the character the message quotes
    };
    const Case c = GENERATE(values<Case>({
        {u"19850312201001100A"_s, u"19850312201001100A"_s, u"A"_s},
        {u"NIP 198503122010011003"_s, u"NIP198503122010011003"_s, u"N"_s},
        {u"19850312/201001/1/003"_s, u"19850312/201001/1/003"_s, u"/"_s},
        {u"19850312_201001_1_003"_s, u"19850312_201001_1_003"_s, u"_"_s},
        {u"19850312,201001,1,003"_s, u"19850312,201001,1,003"_s, u","_s},
        {u"1985031220100110O3"_s, u"1985031220100110O3"_s, u"O"_s},
        // Digits of other scripts are not NIP digits.
        {u"19850312201001100\u0663"_s, u"19850312201001100\u0663"_s, u"\u0663"_s},
        {u"19850312 201001 1 00\U0001F600"_s, u"19850312201001100\U0001F600"_s, u"\U0001F600"_s},
    }));
    CAPTURE(c.input);
    const Nip nip = Nip::parse(c.input);
    CHECK(nip.error() == Error::InvalidCharacter);
    CHECK(nip.digits() == c.cleaned);
    CHECK(nip.errorMessage() ==
          u"A NIP may contain only digits, spaces, dots and dashes; \"%1\" is not allowed."_s.arg(
              c.named));
    CHECK(nip.formatted() == c.cleaned);
}

TEST_CASE("Nip: wrong number of digits", "[nip]")
{
    const QString input = GENERATE(u"1"_s, u"19850312201001100"_s, u"1985031220100110033"_s,
                                   u"19850312 201001 1 03"_s, u"198503122010011003198503"_s);
    CAPTURE(input);
    const Nip nip = Nip::parse(input);
    CHECK(nip.error() == Error::WrongLength);
    QString cleaned = input;
    cleaned.remove(u' ');
    CHECK(nip.digits() == cleaned);
    CHECK(nip.errorMessage() == u"A NIP has 18 digits; this one has %1."_s.arg(cleaned.size()));
    CHECK(nip.formatted() == cleaned);
}

TEST_CASE("Nip: the length message of the brief", "[nip]")
{
    CHECK(Nip::parse(u"19850312 201001 1 00"_s).errorMessage() ==
          u"A NIP has 18 digits; this one has 17."_s);
}

TEST_CASE("Nip: digits 1-8 must be a real birth date", "[nip]")
{
    const QString birth =
        GENERATE(u"19851332"_s, u"19850012"_s, u"19850300"_s, u"19850332"_s, u"19850230"_s,
                 u"19850431"_s, u"19850229"_s, u"19000229"_s, u"00000000"_s, u"99999999"_s);
    CAPTURE(birth);
    const Nip nip = Nip::parse(nipOf(birth, u"201001"));
    CHECK(nip.error() == Error::InvalidBirthDate);
    CHECK(nip.errorMessage() ==
          u"Digits 1-8 must be the birth date (YYYYMMDD); %1 is not a real date."_s.arg(birth));
    CHECK_FALSE(nip.birthDate().isValid());
}

TEST_CASE("Nip: the birth date message of the brief", "[nip]")
{
    CHECK(Nip::parse(nipOf(u"19851332", u"201001")).errorMessage() ==
          u"Digits 1-8 must be the birth date (YYYYMMDD); 19851332 is not a real date."_s);
}

TEST_CASE("Nip: birth years before 1900 are rejected", "[nip]")
{
    const Nip nip = Nip::parse(nipOf(u"18991231", u"192001"));
    CHECK(nip.error() == Error::InvalidBirthDate);
    CHECK(nip.errorMessage() ==
          u"Digits 1-8 must be the birth date (YYYYMMDD); 18991231 is before 1900."_s);
    CHECK(Nip::parse(nipOf(u"19000101", u"191801")).isValid());
}

TEST_CASE("Nip: 29 February is a birth date only in leap years", "[nip]")
{
    CHECK(Nip::parse(nipOf(u"19880229", u"201001")).birthDate() == QDate(1988, 2, 29));
    CHECK(Nip::parse(nipOf(u"20000229", u"202001")).birthDate() == QDate(2000, 2, 29));
    CHECK(Nip::parse(nipOf(u"19870229", u"201001")).error() == Error::InvalidBirthDate);
    CHECK(Nip::parse(nipOf(u"19000229", u"201001")).error() == Error::InvalidBirthDate);
    CHECK(Nip::parse(nipOf(u"21000229", u"201001")).error() == Error::InvalidBirthDate);
}

TEST_CASE("Nip: digits 13-14 must be a month", "[nip]")
{
    const QString month = GENERATE(u"00"_s, u"13"_s, u"20"_s, u"99"_s);
    CAPTURE(month);
    const Nip nip = Nip::parse(nipOf(u"19850312", u"2010"_s + month));
    CHECK(nip.error() == Error::InvalidCpnsMonth);
    CHECK(nip.errorMessage() ==
          u"Digits 13-14 must be the month of the CPNS appointment (01-12), not %1."_s.arg(month));
}

TEST_CASE("Nip: every CPNS month 01-12 is accepted", "[nip]")
{
    const int month = GENERATE(range(1, 13));
    const Nip nip = Nip::parse(nipOf(u"19850312", cpnsInYear(2010, month)));
    CHECK(nip.isValid());
    CHECK(nip.tmtCpns() == QDate(2010, month, 1));
}

TEST_CASE("Nip: the CPNS year must be plausible", "[nip]")
{
    const int nextYear = QDate::currentDate().year() + 1;
    SECTION("before 1900")
    {
        const Nip nip = Nip::parse(nipOf(u"19000101", u"189912"));
        CHECK(nip.error() == Error::InvalidCpnsDate);
        CHECK(nip.errorMessage() ==
              u"Digits 9-14 must be the year and month of the CPNS appointment (YYYYMM); the "
              "year 1899 is not between 1900 and %1."_s.arg(nextYear));
        CHECK(Nip::parse(nipOf(u"19000101", u"000001")).error() == Error::InvalidCpnsDate);
    }
    SECTION("far in the future")
    {
        const QString cpns = GENERATE_COPY(cpnsInYear(nextYear + 1), cpnsInYear(9999, 12));
        CAPTURE(cpns);
        CHECK(Nip::parse(nipOf(u"19850312", cpns)).error() == Error::InvalidCpnsDate);
    }
    SECTION("next year is still accepted: TMTs are announced ahead")
    {
        const Nip nip = Nip::parse(nipOf(u"19850312", cpnsInYear(nextYear, 12)));
        CHECK(nip.isValid());
        CHECK(nip.tmtCpns() == QDate(nextYear, 12, 1));
    }
    SECTION("1900 is accepted")
    {
        // It passes the year check and fails only the next one.
        CHECK(Nip::parse(nipOf(u"19000101", u"190001")).error() == Error::CpnsBeforeAdulthood);
    }
}

TEST_CASE("Nip: the CPNS appointment is not before the 18th birthday month", "[nip]")
{
    struct Case
    {
        QString birth;
        QString cpns;
        bool valid;
    };
    const Case c = GENERATE(values<Case>({
        {u"19850312"_s, u"200303"_s, true},  // the month of the 18th birthday
        {u"19850312"_s, u"200302"_s, false}, // one month before it
        {u"19850331"_s, u"200303"_s, true},  // lenient: turns 18 on the last day of the month
        {u"19850301"_s, u"200303"_s, true},
        {u"19850312"_s, u"200212"_s, false},
        {u"19850312"_s, u"200304"_s, true},
        {u"19851231"_s, u"200312"_s, true},
        {u"19851231"_s, u"200311"_s, false},
        {u"19850101"_s, u"200301"_s, true},
        {u"19850101"_s, u"200212"_s, false},
        {u"19880229"_s, u"200602"_s, true}, // born 29 February, 18th birthday in a common year
        {u"19880229"_s, u"200601"_s, false},
        {u"19850312"_s, u"198503"_s, false}, // the month of birth
        {u"19850312"_s, u"197001"_s, false}, // before birth
    }));
    CAPTURE(c.birth, c.cpns);
    const Nip nip = Nip::parse(nipOf(c.birth, c.cpns));
    CHECK(nip.isValid() == c.valid);
    if (!c.valid) {
        CHECK(nip.error() == Error::CpnsBeforeAdulthood);
        CHECK(nip.errorMessage() ==
              u"Digits 9-14 put the CPNS appointment in %1, before the 18th birthday of someone "
              "born on %2 (digits 1-8)."_s.arg(c.cpns, c.birth));
    }
}

TEST_CASE("Nip: digit 15 must be 1 or 2", "[nip]")
{
    const QString digit = GENERATE(u"0"_s, u"3"_s, u"4"_s, u"9"_s);
    CAPTURE(digit);
    const Nip nip = Nip::parse(nipOf(u"19850312", u"201001", digit));
    CHECK(nip.error() == Error::InvalidGender);
    CHECK(nip.errorMessage() == u"Digit 15 must be 1 (male) or 2 (female), not %1."_s.arg(digit));
    CHECK(nip.gender() == Gender::Unknown);
}

TEST_CASE("Nip: the gender message of the brief", "[nip]")
{
    CHECK(Nip::parse(u"19850312 201001 3 003"_s).errorMessage() ==
          u"Digit 15 must be 1 (male) or 2 (female), not 3."_s);
}

TEST_CASE("Nip: serial 000 is invalid, 001-999 are fine", "[nip]")
{
    const Nip zero = Nip::parse(nipOf(u"19850312", u"201001", u"2", u"000"));
    CHECK(zero.error() == Error::InvalidSerial);
    CHECK(zero.errorMessage() == u"Digits 16-18 are the serial number and cannot be 000."_s);
    CHECK(zero.serial() == 0);

    CHECK(Nip::parse(nipOf(u"19850312", u"201001", u"2", u"001")).serial() == 1);
    CHECK(Nip::parse(nipOf(u"19850312", u"201001", u"2", u"010")).serial() == 10);
    CHECK(Nip::parse(nipOf(u"19850312", u"201001", u"2", u"999")).serial() == 999);
}

TEST_CASE("Nip: the first wrong part is reported", "[nip]")
{
    // Every part after the birth date is wrong too; the earliest check decides.
    CHECK(Nip::parse(u"19851332 201013 3 000"_s).error() == Error::InvalidBirthDate);
    CHECK(Nip::parse(u"19850312 189913 3 000"_s).error() == Error::InvalidCpnsMonth);
    CHECK(Nip::parse(u"19850312 189912 3 000"_s).error() == Error::InvalidCpnsDate);
    CHECK(Nip::parse(u"19850312 200001 3 000"_s).error() == Error::CpnsBeforeAdulthood);
    CHECK(Nip::parse(u"19850312 201001 3 000"_s).error() == Error::InvalidGender);
    // A letter wins over the length; the length wins over the content.
    CHECK(Nip::parse(u"1985x"_s).error() == Error::InvalidCharacter);
    CHECK(Nip::parse(u"19851332 201013 3 00"_s).error() == Error::WrongLength);
}

TEST_CASE("Nip: an invalid NIP keeps the cleaned input but exposes no parts", "[nip]")
{
    const Nip nip = Nip::parse(u"19850312.201001.3.003"_s);
    REQUIRE(nip.error() == Error::InvalidGender);
    CHECK(nip.digits() == u"198503122010013003"_s);
    CHECK(nip.formatted() == u"19850312 201001 3 003"_s); // still grouped to locate the error
    CHECK(nip.birthDate().isNull());
    CHECK(nip.tmtCpns().isNull());
    CHECK(nip.gender() == Gender::Unknown);
    CHECK(nip.serial() == 0);
}

TEST_CASE("Nip: describe() without digits states the rule", "[nip]")
{
    const Error error =
        GENERATE(Error::Empty, Error::InvalidCharacter, Error::WrongLength, Error::InvalidBirthDate,
                 Error::InvalidCpnsMonth, Error::InvalidCpnsDate, Error::CpnsBeforeAdulthood,
                 Error::InvalidGender, Error::InvalidSerial);
    CAPTURE(error);
    const QString message = Nip::describe(error);
    CHECK_FALSE(message.isEmpty());
    CHECK(message.endsWith(u'.'));
    CHECK_FALSE(message.contains(u"%1"_s));
}

TEST_CASE("Nip: describe() gives one distinct sentence per error", "[nip]")
{
    const QList<Error> errors{Error::Empty,
                              Error::InvalidCharacter,
                              Error::WrongLength,
                              Error::InvalidBirthDate,
                              Error::InvalidCpnsMonth,
                              Error::InvalidCpnsDate,
                              Error::CpnsBeforeAdulthood,
                              Error::InvalidGender,
                              Error::InvalidSerial};
    QStringList messages;
    for (const Error error : errors)
        messages.append(Nip::describe(error));
    messages.removeDuplicates();
    CHECK(messages.size() == errors.size());
    CHECK(Nip::describe(Error::None).isEmpty());
    CHECK(Nip::describe(Error::None, Reference).isEmpty());
}

TEST_CASE("Nip: equality compares the digits", "[nip]")
{
    CHECK(Nip::parse(u"19850312 201001 1 003"_s) == Nip::parse(u"19850312-201001-1-003"_s));
    CHECK_FALSE(Nip::parse(u"19850312 201001 1 003"_s) == Nip::parse(u"19850312 201001 1 004"_s));
}

TEST_CASE("Gender codes L and P", "[nip]")
{
    CHECK(genderCode(Gender::Male) == u"L"_s);
    CHECK(genderCode(Gender::Female) == u"P"_s);
    CHECK(genderCode(Gender::Unknown).isEmpty());

    struct Case
    {
        QString code;
        Gender gender;
    };
    const Case c = GENERATE(values<Case>({
        {u"L"_s, Gender::Male},
        {u"l"_s, Gender::Male},
        {u" L "_s, Gender::Male},
        {u"Laki-laki"_s, Gender::Male},
        {u"LAKI-LAKI"_s, Gender::Male},
        {u"Pria"_s, Gender::Male},
        {u"P"_s, Gender::Female},
        {u"p"_s, Gender::Female},
        {u"Perempuan"_s, Gender::Female},
        {u"Wanita"_s, Gender::Female},
        {u""_s, Gender::Unknown},
        {u"X"_s, Gender::Unknown},
        {u"M"_s, Gender::Unknown},
    }));
    CAPTURE(c.code);
    CHECK(genderFromCode(c.code) == c.gender);
}
