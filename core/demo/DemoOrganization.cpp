#include "DemoOrganization.h"

#include "DemoRandom.h"
#include "storage/OrgRepository.h"

#include <algorithm>

namespace Simutasi {

using namespace DemoCatalog;

namespace {

// Shares of the formasi: schools hold ~40% of a province's employees, puskesmas and hospitals
// ~10% each, the offices (with their UPTs) the rest.
constexpr int SchoolSharePermille = 400;
constexpr int PuskesmasSharePermille = 100;
constexpr int HospitalSharePermille = 100;
// Overall bezetting ~95% of formasi: the formasi is sized from the employee count.
constexpr int BezettingPermille = 950;
constexpr int FilledStructuralPermille = 920;   // the other structural posts wait for a new holder
constexpr int SchoolsPerPengawasPermille = 125; // one Pengawas Sekolah team per ~8 schools

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

// Sections of a division: explicit "Name:Topic|Topic", or the topics of its name ("Bidang Mutasi
// dan Promosi" has Seksi Mutasi and Seksi Promosi), as real organisation charts do.
struct Division
{
    QString name;
    QStringList topics;
};

Division parseDivision(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0)
        return {text.left(colon), text.mid(colon + 1).split(u'|')};
    QString subject = text.mid(text.indexOf(u' ') + 1);
    subject.replace(QStringLiteral(", "), QStringLiteral(" dan "));
    return {text, subject.split(QStringLiteral(" dan "))};
}

OrgUnit::Kind kindOf(UnitRole role)
{
    switch (role) {
    case UnitRole::Province:
        return OrgUnit::Kind::Province;
    case UnitRole::OpdOffice:
        return OrgUnit::Kind::Opd;
    case UnitRole::Sekretariat:
        return OrgUnit::Kind::Sekretariat;
    case UnitRole::Division:
        return OrgUnit::Kind::Bidang;
    case UnitRole::Subbagian:
    case UnitRole::Section:
        return OrgUnit::Kind::Seksi;
    case UnitRole::Upt:
    case UnitRole::Cabang:
        return OrgUnit::Kind::Upt;
    case UnitRole::School:
        return OrgUnit::Kind::Sekolah;
    case UnitRole::Puskesmas:
        return OrgUnit::Kind::Puskesmas;
    case UnitRole::Hospital:
        return OrgUnit::Kind::Rumahsakit;
    }
    return OrgUnit::Kind::Upt;
}

DemoOrganization::Scale scaleOf(UnitRole role)
{
    switch (role) {
    case UnitRole::School:
    case UnitRole::Puskesmas:
    case UnitRole::Cabang:
        return DemoOrganization::Scale::Fixed;
    case UnitRole::Hospital:
        return DemoOrganization::Scale::Hospital;
    default:
        return DemoOrganization::Scale::Office;
    }
}

QString roman(int n)
{
    static const char *const numerals[] = {"I",  "II", "III", "IV",  "V",    "VI",  "VII", "VIII",
                                           "IX", "X",  "XI",  "XII", "XIII", "XIV", "XV",  "XVI"};
    return n >= 1 && n <= 16 ? latin(numerals[n - 1]) : QString::number(n);
}

} // namespace

DemoOrganization::DemoOrganization(DemoRandom &random, int employees)
    : m_random(random)
    , m_employees(std::max(0, employees))
    , m_targetFormasi(static_cast<int>(qint64(m_employees) * 1000 / BezettingPermille))
    // Small provinces have simpler structures: the 2021 delayering removed most Seksi.
    , m_sectionsPerDivision(m_employees >= 20000  ? 3
                            : m_employees >= 4000 ? 2
                            : m_employees >= 1000 ? 1
                                                  : 0)
{
    buildRegions();
    buildJabatans();
    addUnit(-1, UnitRole::Province, QStringLiteral("Pemerintah Provinsi Wanggar"),
            QStringLiteral("PROV"), -1, -1);
    for (int opd = 0; opd < opdCount(); ++opd)
        buildOpd(opd);
    sizePosts();
    staffPosts();
    m_unitsByJabatan.resize(m_jabatans.size());
    for (const PostPlan &post : std::as_const(m_posts)) {
        if (post.required > 0)
            m_unitsByJabatan[post.jabatan].append(post.unit);
    }
}

