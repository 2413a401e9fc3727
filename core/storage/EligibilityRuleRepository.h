#pragma once

#include "DatabaseError.h"
#include "domain/EligibilityRule.h"

namespace Simutasi {

class Database;

// Reads and stores the administrator's configuration of the eligibility rules. Only rules that
// differ from the defaults have a row, so a changed default reaches every untouched rule.
class EligibilityRuleRepository
{
public:
    explicit EligibilityRuleRepository(Database &database);

    EligibilityRuleSettings load() const;
    // Writes all rules in one transaction of its own.
    DatabaseError save(const EligibilityRuleSettings &settings);

private:
    Database &m_database;
};

} // namespace Simutasi
