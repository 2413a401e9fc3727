#include "EmployeeImporter.h"

#include "DateParser.h"
#include "ImportSession.h"
#include "ImportValues.h"

using namespace Qt::StringLiterals;

namespace Simutasi {

namespace {

// Field keys: stable, they are what saved mappings and --mapping files name.
const QString FNip = u"nip"_s;
const QString FName = u"name"_s;
const QString FFrontTitle = u"front_title"_s;
const QString FBackTitle = u"back_title"_s;
const QString FBirthPlace = u"birth_place"_s;
const QString FBirthDate = u"birth_date"_s;
const QString FBirthPlaceDate = u"birth_place_date"_s;
const QString FGender = u"gender"_s;
const QString FStatus = u"status"_s;
const QString FGolongan = u"golongan"_s;
const QString FTmtGolongan = u"tmt_golongan"_s;
const QString FJabatan = u"jabatan"_s;
const QString FJabatanType = u"jabatan_type"_s;
const QString FUnit = u"unit"_s;
const QString FOpd = u"opd"_s;
const QString FTmtJabatan = u"tmt_jabatan"_s;
const QString FEducation = u"education_level"_s;
const QString FEducationField = u"education_field"_s;
const QString FEmail = u"email"_s;
const QString FPhone = u"phone"_s;

const QString EmployeeEntity = u"employee"_s;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd-MM-yyyy"_s) : QString();
}

// Unit and jabatan names repeat ("Sekretariat" in every OPD): the id tells them apart.
QString withId(const QString &name, qint64 id)
{
    return id > 0 ? name + u" #"_s + QString::number(id) : QString();
}

QString golonganText(const Employee &e)
{
    if (e.golongan)
        return e.golongan->toString();
    return e.pppkGrade > 0 ? pppkGradeToString(e.pppkGrade) : QString();
}

// "Wanggar, 12 Maret 1985" -> place and date text. Without a comma the date is looked for at
// the end: three words ("Wanggar 12 Maret 1985") or one ("Wanggar 12-03-1985").
std::pair<QString, QString> splitPlaceAndDate(const QString &text)
{
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma >= 0)
        return {text.left(comma).simplified(), text.mid(comma + 1).simplified()};
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const int dateWords : {3, 1}) {
        if (words.size() > dateWords) {
            const QString date = words.mid(words.size() - dateWords).join(u' ');
            if (DateParser::parse(date).isValid())
                return {words.mid(0, words.size() - dateWords).join(u' '), date};
        }
    }
    return {QString(), text};
}

bool sameStoredData(const Employee &a, const Employee &b)
{
    return a.nip == b.nip && a.frontTitle == b.frontTitle && a.name == b.name &&
           a.backTitle == b.backTitle && a.gender == b.gender && a.birthPlace == b.birthPlace &&
           a.birthDate == b.birthDate && a.status == b.status && a.golongan == b.golongan &&
           a.pppkGrade == b.pppkGrade && a.tmtGolongan == b.tmtGolongan &&
           a.jabatanId == b.jabatanId && a.unitId == b.unitId && a.tmtJabatan == b.tmtJabatan &&
           a.educationLevel == b.educationLevel && a.educationField == b.educationField &&
           a.email == b.email && a.phone == b.phone;
}

} // namespace

