// Import kind "units": the organisation tree from a file, parents defined by earlier rows.
#include "ImportTestSupport.h"
#include "storage/OrgRepository.h"

using namespace Simutasi;
using namespace Qt::StringLiterals;

namespace {

QByteArray lines(std::initializer_list<const char16_t *> rows)
{
    QString text;
    for (const char16_t *row : rows)
        text += QString::fromUtf16(row) + u"\r\n"_s;
    return text.toUtf8();
}

std::optional<OrgUnit> unitNamed(OrgRepository &org, const QString &name)
{
    for (const OrgUnit &unit : org.units()) {
        if (unit.name == name)
            return unit;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Units are created below their parents and updated by name", "[import][units]")
{
    Test::ImportRegistry r;
    OrgRepository org(*r.db);
    Region region{0, Region::Kind::Kabupaten, u"Lembah Sari"_s};
    REQUIRE_FALSE(org.addRegion(region));
    Region kota{0, Region::Kind::Kota, u"Wanggar"_s};
    REQUIRE_FALSE(org.addRegion(kota));

    const ImportReport report = r.run(
        u"units"_s,
        lines({u"Nama Unit;Induk;Jenis;Kode;Kabupaten/Kota;Terpencil",
               u"Dinas Perhubungan;;;DISHUB;;N", u"Bidang Lalu Lintas;Dinas Perhubungan;;;;",
               u"UPT Terminal Lembah Sari;Dinas Perhubungan;upt;;Kab. Lembah Sari;Y",
               u"SMA Negeri 9 Pulau Jauh;Bidang Pembinaan SMA;Sekolah;;Kota Wanggar;Ya",
               u"Puskesmas Wanggar Kota;Dinas Kesehatan;;PKM-01;;Y",
               u"Bidang Lalu Lintas;Dinas Perhubungan;;;;", u"Seksi Entah;Bidang Tidak Ada;;;;",
               u"Seksi Lain;;Kantor;;Kabupaten Antah;mungkin"}));
    CHECK(report.inserted == 4);
    CHECK(report.updated == 1);
    CHECK(report.rejectedRows == 3);

    const auto dishub = unitNamed(org, u"Dinas Perhubungan"_s);
    REQUIRE(dishub);
    CHECK(dishub->kind == OrgUnit::Kind::Opd);
    CHECK(dishub->parentId == r.province.id);
    CHECK(dishub->code == u"DISHUB");
    const auto bidang = unitNamed(org, u"Bidang Lalu Lintas"_s);
    CHECK(bidang->parentId == dishub->id);
    CHECK(bidang->kind == OrgUnit::Kind::Bidang);
    CHECK(org.opdOf(bidang->id) == dishub->id);
    const auto upt = unitNamed(org, u"UPT Terminal Lembah Sari"_s);
    CHECK(upt->kind == OrgUnit::Kind::Upt);
    CHECK(upt->regionId == region.id);
    CHECK(upt->remote);
    const auto sma = unitNamed(org, u"SMA Negeri 9 Pulau Jauh"_s);
    CHECK(sma->parentId == r.bidangSma.id);
    CHECK(sma->regionId == kota.id);
    const auto puskesmas = org.unit(r.puskesmas.id);
    CHECK(puskesmas->code == u"PKM-01");
    CHECK(puskesmas->remote);

    const auto rejectFor = [&](int row) {
        QStringList reasons;
        for (const ImportIssue &issue : report.rejects) {
            if (issue.row == row)
                reasons.append(issue.reason);
        }
        return reasons.join(u" | "_s);
    };
    CHECK(rejectFor(7).contains(u"already in row 3"));
    CHECK(rejectFor(8).contains(u"\"Bidang Tidak Ada\" is not in the database"));
    CHECK(rejectFor(9).contains(u"not a kind of unit"));
    CHECK(rejectFor(9).contains(u"not a kabupaten or kota"));
    CHECK(rejectFor(9).contains(u"not yes or no"));
}
