#pragma once

#include "domain/JabatanType.h"
#include "domain/Region.h"

#include <span>

namespace Simutasi::DemoCatalog {

// The fixed material the demo province is built from: regions, OPDs, the jabatan catalogue and
// how many of which jabatan a unit of each role needs. Plain tables of ASCII text so that they
// read like the province's own documents and cost nothing until used.

enum class Track
{
    Office,
    Teacher,
    Health
}; // decides training, gender mix, history units

struct JabatanSpec
{
    const char *name;
    JabatanType type;
    EducationLevel minEducation;
    const char *fields;   // accepted education fields, '|'-separated; nullptr = any
    const char *previous; // the usual jabatan before this one, for riwayat jabatan; may be null
    Track track;
    int femalePermille;
    int pppkPermille; // share of PPPK among holders (0 for structural posts)
};

// How an OPD is divided: Bidang with Seksi, Biro with Bagian, Inspektur Pembantu without
// sections, or Bagian with Subbagian (Sekretariat DPRD).
enum class DivisionStyle
{
    Bidang,
    Biro,
    Irban,
    Bagian
};

struct DivisionStyleSpec
{
    DivisionStyle style;
    const char *divisionHead;
    const char *sectionPrefix; // nullptr: divisions of this style have no sections
    const char *sectionHead;
};

enum class OpdSpecial
{
    None,
    Education,
    Health
}; // schools or puskesmas and hospitals below it

struct OpdSpec
{
    const char *code;
    const char *name;
    const char *head; // jabatan of the head of the OPD
    DivisionStyle style;
    bool sekretariat;
    int size;                // 1 small .. 3 large: scales the office staff
    const char *divisions;   // ';'-separated; "Name:Topic|Topic" gives the sections' topics
    const char *specialists; // fungsional jabatan typical of the OPD, '|'-separated
    const char *upts;        // '|'-separated; '*' = one per region, '#' = one per kabupaten
    const char *fields;      // education fields of its structural officials, '|'-separated
    OpdSpecial special;
};

struct RegionSpec
{
    const char *name;
    Region::Kind kind;
    const char *code;
    int weight;      // share of population, schools and puskesmas
    bool hinterland; // most remote schools and puskesmas are here
    bool capital;
};

// The role a unit plays in the tree; it decides its kind, its head and its staffing template.
enum class UnitRole
{
    Province,
    OpdOffice,
    Sekretariat,
    Subbagian,
    Division,
    Section,
    Upt,
    Cabang,
    School,
    Puskesmas,
    Hospital
};

struct StaffEntry
{
    const char *jabatan;
    int weight; // headcount per unit before scaling
};

// Extra staff for units whose name contains a keyword (a finance subbagian has a Bendahara).
struct StaffExtra
{
    UnitRole role;
    const char *keyword;
    const char *jabatan;
    int weight;
};

struct HospitalSpec
{
    const char *name;
    const char *code;
    int region; // index into regions()
    int size;
};

std::span<const RegionSpec> regions();
std::span<const OpdSpec> opds();
std::span<const JabatanSpec> jabatans();
const DivisionStyleSpec &divisionStyle(DivisionStyle style);
std::span<const StaffEntry> staffing(UnitRole role);
std::span<const StaffExtra> staffExtras();
std::span<const HospitalSpec> hospitals();
std::span<const char *const> sekretariatSubbagian(int opdSize);
std::span<const char *const> placeNameParts(int part); // 0: first words, 1: second words

} // namespace Simutasi::DemoCatalog
