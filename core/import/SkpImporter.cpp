#include "SkpImporter.h"

#include "ImportSession.h"
#include "ImportValues.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

const QString FNip = u"nip"_s;
const QString FName = u"name"_s;
const QString FYear = u"year"_s;
const QString FPredicate = u"predicate"_s;

constexpr int EarliestSkpYear = 1980;

QString ratingKey(qint64 employeeId, int year)
{
    return QString::number(employeeId) + u'/' + QString::number(year);
}

} // namespace

QList<ImportField> SkpImporter::fields() const
{
    return {
        {FNip, tr("NIP"), {u"NIP"_s, u"NIP Baru"_s, u"NIP 18"_s, u"NIP Pegawai"_s}, true},
        // Read only so that the mapping recognises it; the NIP identifies the employee.
        {FName, tr("Name"), {u"Nama"_s, u"Nama Pegawai"_s}, false},
        {FYear, tr("Year"), {u"Tahun"_s, u"Tahun SKP"_s, u"Tahun Penilaian"_s, u"Periode"_s}, true},
        {FPredicate,
         tr("Predicate"),
         {u"Predikat"_s, u"Predikat SKP"_s, u"Predikat Kinerja"_s, u"Nilai"_s, u"Hasil Penilaian"_s,
          u"Rating"_s},
         true},
    };
}

DatabaseError SkpImporter::prepare(ImportSession &session)
{
    m_idsByNip = session.employees().idsByNip();
    m_stored.clear();
    for (const SkpRating &rating : session.employees().allSkpRatings())
        m_stored.insert(ratingKey(rating.employeeId, rating.year), rating.predicate);
    return {};
}

qint64 SkpImporter::readEmployee(ImportRecord &record) const
{
    const Nip nip = Nip::parse(record.value(FNip));
    if (ImportValues::isScientificNumber(record.value(FNip))) {
        record.reject(FNip, tr("The spreadsheet stored this NIP as a number and lost its last "
                               "digits; format the NIP column as text and enter it again."));
        return 0;
    }
    if (!nip.isValid()) {
        record.reject(FNip, nip.errorMessage());
        return 0;
    }
    const qint64 id = m_idsByNip.value(nip.digits());
    if (id == 0)
        record.reject(FNip, tr("No employee with this NIP is in the registry; import or enter the "
                               "employee first."));
    return id;
}

int SkpImporter::readYear(ImportRecord &record) const
{
    const auto year = ImportValues::wholeNumber(record.value(FYear));
    const int latest = QDate::currentDate().year() + 1;
    if (!year || *year < EarliestSkpYear || *year > latest) {
        record.reject(FYear, tr("\"%1\" is not a year of an SKP rating (%2 to %3).")
                                 .arg(record.value(FYear))
                                 .arg(EarliestSkpYear)
                                 .arg(latest));
        return 0;
    }
    return *year;
}

std::optional<SkpPredicate> SkpImporter::readPredicate(ImportRecord &record) const
{
    const auto predicate = ImportValues::skpPredicate(record.value(FPredicate));
    if (!predicate)
        record.reject(FPredicate, tr("\"%1\" is not an SKP predicate: write Sangat Baik, Baik, "
                                     "Butuh Perbaikan, Kurang or Sangat Kurang.")
                                      .arg(record.value(FPredicate)));
    return predicate;
}

std::optional<SkpImporter::Planned> SkpImporter::plan(ImportRecord &record, ImportSession &session)
{
    const qint64 employeeId = readEmployee(record);
    const int year = readYear(record);
    const auto predicate = readPredicate(record);
    if (employeeId == 0 || year == 0 || !predicate)
        return std::nullopt;
    const QString key = ratingKey(employeeId, year);
    if (!session.claim(u"skp:"_s + key, record, FYear,
                       QT_TRANSLATE_NOOP("ImportSession", "NIP and year")))
        return std::nullopt;
    SkpPlan plan{{0, employeeId, year, *predicate}, std::nullopt};
    const auto stored = m_stored.constFind(key);
    if (stored == m_stored.constEnd())
        return Planned{RowAction::Insert, plan};
    plan.before = *stored;
    return Planned{*stored == *predicate ? RowAction::Unchanged : RowAction::Update, plan};
}

DatabaseError SkpImporter::write(const SkpPlan &plan, ImportSession &session)
{
    SkpRating rating = plan.rating;
    if (DatabaseError error = session.employees().addSkpRating(rating))
        return error;
    return session.audit().changed(u"employee"_s, rating.employeeId,
                                   u"skp "_s + QString::number(rating.year),
                                   plan.before ? skpPredicateName(*plan.before) : QString(),
                                   skpPredicateName(rating.predicate));
}

} // namespace Simutasi