QList<ImportField> EmployeeImporter::fields() const
{
    return {
        {FNip,
         tr("NIP"),
         {u"NIP"_s, u"NIP Baru"_s, u"NIP 18"_s, u"NIP Pegawai"_s, u"No NIP"_s,
          u"Nomor Induk Pegawai"_s},
         true},
        {FName,
         tr("Name"),
         {u"Nama"_s, u"Nama Pegawai"_s, u"Nama Lengkap"_s, u"Nama ASN"_s, u"Nama PNS"_s},
         false},
        {FFrontTitle, tr("Front title"), {u"Gelar Depan"_s, u"Glr Depan"_s}, false},
        {FBackTitle, tr("Back title"), {u"Gelar Belakang"_s, u"Glr Belakang"_s}, false},
        {FBirthPlace,
         tr("Birth place"),
         {u"Tempat Lahir"_s, u"Tempat Lahir Nama"_s, u"Tmp Lahir"_s, u"Tpt Lahir"_s},
         false},
        {FBirthDate,
         tr("Birth date"),
         {u"Tanggal Lahir"_s, u"Tgl Lahir"_s, u"Tgl. Lahir"_s, u"Tanggal Kelahiran"_s},
         false},
        {FBirthPlaceDate,
         tr("Birth place and date"),
         {u"Tempat/Tanggal Lahir"_s, u"Tempat, Tanggal Lahir"_s, u"Tempat/Tgl Lahir"_s,
          u"Tempat Tgl Lahir"_s, u"Tmp/Tgl Lahir"_s, u"TTL"_s},
         false},
        {FGender,
         tr("Gender"),
         {u"Jenis Kelamin"_s, u"L/P"_s, u"JK"_s, u"Gender"_s, u"Kelamin"_s, u"Sex"_s},
         false},
        {FStatus,
         tr("Status"),
         {u"Status"_s, u"Status Pegawai"_s, u"Status Kepegawaian"_s, u"Status ASN"_s,
          u"Kedudukan"_s, u"Kedudukan Pegawai"_s, u"Status CPNS PNS"_s, u"Jenis Pegawai"_s},
         false},
        {FGolongan,
         tr("Golongan/ruang"),
         {u"Gol/Ruang"_s, u"Gol"_s, u"Golongan"_s, u"Golongan/Ruang"_s, u"Gol. Ruang"_s,
          u"Pangkat/Gol"_s, u"Pangkat/Golongan"_s, u"Pangkat, Gol/Ruang"_s, u"Pangkat/Gol. Ruang"_s,
          u"Gol Akhir Nama"_s, u"Golongan Akhir"_s},
         false},
        {FTmtGolongan,
         tr("TMT golongan"),
         {u"TMT Gol"_s, u"TMT Golongan"_s, u"TMT Pangkat"_s, u"TMT Gol/Ruang"_s,
          u"TMT Pangkat/Gol"_s},
         false},
        {FJabatan,
         tr("Jabatan"),
         {u"Jabatan"_s, u"Nama Jabatan"_s, u"Jabatan Nama"_s, u"Jabatan Terakhir"_s},
         false},
        {FJabatanType,
         tr("Jabatan type"),
         {u"Jenis Jabatan"_s, u"Jenis Jabatan Nama"_s, u"Jenis Jab"_s},
         false},
        {FUnit,
         tr("Unit kerja"),
         {u"Unit Kerja"_s, u"Unit Organisasi"_s, u"Satuan Kerja"_s, u"Unit"_s, u"Unor"_s,
          u"Unor Nama"_s, u"Satker"_s, u"Nama Unit Kerja"_s, u"Sub Unit Kerja"_s},
         false},
        {FOpd,
         tr("OPD"),
         {u"OPD"_s, u"Instansi"_s, u"Perangkat Daerah"_s, u"SKPD"_s, u"Nama OPD"_s,
          u"Organisasi Perangkat Daerah"_s, u"Unit Kerja Induk"_s},
         false},
        {FTmtJabatan, tr("TMT jabatan"), {u"TMT Jabatan"_s, u"TMT Jab"_s}, false},
        {FEducation,
         tr("Education level"),
         {u"Pendidikan"_s, u"Tingkat Pendidikan"_s, u"Tingkat Pendidikan Nama"_s,
          u"Pendidikan Terakhir"_s, u"Jenjang Pendidikan"_s, u"Jenjang"_s},
         false},
        {FEducationField,
         tr("Field of study"),
         {u"Jurusan"_s, u"Program Studi"_s, u"Prodi"_s, u"Bidang Pendidikan"_s,
          u"Jurusan Pendidikan"_s, u"Pendidikan Nama"_s},
         false},
        {FEmail, tr("E-mail"), {u"Email"_s, u"E-mail"_s, u"Alamat Email"_s}, false},
        {FPhone,
         tr("Phone"),
         {u"No HP"_s, u"Nomor HP"_s, u"HP"_s, u"Telepon"_s, u"No Telp"_s, u"No Telepon"_s,
          u"Nomor Telepon"_s, u"Handphone"_s},
         false},
    };
}

