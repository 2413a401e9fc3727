#include "EligibilityRuleRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlRows.h"
#include "Transaction.h"
#include "workflow/Permissions.h"

namespace Simutasi {

using namespace SqlRows;

namespace {

DatabaseError store(const Database &db, const EligibilityRuleConfig &rule)
{
    QSqlQuery query(db.connection());
    if (rule == EligibilityRuleSettings::defaultConfig(rule.id)) {
        query.prepare(QStringLiteral("DELETE FROM eligibility_rule WHERE code = ?"));
        query.addBindValue(EligibilityRuleSettings::code(rule.id));
        return execute(db, query);
    }
    query.prepare(QStringLiteral(
        "INSERT INTO eligibility_rule (code, enabled, blocking, threshold, second_threshold) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET enabled = excluded.enabled, "
        "blocking = excluded.blocking, threshold = excluded.threshold, "
        "second_threshold = excluded.second_threshold"));
    query.addBindValue(EligibilityRuleSettings::code(rule.id));
    query.addBindValue(rule.enabled ? 1 : 0);
    query.addBindValue(rule.severity == RuleSeverity::Blocking ? 1 : 0);
    query.addBindValue(rule.threshold);
    query.addBindValue(rule.secondThreshold);
    return execute(db, query);
}

QString severityText(RuleSeverity severity)
{
    return severity == RuleSeverity::Blocking ? QStringLiteral("blocking")
                                              : QStringLiteral("warning");
}

// The fields of a rule that differ between two configurations, for the audit trail.
QList<FieldChange> changesOf(const EligibilityRuleConfig &before,
                             const EligibilityRuleConfig &after)
{
    QList<FieldChange> changes;
    const auto flag = [](bool on) {
        return on ? QStringLiteral("1") : QStringLiteral("0");
    };
    if (before.enabled != after.enabled)
        changes.append({QStringLiteral("enabled"), flag(before.enabled), flag(after.enabled)});
    if (before.severity != after.severity)
        changes.append({QStringLiteral("severity"), severityText(before.severity),
                        severityText(after.severity)});
    if (before.threshold != after.threshold)
        changes.append({QStringLiteral("threshold"), QString::number(before.threshold),
                        QString::number(after.threshold)});
    if (before.secondThreshold != after.secondThreshold)
        changes.append({QStringLiteral("second_threshold"), QString::number(before.secondThreshold),
                        QString::number(after.secondThreshold)});
    return changes;
}

} // namespace

EligibilityRuleRepository::EligibilityRuleRepository(Database &database)
    : m_database(database)
{}

EligibilityRuleSettings EligibilityRuleRepository::load() const
{
    EligibilityRuleSettings settings;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT code, enabled, blocking, threshold, second_threshold FROM eligibility_rule"));
    forEachRow(m_database, query, [&settings](const QSqlQuery &q) {
        // A row of a rule this version does not know (written by a newer one) is ignored.
        const auto id = EligibilityRuleSettings::fromCode(q.value(0).toString());
        if (!id)
            return;
        settings.setRule({*id, q.value(1).toBool(),
                          q.value(2).toBool() ? RuleSeverity::Blocking : RuleSeverity::Warning,
                          q.value(3).toInt(), q.value(4).toInt()});
    });
    return settings;
}

DatabaseError EligibilityRuleRepository::save(const EligibilityRuleSettings &settings,
                                              const QString &user)
{
    if (DatabaseError refusal = Permissions::requireCurrent(m_database, DataAction::EditRules))
        return refusal;
    Transaction transaction(m_database);
    if (transaction.error())
        return transaction.error();
    // Read inside the transaction, so the audit compares with what is really replaced.
    const EligibilityRuleSettings before = load();
    AuditLog audit(m_database);
    for (const EligibilityRuleId id : EligibilityRuleSettings::allRules()) {
        const QList<FieldChange> changes = changesOf(before.rule(id), settings.rule(id));
        if (changes.isEmpty())
            continue;
        if (DatabaseError error = store(m_database, settings.rule(id)))
            return error;
        if (DatabaseError error =
                audit.appendChanges(user, QStringLiteral("update"),
                                    QStringLiteral("eligibility_rule"), int(id) + 1, changes))
            return error;
    }
    return transaction.commit();
}

} // namespace Simutasi
