#include "FormasiImporter.h"

#include "ImportSession.h"
#include "ImportValues.h"

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

const QString FUnit = u"unit"_s;
const QString FOpd = u"opd"_s;
const QString FJabatan = u"jabatan"_s;
const QString FJabatanType = u"jabatan_type"_s;
const QString FRequired = u"required"_s;

QString pairKey(const ReferenceResolver::Ref &unit, const ReferenceResolver::Ref &jabatan)
{
    return ReferenceResolver::key(unit) + u'/' + ReferenceResolver::key(jabatan);
}

} // namespace

QList<ImportField> FormasiImporter::fields() const
{
    return {
        {FUnit,
         tr("Unit kerja"),
         {u"Unit Kerja"_s, u"Unit"_s, u"Unit Organisasi"_s, u"Satuan Kerja"_s, u"Nama Unit"_s,
          u"Nama Unit Kerja"_s},
         true},
        {FOpd,
         tr("OPD"),
         {u"OPD"_s, u"Instansi"_s, u"Perangkat Daerah"_s, u"SKPD"_s, u"Nama OPD"_s},
         false},
        {FJabatan, tr("Jabatan"), {u"Jabatan"_s, u"Nama Jabatan"_s}, true},
        {FJabatanType, tr("Jabatan type"), {u"Jenis Jabatan"_s, u"Jenis Jab"_s}, false},
        {FRequired,
         tr("Required headcount"),
         {u"Kebutuhan"_s, u"Formasi"_s, u"Jumlah Kebutuhan"_s, u"Kebutuhan Pegawai"_s,
          u"Jumlah Formasi"_s, u"Kebutuhan ABK"_s, u"Hasil ABK"_s},
         true},
    };
}

DatabaseError FormasiImporter::prepare(ImportSession &session)
{
    session.references().load();
    m_stored.clear();
    for (const Formasi &formasi : session.org().allFormasi())
        m_stored.insert(pairKey({formasi.unitId, -1}, {formasi.jabatanId, -1}), formasi.required);
    return {};
}

std::optional<FormasiImporter::Planned> FormasiImporter::plan(ImportRecord &record,
                                                              ImportSession &session)
{
    const auto required = ImportValues::wholeNumber(record.value(FRequired));
    if (!required || *required < 0)
        record.reject(FRequired, tr("\"%1\" is not a headcount: write a whole number, 0 or more.")
                                     .arg(record.value(FRequired)));
    if (!record.hasValue(FUnit) && !record.hasValue(FOpd))
        record.reject(FUnit, tr("The unit is empty."));
    if (!record.hasValue(FJabatan))
        record.reject(FJabatan, tr("The jabatan is empty."));
    const auto unit = session.references().unit(record, FUnit, FOpd);
    const auto jabatan = session.references().jabatan(record, FJabatan, FJabatanType);
    if (!unit || !jabatan || !required || record.isRejected())
        return std::nullopt;
    const QString key = pairKey(*unit, *jabatan);
    if (!session.claim(u"formasi:"_s + key, record, FJabatan,
                       QT_TRANSLATE_NOOP("ImportSession", "unit and jabatan")))
        return std::nullopt;
    FormasiPlan plan{*unit, *jabatan, *required, std::nullopt};
    const auto stored = m_stored.constFind(key);
    if (stored == m_stored.constEnd())
        return Planned{RowAction::Insert, plan};
    plan.before = *stored;
    return Planned{*stored == *required ? RowAction::Unchanged : RowAction::Update, plan};
}

DatabaseError FormasiImporter::write(const FormasiPlan &plan, ImportSession &session)
{
    Formasi formasi{0, 0, plan.required};
    ReferenceResolver &refs = session.references();
    if (DatabaseError error = refs.unitId(plan.unit, session.audit(), &formasi.unitId))
        return error;
    if (DatabaseError error = refs.jabatanId(plan.jabatan, session.audit(), &formasi.jabatanId))
        return error;
    if (DatabaseError error = session.org().setFormasi(formasi))
        return error;
    return session.audit().changed(
        u"formasi"_s, formasi.unitId, refs.jabatanName(formasi.jabatanId),
        plan.before ? QString::number(*plan.before) : QString(), QString::number(formasi.required));
}

} // namespace Simutasi