void DemoOrganization::buildRegions()
{
    for (const RegionSpec &spec : DemoCatalog::regions()) {
        RegionPlan plan;
        plan.region.kind = spec.kind;
        plan.region.name = latin(spec.name);
        plan.spec = &spec;
        plan.label = spec.kind == Region::Kind::Kota ? plan.region.displayName() : plan.region.name;
        m_regions.append(plan);
        m_regionWeights.append(spec.weight);
    }
}

void DemoOrganization::buildJabatans()
{
    for (const JabatanSpec &spec : DemoCatalog::jabatans()) {
        JabatanPlan plan;
        plan.spec = &spec;
        plan.jabatan.name = latin(spec.name);
        plan.jabatan.type = spec.type;
        plan.jabatan.golonganRange = JabatanTypes::defaultGolonganRange(spec.type);
        plan.jabatan.minEducation = spec.minEducation;
        if (spec.fields)
            plan.jabatan.educationFields = latin(spec.fields).split(u'|');
        m_jabatanIndex.insert(plan.jabatan.name, static_cast<int>(m_jabatans.size()));
        m_jabatans.append(plan);
    }
    for (JabatanPlan &plan : m_jabatans) {
        if (plan.spec->previous)
            plan.previous = m_jabatanIndex.value(latin(plan.spec->previous), -1);
        Q_ASSERT_X(!plan.spec->previous || plan.previous >= 0, "DemoOrganization",
                   plan.spec->previous);
    }
}

int DemoOrganization::addUnit(int parent, UnitRole role, const QString &name, const QString &code,
                              int region, int opd)
{
    UnitPlan plan;
    plan.parent = parent;
    plan.role = role;
    plan.region = region;
    plan.opd = opd;
    plan.unit.kind = kindOf(role);
    plan.unit.name = name;
    plan.unit.code = code;
    plan.firstPost = static_cast<int>(m_posts.size());
    m_units.append(plan);
    return static_cast<int>(m_units.size()) - 1;
}

void DemoOrganization::addPost(int unit, const QString &jabatan, int weight, Scale scale)
{
    const int index = m_jabatanIndex.value(jabatan, -1);
    Q_ASSERT_X(index >= 0, "DemoOrganization::addPost", qPrintable(jabatan));
    Q_ASSERT(unit == m_units.size() - 1); // posts of a unit are contiguous
    if (index < 0 || weight <= 0)
        return;
    UnitPlan &plan = m_units[unit];
    for (int i = plan.firstPost; i < plan.firstPost + plan.postCount; ++i) {
        if (m_posts[i].jabatan == index) {
            m_posts[i].weight += weight;
            return;
        }
    }
    m_posts.append({unit, index, weight, scale});
    ++plan.postCount;
}

void DemoOrganization::addStaff(int unit, std::span<const StaffEntry> entries, Scale scale)
{
    for (const StaffEntry &entry : entries)
        addPost(unit, latin(entry.jabatan), entry.weight, scale);
}

void DemoOrganization::addSpecialists(int unit, int weight)
{
    const OpdSpec &opd = opds()[m_units.at(unit).opd];
    for (const QString &name : latin(opd.specialists).split(u'|', Qt::SkipEmptyParts))
        addPost(unit, name, weight, Scale::Office);
}

void DemoOrganization::addExtras(int unit)
{
    const UnitPlan &plan = m_units.at(unit);
    for (const StaffExtra &extra : staffExtras()) {
        if (extra.role == plan.role && plan.unit.name.contains(latin(extra.keyword)))
            addPost(unit, latin(extra.jabatan), extra.weight, scaleOf(plan.role));
    }
}

