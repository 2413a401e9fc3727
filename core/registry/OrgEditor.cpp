#include "OrgEditor.h"

#include "i18n/Plural.h"
#include "storage/Database.h"

#include <QLocale>
#include <QStringList>

namespace Simutasi {

namespace {

// The audited fields of a record as (field, value) pairs; values as the importer records them.
using Fields = QList<std::pair<QString, QString>>;

QString yesNo(bool value)
{
    return value ? QStringLiteral("Y") : QStringLiteral("N");
}

Fields unitFields(const OrgUnit &unit)
{
    return {{QStringLiteral("name"), unit.name},
            {QStringLiteral("kind"), orgUnitKindCode(unit.kind)},
            {QStringLiteral("code"), unit.code},
            {QStringLiteral("region"), QString::number(unit.regionId)},
            {QStringLiteral("remote"), yesNo(unit.remote)}};
}

Fields jabatanFields(const Jabatan &jabatan)
{
    return {
        {QStringLiteral("name"), jabatan.name},
        {QStringLiteral("type"), JabatanTypes::code(jabatan.type)},
        {QStringLiteral("gol_min"), jabatan.golonganRange.min.toString()},
        {QStringLiteral("gol_max"), jabatan.golonganRange.max.toString()},
        {QStringLiteral("min_education"), jabatan.minEducation == EducationLevel::Unknown
                                              ? QString()
                                              : EducationLevels::code(jabatan.minEducation)},
        {QStringLiteral("education_fields"), jabatan.educationFields.join(QStringLiteral("; "))}};
}

// The fields whose value differs, with both values.
QList<FieldChange> changesBetween(const Fields &before, const Fields &after)
{
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const QString old = i < before.size() ? before.at(i).second : QString();
        if (old != after.at(i).second)
            changes.append({after.at(i).first, old, after.at(i).second});
    }
    return changes;
}

// A new record: every field with a value, from nothing.
QList<FieldChange> creation(const Fields &fields)
{
    return changesBetween({}, fields);
}

// A removed record: every field with a value, to nothing.
QList<FieldChange> removal(const Fields &fields)
{
    QList<FieldChange> changes;
    for (const auto &[field, value] : fields) {
        if (!value.isEmpty())
            changes.append({field, value, QString()});
    }
    return changes;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

OrgEditor::OrgEditor(Database &database, const QString &user)
    : m_database(database)
    , m_user(user)
    , m_write(database, DataAction::EditOrganisation)
    , m_org(std::in_place, database)
    , m_audit(database)
{}

DatabaseError OrgEditor::inTransaction(const std::function<DatabaseError()> &change)
{
    const DatabaseError error = m_write.run(change);
    if (error)
        m_org.emplace(m_database);
    return error;
}

DatabaseError OrgEditor::audit(const QString &action, const QString &entity, qint64 id,
                               const QList<FieldChange> &changes)
{
    return m_audit.appendChanges(m_user, action, entity, id, changes);
}

QString OrgEditor::siblingClash(const OrgUnit &unit) const
{
    const QString name = unit.name.simplified();
    if (name.isEmpty())
        return tr("A unit needs a name.");
    for (const OrgUnit &sibling : m_org->children(unit.parentId)) {
        if (sibling.id != unit.id &&
            sibling.name.simplified().compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is already a unit named \"%1\" at this place in the tree.").arg(name);
    }
    return {};
}

DatabaseError OrgEditor::addUnit(OrgUnit &unit)
{
    return inTransaction([&]() -> DatabaseError {
        const std::optional<OrgUnit> parent = m_org->unit(unit.parentId);
        if (!parent)
            return m_write.refuse(tr("The unit above the new one no longer exists."));
        if (!parent->isOpen())
            return m_write.refuse(
                tr("%1 is closed: no unit can be added below it.").arg(parent->name));
        if (unit.kind == OrgUnit::Kind::Province)
            return m_write.refuse(tr("The province is the top of the tree; there is only one."));
        if (const QString clash = siblingClash(unit); !clash.isEmpty())
            return m_write.refuse(clash);
        unit.name = unit.name.simplified();
        unit.code = unit.code.trimmed();
        unit.closedOn = {};
        if (DatabaseError error = m_org->addUnit(unit))
            return error;
        Fields fields = unitFields(unit);
        fields.prepend({QStringLiteral("parent"), QString::number(unit.parentId)});
        return audit(QStringLiteral("create"), UnitEntity, unit.id, creation(fields));
    });
}

DatabaseError OrgEditor::updateUnit(const OrgUnit &unit)
{
    return inTransaction([&]() -> DatabaseError {
        const std::optional<OrgUnit> before = m_org->unit(unit.id);
        if (!before)
            return m_write.refuse(tr("The unit no longer exists."));
        if ((before->kind == OrgUnit::Kind::Province) != (unit.kind == OrgUnit::Kind::Province))
            return m_write.refuse(tr("Only the top of the tree is the province."));
        OrgUnit after = unit;
        after.name = unit.name.simplified();
        after.code = unit.code.trimmed();
        after.parentId = before->parentId;
        after.closedOn = before->closedOn;
        if (const QString clash = siblingClash(after); !clash.isEmpty())
            return m_write.refuse(clash);
        const QList<FieldChange> changes = changesBetween(unitFields(*before), unitFields(after));
        if (changes.isEmpty())
            return DatabaseError{};
        if (DatabaseError error = m_org->updateUnit(after))
            return error;
        return audit(QStringLiteral("update"), UnitEntity, unit.id, changes);
    });
}

DatabaseError OrgEditor::moveUnit(qint64 unitId, qint64 newParentId)
{
    return inTransaction([&]() -> DatabaseError {
        const std::optional<OrgUnit> unit = m_org->unit(unitId);
        const std::optional<OrgUnit> parent = m_org->unit(newParentId);
        if (!unit || !parent)
            return m_write.refuse(tr("The unit or its new place no longer exists."));
        if (unit->kind == OrgUnit::Kind::Province)
            return m_write.refuse(tr("The province is the top of the tree and cannot be moved."));
        if (unit->parentId == newParentId)
            return DatabaseError{};
        if (!parent->isOpen())
            return m_write.refuse(
                tr("%1 is closed: nothing can be moved below it.").arg(parent->name));
        for (std::optional<OrgUnit> above = parent; above; above = m_org->unit(above->parentId)) {
            if (above->id == unitId)
                return m_write.refuse(
                    tr("%1 cannot be moved below itself or one of its own units.").arg(unit->name));
            if (above->parentId == 0)
                break;
        }
        OrgUnit moved = *unit;
        moved.parentId = newParentId;
        if (const QString clash = siblingClash(moved); !clash.isEmpty())
            return m_write.refuse(clash);
        if (DatabaseError error = m_org->moveUnit(unitId, newParentId))
            return error;
        return audit(QStringLiteral("move"), UnitEntity, unitId,
                     {{QStringLiteral("parent"), QString::number(unit->parentId),
                       QString::number(newParentId)}});
    });
}

DatabaseError OrgEditor::closeUnit(qint64 unitId, const QDate &closedOn, QList<qint64> *closedIds)
{
    return inTransaction([&]() -> DatabaseError {
        const std::optional<OrgUnit> unit = m_org->unit(unitId);
        if (!unit)
            return m_write.refuse(tr("The unit no longer exists."));
        if (unit->kind == OrgUnit::Kind::Province)
            return m_write.refuse(tr("The province cannot be closed."));
        if (!closedOn.isValid())
            return m_write.refuse(tr("Give the date on which the unit was closed."));
        if (!unit->isOpen())
            return m_write.refuse(
                tr("%1 is already closed (since %2).")
                    .arg(unit->name,
                         QLocale().toString(unit->closedOn, QStringLiteral("d MMM yyyy"))));
        QList<qint64> ids;
        if (DatabaseError error = m_org->closeUnit(unitId, closedOn, &ids))
            return error;
        for (qint64 id : std::as_const(ids)) {
            if (DatabaseError error =
                    audit(QStringLiteral("close"), UnitEntity, id,
                          {{QStringLiteral("closed_on"), QString(), isoDate(closedOn)}}))
                return error;
        }
        if (closedIds)
            *closedIds = ids;
        return DatabaseError{};
    });
}

DatabaseError OrgEditor::reopenUnit(qint64 unitId)
{
    return inTransaction([&]() -> DatabaseError {
        std::optional<OrgUnit> unit = m_org->unit(unitId);
        if (!unit)
            return m_write.refuse(tr("The unit no longer exists."));
        if (unit->isOpen())
            return DatabaseError{};
        const std::optional<OrgUnit> parent = m_org->unit(unit->parentId);
        if (parent && !parent->isOpen())
            return m_write.refuse(tr("%1 is closed too: reopen it first.").arg(parent->name));
        const QDate closedOn = unit->closedOn;
        unit->closedOn = {};
        if (DatabaseError error = m_org->updateUnit(*unit))
            return error;
        return audit(QStringLiteral("reopen"), UnitEntity, unitId,
                     {{QStringLiteral("closed_on"), isoDate(closedOn), QString()}});
    });
}

QString OrgEditor::removalBlocker(qint64 unitId) const
{
    const std::optional<OrgUnit> unit = m_org->unit(unitId);
    if (!unit)
        return tr("The unit no longer exists.");
    if (unit->kind == OrgUnit::Kind::Province)
        return tr("The province cannot be removed.");
    const UnitUsage usage = m_org->unitUsage(unitId);
    if (!usage.isUsed())
        return {};
    QStringList reasons;
    if (usage.employees > 0)
        reasons.append(plural(usage.employees, tr("1 employee is placed in it"),
                              tr("%1 employees are placed in it")));
    if (usage.history > 0)
        reasons.append(plural(usage.history, tr("1 jabatan history entry names it"),
                              tr("%1 jabatan history entries name it")));
    if (usage.formasi > 0)
        reasons.append(tr("it has formasi for %1 jabatan").arg(usage.formasi));
    if (usage.children > 0)
        reasons.append(
            plural(usage.children, tr("1 unit lies below it"), tr("%1 units lie below it")));
    if (usage.planning > 0)
        reasons.append(tr("ABK tasks or shortlisted candidates name it"));
    return tr("%1 cannot be removed because %2. Close it instead, with the date on which it "
              "stopped working.")
        .arg(unit->name, reasons.join(QStringLiteral(", ")));
}

DatabaseError OrgEditor::removeUnit(qint64 unitId)
{
    return inTransaction([&]() -> DatabaseError {
        if (const QString blocker = removalBlocker(unitId); !blocker.isEmpty())
            return m_write.refuse(blocker);
        const std::optional<OrgUnit> unit = m_org->unit(unitId);
        if (DatabaseError error = m_org->removeUnit(unitId))
            return error;
        Fields fields = unitFields(*unit);
        fields.prepend({QStringLiteral("parent"), QString::number(unit->parentId)});
        return audit(QStringLiteral("delete"), UnitEntity, unitId, removal(fields));
    });
}

QString OrgEditor::jabatanProblem(const Jabatan &jabatan) const
{
    const QString name = jabatan.name.simplified();
    if (name.isEmpty())
        return tr("A jabatan needs a name.");
    const GolonganRange &range = jabatan.golonganRange;
    if (!range.min.isValid() || !range.max.isValid() || range.max < range.min)
        return tr("The golongan range of %1 is not valid: the lowest golongan must not be above "
                  "the highest.")
            .arg(name);
    for (const Jabatan &other : m_org->jabatans()) {
        if (other.id != jabatan.id &&
            other.name.simplified().compare(name, Qt::CaseInsensitive) == 0)
            return tr("The catalogue already has a jabatan named \"%1\".").arg(name);
    }
    return {};
}

DatabaseError OrgEditor::addJabatan(Jabatan &jabatan)
{
    return inTransaction([&]() -> DatabaseError {
        if (const QString problem = jabatanProblem(jabatan); !problem.isEmpty())
            return m_write.refuse(problem);
        jabatan.name = jabatan.name.simplified();
        if (DatabaseError error = m_org->addJabatan(jabatan))
            return error;
        return audit(QStringLiteral("create"), JabatanEntity, jabatan.id,
                     creation(jabatanFields(jabatan)));
    });
}

DatabaseError OrgEditor::updateJabatan(const Jabatan &jabatan)
{
    return inTransaction([&]() -> DatabaseError {
        const std::optional<Jabatan> before = m_org->jabatan(jabatan.id);
        if (!before)
            return m_write.refuse(tr("The jabatan no longer exists."));
        if (const QString problem = jabatanProblem(jabatan); !problem.isEmpty())
            return m_write.refuse(problem);
        Jabatan after = jabatan;
        after.name = jabatan.name.simplified();
        const QList<FieldChange> changes =
            changesBetween(jabatanFields(*before), jabatanFields(after));
        if (changes.isEmpty())
            return DatabaseError{};
        if (DatabaseError error = m_org->updateJabatan(after))
            return error;
        return audit(QStringLiteral("update"), JabatanEntity, jabatan.id, changes);
    });
}

DatabaseError OrgEditor::setFormasi(qint64 unitId, qint64 jabatanId, int required)
{
    return inTransaction([&]() -> DatabaseError {
        const std::optional<OrgUnit> unit = m_org->unit(unitId);
        const std::optional<Jabatan> jabatan = m_org->jabatan(jabatanId);
        if (!unit || !jabatan)
            return m_write.refuse(tr("The unit or the jabatan no longer exists."));
        if (!unit->isOpen())
            return m_write.refuse(
                tr("%1 is closed: its formasi can no longer change.").arg(unit->name));
        if (required < 0)
            return m_write.refuse(tr("A formasi cannot be negative."));
        const std::optional<int> before = m_org->formasiRequired(unitId, jabatanId);
        if (before == required)
            return DatabaseError{};
        if (DatabaseError error = m_org->setFormasi({unitId, jabatanId, required}))
            return error;
        // As the formasi import records it: the unit's entry, the jabatan as the field.
        return audit(before ? QStringLiteral("update") : QStringLiteral("create"), FormasiEntity,
                     unitId,
                     {{jabatan->name, before ? QString::number(*before) : QString(),
                       QString::number(required)}});
    });
}

} // namespace Simutasi
