#include "EligibilityRuleRepository.h"

#include "Database.h"
#include "SqlRows.h"
#include "Transaction.h"

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

DatabaseError EligibilityRuleRepository::save(const EligibilityRuleSettings &settings)
{
    Transaction transaction(m_database);
    if (transaction.error())
        return transaction.error();
    for (const EligibilityRuleId id : EligibilityRuleSettings::allRules()) {
        if (DatabaseError error = store(m_database, settings.rule(id)))
            return error;
    }
    return transaction.commit();
}

} // namespace Simutasi
