#include "ImportTestSupport.h"

#include "import/CsvReader.h"
#include "import/ImportKinds.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace Simutasi::Test {

QString makeNip(const QDate &birth, int genderDigit, int serial)
{
    const QDate cpns = birth.addYears(25);
    return birth.toString(QStringLiteral("yyyyMMdd")) + cpns.toString(QStringLiteral("yyyyMM")) +
           QString::number(genderDigit) + QStringLiteral("%1").arg(serial, 3, 10, QChar(u'0'));
}

QByteArray csvBytes(const QList<QStringList> &rows, QChar delimiter)
{
    QString text;
    for (const QStringList &row : rows)
        text += row.join(delimiter) + QStringLiteral("\r\n");
    return text.toUtf8();
}

namespace {

OrgUnit addUnit(OrgRepository &org, qint64 parent, OrgUnit::Kind kind, const QString &name)
{
    OrgUnit unit;
    unit.parentId = parent;
    unit.kind = kind;
    unit.name = name;
    REQUIRE_FALSE(org.addUnit(unit));
    return unit;
}

Jabatan addJabatan(OrgRepository &org, const QString &name, JabatanType type)
{
    Jabatan jabatan;
    jabatan.name = name;
    jabatan.type = type;
    jabatan.golonganRange = JabatanTypes::defaultGolonganRange(type);
    REQUIRE_FALSE(org.addJabatan(jabatan));
    return jabatan;
}

} // namespace

ImportRegistry::ImportRegistry()
{
    DatabaseError error;
    db = Database::open(dbPath(), &error);
    REQUIRE(db);
    OrgRepository org(*db);
    Transaction transaction(*db);
    using Kind = OrgUnit::Kind;
    province = addUnit(org, 0, Kind::Province, QStringLiteral("Pemerintah Provinsi Wanggar"));
    disdik = addUnit(org, province.id, Kind::Opd, QStringLiteral("Dinas Pendidikan"));
    bidangSma = addUnit(org, disdik.id, Kind::Bidang, QStringLiteral("Bidang Pembinaan SMA"));
    sma3 = addUnit(org, bidangSma.id, Kind::Sekolah, QStringLiteral("SMA Negeri 3 Lembah Sari"));
    sekretariatDisdik = addUnit(org, disdik.id, Kind::Sekretariat, QStringLiteral("Sekretariat"));
    dinkes = addUnit(org, province.id, Kind::Opd, QStringLiteral("Dinas Kesehatan"));
    sekretariatDinkes = addUnit(org, dinkes.id, Kind::Sekretariat, QStringLiteral("Sekretariat"));
    puskesmas = addUnit(org, dinkes.id, Kind::Puskesmas, QStringLiteral("Puskesmas Wanggar Kota"));
    guru = addJabatan(org, QStringLiteral("Guru Ahli Muda"), JabatanType::AhliMuda);
    kepalaBidang =
        addJabatan(org, QStringLiteral("Kepala Bidang Pembinaan SMA"), JabatanType::Administrator);
    pengadministrasi =
        addJabatan(org, QStringLiteral("Pengadministrasi Umum"), JabatanType::Pelaksana);
    REQUIRE_FALSE(transaction.commit());
}

ImportTable tableFromCsv(const QByteArray &csv)
{
    CsvReader reader;
    ImportTable table = reader.read(csv);
    REQUIRE_FALSE(reader.error());
    return table;
}

ColumnMapping mappingFor(const QString &kind, ImportTable *table)
{
    const auto importKind = ImportKinds::create(kind);
    REQUIRE(importKind);
    const int header = ColumnMapping::guessHeaderIndex(importKind->fields(), *table);
    if (header >= 0)
        table->setHeaderIndex(header);
    return ColumnMapping::detect(importKind->fields(), table->header());
}

ImportReport ImportRegistry::preview(const QString &kind, const QByteArray &csv,
                                     const Importer::Options &options)
{
    ImportTable table = tableFromCsv(csv);
    const ColumnMapping mapping = mappingFor(kind, &table);
    const auto importKind = ImportKinds::create(kind);
    Importer importer(*db, *importKind, options);
    return importer.preview(table, mapping);
}

ImportReport ImportRegistry::run(const QString &kind, const QByteArray &csv,
                                 const Importer::Options &options,
                                 const Importer::Progress &progress)
{
    ImportTable table = tableFromCsv(csv);
    const ColumnMapping mapping = mappingFor(kind, &table);
    const auto importKind = ImportKinds::create(kind);
    Importer importer(*db, *importKind, options);
    return importer.run(table, mapping, progress);
}

} // namespace Simutasi::Test
