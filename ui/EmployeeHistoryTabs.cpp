#include "EmployeeHistoryTabs.h"

#include "HistoryTab.h"

#include <QDate>
#include <QTabWidget>

namespace Simutasi {

namespace {

template<typename Row>
using Model = HistoryTableModel<Row>;

using Kind = HistoryColumn::Kind;

HistoryColumn text(const QString &title, bool required = false, const QStringList &hints = {})
{
    return {title, Kind::Text, required, hints, 0, 0, {}};
}

HistoryColumn date(const QString &title, bool required = false)
{
    return {title, Kind::Date, required, {}, 0, 0, {}};
}

HistoryColumn choice(const QString &title, const QStringList &choices)
{
    return {title, Kind::Choice, true, choices, 0, 0, {}};
}

HistoryColumn number(const QString &title, int minimum, int maximum, bool required)
{
    return {title, Kind::Number, required, {}, minimum, maximum, {}};
}

HistoryColumn derived(const QString &title)
{
    return {title, Kind::Text, false, {}, 0, 0, {}, true};
}

QStringList golonganNames()
{
    QStringList names;
    for (const Golongan &golongan : Golongan::all())
        names << golongan.toString();
    return names;
}

QStringList skpPredicateNames()
{
    QStringList names;
    for (int value = int(SkpPredicate::SangatBaik); value >= int(SkpPredicate::SangatKurang);
         --value)
        names << skpPredicateName(static_cast<SkpPredicate>(value));
    return names;
}

QStringList sanctionLevelNames()
{
    return {sanctionLevelName(SanctionLevel::Ringan), sanctionLevelName(SanctionLevel::Sedang),
            sanctionLevelName(SanctionLevel::Berat)};
}

SanctionLevel sanctionLevelFrom(const QString &name)
{
    for (const SanctionLevel level :
         {SanctionLevel::Ringan, SanctionLevel::Sedang, SanctionLevel::Berat}) {
        if (sanctionLevelName(level) == name)
            return level;
    }
    return SanctionLevel::Ringan;
}

} // namespace

EmployeeHistoryTabs::EmployeeHistoryTabs(const QList<Jabatan> &jabatans,
                                         const QList<OrgUnit> &units, QObject *parent)
    : QObject(parent)
{
    QStringList jabatanNames;
    for (const Jabatan &jabatan : jabatans) {
        jabatanNames << jabatan.name;
        m_jabatanIds.insert(jabatan.name.toLower(), jabatan.id);
    }
    QStringList unitNames;
    QHash<QString, int> uses;
    for (const OrgUnit &unit : units) {
        const QString key = unit.name.toLower();
        if (uses[key]++ == 0)
            unitNames << unit.name;
        m_unitIds.insert(key, unit.id);
    }
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > 1) // "Sekretariat" of every OPD: the name alone does not say which
            m_unitIds.remove(it.key());
    }
    createJabatanModel(jabatanNames, unitNames);
    createPangkatModel();
    createSkpModel();
    createDiklatModel();
    createSanctionModel();
    for (HistoryModelBase *model : std::initializer_list<HistoryModelBase *>{
             m_jabatan, m_pangkat, m_skp, m_diklat, m_sanctions})
        connect(model, &HistoryModelBase::edited, this, &EmployeeHistoryTabs::edited);
}

void EmployeeHistoryTabs::createJabatanModel(const QStringList &jabatanNames,
                                             const QStringList &unitNames)
{
    using Row = JabatanHistoryEntry;
    const auto ids = [](const QHash<QString, qint64> &table, const QString &name) {
        return table.value(name.toLower(), 0);
    };
    m_jabatan = new HistoryTableModel<Row>(
        {Model<Row>::member(date(tr("TMT"), true), &Row::tmt),
         {text(tr("Jabatan"), false, jabatanNames),
          [](const Row &r) { return QVariant(r.jabatanName); },
          [this, ids](Row &r, const QVariant &v) {
              r.jabatanName = v.toString();
              r.jabatanId = ids(m_jabatanIds, r.jabatanName);
          }},
         {text(tr("Unit kerja"), false, unitNames),
          [](const Row &r) { return QVariant(r.unitName); },
          [this, ids](Row &r, const QVariant &v) {
              r.unitName = v.toString();
              r.unitId = ids(m_unitIds, r.unitName);
          }},
         Model<Row>::member(text(tr("SK number")), &Row::skNumber),
         Model<Row>::member(date(tr("SK date")), &Row::skDate)},
        [] { return Row{}; }, this);
}

void EmployeeHistoryTabs::createPangkatModel()
{
    using Row = PangkatHistoryEntry;
    m_pangkat = new HistoryTableModel<Row>(
        {{choice(tr("Golongan"), golonganNames()),
          [](const Row &r) {
              return QVariant(r.golongan.isValid() ? r.golongan.toString() : QString());
          },
          [](Row &r, const QVariant &v) {
              r.golongan = Golongan::parse(v.toString()).value_or(Golongan());
          }},
         {derived(tr("Pangkat")), [](const Row &r) { return QVariant(r.golongan.pangkat()); },
          [](Row &, const QVariant &) {
          }},
         Model<Row>::member(date(tr("TMT"), true), &Row::tmt),
         Model<Row>::member(text(tr("SK number")), &Row::skNumber),
         Model<Row>::member(date(tr("SK date")), &Row::skDate)},
        [] { return Row{}; }, this);
}

