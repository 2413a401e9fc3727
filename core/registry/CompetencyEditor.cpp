#include "CompetencyEditor.h"

#include "HistoryFields.h"
#include "i18n/Plural.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <algorithm>

namespace Simutasi {

namespace {

using Fields = QList<std::pair<QString, QString>>;

Fields dictionaryFields(const Competency &c)
{
    Fields fields = {{QStringLiteral("code"), c.code},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("kind"), competencyKindCode(c.kind)},
                     {QStringLiteral("description"), c.description}};
    for (int level = Competency::MinLevel; level <= Competency::MaxLevel; ++level)
        fields.append(
            {QStringLiteral("level_%1").arg(level), c.levelDescriptions.value(level - 1)});
    return fields;
}

QString educationText(EducationLevel level)
{
    return level == EducationLevel::Unknown ? QString() : EducationLevels::code(level);
}

// The jabatan fields the requirement profile edits, named and valued as OrgEditor audits them.
Fields profileFields(const Jabatan &j)
{
    return {{QStringLiteral("gol_min"), j.golonganRange.min.toString()},
            {QStringLiteral("gol_max"), j.golonganRange.max.toString()},
            {QStringLiteral("min_education"), educationText(j.minEducation)},
            {QStringLiteral("education_fields"), j.educationFields.join(QStringLiteral("; "))}};
}

QString weightText(double weight)
{
    return QString::number(weight, 'g', 6);
}

// The changes between two lists of (field, value) pairs in which a field may be on one side
// only; a missing side counts as empty.
QList<FieldChange> changesBetween(const Fields &before, const Fields &after)
{
    QHash<QString, QString> old;
    for (const auto &[field, value] : before)
        old.insert(field, value);
    QList<FieldChange> changes;
    QSet<QString> seen;
    for (const auto &[field, value] : after) {
        seen.insert(field);
        if (old.value(field) != value)
            changes.append({field, old.value(field), value});
    }
    for (const auto &[field, value] : before) {
        if (!seen.contains(field) && !value.isEmpty())
            changes.append({field, value, QString()});
    }
    return changes;
}

QStringList cleanFields(const QStringList &fields)
{
    QStringList clean;
    for (const QString &field : fields) {
        const QString text = field.simplified();
        if (!text.isEmpty() && !clean.contains(text, Qt::CaseInsensitive))
            clean.append(text);
    }
    return clean;
}

} // namespace

CompetencyEditor::CompetencyEditor(Database &database, const QString &user)
    : m_database(database)
    , m_user(user)
    , m_write(database, DataAction::EditCompetencies)
    , m_competencies(database)
    , m_audit(database)
{}

QString CompetencyEditor::codeOf(qint64 competencyId) const
{
    const std::optional<Competency> competency = m_competencies.competency(competencyId);
    return competency ? competency->code : QString::number(competencyId);
}

QString CompetencyEditor::dictionaryProblem(const Competency &competency) const
{
    const QString code = competency.code.simplified().toUpper();
    const QString name = competency.name.simplified();
    if (code.isEmpty())
        return tr("A competency needs a short code, e.g. \"PED\".");
    if (name.isEmpty())
        return tr("A competency needs a name.");
    if (competency.levelDescriptions.size() > Competency::MaxLevel)
        return tr("A competency has at most %1 levels.").arg(Competency::MaxLevel);
    for (const Competency &other : m_competencies.competencies()) {
        if (other.id == competency.id)
            continue;
        if (other.code.compare(code, Qt::CaseInsensitive) == 0)
            return tr("The dictionary already has a competency with the code \"%1\" (%2).")
                .arg(code, other.name);
        if (other.name.simplified().compare(name, Qt::CaseInsensitive) == 0)
            return tr("The dictionary already has a competency named \"%1\".").arg(name);
    }
    return {};
}