DatabaseError EmployeeImporter::prepare(ImportSession &session)
{
    m_idsByNip = session.employees().idsByNip();
    session.references().load();
    return {};
}

QDate EmployeeImporter::readDate(ImportRecord &record, const QString &field) const
{
    if (!record.hasValue(field))
        return {};
    QString reason;
    const QDate date = DateParser::parse(record.value(field), &reason);
    if (!date.isValid())
        record.reject(field, reason);
    return date;
}

Nip EmployeeImporter::readNip(ImportRecord &record, ImportSession &session) const
{
    const QString text = record.value(FNip);
    const Nip nip = Nip::parse(text);
    if (ImportValues::isScientificNumber(text))
        record.reject(FNip, tr("The spreadsheet stored this NIP as a number and lost its last "
                               "digits; format the NIP column as text and enter it again."));
    else if (!nip.isValid())
        record.reject(FNip, nip.errorMessage());
    else
        session.claim(u"nip:"_s + nip.digits(), record, FNip,
                      QT_TRANSLATE_NOOP("ImportSession", "NIP"));
    return nip;
}

void EmployeeImporter::readIdentity(ImportRecord &record, Employee *employee) const
{
    if (record.hasValue(FName))
        employee->name = record.value(FName);
    else if (record.isMapped(FName))
        record.reject(FName, tr("The name is empty."));
    if (record.hasValue(FFrontTitle))
        employee->frontTitle = record.value(FFrontTitle);
    if (record.hasValue(FBackTitle))
        employee->backTitle = record.value(FBackTitle);
    if (record.hasValue(FGender)) {
        const Gender gender = ImportValues::gender(record.value(FGender));
        if (gender == Gender::Unknown)
            record.reject(FGender, tr("\"%1\" is not a gender: write L or P (Laki-laki or "
                                      "Perempuan).")
                                       .arg(record.value(FGender)));
        else
            employee->gender = gender;
    }
    readBirth(record, employee);
}

void EmployeeImporter::readBirth(ImportRecord &record, Employee *employee) const
{
    if (record.hasValue(FBirthPlaceDate)) {
        const auto [place, dateText] = splitPlaceAndDate(record.value(FBirthPlaceDate));
        if (!place.isEmpty() && !record.hasValue(FBirthPlace))
            employee->birthPlace = place;
        if (!record.hasValue(FBirthDate)) {
            QString reason;
            const QDate date = DateParser::parse(dateText, &reason);
            if (date.isValid())
                employee->birthDate = date;
            else
                record.reject(FBirthPlaceDate, reason);
        }
    }
    if (record.hasValue(FBirthPlace))
        employee->birthPlace = record.value(FBirthPlace);
    if (const QDate date = readDate(record, FBirthDate); date.isValid())
        employee->birthDate = date;
}

void EmployeeImporter::readRank(ImportRecord &record, bool isNew, Employee *employee) const
{
    const bool statusGiven = record.hasValue(FStatus);
    if (statusGiven) {
        if (const auto status = ImportValues::status(record.value(FStatus)))
            employee->status = *status;
        else
            record.reject(
                FStatus,
                tr("\"%1\" is not a status: write PNS, CPNS or PPPK.").arg(record.value(FStatus)));
    }
    if (record.hasValue(FGolongan)) {
        const QString text = record.value(FGolongan);
        const auto golongan = ImportValues::golongan(text);
        const auto grade = ImportValues::pppkGrade(text);
        // Without a status, a new employee's status follows from how the rank is written:
        // PNS golongan have a ruang letter, PPPK grades are numerals only.
        if (isNew && !statusGiven && !golongan && grade)
            employee->status = EmployeeStatus::Pppk;
        if (employee->status == EmployeeStatus::Pppk && grade) {
            employee->pppkGrade = *grade;
            employee->golongan.reset();
        } else if (employee->status != EmployeeStatus::Pppk && golongan) {
            employee->golongan = golongan;
            employee->pppkGrade = 0;
        } else {
            record.reject(FGolongan,
                          employee->status == EmployeeStatus::Pppk
                              ? tr("\"%1\" is not a PPPK grade: write I to XVII.").arg(text)
                              : tr("\"%1\" is not a golongan/ruang: write it as III/a (I/a to "
                                   "IV/e).")
                                    .arg(text));
        }
    }
    if (const QDate date = readDate(record, FTmtGolongan); date.isValid())
        employee->tmtGolongan = date;
}

