#include "ReferenceResolver.h"

#include "ImportAudit.h"
#include "NameGuess.h"
#include "storage/OrgRepository.h"

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

QString nameKey(const QString &name)
{
    return name.simplified().toLower();
}

QString missingKey(MissingReference::Kind kind, const QString &name, const QString &parent)
{
    return QString::number(int(kind)) + u'|' + nameKey(name) + u'|' + nameKey(parent);
}

QString unitKindName(OrgUnit::Kind kind)
{
    return orgUnitKindCode(kind);
}

// "Unit, OPD" -> ("Unit", "OPD"); an empty second part when there is no comma.
std::pair<QString, QString> splitAtLastComma(const QString &text)
{
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma < 0)
        return {text, QString()};
    return {text.left(comma).simplified(), text.mid(comma + 1).simplified()};
}

} // namespace

ReferenceResolver::ReferenceResolver(OrgRepository &org, bool createMissing)
    : m_org(org)
    , m_createMissing(createMissing)
{}

void ReferenceResolver::remember(const OrgUnit &unit, qint64 opdId)
{
    m_unitsByName[nameKey(unit.name)].append(unit.id);
    if (unit.kind == OrgUnit::Kind::Opd)
        m_opdsByName[nameKey(unit.name)].append(unit.id);
    if (unit.kind == OrgUnit::Kind::Province && m_provinceId == 0)
        m_provinceId = unit.id;
    m_opdOf.insert(unit.id, opdId);
    m_parentOf.insert(unit.id, unit.parentId);
    m_unitNames.insert(unit.id, unit.name);
    if (!unit.isOpen())
        m_closedOn.insert(unit.id, unit.closedOn);
}

void ReferenceResolver::load()
{
    // units() lists parents before children, so each unit's OPD is known from its parent's.
    for (const OrgUnit &unit : m_org.units()) {
        const qint64 opdId =
            unit.kind == OrgUnit::Kind::Opd ? unit.id : m_opdOf.value(unit.parentId, 0);
        remember(unit, opdId);
    }
    for (const Jabatan &jabatan : m_org.jabatans()) {
        m_jabatanByName.insert(nameKey(jabatan.name), jabatan.id);
        m_jabatanNames.insert(jabatan.id, jabatan.name);
    }
}

QString ReferenceResolver::key(const Ref &ref)
{
    return ref.isPlanned() ? u'p' + QString::number(ref.planned) : QString::number(ref.id);
}

int ReferenceResolver::noteMissing(MissingReference::Kind kind, const QString &name,
                                   const QString &parent, const std::function<QString()> &guess,
                                   int row)
{
    const QString key = missingKey(kind, name, parent);
    auto it = m_missingByKey.constFind(key);
    if (it == m_missingByKey.constEnd()) {
        m_missing.append({kind, name, parent, guess(), {}});
        it = m_missingByKey.insert(key, int(m_missing.size()) - 1);
    }
    QList<int> &rows = m_missing[*it].rows;
    if (rows.isEmpty() || rows.constLast() != row)
        rows.append(row);
    return *it;
}

ReferenceResolver::Ref ReferenceResolver::planOpd(const QString &name, int row)
{
    noteMissing(
        MissingReference::Kind::Opd, name, QString(),
        [] { return unitKindName(OrgUnit::Kind::Opd); }, row);
    const QString key = u"opd|"_s + nameKey(name);
    auto it = m_plannedUnitByKey.constFind(key);
    if (it == m_plannedUnitByKey.constEnd()) {
        PlannedUnit planned;
        planned.unit.kind = OrgUnit::Kind::Opd;
        planned.unit.name = name;
        m_plannedUnits.append(planned);
        it = m_plannedUnitByKey.insert(key, int(m_plannedUnits.size()) - 1);
    }
    return {0, *it};
}

ReferenceResolver::Ref ReferenceResolver::planUnit(const QString &name,
                                                   const std::optional<Ref> &opd,
                                                   const QString &opdName, int row)
{
    // The guess reads the name word by word: done once per new unit, not once per row.
    const auto guess = [&] {
        return NameGuess::unitKind(name, opd.has_value());
    };
    noteMissing(
        MissingReference::Kind::Unit, name, opdName, [&] { return unitKindName(guess()); }, row);
    const QString key =
        u"unit|"_s + nameKey(name) + u'|' + (opd ? ReferenceResolver::key(*opd) : QString());
    auto it = m_plannedUnitByKey.constFind(key);
    if (it == m_plannedUnitByKey.constEnd()) {
        PlannedUnit planned;
        planned.unit.kind = guess();
        planned.unit.name = name;
        planned.unit.parentId = opd && !opd->isPlanned() ? opd->id : 0;
        planned.parentPlanned = opd && opd->isPlanned() ? opd->planned : -1;
        m_plannedUnits.append(planned);
        it = m_plannedUnitByKey.insert(key, int(m_plannedUnits.size()) - 1);
    }
    return {0, *it};
}

