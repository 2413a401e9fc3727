#pragma once

#include "analysis/CandidatePool.h"
#include "analysis/NeedsAnalysis.h"
#include "domain/EligibilityRule.h"

#include <QDate>
#include <QWizard>
#include <functional>
#include <memory>

namespace Simutasi {

class CandidatePoolJob;
class CandidateSearchPage;
class Database;
class NeedsPickPage;
class NeedsReviewPage;
class NeedsScopePage;

// Analisis kebutuhan step by step: choose the scope (OPDs, kabupaten/kota, jabatan types,
// remote units) → review its shortages and surpluses (sortable, with a chart of the largest
// gaps) → pick the vacancies to fill → search candidates for each: the ranking with every
// eligibility rule explained, and "Add to shortlist". The candidate pool of the province is
// loaded once, in a worker thread, and serves every picked vacancy.
class NeedsWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ScopePageId,
        ReviewPageId,
        PickPageId,
        CandidatesPageId
    };

    NeedsWizard(Database &database, QWidget *parent = nullptr);
    ~NeedsWizard() override;

    Database &database() const { return m_database; }
    // "Today" of the eligibility rules; the current date unless a test fixes it.
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    QDate referenceDate() const { return m_referenceDate; }
    // Starts at the candidate search for these vacancies (the page's "Find candidates…").
    void startWithVacancies(const QList<StaffingRow> &vacancies);

    const NeedsScope &scope() const { return m_scope; }
    void setScope(const NeedsScope &scope) { m_scope = scope; }
    const NeedsReport &report() const { return m_report; }
    void runAnalysis(); // for the scope; shows an error and leaves the report empty on failure
    const QList<StaffingRow> &vacancies() const { return m_vacancies; }
    void setVacancies(const QList<StaffingRow> &vacancies) { m_vacancies = vacancies; }
    const EligibilityRuleSettings &rules() const { return m_rules; }

    // The pool, loading it on first use; `ready` runs (in the GUI thread) once it is there,
    // at once when it already is. nullptr is handed over when loading failed.
    void withPool(const std::function<void(const CandidatePool *)> &ready);
    bool isLoadingPool() const { return m_poolJob != nullptr; }
    const CandidatePool *pool() const { return m_pool.get(); }
    int poolLoadMs() const { return m_poolLoadMs; }

    NeedsScopePage *scopePage() const { return m_scopePage; }
    NeedsReviewPage *reviewPage() const { return m_reviewPage; }
    NeedsPickPage *pickPage() const { return m_pickPage; }
    CandidateSearchPage *candidatesPage() const { return m_candidatesPage; }

    static QString vacancyTitle(const StaffingRow &post); // "Guru Ahli Muda — SMA 5 (short 3)"

Q_SIGNALS:
    void poolLoaded();
    void shortlistChanged(); // a candidate was added

private:
    void poolFinished();

    Database &m_database;
    QDate m_referenceDate = QDate::currentDate();
    NeedsScope m_scope;
    NeedsReport m_report;
    QList<StaffingRow> m_vacancies;
    EligibilityRuleSettings m_rules;
    std::shared_ptr<const CandidatePool> m_pool;
    std::unique_ptr<CandidatePoolJob> m_poolJob;
    QList<std::function<void(const CandidatePool *)>> m_waiting;
    int m_poolLoadMs = 0;
    NeedsScopePage *m_scopePage = nullptr;
    NeedsReviewPage *m_reviewPage = nullptr;
    NeedsPickPage *m_pickPage = nullptr;
    CandidateSearchPage *m_candidatesPage = nullptr;
};

} // namespace Simutasi