void EmployeeImporter::readPost(ImportRecord &record, ImportSession &session,
                                EmployeePlan *plan) const
{
    plan->unit = session.references().unit(record, FUnit, FOpd);
    plan->jabatan = session.references().jabatan(record, FJabatan, FJabatanType);
    if (plan->unit && !plan->unit->isPlanned())
        plan->employee.unitId = plan->unit->id;
    if (plan->jabatan && !plan->jabatan->isPlanned())
        plan->employee.jabatanId = plan->jabatan->id;
    if (const QDate date = readDate(record, FTmtJabatan); date.isValid())
        plan->employee.tmtJabatan = date;
}

void EmployeeImporter::readEducationAndContact(ImportRecord &record, Employee *employee) const
{
    if (record.hasValue(FEducation)) {
        const EducationLevel level = ImportValues::educationLevel(record.value(FEducation));
        if (level == EducationLevel::Unknown)
            record.reject(FEducation, tr("\"%1\" is not an education level: write SD, SMP, SMA, "
                                         "D1 to D4, S1, S2 or S3.")
                                          .arg(record.value(FEducation)));
        else
            employee->educationLevel = level;
    }
    if (record.hasValue(FEducationField))
        employee->educationField = record.value(FEducationField);
    if (record.hasValue(FEmail)) {
        if (ImportValues::isPlausibleEmail(record.value(FEmail)))
            employee->email = record.value(FEmail);
        else
            record.reject(FEmail, tr("\"%1\" is not an e-mail address.").arg(record.value(FEmail)));
    }
    if (record.hasValue(FPhone))
        employee->phone = record.value(FPhone);
}

void EmployeeImporter::checkAgainstNip(ImportRecord &record, const Nip &nip,
                                       const Employee &employee) const
{
    // Only what this row says is compared: a stored record that already disagrees with its
    // NIP is flagged elsewhere, not a reason to refuse the row.
    const bool birthGiven = record.hasValue(FBirthDate) || record.hasValue(FBirthPlaceDate);
    if (birthGiven && employee.birthDate.isValid() && employee.birthDate != nip.birthDate()) {
        const QString field = record.hasValue(FBirthDate) ? FBirthDate : FBirthPlaceDate;
        record.reject(field, tr("The birth date %1 does not match the NIP, whose digits 1-8 give "
                                "%2.")
                                 .arg(dateText(employee.birthDate), dateText(nip.birthDate())));
    }
    if (record.hasValue(FGender) && employee.gender != Gender::Unknown &&
        employee.gender != nip.gender())
        record.reject(FGender, tr("The gender %1 does not match the NIP, whose digit 15 gives %2.")
                                   .arg(genderCode(employee.gender), genderCode(nip.gender())));
}

void EmployeeImporter::completeNew(ImportRecord &record, const Nip &nip, Employee *employee) const
{
    // What a new record needs and the row does not say is read from the NIP.
    if (employee->name.isEmpty() && !record.isMapped(FName))
        record.reject(FName, QString(),
                      tr("This NIP is not in the database yet, and a new employee needs a name: "
                         "map the column that holds the names."));
    if (!employee->birthDate.isValid())
        employee->birthDate = nip.birthDate();
    if (employee->gender == Gender::Unknown)
        employee->gender = nip.gender();
}

