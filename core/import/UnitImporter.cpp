#include "UnitImporter.h"

#include "ImportSession.h"
#include "ImportValues.h"
#include "NameGuess.h"

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

const QString FName = u"name"_s;
const QString FParent = u"parent"_s;
const QString FKind = u"kind"_s;
const QString FCode = u"code"_s;
const QString FRegion = u"region"_s;
const QString FRemote = u"remote"_s;

const QString UnitEntity = u"org_unit"_s;

QString key(const QString &text)
{
    return text.simplified().toLower();
}

// "Kab. Lembah Sari" -> (Kabupaten, "lembah sari"); no prefix gives no kind.
std::pair<std::optional<Region::Kind>, QString> splitRegion(const QString &text)
{
    const QString k = key(text);
    for (const auto &[prefix, kind] : {std::pair{u"kabupaten "_s, Region::Kind::Kabupaten},
                                       std::pair{u"kab. "_s, Region::Kind::Kabupaten},
                                       std::pair{u"kab "_s, Region::Kind::Kabupaten},
                                       std::pair{u"kota "_s, Region::Kind::Kota}}) {
        if (k.startsWith(prefix))
            return {kind, k.mid(prefix.size()).trimmed()};
    }
    return {std::nullopt, k};
}

bool sameUnit(const OrgUnit &a, const OrgUnit &b)
{
    return a.kind == b.kind && a.code == b.code && a.name == b.name && a.regionId == b.regionId &&
           a.remote == b.remote;
}

} // namespace

QList<ImportField> UnitImporter::fields() const
{
    return {
        {FName,
         tr("Unit name"),
         {u"Nama Unit"_s, u"Nama Unit Kerja"_s, u"Unit"_s, u"Unit Kerja"_s,
          u"Nama Unit Organisasi"_s, u"Nama"_s},
         true},
        {FParent,
         tr("Parent unit"),
         {u"Induk"_s, u"Unit Induk"_s, u"Induk/OPD"_s, u"OPD"_s, u"Perangkat Daerah"_s,
          u"Atasan"_s},
         false},
        {FKind, tr("Kind"), {u"Jenis"_s, u"Jenis Unit"_s, u"Tipe"_s, u"Tipe Unit"_s}, false},
        {FCode, tr("Code"), {u"Kode"_s, u"Kode Unit"_s, u"Singkatan"_s}, false},
        {FRegion,
         tr("Kabupaten/kota"),
         {u"Kabupaten/Kota"_s, u"Kab/Kota"_s, u"Kabupaten Kota"_s, u"Wilayah"_s, u"Lokasi"_s},
         false},
        {FRemote,
         tr("Remote area"),
         {u"Terpencil"_s, u"Daerah Terpencil"_s, u"Terpencil Y/N"_s},
         false},
    };
}

DatabaseError UnitImporter::prepare(ImportSession &session)
{
    session.references().load();
    m_regions = session.org().regions();
    return {};
}

qint64 UnitImporter::findRegion(const QString &text) const
{
    const auto [kind, name] = splitRegion(text);
    qint64 found = 0;
    for (const Region &region : m_regions) {
        if (key(region.name) != name || (kind && region.kind != *kind))
            continue;
        if (found != 0)
            return -1; // "Wanggar" is both a kabupaten and a kota: the prefix is needed
        found = region.id;
    }
    return found;
}

void UnitImporter::readDetails(ImportRecord &record, bool insideOpd, bool isNew,
                               OrgUnit *unit) const
{
    if (record.hasValue(FKind)) {
        if (const auto kind = NameGuess::parseUnitKind(record.value(FKind)))
            unit->kind = *kind;
        else
            record.reject(FKind, tr("\"%1\" is not a kind of unit: write OPD, Sekretariat, Bidang, "
                                    "Seksi, UPT, Sekolah, Puskesmas or Rumah Sakit.")
                                     .arg(record.value(FKind)));
    } else if (isNew) {
        unit->kind = NameGuess::unitKind(unit->name, insideOpd);
    }
    if (record.hasValue(FCode))
        unit->code = record.value(FCode);
    if (record.hasValue(FRegion)) {
        const qint64 region = findRegion(record.value(FRegion));
        if (region > 0)
            unit->regionId = region;
        else
            record.reject(FRegion, region < 0
                                       ? tr("\"%1\" names both a kabupaten and a kota: write "
                                            "\"Kabupaten %1\" or \"Kota %1\".")
                                             .arg(record.value(FRegion))
                                       : tr("\"%1\" is not a kabupaten or kota of the province.")
                                             .arg(record.value(FRegion)));
    }
    if (record.hasValue(FRemote)) {
        if (const auto remote = ImportValues::yesNo(record.value(FRemote)))
            unit->remote = *remote;
        else
            record.reject(FRemote,
                          tr("\"%1\" is not yes or no: write Y or N.").arg(record.value(FRemote)));
    }
}

std::optional<UnitImporter::Planned> UnitImporter::plan(ImportRecord &record,
                                                        ImportSession &session)
{
    const QString name = record.value(FName);
    if (name.isEmpty()) {
        record.reject(FName, tr("The unit name is empty."));
        return std::nullopt;
    }
    ReferenceResolver &refs = session.references();
    const std::optional<ReferenceResolver::Ref> parent = refs.parent(record, FParent);
    if (record.isRejected())
        return std::nullopt;
    const QString parentKey = parent ? ReferenceResolver::key(*parent) : u"top"_s;
    if (!session.claim(u"unit:"_s + key(name) + u'|' + parentKey, record, FName,
                       QT_TRANSLATE_NOOP("ImportSession", "unit name under the same parent")))
        return std::nullopt;

    UnitPlan plan;
    const qint64 existing = refs.childNamed(parent, name);
    if (existing > 0)
        plan.before = session.org().unit(existing);
    plan.after = plan.before.value_or(OrgUnit{});
    plan.after.name = plan.before ? plan.before->name : name;
    readDetails(record, parent.has_value(), !plan.before, &plan.after);
    if (record.isRejected())
        return std::nullopt;
    if (plan.before)
        return Planned{
            sameUnit(*plan.before, plan.after) ? RowAction::Unchanged : RowAction::Update, plan};
    plan.created = refs.planDefinedUnit(plan.after, parent);
    return Planned{RowAction::Insert, plan};
}

DatabaseError UnitImporter::auditChanges(const OrgUnit &before, const OrgUnit &after,
                                         ImportSession &session) const
{
    const QList<std::tuple<QString, QString, QString>> values = {
        {FKind, orgUnitKindCode(before.kind), orgUnitKindCode(after.kind)},
        {FCode, before.code, after.code},
        {FRegion, QString::number(before.regionId), QString::number(after.regionId)},
        {FRemote, before.remote ? u"Y"_s : u"N"_s, after.remote ? u"Y"_s : u"N"_s},
    };
    for (const auto &[field, oldValue, newValue] : values) {
        if (oldValue == newValue)
            continue;
        if (DatabaseError error =
                session.audit().changed(UnitEntity, after.id, field, oldValue, newValue))
            return error;
    }
    return {};
}

DatabaseError UnitImporter::write(const UnitPlan &plan, ImportSession &session)
{
    if (plan.created) {
        qint64 id = 0;
        return session.references().unitId(*plan.created, session.audit(), &id);
    }
    if (DatabaseError error = session.org().updateUnit(plan.after))
        return error;
    return auditChanges(*plan.before, plan.after, session);
}

} // namespace Simutasi
