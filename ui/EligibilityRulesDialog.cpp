#include "EligibilityRulesDialog.h"

#include "DialogSeams.h"
#include "PermissionUi.h"
#include "analysis/CandidateFacts.h"
#include "analysis/EligibilityRules.h"
#include "storage/EligibilityRuleRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

constexpr int MaxMonths = 600;

} // namespace

EligibilityRulesDialog::EligibilityRulesDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("eligibilityRulesDialog"));
    setWindowTitle(tr("Eligibility rules"));
    auto *intro = new QLabel(tr("When a PNS may be transferred. A blocking rule keeps a "
                                "candidate off every shortlist; a warning lets the officer go on "
                                "with a recorded justification. A rule that is off is not "
                                "checked. The rules apply to every ranking, shortlist and the "
                                "command line alike."),
                             this);
    intro->setWordWrap(true);

    auto *rulesWidget = new QWidget(this);
    auto *grid = new QGridLayout(rulesWidget);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(0, 1);
    int line = 0;
    for (const EligibilityRuleId id : EligibilityRuleSettings::allRules()) {
        Row &row = m_rows[index(id)];
        row.enabled = new QCheckBox(
            QStringLiteral("%1. %2").arg(int(id) + 1).arg(EligibilityRules::title(id)),
            rulesWidget);
        QFont bold = row.enabled->font();
        bold.setWeight(QFont::DemiBold);
        row.enabled->setFont(bold);
        row.severity = new QComboBox(rulesWidget);
        row.severity->addItem(tr("Blocking"), int(RuleSeverity::Blocking));
        row.severity->addItem(tr("Warning"), int(RuleSeverity::Warning));
        row.threshold = thresholdSpin(EligibilityRuleSettings::thresholdUnit(id), rulesWidget);
        row.second = thresholdSpin(EligibilityRuleSettings::secondThresholdUnit(id), rulesWidget);
        if (id == EligibilityRuleId::TimeInPost) {
            row.threshold->setPrefix(tr("at least "));
            row.second->setPrefix(tr("rotation due after "));
        }
        auto *explanation = new QLabel(EligibilityRules::explanation(id), rulesWidget);
        explanation->setWordWrap(true);
        explanation->setObjectName(QStringLiteral("cardCaption"));
        explanation->setStyleSheet(QStringLiteral("color: #5b6878;"));

        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.severity, line, 1);
        grid->addWidget(row.threshold, line, 2);
        grid->addWidget(row.second, line, 3);
        grid->addWidget(explanation, line + 1, 0, 1, 4);
        grid->setRowMinimumHeight(line + 2, 8);
        line += 3;
        const auto updateEnabled = [row] {
            const bool on = row.enabled->isChecked();
            row.severity->setEnabled(on);
            row.threshold->setEnabled(on);
            row.second->setEnabled(on);
        };
        connect(row.enabled, &QCheckBox::toggled, this, updateEnabled);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rulesWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // explanations wrap instead

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(tr("Restore defaults"), QDialogButtonBox::ResetRole);
    defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
    defaults->setToolTip(tr("Put every rule back to its default; nothing is stored until Save"));
    connect(defaults, &QPushButton::clicked, this,
            [this] { setSettings(EligibilityRuleSettings::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    m_readOnly = !PermissionUi::allows(&database, DataAction::EditRules);
    if (m_readOnly)
        layout->addWidget(PermissionUi::viewOnlyNote(DataAction::EditRules, this));
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(880, 640);

    setSettings(EligibilityRuleRepository(m_database).load());
    if (m_readOnly) {
        // Close instead of Save and Cancel: nothing here can be changed.
        buttons->setStandardButtons(QDialogButtonBox::Close);
        PermissionUi::makeReadOnly(this, {buttons->button(QDialogButtonBox::Close)});
    }
}

QSpinBox *EligibilityRulesDialog::thresholdSpin(RuleThresholdUnit unit, QWidget *parent) const
{
    auto *spin = new QSpinBox(parent);
    switch (unit) {
    case RuleThresholdUnit::None:
        spin->setVisible(false);
        break;
    case RuleThresholdUnit::Months:
        spin->setRange(0, MaxMonths);
        spin->setSuffix(tr(" months"));
        break;
    case RuleThresholdUnit::Years:
        spin->setRange(1, CandidateFacts::SkpYears);
        spin->setSuffix(tr(" years"));
        break;
    }
    return spin;
}

void EligibilityRulesDialog::setSettings(const EligibilityRuleSettings &settings)
{
    for (const EligibilityRuleId id : EligibilityRuleSettings::allRules()) {
        const EligibilityRuleConfig &config = settings.rule(id);
        Row &row = m_rows[index(id)];
        row.enabled->setChecked(config.enabled);
        row.severity->setCurrentIndex(row.severity->findData(int(config.severity)));
        row.threshold->setValue(config.threshold);
        row.second->setValue(config.secondThreshold);
        row.severity->setEnabled(config.enabled);
        row.threshold->setEnabled(config.enabled);
        row.second->setEnabled(config.enabled);
    }
}

EligibilityRuleSettings EligibilityRulesDialog::settings() const
{
    // Rules without a threshold keep the stored (default) value of the unused fields.
    EligibilityRuleSettings settings;
    for (const EligibilityRuleId id : EligibilityRuleSettings::allRules()) {
        const Row &row = m_rows[index(id)];
        EligibilityRuleConfig config = EligibilityRuleSettings::defaultConfig(id);
        config.enabled = row.enabled->isChecked();
        config.severity = RuleSeverity(row.severity->currentData().toInt());
        if (EligibilityRuleSettings::thresholdUnit(id) != RuleThresholdUnit::None)
            config.threshold = row.threshold->value();
        if (EligibilityRuleSettings::secondThresholdUnit(id) != RuleThresholdUnit::None)
            config.secondThreshold = row.second->value();
        settings.setRule(config);
    }
    return settings;
}

void EligibilityRulesDialog::accept()
{
    if (m_readOnly) {
        reject(); // nothing could be changed: there is nothing to save
        return;
    }
    if (const DatabaseError error = EligibilityRuleRepository(m_database).save(settings())) {
        DialogSeams::critical(this, tr("Rules not saved"), error.message);
        return;
    }
    QDialog::accept();
}

} // namespace Simutasi