void DemoOrganization::buildOpd(int opd)
{
    const OpdSpec &spec = opds()[opd];
    const int unit = addUnit(0, UnitRole::OpdOffice, latin(spec.name), latin(spec.code), -1, opd);
    m_units[unit].sizePermille = spec.size * 1000;
    addPost(unit, latin(spec.head), 1, Scale::Structural);
    m_sekretariats.append(-1);
    if (spec.sekretariat)
        buildSekretariat(opd, unit);
    buildDivisions(opd, unit);
    buildUpts(opd, unit);
    if (spec.special == OpdSpecial::Education)
        buildSchools(unit);
    else if (spec.special == OpdSpecial::Health)
        buildHealth(unit);
}

void DemoOrganization::buildSekretariat(int opd, int opdUnit)
{
    const OpdSpec &spec = opds()[opd];
    const QString code = latin(spec.code) + QStringLiteral(".SEK");
    const int sekretariat =
        addUnit(opdUnit, UnitRole::Sekretariat, QStringLiteral("Sekretariat"), code, -1, opd);
    m_units[sekretariat].sizePermille = spec.size * 1000;
    m_sekretariats.last() = sekretariat;
    addPost(sekretariat, QStringLiteral("Sekretaris"), 1, Scale::Structural);
    int number = 0;
    for (const char *name : sekretariatSubbagian(spec.size)) {
        const int unit = addUnit(sekretariat, UnitRole::Subbagian, latin(name),
                                 code + u'.' + QString::number(++number), -1, opd);
        m_units[unit].sizePermille = spec.size * 1000;
        addPost(unit, QStringLiteral("Kepala Subbagian"), 1, Scale::Structural);
        addStaff(unit, staffing(UnitRole::Subbagian), Scale::Office);
        addExtras(unit);
    }
}

void DemoOrganization::buildDivisions(int opd, int opdUnit)
{
    const OpdSpec &spec = opds()[opd];
    const DivisionStyleSpec &style = divisionStyle(spec.style);
    const int sections = style.sectionPrefix ? m_sectionsPerDivision : 0;
    int number = 0;
    for (const QString &text : latin(spec.divisions).split(u';')) {
        const Division division = parseDivision(text);
        const QString code = latin(spec.code) + u'.' + QString::number(++number);
        const int unit = addUnit(opdUnit, UnitRole::Division, division.name, code, -1, opd);
        m_units[unit].sizePermille = spec.size * 1000;
        addPost(unit, latin(style.divisionHead), 1, Scale::Structural);
        addStaff(unit, staffing(UnitRole::Division), Scale::Office);
        // Without sections the division's own staff does all of its work.
        addSpecialists(unit, sections > 0 ? 2 : 4);
        const int count = std::min<int>(sections, static_cast<int>(division.topics.size()));
        for (int i = 0; i < count; ++i) {
            const QString name = latin(style.sectionPrefix) + u' ' + division.topics.at(i);
            const int section = addUnit(unit, UnitRole::Section, name,
                                        code + u'.' + QString::number(i + 1), -1, opd);
            m_units[section].sizePermille = spec.size * 1000;
            addPost(section, latin(style.sectionHead), 1, Scale::Structural);
            addStaff(section, staffing(UnitRole::Section), Scale::Office);
            addSpecialists(section, 1);
            addExtras(section);
        }
    }
}

void DemoOrganization::buildUpts(int opd, int opdUnit)
{
    const OpdSpec &spec = opds()[opd];
    int number = 0;
    auto addUpt = [&](const QString &name, int region) {
        const QString code = latin(spec.code) + QStringLiteral(".UPT") + QString::number(++number);
        const int unit = addUnit(opdUnit, UnitRole::Upt, name, code, region, opd);
        m_units[unit].unit.remote = isRemote(region, 300, 0);
        addPost(unit, QStringLiteral("Kepala UPTD"), 1, Scale::Structural);
        addStaff(unit, staffing(UnitRole::Upt), Scale::Office);
        addSpecialists(unit, 1);
        addExtras(unit);
    };
    for (const QString &entry : latin(spec.upts).split(u'|', Qt::SkipEmptyParts)) {
        const QChar marker = entry.back();
        if (marker == u'*' || marker == u'#') {
            // One UPT per region ('*') or per kabupaten ('#'), named after it.
            for (int r = 0; r < m_regions.size(); ++r) {
                if (marker == u'#' && m_regions.at(r).region.kind == Region::Kind::Kota)
                    continue;
                addUpt(entry.chopped(1) + m_regions.at(r).label, r);
            }
            continue;
        }
        // A single UPT lies in the region its name mentions, else in the capital.
        int region = 0;
        for (int r = 0; r < m_regions.size(); ++r) {
            if (entry.contains(m_regions.at(r).region.name))
                region = r;
        }
        addUpt(entry, region);
    }
}