void EmployeeHistoryTabs::createSkpModel()
{
    using Row = SkpRating;
    m_skp = new HistoryTableModel<Row>(
        {Model<Row>::member(number(tr("Year"), 1970, 2100, true), &Row::year),
         {choice(tr("Predicate"), skpPredicateNames()),
          [](const Row &r) { return QVariant(skpPredicateName(r.predicate)); },
          [](Row &r, const QVariant &v) {
              skpPredicateFromName(v.toString(), &r.predicate);
          }}},
        [this] {
            int year = QDate::currentDate().year() - 1;
            for (const SkpRating &rating : m_skp->rows())
                year = std::max(year, rating.year + 1);
            return Row{0, 0, year, SkpPredicate::Baik};
        },
        this);
}

void EmployeeHistoryTabs::createDiklatModel()
{
    using Row = DiklatEntry;
    m_diklat = new HistoryTableModel<Row>(
        {Model<Row>::member(text(tr("Name"), true), &Row::name),
         Model<Row>::member(text(tr("Organizer")), &Row::organizer),
         Model<Row>::member(date(tr("From")), &Row::startDate),
         Model<Row>::member(date(tr("To")), &Row::endDate),
         Model<Row>::member(number(tr("Hours"), 0, 5000, false), &Row::hours)},
        [] { return Row{}; }, this);
}

void EmployeeHistoryTabs::createSanctionModel()
{
    using Row = Sanction;
    m_sanctions = new HistoryTableModel<Row>(
        {{choice(tr("Level"), sanctionLevelNames()),
          [](const Row &r) { return QVariant(sanctionLevelName(r.level)); },
          [](Row &r, const QVariant &v) {
              r.level = sanctionLevelFrom(v.toString());
          }},
         Model<Row>::member(text(tr("Description")), &Row::description),
         Model<Row>::member(date(tr("From"), true), &Row::startDate),
         Model<Row>::member(date(tr("Until")), &Row::endDate),
         Model<Row>::member(text(tr("SK number")), &Row::skNumber)},
        [] { return Row{}; }, this);
}

void EmployeeHistoryTabs::addTabsTo(QTabWidget *tabs)
{
    addTab(tabs, HistoryKind::Jabatan, m_jabatan, tr("Riwayat jabatan"),
           tr("The posts held, each from its TMT. A jabatan or unit typed as in the catalogue "
              "is linked to it."));
    addTab(tabs, HistoryKind::Pangkat, m_pangkat, tr("Riwayat pangkat"),
           tr("Promotions in golongan/ruang, each from its TMT."));
    addTab(tabs, HistoryKind::Skp, m_skp, tr("SKP"),
           tr("The SKP predicate of each year. One rating per year."));
    addTab(tabs, HistoryKind::Diklat, m_diklat, tr("Diklat"),
           tr("Training courses (diklat) attended."));
    addTab(tabs, HistoryKind::Sanction, m_sanctions, tr("Hukuman disiplin"),
           tr("Disciplinary sanctions. Leave \"Until\" empty while a sanction is being served."));
}

void EmployeeHistoryTabs::addTab(QTabWidget *tabs, HistoryKind kind, HistoryModelBase *model,
                                 const QString &title, const QString &explanation)
{
    auto *tab = new HistoryTab(model, explanation, tabs);
    tabs->addTab(tab, title);
    m_tabs.insert(kind, tab);
    m_titles.insert(kind, title);
}

void EmployeeHistoryTabs::setRecord(const EmployeeRecord &record)
{
    m_jabatan->setRows(record.jabatanHistory);
    m_pangkat->setRows(record.pangkatHistory);
    m_skp->setRows(record.skpRatings);
    m_diklat->setRows(record.diklat);
    m_sanctions->setRows(record.sanctions);
}

void EmployeeHistoryTabs::collectInto(EmployeeRecord &record) const
{
    record.jabatanHistory = m_jabatan->rows();
    record.pangkatHistory = m_pangkat->rows();
    record.skpRatings = m_skp->rows();
    record.diklat = m_diklat->rows();
    record.sanctions = m_sanctions->rows();
}

QString EmployeeHistoryTabs::incompleteTab() const
{
    for (const HistoryKind kind : {HistoryKind::Jabatan, HistoryKind::Pangkat, HistoryKind::Skp,
                                   HistoryKind::Diklat, HistoryKind::Sanction}) {
        const HistoryTab *tab = m_tabs.value(kind);
        if (tab && tab->model()->firstIncompleteRow() >= 0)
            return m_titles.value(kind);
    }
    return {};
}

} // namespace Simutasi