std::optional<ReferenceResolver::Ref> ReferenceResolver::acceptPlanned(ImportRecord &record,
                                                                       const QString &field,
                                                                       Ref ref,
                                                                       const QString &reason)
{
    if (m_createMissing)
        return ref;
    record.reject(field, reason + u' ' +
                             tr("Correct the name, or let the import create it (\"create "
                                "missing\")."));
    return std::nullopt;
}

std::optional<ReferenceResolver::Ref>
ReferenceResolver::opd(ImportRecord &record, const QString &field, const QString &name)
{
    // An OPD by its name; failing that any unit of that name, since files also name a Bidang
    // or a UPT as the "OPD" of a unit below it.
    QList<qint64> candidates = m_opdsByName.value(nameKey(name));
    if (candidates.isEmpty())
        candidates = m_unitsByName.value(nameKey(name));
    if (candidates.isEmpty())
        return acceptPlanned(record, field, planOpd(name, record.row()),
                             tr("The OPD \"%1\" is not in the database.").arg(name));
    return pick(record, field, name, candidates, QString());
}

std::optional<ReferenceResolver::Ref>
ReferenceResolver::pick(ImportRecord &record, const QString &field, const QString &name,
                        const QList<qint64> &candidates, const QString &opdName)
{
    QList<qint64> open;
    for (const qint64 id : candidates) {
        if (!m_closedOn.contains(id))
            open.append(id);
    }
    if (open.size() == 1)
        return Ref{open.constFirst(), -1};
    if (open.size() > 1) {
        record.reject(field, opdName.isEmpty()
                                 ? tr("There are %1 units named \"%2\"; name the OPD too (in the "
                                      "OPD column, or as \"%2, name of the OPD\").")
                                       .arg(open.size())
                                       .arg(name)
                                 : tr("%1 has %2 units named \"%3\"; the import cannot tell which "
                                      "one is meant.")
                                       .arg(opdName)
                                       .arg(open.size())
                                       .arg(name));
        return std::nullopt;
    }
    record.reject(
        field,
        tr("The unit \"%1\" was closed on %2.")
            .arg(name,
                 m_closedOn.value(candidates.constFirst()).toString(QStringLiteral("dd-MM-yyyy"))));
    return std::nullopt;
}

std::optional<ReferenceResolver::Ref>
ReferenceResolver::unitIn(ImportRecord &record, const QString &field, const QString &name,
                          const std::optional<Ref> &opd, const QString &opdName)
{
    QList<qint64> candidates;
    if (!opd || !opd->isPlanned()) {
        for (const qint64 id : m_unitsByName.value(nameKey(name))) {
            if (!opd || m_opdOf.value(id) == opd->id || id == opd->id)
                candidates.append(id);
        }
    }
    if (!candidates.isEmpty())
        return pick(record, field, name, candidates, opdName);
    const QString reason =
        opdName.isEmpty() ? tr("The unit \"%1\" is not in the database.").arg(name)
                          : tr("The unit \"%1\" of %2 is not in the database.").arg(name, opdName);
    return acceptPlanned(record, field, planUnit(name, opd, opdName, record.row()), reason);
}

std::optional<ReferenceResolver::Ref>
ReferenceResolver::unit(ImportRecord &record, const QString &unitField, const QString &opdField)
{
    QString unitName = record.value(unitField);
    QString opdName = record.value(opdField);
    QString opdSource = opdField;
    if (unitName.isEmpty() && opdName.isEmpty())
        return std::nullopt;
    if (unitName.isEmpty())
        return opd(record, opdField, opdName);
    if (opdName.isEmpty() && !m_unitsByName.contains(nameKey(unitName))) {
        std::tie(unitName, opdName) = splitAtLastComma(unitName);
        opdSource = unitField;
    }
    if (opdName.isEmpty())
        return unitIn(record, unitField, unitName, std::nullopt, QString());
    const std::optional<Ref> parent = opd(record, opdSource, opdName);
    if (!parent)
        return std::nullopt;
    if (nameKey(unitName) == nameKey(opdName))
        return parent; // the OPD itself, named twice
    return unitIn(record, unitField, unitName, parent, opdName);
}

