#pragma once

#include "DemoCatalog.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "domain/Region.h"
#include "storage/DatabaseError.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Simutasi {

class DemoRandom;
class OrgRepository;

// The demo province's organisation planned in memory: regions, the unit tree, the jabatan
// catalogue, formasi per unit and jabatan, and how many people fill each post. Planned first and
// written afterwards, because formasi is sized to the requested number of employees and the
// staffing must add up to exactly that number.
class DemoOrganization
{
public:
    // How a post's formasi grows with the size of the province.
    enum class Scale
    {
        Structural,
        Fixed,
        Office,
        Hospital
    };

    struct RegionPlan
    {
        Region region;
        const DemoCatalog::RegionSpec *spec = nullptr;
        QString label; // "Kota Wanggar", "Lembah Sari": how school names mention the region
    };

    struct UnitPlan
    {
        OrgUnit unit; // ids are set by write()
        int parent = -1;
        DemoCatalog::UnitRole role = DemoCatalog::UnitRole::Province;
        int region = -1; // index into regions(); -1 for province-wide units
        int opd = -1;    // index into DemoCatalog::opds()
        int sizePermille = 1000;
        int staffingPermille = 1000; // people per formasi: below 1000 short, above over-staffed
        int firstPost = 0;
        int postCount = 0;
    };

    struct PostPlan
    {
        int unit = 0;
        int jabatan = 0;
        int weight = 0;
        Scale scale = Scale::Office;
        int required = 0; // the formasi
        int staffed = 0;  // the bezetting
    };

    struct JabatanPlan
    {
        Jabatan jabatan;
        const DemoCatalog::JabatanSpec *spec = nullptr;
        int previous = -1;
    };

    DemoOrganization(DemoRandom &random, int employees);

    DatabaseError write(OrgRepository &repository);

    const QList<RegionPlan> &regions() const { return m_regions; }
    const QList<UnitPlan> &units() const { return m_units; }
    const QList<PostPlan> &posts() const { return m_posts; }
    const QList<JabatanPlan> &jabatans() const { return m_jabatans; }
    // Units that have formasi for a jabatan, where earlier posts of a career are placed.
    const QList<int> &unitsWithFormasi(int jabatan) const { return m_unitsByJabatan.at(jabatan); }
    bool hasFormasi(int unit, int jabatan) const;
    int opdCount() const { return static_cast<int>(DemoCatalog::opds().size()); }
    int sekretariatOf(int opd) const; // the Sekretariat unit of an OPD, -1 if it has none
    int totalRequired() const;

private:
    void buildRegions();
    void buildJabatans();
    void buildOpd(int opd);
    void buildSekretariat(int opd, int opdUnit);
    void buildDivisions(int opd, int opdUnit);
    void buildUpts(int opd, int opdUnit);
    void buildSchools(int opdUnit);
    void buildHealth(int opdUnit);
    int addUnit(int parent, DemoCatalog::UnitRole role, const QString &name, const QString &code,
                int region, int opd);
    void addPost(int unit, const QString &jabatan, int weight, Scale scale);
    void addStaff(int unit, std::span<const DemoCatalog::StaffEntry> entries, Scale scale);
    void addSpecialists(int unit, int weight);
    void addExtras(int unit);
    QList<int> spreadOverRegions(int count);
    bool isRemote(int region, int hinterlandPermille, int elsewherePermille);
    void sizePosts();
    void staffPosts();
    void adjustStaffing(int difference);

    DemoRandom &m_random;
    int m_employees;
    int m_targetFormasi;
    int m_sectionsPerDivision;
    QList<RegionPlan> m_regions;
    QList<int> m_regionWeights;
    QList<UnitPlan> m_units;
    QList<PostPlan> m_posts;
    QList<JabatanPlan> m_jabatans;
    QHash<QString, int> m_jabatanIndex;
    QList<QList<int>> m_unitsByJabatan;
    QList<int> m_sekretariats; // per OPD
};

} // namespace Simutasi