QList<int> DemoOrganization::spreadOverRegions(int count)
{
    QList<int> perRegion(m_regions.size(), 0);
    for (int i = 0; i < count; ++i)
        ++perRegion[m_random.weighted(m_regionWeights)];
    return perRegion;
}

bool DemoOrganization::isRemote(int region, int hinterlandPermille, int elsewherePermille)
{
    const RegionSpec &spec = *m_regions.at(region).spec;
    if (spec.capital)
        return false;
    return m_random.chance(spec.hinterland ? hinterlandPermille : elsewherePermille);
}

void DemoOrganization::buildSchools(int opdUnit)
{
    static const char *const types[] = {"SMA", "SMK", "SLB"};
    static const int typeWeights[] = {50, 38, 12};
    const int schoolSize = 31; // formasi of an average school (DemoCatalog school staffing)
    const int count = std::max(
        1, static_cast<int>(qint64(m_targetFormasi) * SchoolSharePermille / 1000 / schoolSize));
    const QList<int> perRegion = spreadOverRegions(count);
    const int opd = m_units.at(opdUnit).opd;
    for (int r = 0; r < m_regions.size(); ++r) {
        const RegionPlan &region = m_regions.at(r);
        const int cabang =
            addUnit(opdUnit, UnitRole::Cabang,
                    QStringLiteral("Cabang Dinas Pendidikan Wilayah ") + region.label,
                    QStringLiteral("CABDIN-") + latin(region.spec->code), r, opd);
        m_units[cabang].sizePermille = std::max(500, perRegion.at(r) * SchoolsPerPengawasPermille);
        addPost(cabang, QStringLiteral("Kepala Cabang Dinas"), 1, Scale::Structural);
        addStaff(cabang, staffing(UnitRole::Cabang), Scale::Fixed);
        int numbers[3] = {0, 0, 0};
        for (int i = 0; i < perRegion.at(r); ++i) {
            const int type = m_random.weighted(typeWeights);
            const QString typeName = latin(types[type]);
            const int n = ++numbers[type];
            const int school = addUnit(
                cabang, UnitRole::School,
                QStringLiteral("%1 Negeri %2 %3").arg(typeName).arg(n).arg(region.label),
                QStringLiteral("%1N%2-%3").arg(typeName).arg(n).arg(latin(region.spec->code)), r,
                opd);
            UnitPlan &plan = m_units[school];
            plan.unit.remote = isRemote(r, 550, 90);
            plan.sizePermille = m_random.between(700, 1300);
            // Teachers crowd into the capital's schools while remote ones stay short.
            plan.staffingPermille = plan.unit.remote       ? m_random.between(500, 850)
                                    : region.spec->capital ? m_random.between(1080, 1300)
                                                           : m_random.between(850, 1050);
            addStaff(school, staffing(UnitRole::School), Scale::Fixed);
        }
    }
}