DatabaseError CompetencyEditor::addCompetency(Competency &competency)
{
    return m_write.run([&]() -> DatabaseError {
        if (const QString problem = dictionaryProblem(competency); !problem.isEmpty())
            return m_write.refuse(problem);
        Competency clean = competency;
        clean.code = competency.code.simplified().toUpper();
        clean.name = competency.name.simplified();
        clean.description = competency.description.trimmed();
        if (DatabaseError error = m_competencies.addCompetency(clean))
            return error;
        if (DatabaseError error =
                m_audit.appendChanges(m_user, QStringLiteral("create"), Entity, clean.id,
                                      changesBetween({}, dictionaryFields(clean))))
            return error;
        competency = clean;
        return DatabaseError{};
    });
}

DatabaseError CompetencyEditor::updateCompetency(const Competency &competency)
{
    return m_write.run([&]() -> DatabaseError {
        const std::optional<Competency> before = m_competencies.competency(competency.id);
        if (!before)
            return m_write.refuse(tr("The competency no longer exists."));
        if (const QString problem = dictionaryProblem(competency); !problem.isEmpty())
            return m_write.refuse(problem);
        Competency after = competency;
        after.code = competency.code.simplified().toUpper();
        after.name = competency.name.simplified();
        after.description = competency.description.trimmed();
        const QList<FieldChange> changes =
            changesBetween(dictionaryFields(*before), dictionaryFields(after));
        if (changes.isEmpty())
            return DatabaseError{};
        if (DatabaseError error = m_competencies.updateCompetency(after))
            return error;
        return m_audit.appendChanges(m_user, QStringLiteral("update"), Entity, after.id, changes);
    });
}

QSet<qint64> CompetencyEditor::retiredIds() const
{
    QSet<qint64> ids;
    const QStringList parts = m_database.setting(RetiredSettingKey).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.insert(id);
    }
    return ids;
}

DatabaseError CompetencyEditor::writeRetired(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (const qint64 id : std::as_const(sorted))
        parts.append(QString::number(id));
    // An empty list is stored as "" (the setting's value may not be NULL).
    const QString value = parts.isEmpty() ? QStringLiteral("") : parts.join(u',');
    return m_database.setSetting(RetiredSettingKey, value);
}

DatabaseError CompetencyEditor::retireCompetency(qint64 competencyId)
{
    return m_write.run([&]() -> DatabaseError {
        if (!m_competencies.competency(competencyId))
            return m_write.refuse(tr("The competency no longer exists."));
        QSet<qint64> ids = retiredIds();
        if (ids.contains(competencyId))
            return DatabaseError{};
        ids.insert(competencyId);
        if (DatabaseError error = writeRetired(ids))
            return error;
        return m_audit.appendChanges(
            m_user, QStringLiteral("retire"), Entity, competencyId,
            {{QStringLiteral("retired"), QStringLiteral("N"), QStringLiteral("Y")}});
    });
}

DatabaseError CompetencyEditor::reinstateCompetency(qint64 competencyId)
{
    return m_write.run([&]() -> DatabaseError {
        QSet<qint64> ids = retiredIds();
        if (!ids.remove(competencyId))
            return DatabaseError{};
        if (DatabaseError error = writeRetired(ids))
            return error;
        return m_audit.appendChanges(
            m_user, QStringLiteral("reinstate"), Entity, competencyId,
            {{QStringLiteral("retired"), QStringLiteral("Y"), QStringLiteral("N")}});
    });
}

QString CompetencyEditor::removalBlocker(qint64 competencyId) const
{
    const std::optional<Competency> competency = m_competencies.competency(competencyId);
    if (!competency)
        return tr("The competency no longer exists.");
    const CompetencyUsage usage = m_competencies.usage(competencyId);
    if (!usage.isUsed())
        return {};
    QStringList reasons;
    if (usage.employeeLevels > 0)
        reasons.append(plural(usage.employeeLevels, tr("1 employee was assessed on it"),
                              tr("%1 employees were assessed on it")));
    if (usage.requirements > 0)
        reasons.append(
            plural(usage.requirements, tr("1 jabatan requires it"), tr("%1 jabatan require it")));
    return tr("%1 cannot be removed because %2. Retire it instead: it then stays where it is "
              "used but is no longer offered.")
        .arg(competency->name, reasons.join(QStringLiteral(", ")));
}

