#include "CandidateReasonsView.h"

#include "RankingModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

QColor outcomeColor(RuleOutcome outcome)
{
    switch (outcome) {
    case RuleOutcome::Pass:
        return RankingModel::standingColor(CandidateStanding::Clean);
    case RuleOutcome::Warning:
        return RankingModel::standingColor(CandidateStanding::Warning);
    case RuleOutcome::Blocking:
        return RankingModel::standingColor(CandidateStanding::Blocked);
    case RuleOutcome::NotChecked:
        break;
    }
    return {0x8a, 0x94, 0xa3};
}

QString outcomeMark(RuleOutcome outcome)
{
    switch (outcome) {
    case RuleOutcome::Pass:
        return QStringLiteral("✔ ");
    case RuleOutcome::Warning:
        return QStringLiteral("⚠ ");
    case RuleOutcome::Blocking:
        return QStringLiteral("✖ ");
    case RuleOutcome::NotChecked:
        break;
    }
    return QStringLiteral("– ");
}

} // namespace

CandidateReasonsView::CandidateReasonsView(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("candidateHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);

    m_rules = new QTableWidget(0, ColumnCount, this);
    m_rules->setObjectName(QStringLiteral("candidateRules"));
    m_rules->setHorizontalHeaderLabels({tr("Rule"), tr("Result"), tr("Reason")});
    m_rules->verticalHeader()->hide();
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setSelectionMode(QAbstractItemView::NoSelection);
    m_rules->setFocusPolicy(Qt::NoFocus);
    m_rules->setShowGrid(false);
    m_rules->setWordWrap(true);
    m_rules->setAlternatingRowColors(true);
    QHeaderView *header = m_rules->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_rules->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_jpm = new QLabel(this);
    m_jpm->setObjectName(QStringLiteral("candidateJpm"));
    m_jpm->setTextFormat(Qt::RichText);
    m_jpm->setWordWrap(true);
    m_jpm->setToolTip(JobPersonMatch::helpText());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addWidget(m_headline);
    layout->addWidget(m_rules, 1);
    layout->addWidget(m_jpm);
    showCandidate(nullptr, nullptr, {});
}

void CandidateReasonsView::showCandidate(const CandidateRanking *ranking,
                                         const RankedCandidate *candidate,
                                         const EmployeeLabel &label)
{
    m_rules->setRowCount(0);
    if (!ranking || !candidate) {
        m_headline->setText(tr("Select a candidate to see every eligibility rule and the "
                               "job-person match."));
        m_rules->hide();
        m_jpm->clear();
        m_jpm->hide();
        return;
    }
    m_rules->show();
    m_jpm->show();
    const QColor standing = RankingModel::standingColor(candidate->standing);
    m_headline->setText(tr("<b>%1</b> · %2 · now %3, %4 · <span style='color:%5'><b>%6</b></span>")
                            .arg(label.fullName.toHtmlEscaped(), label.nip,
                                 label.jabatanName.toHtmlEscaped(), label.unitName.toHtmlEscaped(),
                                 standing.name(),
                                 CandidateRanking::standingName(candidate->standing)));
    const RuleResults results = ranking->ruleResults(*candidate);
    m_rules->setRowCount(int(results.size()));
    int row = 0;
    for (const RuleResult &result : results) {
        auto *rule = new QTableWidgetItem(EligibilityRules::title(result.rule));
        rule->setToolTip(EligibilityRules::explanation(result.rule));
        auto *outcome = new QTableWidgetItem(outcomeMark(result.outcome) +
                                             EligibilityRules::outcomeName(result.outcome));
        outcome->setForeground(outcomeColor(result.outcome));
        auto *reason = new QTableWidgetItem(ranking->describe(*candidate, result));
        reason->setToolTip(reason->text());
        m_rules->setItem(row, RuleColumn, rule);
        m_rules->setItem(row, OutcomeColumn, outcome);
        m_rules->setItem(row, ReasonColumn, reason);
        ++row;
    }
    const QStringList gaps = ranking->gaps(*candidate);
    const QString jpm = QLocale().toString(candidate->jpm, 'f', 1) + QStringLiteral(" %");
    m_jpm->setText(gaps.isEmpty()
                       ? tr("<b>Job-person match %1</b>: every requirement is met.").arg(jpm)
                       : tr("<b>Job-person match %1</b>. Not met: %2")
                             .arg(jpm, gaps.join(QStringLiteral("; ")).toHtmlEscaped()));
}

QString CandidateReasonsView::headline() const
{
    return m_headline->text();
}

QString CandidateReasonsView::jpmText() const
{
    return m_jpm->text();
}

} // namespace Simutasi
