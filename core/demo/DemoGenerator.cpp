#include "DemoGenerator.h"

#include "DemoCompetencies.h"
#include "DemoDecrees.h"
#include "DemoOrganization.h"
#include "DemoPersonFactory.h"
#include "DemoRandom.h"
#include "DemoWorkflow.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"

#include <QDir>

namespace Simutasi {

namespace {

using Inconsistency = DemoPersonFactory::Inconsistency;

Inconsistency inconsistencyFor(int index)
{
    if (index % DemoGenerator::InconsistencyInterval != DemoGenerator::InconsistencyInterval - 1)
        return Inconsistency::None;
    static constexpr Inconsistency Cycle[] = {
        Inconsistency::GenderDigit, Inconsistency::GolonganOutOfRange, Inconsistency::NoFormasi};
    return Cycle[(index / DemoGenerator::InconsistencyInterval) % 3];
}

template<typename Row, typename Add>
DatabaseError addRows(QList<Row> &rows, qint64 employeeId, Add add)
{
    for (Row &row : rows) {
        row.employeeId = employeeId;
        if (DatabaseError error = add(row))
            return error;
    }
    return {};
}

DatabaseError writePerson(EmployeeRepository &repository, DemoPerson &person)
{
    if (DatabaseError error = repository.insert(person.employee))
        return error;
    const qint64 id = person.employee.id;
    DatabaseError error = addRows(person.jabatanHistory, id,
                                  [&](auto &row) { return repository.addJabatanHistory(row); });
    if (!error)
        error = addRows(person.pangkatHistory, id,
                        [&](auto &row) { return repository.addPangkatHistory(row); });
    if (!error)
        error =
            addRows(person.skpRatings, id, [&](auto &row) { return repository.addSkpRating(row); });
    if (!error)
        error = addRows(person.diklat, id, [&](auto &row) { return repository.addDiklat(row); });
    if (!error)
        error =
            addRows(person.sanctions, id, [&](auto &row) { return repository.addSanction(row); });
    return error;
}

} // namespace

DemoGenerator::DemoGenerator(Database &database, const Options &options)
    : m_database(database)
    , m_options(options)
{}

DatabaseError DemoGenerator::checkTarget(Database &database)
{
    const OrgRepository org(database);
    if (org.regions().isEmpty() && org.unitCount() == 0 &&
        EmployeeRepository(database).count() == 0)
        return {};
    DatabaseError error = DatabaseError::make(DatabaseError::Kind::Constraint, database.path());
    error.message = tr("The database %1 already holds an organisation or employees. Demo data can "
                       "only be generated into an empty database; nothing was changed.")
                        .arg(QDir::toNativeSeparators(database.path()));
    return error;
}

DatabaseError DemoGenerator::generate(const Progress &progress)
{
    m_summary = {};
    if (DatabaseError refusal = checkTarget(m_database))
        return refusal;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();

    DemoRandom random(m_options.seed);
    DemoOrganization organization(random, m_options.employees);
    OrgRepository org(m_database);
    if (DatabaseError error = organization.write(org))
        return error;

    EmployeeRepository employees(m_database);
    DemoPersonFactory factory(random, organization, m_options.referenceDate);
    DemoPerson person;
    const int total = m_options.employees;
    int done = 0;
    int inconsistent = 0;
    const auto &posts = organization.posts();
    for (int post = 0; post < posts.size(); ++post) {
        for (int k = 0; k < posts.at(post).staffed; ++k) {
            const Inconsistency inconsistency = inconsistencyFor(done);
            factory.make(post, inconsistency, &person);
            if (DatabaseError error = writePerson(employees, person))
                return error;
            inconsistent += inconsistency != Inconsistency::None ? 1 : 0;
            ++done;
            if (progress && done % ProgressInterval == 0 && !progress(done, total))
                return DatabaseError::make(DatabaseError::Kind::Cancelled, m_database.path());
        }
    }
    if (progress && done % ProgressInterval != 0 && !progress(done, total))
        return DatabaseError::make(DatabaseError::Kind::Cancelled, m_database.path());
    DemoCompetencies competencies(m_database, organization, m_options.seed,
                                  m_options.referenceDate);
    if (DatabaseError error = competencies.write())
        return error;
    DemoWorkflow workflow(m_database, m_options.employees, m_options.seed, m_options.referenceDate);
    if (m_options.workflow) {
        if (DatabaseError error = workflow.write())
            return error;
        // The signed proposals get their recorded decrees and notifications.
        DemoDecrees decrees(m_database, m_options.seed, m_options.referenceDate);
        if (DatabaseError error = decrees.write())
            return error;
    }
    if (DatabaseError error = transaction.commit())
        return error;

    m_summary.regions = static_cast<int>(organization.regions().size());
    m_summary.opds = organization.opdCount();
    m_summary.units = static_cast<int>(organization.units().size());
    m_summary.jabatan = static_cast<int>(organization.jabatans().size());
    m_summary.employees = done;
    m_summary.formasi = organization.totalRequired();
    m_summary.inconsistentRecords = inconsistent;
    m_summary.users = workflow.summary().users;
    m_summary.proposals = workflow.summary().proposals;
    m_summary.executedTransfers = workflow.summary().executedLines;
    return {};
}

} // namespace Simutasi
