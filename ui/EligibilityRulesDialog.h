#pragma once

#include "domain/EligibilityRule.h"

#include <QDialog>
#include <array>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Simutasi {

class Database;

// The administrator's editor of the eligibility rules: each rule on or off, blocking or warning,
// and its threshold where it has one, with the explanation of what it checks. Saving goes
// through EligibilityRuleRepository, which stores the change with its audit entries; the
// ranking, the shortlist and the command line all read the rules from there. Only a user who
// may change the rules (the administrator) can save; the others see them read-only.
class EligibilityRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EligibilityRulesDialog(Database &database, QWidget *parent = nullptr);

    // The rules as the dialog's fields say now.
    EligibilityRuleSettings settings() const;
    void setSettings(const EligibilityRuleSettings &settings);
    // The fields of one rule, for tests that fill the dialog as a user would.
    QCheckBox *enabledBox(EligibilityRuleId id) const { return m_rows[index(id)].enabled; }
    QComboBox *severityBox(EligibilityRuleId id) const { return m_rows[index(id)].severity; }
    QSpinBox *thresholdBox(EligibilityRuleId id) const { return m_rows[index(id)].threshold; }
    QSpinBox *secondThresholdBox(EligibilityRuleId id) const { return m_rows[index(id)].second; }

    bool isReadOnly() const { return m_readOnly; }
    void accept() override; // saves; stays open and says why when saving fails

private:
    struct Row
    {
        QCheckBox *enabled = nullptr;
        QComboBox *severity = nullptr;
        QSpinBox *threshold = nullptr;
        QSpinBox *second = nullptr;
    };
    static std::size_t index(EligibilityRuleId id) { return static_cast<std::size_t>(id); }
    QSpinBox *thresholdSpin(RuleThresholdUnit unit, QWidget *parent) const;

    Database &m_database;
    std::array<Row, EligibilityRuleCount> m_rows;
    bool m_readOnly = false;
};

} // namespace Simutasi