void DemoOrganization::buildHealth(int opdUnit)
{
    const int opd = m_units.at(opdUnit).opd;
    const int puskesmasSize = 25;
    const int count = std::max(1, static_cast<int>(qint64(m_targetFormasi) *
                                                   PuskesmasSharePermille / 1000 / puskesmasSize));
    const QList<int> perRegion = spreadOverRegions(count);
    // Place names from two word lists, each used once; a second round numbers them.
    const auto first = placeNameParts(0);
    const auto second = placeNameParts(1);
    const int pool = static_cast<int>(first.size() * second.size());
    QList<int> order(pool);
    for (int i = 0; i < pool; ++i)
        order[i] = i;
    for (int i = pool - 1; i > 0; --i)
        std::swap(order[i], order[m_random.below(i + 1)]);
    int serial = 0;
    for (int r = 0; r < m_regions.size(); ++r) {
        for (int i = 0; i < perRegion.at(r); ++i, ++serial) {
            const int pick = order.at(serial % pool);
            QString place =
                latin(first[pick / second.size()]) + u' ' + latin(second[pick % second.size()]);
            if (serial >= pool)
                place += u' ' + roman(serial / pool + 1);
            const int unit =
                addUnit(opdUnit, UnitRole::Puskesmas, QStringLiteral("UPTD Puskesmas ") + place,
                        QStringLiteral("PKM-%1").arg(serial + 1, 4, 10, QLatin1Char('0')), r, opd);
            UnitPlan &plan = m_units[unit];
            plan.unit.remote = isRemote(r, 550, 90);
            plan.sizePermille = m_random.between(800, 1200);
            plan.staffingPermille = plan.unit.remote                ? m_random.between(500, 800)
                                    : m_regions.at(r).spec->capital ? m_random.between(950, 1150)
                                                                    : m_random.between(850, 1050);
            addPost(unit, QStringLiteral("Kepala UPTD"), 1, Scale::Structural);
            addStaff(unit, staffing(UnitRole::Puskesmas), Scale::Fixed);
        }
    }
    for (const HospitalSpec &spec : hospitals()) {
        const int unit = addUnit(opdUnit, UnitRole::Hospital, latin(spec.name), latin(spec.code),
                                 spec.region, opd);
        m_units[unit].sizePermille = spec.size * 1000;
        m_units[unit].staffingPermille = m_random.between(900, 1050);
        addPost(unit, QStringLiteral("Direktur Rumah Sakit"), 1, Scale::Structural);
        addStaff(unit, staffing(UnitRole::Hospital), Scale::Hospital);
        addExtras(unit);
    }
}

void DemoOrganization::sizePosts()
{
    // Structural and per-unit posts are sized first; offices and hospitals share what is left
    // of the target formasi in proportion to their weights.
    qint64 fixed = 0;
    qint64 officeWeight = 0;
    qint64 hospitalWeight = 0;
    for (PostPlan &post : m_posts) {
        const qint64 weight = qint64(post.weight) * m_units.at(post.unit).sizePermille;
        switch (post.scale) {
        case Scale::Structural:
            post.required = 1;
            fixed += 1;
            break;
        case Scale::Fixed:
            post.required = m_random.roundPermille(weight);
            fixed += post.required;
            break;
        case Scale::Office:
            officeWeight += weight;
            break;
        case Scale::Hospital:
            hospitalWeight += weight;
            break;
        }
    }
    const qint64 hospitalBudget = qint64(m_targetFormasi) * HospitalSharePermille / 1000;
    const qint64 officeBudget = std::max<qint64>(0, m_targetFormasi - fixed - hospitalBudget);
    // Headcount per unit of weight, scaled by 10^9 so that the products stay integers: a post's
    // required count in thousandths is weight * scale / 10^6.
    const qint64 officeScale = officeWeight > 0 ? officeBudget * 1000000000 / officeWeight : 0;
    const qint64 hospitalScale =
        hospitalWeight > 0 ? hospitalBudget * 1000000000 / hospitalWeight : 0;
    for (PostPlan &post : m_posts) {
        const qint64 weight = qint64(post.weight) * m_units.at(post.unit).sizePermille;
        if (post.scale == Scale::Office)
            post.required = m_random.roundPermille(weight * officeScale / 1000000);
        else if (post.scale == Scale::Hospital)
            post.required = m_random.roundPermille(weight * hospitalScale / 1000000);
    }
}

