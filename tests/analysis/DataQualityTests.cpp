// The data-quality board per OPD and its drill-down.
#include "AnalysisFixture.h"
#include "analysis/DataQuality.h"
#include "storage/CompetencyRepository.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;

namespace {

void exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    REQUIRE(query.exec());
}

const DataQualityRow &rowOf(const QList<DataQualityRow> &rows, qint64 opdId)
{
    for (const DataQualityRow &row : rows) {
        if (row.opdId == opdId)
            return row;
    }
    FAIL("no row for the OPD");
    return rows.first();
}

} // namespace

TEST_CASE("Data quality per OPD, with the employees behind each count", "[analysis][dataquality]")
{
    Test::SmallProvince p;
    // Guru Ahli Muda requires Pedagogi; three of the four at SMA 1 are assessed.
    CompetencyRepository competencies(*p.db);
    Competency pedagogi{
        0, QStringLiteral("PED"), QStringLiteral("Pedagogi"), CompetencyKind::Technical, QString(),
        {}};
    REQUIRE_FALSE(competencies.addCompetency(pedagogi));
    REQUIRE_FALSE(competencies.setRequirement({p.guruMuda.id, pedagogi.id, 3, 1.0}));
    const qint64 first = p.firstEmployeeIn(p.sma1.id, p.guruMuda.id);
    for (qint64 id = first; id < first + 3; ++id)
        REQUIRE_FALSE(competencies.setEmployeeLevel({id, pedagogi.id, 3, {}, {}}));

    const qint64 analis = p.firstEmployeeIn(p.bkd.id, p.analisSdm.id);
    exec(*p.db, QStringLiteral("DELETE FROM skp_rating WHERE employee_id = ? AND year = 2025"),
         {analis});
    const qint64 sma2 = p.firstEmployeeIn(p.sma2.id, p.guruMuda.id);
    exec(*p.db, QStringLiteral("UPDATE employee SET birth_date = '1985-03-13' WHERE id = ?"),
         {sma2});
    exec(*p.db, QStringLiteral("UPDATE employee SET education_field = '' WHERE id IN (?, ?)"),
         {sma2, sma2 + 1});

    DatabaseError error;
    const QList<DataQualityRow> board = DataQuality::board(*p.db, Test::ReferenceDate, &error);
    REQUIRE_FALSE(error);
    REQUIRE(board.size() == 2);
    CHECK(board[0].opdName == QStringLiteral("Badan Kepegawaian Daerah")); // by name

    using P = DataQualityProblem;
    const DataQualityRow &disdik = rowOf(board, p.disdik.id);
    CHECK(disdik.counts.employees == 10);
    CHECK(disdik.counts.count(P::IncompleteCompetency) == 7); // 5 Guru Muda + 2 Guru Pertama
    CHECK(disdik.completeCompetencyShare() == Approx(0.3));
    CHECK(disdik.counts.count(P::MissingSkp) == 0);
    CHECK(disdik.counts.count(P::InconsistentNip) == 1);
    CHECK(disdik.counts.count(P::MissingEducationField) == 2);
    const DataQualityRow &bkd = rowOf(board, p.bkd.id);
    CHECK(bkd.counts.employees == 2);
    CHECK(bkd.counts.count(P::IncompleteCompetency) == 2);
    CHECK(bkd.counts.count(P::MissingSkp) == 1);
    CHECK(bkd.share(P::MissingSkp) == Approx(0.5));

    const QList<DataQualityEmployee> missingSkp =
        DataQuality::employees(*p.db, p.bkd.id, P::MissingSkp, Test::ReferenceDate);
    REQUIRE(missingSkp.size() == 1);
    CHECK(missingSkp[0].employeeId == analis);
    CHECK(missingSkp[0].jabatanName == QStringLiteral("Analis SDM Aparatur Ahli Muda"));
    CHECK(DataQuality::employees(*p.db, p.disdik.id, P::IncompleteCompetency, Test::ReferenceDate)
              .size() == 7);
    const QList<DataQualityEmployee> nip =
        DataQuality::employees(*p.db, p.disdik.id, P::InconsistentNip, Test::ReferenceDate);
    REQUIRE(nip.size() == 1);
    CHECK(nip[0].employeeId == sma2);
    for (int i = 0; i < DataQualityProblemCount; ++i)
        CHECK_FALSE(DataQuality::problemTitle(static_cast<P>(i)).isEmpty());
}