std::optional<EmployeeImporter::Planned> EmployeeImporter::plan(ImportRecord &record,
                                                                ImportSession &session)
{
    const Nip nip = readNip(record, session);
    EmployeePlan plan;
    const qint64 id = nip.isValid() ? m_idsByNip.value(nip.digits()) : 0;
    if (id > 0)
        plan.before = session.employees().byId(id);
    plan.employee = plan.before.value_or(Employee{});
    plan.employee.nip = nip;
    readIdentity(record, &plan.employee);
    readRank(record, !plan.before, &plan.employee);
    readPost(record, session, &plan);
    if (plan.before && plan.before->departure.isSet() && (plan.unit || plan.jabatan))
        // A departed employee holds no post (schema step 5); a return is a new appointment.
        record.reject(plan.unit ? FUnit : FJabatan,
                      tr("This employee left the province (%1): a post is not imported for them.")
                          .arg(plan.before->departure.describe()));
    readEducationAndContact(record, &plan.employee);
    if (!nip.isValid())
        return std::nullopt;
    checkAgainstNip(record, nip, plan.employee);
    if (!plan.before) {
        completeNew(record, nip, &plan.employee);
        return Planned{RowAction::Insert, plan};
    }
    const bool newReference =
        (plan.unit && plan.unit->isPlanned()) || (plan.jabatan && plan.jabatan->isPlanned());
    const bool same = !newReference && sameStoredData(*plan.before, plan.employee);
    return Planned{same ? RowAction::Unchanged : RowAction::Update, plan};
}

DatabaseError EmployeeImporter::auditChanges(const Employee &before, const Employee &after,
                                             ImportSession &session) const
{
    const ReferenceResolver &refs = session.references();
    const QList<std::tuple<QString, QString, QString>> values = {
        {FFrontTitle, before.frontTitle, after.frontTitle},
        {FName, before.name, after.name},
        {FBackTitle, before.backTitle, after.backTitle},
        {FGender, genderCode(before.gender), genderCode(after.gender)},
        {FBirthPlace, before.birthPlace, after.birthPlace},
        {FBirthDate, dateText(before.birthDate), dateText(after.birthDate)},
        {FStatus, employeeStatusCode(before.status), employeeStatusCode(after.status)},
        {FGolongan, golonganText(before), golonganText(after)},
        {FTmtGolongan, dateText(before.tmtGolongan), dateText(after.tmtGolongan)},
        {FJabatan, withId(refs.jabatanName(before.jabatanId), before.jabatanId),
         withId(refs.jabatanName(after.jabatanId), after.jabatanId)},
        {FUnit, withId(refs.unitName(before.unitId), before.unitId),
         withId(refs.unitName(after.unitId), after.unitId)},
        {FTmtJabatan, dateText(before.tmtJabatan), dateText(after.tmtJabatan)},
        {FEducation, EducationLevels::code(before.educationLevel),
         EducationLevels::code(after.educationLevel)},
        {FEducationField, before.educationField, after.educationField},
        {FEmail, before.email, after.email},
        {FPhone, before.phone, after.phone},
    };
    for (const auto &[field, oldValue, newValue] : values) {
        if (oldValue == newValue)
            continue;
        if (DatabaseError error =
                session.audit().changed(EmployeeEntity, after.id, field, oldValue, newValue))
            return error;
    }
    return {};
}

DatabaseError EmployeeImporter::write(const EmployeePlan &plan, ImportSession &session)
{
    Employee employee = plan.employee;
    ReferenceResolver &refs = session.references();
    if (plan.unit) {
        if (DatabaseError error = refs.unitId(*plan.unit, session.audit(), &employee.unitId))
            return error;
    }
    if (plan.jabatan) {
        if (DatabaseError error =
                refs.jabatanId(*plan.jabatan, session.audit(), &employee.jabatanId))
            return error;
    }
    if (plan.before) {
        if (DatabaseError error = session.employees().update(employee))
            return error;
        return auditChanges(*plan.before, employee, session);
    }
    if (DatabaseError error = session.employees().insert(employee))
        return error;
    return session.audit().created(EmployeeEntity, employee.id,
                                   employee.nip.digits() + u' ' + employee.fullName());
}

} // namespace Simutasi