void DemoOrganization::staffPosts()
{
    int staffed = 0;
    for (PostPlan &post : m_posts) {
        if (post.scale == Scale::Structural)
            post.staffed = m_random.chance(FilledStructuralPermille) ? 1 : 0;
        else
            post.staffed = m_random.roundPermille(qint64(post.required) *
                                                  m_units.at(post.unit).staffingPermille);
        staffed += post.staffed;
    }
    adjustStaffing(m_employees - staffed);
}

void DemoOrganization::adjustStaffing(int difference)
{
    // Brings the headcount to exactly the requested number. Extra people go to ordinary posts
    // outside remote units, which therefore stay short; removals are spread evenly over ordinary
    // posts. Only a province too small for its own structure touches the structural posts.
    auto candidates = [&](auto accept) {
        QList<int> result;
        for (int i = 0; i < m_posts.size(); ++i) {
            if (accept(m_posts.at(i)))
                result.append(i);
        }
        return result;
    };
    const auto ordinary = [&](const PostPlan &p) {
        return p.required > 0 && p.scale != Scale::Structural && !m_units.at(p.unit).unit.remote;
    };
    const auto anyRequired = [](const PostPlan &p) {
        return p.required > 0;
    };
    const auto any = [](const PostPlan &) {
        return true;
    };
    if (difference > 0) {
        QList<int> open = candidates(ordinary);
        if (open.isEmpty())
            open = candidates(anyRequired);
        if (open.isEmpty())
            open = candidates(any);
        for (; difference > 0 && !open.isEmpty(); --difference)
            ++m_posts[m_random.pick(open)].staffed;
        return;
    }
    const auto staffedOrdinary = [](const PostPlan &p) {
        return p.staffed > 0 && p.scale != Scale::Structural;
    };
    const auto staffedAny = [](const PostPlan &p) {
        return p.staffed > 0;
    };
    for (int round = 0; round < 2 && difference < 0; ++round) {
        QList<int> filled = round == 0 ? candidates(staffedOrdinary) : candidates(staffedAny);
        for (; difference < 0 && !filled.isEmpty(); ++difference) {
            const int at = m_random.below(static_cast<int>(filled.size()));
            if (--m_posts[filled[at]].staffed == 0) {
                filled.swapItemsAt(at, filled.size() - 1);
                filled.removeLast();
            }
        }
    }
}

bool DemoOrganization::hasFormasi(int unit, int jabatan) const
{
    const UnitPlan &plan = m_units.at(unit);
    for (int i = plan.firstPost; i < plan.firstPost + plan.postCount; ++i) {
        if (m_posts.at(i).jabatan == jabatan && m_posts.at(i).required > 0)
            return true;
    }
    return false;
}

int DemoOrganization::sekretariatOf(int opd) const
{
    return opd >= 0 && opd < m_sekretariats.size() ? m_sekretariats.at(opd) : -1;
}

int DemoOrganization::totalRequired() const
{
    int total = 0;
    for (const PostPlan &post : m_posts)
        total += post.required;
    return total;
}

DatabaseError DemoOrganization::write(OrgRepository &repository)
{
    for (RegionPlan &plan : m_regions) {
        if (DatabaseError error = repository.addRegion(plan.region))
            return error;
    }
    for (UnitPlan &plan : m_units) {
        plan.unit.parentId = plan.parent >= 0 ? m_units.at(plan.parent).unit.id : 0;
        plan.unit.regionId = plan.region >= 0 ? m_regions.at(plan.region).region.id : 0;
        if (DatabaseError error = repository.addUnit(plan.unit))
            return error;
    }
    for (JabatanPlan &plan : m_jabatans) {
        if (DatabaseError error = repository.addJabatan(plan.jabatan))
            return error;
    }
    for (const PostPlan &post : std::as_const(m_posts)) {
        if (post.required <= 0)
            continue;
        const Formasi formasi{m_units.at(post.unit).unit.id, m_jabatans.at(post.jabatan).jabatan.id,
                              post.required};
        if (DatabaseError error = repository.setFormasi(formasi))
            return error;
    }
    return {};
}

} // namespace Simutasi