DatabaseError CompetencyEditor::removeCompetency(qint64 competencyId)
{
    return m_write.run([&]() -> DatabaseError {
        if (const QString blocker = removalBlocker(competencyId); !blocker.isEmpty())
            return m_write.refuse(blocker);
        const Competency before = *m_competencies.competency(competencyId);
        if (DatabaseError error = m_competencies.removeCompetency(competencyId))
            return error;
        QSet<qint64> ids = retiredIds();
        if (ids.remove(competencyId)) {
            if (DatabaseError error = writeRetired(ids))
                return error;
        }
        return m_audit.appendChanges(m_user, QStringLiteral("delete"), Entity, competencyId,
                                     changesBetween(dictionaryFields(before), {}));
    });
}

DatabaseError CompetencyEditor::setEmployeeLevel(const EmployeeCompetency &level)
{
    return m_write.run([&]() -> DatabaseError {
        const std::optional<Competency> competency = m_competencies.competency(level.competencyId);
        if (!competency)
            return m_write.refuse(tr("The competency no longer exists."));
        if (!EmployeeRepository(m_database).byId(level.employeeId))
            return m_write.refuse(tr("The employee no longer exists."));
        if (level.level < Competency::MinLevel || level.level > Competency::MaxLevel)
            return m_write.refuse(tr("A competency level is between %1 and %2.")
                                      .arg(Competency::MinLevel)
                                      .arg(Competency::MaxLevel));
        if (!level.assessedOn.isValid())
            return m_write.refuse(tr("Give the date of the assessment."));
        if (level.assessedOn > QDate::currentDate())
            return m_write.refuse(tr("The assessment date lies in the future."));
        if (level.source.simplified().isEmpty())
            return m_write.refuse(
                tr("Give the source of the assessment, e.g. the assessment centre."));
        std::optional<EmployeeCompetency> before;
        for (const EmployeeCompetency &stored : m_competencies.employeeLevels(level.employeeId)) {
            if (stored.competencyId == level.competencyId)
                before = stored;
        }
        if (!before && isRetired(level.competencyId))
            return m_write.refuse(
                tr("%1 is retired: it is no longer assessed.").arg(competency->name));
        EmployeeCompetency after = level;
        after.source = level.source.simplified();
        const QString prefix = QStringLiteral("competency[%1].").arg(competency->code);
        const auto fields = [&prefix](const EmployeeCompetency &l) -> Fields {
            return {{prefix + QStringLiteral("level"), QString::number(l.level)},
                    {prefix + QStringLiteral("assessed_on"), HistoryFields::dateText(l.assessedOn)},
                    {prefix + QStringLiteral("source"), l.source}};
        };
        const QList<FieldChange> changes =
            changesBetween(before ? fields(*before) : Fields{}, fields(after));
        if (changes.isEmpty())
            return DatabaseError{};
        if (DatabaseError error = m_competencies.setEmployeeLevel(after))
            return error;
        return m_audit.appendChanges(m_user,
                                     before ? QStringLiteral("update") : QStringLiteral("create"),
                                     EmployeeEntity, level.employeeId, changes);
    });
}

DatabaseError CompetencyEditor::removeEmployeeLevel(qint64 employeeId, qint64 competencyId)
{
    return m_write.run([&]() -> DatabaseError {
        std::optional<EmployeeCompetency> before;
        for (const EmployeeCompetency &stored : m_competencies.employeeLevels(employeeId)) {
            if (stored.competencyId == competencyId)
                before = stored;
        }
        if (!before)
            return DatabaseError{};
        if (DatabaseError error = m_competencies.removeEmployeeLevel(employeeId, competencyId))
            return error;
        const QString prefix = QStringLiteral("competency[%1].").arg(codeOf(competencyId));
        return m_audit.appendChanges(
            m_user, QStringLiteral("delete"), EmployeeEntity, employeeId,
            {{prefix + QStringLiteral("level"), QString::number(before->level), QString()},
             {prefix + QStringLiteral("assessed_on"), HistoryFields::dateText(before->assessedOn),
              QString()},
             {prefix + QStringLiteral("source"), before->source, QString()}});
    });
}