std::optional<ReferenceResolver::Ref>
ReferenceResolver::jabatan(ImportRecord &record, const QString &nameField, const QString &typeField)
{
    const QString name = record.value(nameField);
    if (name.isEmpty())
        return std::nullopt;
    const auto found = m_jabatanByName.constFind(nameKey(name));
    if (found != m_jabatanByName.constEnd())
        return Ref{*found, -1};

    auto it = m_plannedJabatanByKey.constFind(nameKey(name));
    if (it == m_plannedJabatanByKey.constEnd()) {
        // A "Jenis Jabatan" cell that names a type decides; SIASN's coarse "Struktural" or
        // "Fungsional Tertentu" do not, and the name is read instead.
        const JabatanType type = NameGuess::parseJabatanType(record.value(typeField))
                                     .value_or(NameGuess::jabatanType(name));
        PlannedJabatan planned;
        planned.jabatan.name = name;
        planned.jabatan.type = type;
        planned.jabatan.golonganRange = JabatanTypes::defaultGolonganRange(type);
        m_plannedJabatan.append(planned);
        it = m_plannedJabatanByKey.insert(nameKey(name), int(m_plannedJabatan.size()) - 1);
    }
    const JabatanType type = m_plannedJabatan.at(*it).jabatan.type;
    noteMissing(
        MissingReference::Kind::Jabatan, name, QString(),
        [type] { return JabatanTypes::displayName(type); }, record.row());
    return acceptPlanned(record, nameField, Ref{0, *it},
                         tr("The jabatan \"%1\" is not in the catalogue.").arg(name));
}

std::optional<ReferenceResolver::Ref> ReferenceResolver::parent(ImportRecord &record,
                                                                const QString &field)
{
    const QString name = record.value(field);
    if (name.isEmpty())
        return std::nullopt;
    QList<qint64> existing = m_opdsByName.value(nameKey(name));
    if (existing.isEmpty())
        existing = m_unitsByName.value(nameKey(name));
    const auto defined = m_definedByName.constFind(nameKey(name));
    if (defined != m_definedByName.constEnd() && existing.isEmpty())
        return Ref{0, *defined};
    if (!existing.isEmpty())
        return pick(record, field, name, existing, QString());
    return acceptPlanned(record, field, planOpd(name, record.row()),
                         tr("The unit \"%1\" is not in the database.").arg(name));
}

qint64 ReferenceResolver::childNamed(const std::optional<Ref> &parent, const QString &name) const
{
    if (parent && parent->isPlanned())
        return 0;
    const qint64 parentId = parent ? parent->id : m_provinceId;
    for (const qint64 id : m_unitsByName.value(nameKey(name))) {
        if (m_parentOf.value(id) == parentId)
            return id;
    }
    return 0;
}

ReferenceResolver::Ref ReferenceResolver::planDefinedUnit(const OrgUnit &unit,
                                                          const std::optional<Ref> &parent)
{
    PlannedUnit planned;
    planned.unit = unit;
    planned.unit.parentId = parent && !parent->isPlanned() ? parent->id : 0;
    planned.parentPlanned = parent && parent->isPlanned() ? parent->planned : -1;
    m_plannedUnits.append(planned);
    const int index = int(m_plannedUnits.size()) - 1;
    m_definedByName.insert(nameKey(unit.name), index);
    return {0, index};
}

DatabaseError ReferenceResolver::unitId(const Ref &ref, ImportAudit &audit, qint64 *id)
{
    if (!ref.isPlanned()) {
        *id = ref.id;
        return {};
    }
    PlannedUnit &planned = m_plannedUnits[ref.planned];
    if (planned.createdId == 0) {
        qint64 parentId = planned.unit.parentId > 0 ? planned.unit.parentId : m_provinceId;
        if (planned.unit.kind == OrgUnit::Kind::Province)
            parentId = 0; // a province is the top of its tree
        if (planned.parentPlanned >= 0) {
            if (DatabaseError error = unitId(Ref{0, planned.parentPlanned}, audit, &parentId))
                return error;
        }
        OrgUnit unit = planned.unit;
        unit.parentId = parentId;
        if (DatabaseError error = m_org.addUnit(unit))
            return error;
        if (DatabaseError error = audit.created(QStringLiteral("org_unit"), unit.id, unit.name))
            return error;
        planned.createdId = unit.id;
        m_unitNames.insert(unit.id, unit.name);
        ++m_created;
    }
    *id = planned.createdId;
    return {};
}

DatabaseError ReferenceResolver::jabatanId(const Ref &ref, ImportAudit &audit, qint64 *id)
{
    if (!ref.isPlanned()) {
        *id = ref.id;
        return {};
    }
    PlannedJabatan &planned = m_plannedJabatan[ref.planned];
    if (planned.createdId == 0) {
        Jabatan jabatan = planned.jabatan;
        if (DatabaseError error = m_org.addJabatan(jabatan))
            return error;
        if (DatabaseError error =
                audit.created(QStringLiteral("jabatan"), jabatan.id, jabatan.name))
            return error;
        planned.createdId = jabatan.id;
        m_jabatanNames.insert(jabatan.id, jabatan.name);
        ++m_created;
    }
    *id = planned.createdId;
    return {};
}

} // namespace Simutasi
