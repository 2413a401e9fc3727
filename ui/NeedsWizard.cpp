#include "NeedsWizard.h"

#include "CandidatePoolJob.h"
#include "CandidateSearchPage.h"
#include "DialogSeams.h"
#include "NeedsPickPage.h"
#include "NeedsReviewPage.h"
#include "NeedsScopePage.h"
#include "analysis/CandidateRanking.h"
#include "storage/Database.h"
#include "storage/EligibilityRuleRepository.h"

#include <QLocale>

namespace Simutasi {

NeedsWizard::NeedsWizard(Database &database, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_rules(EligibilityRuleRepository(database).load())
{
    setObjectName(QStringLiteral("needsWizard"));
    setWindowTitle(tr("Needs analysis"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_scopePage = new NeedsScopePage(this);
    m_reviewPage = new NeedsReviewPage(this);
    m_pickPage = new NeedsPickPage(this);
    m_candidatesPage = new CandidateSearchPage(this);
    setPage(ScopePageId, m_scopePage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(PickPageId, m_pickPage);
    setPage(CandidatesPageId, m_candidatesPage);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(1180, 760);
}

NeedsWizard::~NeedsWizard()
{
    // The ranking shown refers to the pool, which goes with this object's members.
    m_candidatesPage->clearRanking();
}

void NeedsWizard::startWithVacancies(const QList<StaffingRow> &vacancies)
{
    m_vacancies = vacancies;
    setStartId(CandidatesPageId);
}

void NeedsWizard::runAnalysis()
{
    DatabaseError error;
    m_report = NeedsAnalysis::run(m_database, m_scope, &error);
    if (error) {
        m_report = {};
        DialogSeams::critical(this, tr("Needs analysis failed"), error.message);
    }
}

QString NeedsWizard::vacancyTitle(const StaffingRow &post)
{
    return tr("%1 — %2 (short %3)")
        .arg(post.jabatanName, post.unitName, QLocale().toString(post.shortage()));
}

void NeedsWizard::withPool(const std::function<void(const CandidatePool *)> &ready)
{
    if (m_pool) {
        ready(m_pool.get());
        return;
    }
    m_waiting.append(ready);
    if (m_poolJob)
        return;
    m_poolJob = std::make_unique<CandidatePoolJob>(m_database.path(), m_referenceDate,
                                                   CandidateRanking::poolOptions(m_rules));
    connect(m_poolJob.get(), &CandidatePoolJob::finished, this, &NeedsWizard::poolFinished);
    m_poolJob->start();
}

void NeedsWizard::poolFinished()
{
    // The job is inside its own signal: it goes later.
    CandidatePoolJob *job = m_poolJob.release();
    job->deleteLater();
    m_pool = job->pool();
    m_poolLoadMs = job->elapsedMs();
    if (!m_pool)
        DialogSeams::critical(this, tr("Candidates could not be loaded"), job->error().message);
    const QList<std::function<void(const CandidatePool *)>> waiting = std::exchange(m_waiting, {});
    for (const auto &ready : waiting)
        ready(m_pool.get());
    Q_EMIT poolLoaded();
}

} // namespace Simutasi