QString CompetencyEditor::requirementProblem(const Jabatan &jabatan,
                                             const QList<CompetencyRequirement> &requirements,
                                             const QList<CompetencyRequirement> &before) const
{
    const GolonganRange &range = jabatan.golonganRange;
    if (!range.min.isValid() || !range.max.isValid() || range.max < range.min)
        return tr("The golongan range is not valid: the lowest golongan must not be above the "
                  "highest.");
    const QSet<qint64> retired = retiredIds();
    QSet<qint64> seen;
    for (const CompetencyRequirement &r : requirements) {
        const std::optional<Competency> competency = m_competencies.competency(r.competencyId);
        if (!competency)
            return tr("A required competency no longer exists.");
        if (seen.contains(r.competencyId))
            return tr("%1 is required twice.").arg(competency->name);
        seen.insert(r.competencyId);
        if (r.minLevel < Competency::MinLevel || r.minLevel > Competency::MaxLevel)
            return tr("The minimum level of %1 must be between %2 and %3.")
                .arg(competency->name)
                .arg(Competency::MinLevel)
                .arg(Competency::MaxLevel);
        if (!(r.weight > 0))
            return tr("The weight of %1 must be more than 0.").arg(competency->name);
        const bool wasRequired =
            std::any_of(before.begin(), before.end(), [&r](const CompetencyRequirement &b) {
                return b.competencyId == r.competencyId;
            });
        if (!wasRequired && retired.contains(r.competencyId))
            return tr("%1 is retired: it can no longer be added to a requirement profile.")
                .arg(competency->name);
    }
    return {};
}

DatabaseError
CompetencyEditor::saveRequirementProfile(const Jabatan &jabatan,
                                         const QList<CompetencyRequirement> &requirements)
{
    return m_write.run([&]() -> DatabaseError {
        OrgRepository org(m_database);
        const std::optional<Jabatan> stored = org.jabatan(jabatan.id);
        if (!stored)
            return m_write.refuse(tr("The jabatan no longer exists."));
        const QList<CompetencyRequirement> before = m_competencies.requirements(jabatan.id);
        if (const QString problem = requirementProblem(jabatan, requirements, before);
            !problem.isEmpty())
            return m_write.refuse(problem);

        Jabatan after = *stored;
        after.golonganRange = jabatan.golonganRange;
        after.minEducation = jabatan.minEducation;
        after.educationFields = cleanFields(jabatan.educationFields);
        Fields oldFields = profileFields(*stored);
        Fields newFields = profileFields(after);
        if (oldFields != newFields) {
            if (DatabaseError error = org.updateJabatan(after))
                return error;
        }

        const auto lineFields = [this](const CompetencyRequirement &r) -> Fields {
            const QString prefix = QStringLiteral("requirement[%1].").arg(codeOf(r.competencyId));
            return {{prefix + QStringLiteral("min_level"), QString::number(r.minLevel)},
                    {prefix + QStringLiteral("weight"), weightText(r.weight)}};
        };
        for (const CompetencyRequirement &old : before) {
            oldFields += lineFields(old);
            const bool kept = std::any_of(requirements.begin(), requirements.end(),
                                          [&old](const CompetencyRequirement &r) {
                                              return r.competencyId == old.competencyId;
                                          });
            if (!kept) {
                if (DatabaseError error =
                        m_competencies.removeRequirement(jabatan.id, old.competencyId))
                    return error;
            }
        }
        for (CompetencyRequirement line : requirements) {
            line.jabatanId = jabatan.id;
            newFields += lineFields(line);
            if (DatabaseError error = m_competencies.setRequirement(line))
                return error;
        }
        const QList<FieldChange> changes = changesBetween(oldFields, newFields);
        if (changes.isEmpty())
            return DatabaseError{};
        return m_audit.appendChanges(m_user, QStringLiteral("update"), JabatanEntity, jabatan.id,
                                     changes);
    });
}

} // namespace Simutasi
