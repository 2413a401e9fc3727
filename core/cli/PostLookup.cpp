#include "PostLookup.h"

#include "storage/OrgRepository.h"

#include <QSet>

namespace Simutasi {

namespace {

QString keyOf(const QString &text)
{
    return text.simplified().toLower();
}

// A number is an id when a record has it; else the text is looked up as code or name.
qint64 asId(const QString &text, const QHash<qint64, QString> &known)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && known.contains(id) ? id : 0;
}

} // namespace

PostLookup::PostLookup(Database &database)
{
    OrgRepository org(database);
    for (const OrgUnit &unit : org.units()) {
        if (!unit.isOpen())
            continue;
        m_unitNames.insert(unit.id, unit.name);
        if (!unit.code.trimmed().isEmpty())
            m_unitsByKey.insert(keyOf(unit.code), unit.id);
        if (keyOf(unit.name) != keyOf(unit.code))
            m_unitsByKey.insert(keyOf(unit.name), unit.id);
    }
    for (const Jabatan &jabatan : org.jabatans()) {
        m_jabatanNames.insert(jabatan.id, jabatan.name);
        m_jabatanByName.insert(keyOf(jabatan.name), jabatan.id);
    }
}

qint64 PostLookup::unit(const QString &text, QString *why) const
{
    if (const qint64 id = asId(text, m_unitNames))
        return id;
    const QList<qint64> ids = m_unitsByKey.values(keyOf(text));
    const QSet<qint64> distinct(ids.cbegin(), ids.cend());
    if (distinct.size() == 1)
        return ids.constFirst();
    if (distinct.isEmpty())
        *why = tr("there is no open unit with the code or name \"%1\"").arg(text.trimmed());
    else
        *why = tr("\"%1\" names %2 units; give the unit's code or id")
                   .arg(text.trimmed())
                   .arg(distinct.size());
    return 0;
}

qint64 PostLookup::jabatan(const QString &text, QString *why) const
{
    if (const qint64 id = asId(text, m_jabatanNames))
        return id;
    if (const qint64 id = m_jabatanByName.value(keyOf(text)))
        return id;
    *why = tr("there is no jabatan called \"%1\"").arg(text.trimmed());
    return 0;
}

} // namespace Simutasi
