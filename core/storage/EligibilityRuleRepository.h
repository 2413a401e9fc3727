#pragma once

#include "DatabaseError.h"
#include "domain/EligibilityRule.h"
#include "session/Session.h"

namespace Simutasi {

class Database;

// Reads and stores the administrator's configuration of the eligibility rules. Only rules that
// differ from the defaults have a row, so a changed default reaches every untouched rule.
class EligibilityRuleRepository
{
public:
    explicit EligibilityRuleRepository(Database &database);

    EligibilityRuleSettings load() const;
    // Writes all rules in one transaction of its own, with an audit entry for every field of a
    // rule that changed (entity "eligibility_rule", id = rule number 1-8). `user` made the change.
    // Needs the role of DataAction::EditRules (Permissions::requireCurrent); refused, nothing
    // is written.
    DatabaseError save(const EligibilityRuleSettings &settings,
                       const QString &user = Session::userName());

private:
    Database &m_database;
};

} // namespace Simutasi
