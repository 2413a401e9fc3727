#pragma once

#include "domain/Competency.h"
#include "domain/JabatanType.h"

#include <span>

namespace Simutasi::DemoCompetencyCatalog {

// The fixed material of the demo's competency data: the dictionary, which technical
// competencies a jabatan needs, the certificates of some professions and the ABK tasks of a few
// jabatan. Plain tables of Indonesian text, as the BKD's own kamus kompetensi would read.

struct CompetencySpec
{
    const char *code;
    const char *name;
    CompetencyKind kind;
    const char *description;
};

// Technical competencies for jabatan whose name contains `keyword` (first match wins).
struct TechnicalRule
{
    const char *keyword;
    const char *codes; // '|'-separated competency codes
};

// Minimum levels a jabatan type asks for, by kind of competency.
struct LevelSpec
{
    int technical;
    int managerial;
    int socioCultural;
};

struct CertificateRule
{
    const char *keyword; // in the jabatan name
    const char *name;
    const char *issuer;
    int permille; // share of holders that have it
};

struct AbkTaskSpec
{
    const char *name;
    const char *outputUnit;
    int minutes;       // time standard per output
    int sharePermille; // share of the workload
};

struct AbkTemplate
{
    const char *keyword; // in the jabatan name
    int posts;           // how many posts of such jabatan get an ABK
    std::span<const AbkTaskSpec> tasks;
};

std::span<const CompetencySpec> competencies();
// Descriptions of levels 1-5, shared by the competencies of one kind.
std::span<const char *const> levelDescriptions(CompetencyKind kind);
std::span<const TechnicalRule> technicalRules();
LevelSpec levels(JabatanType type);
// Managerial competencies every jabatan of the kind of `type` requires, '|'-separated codes.
const char *managerialCodes(JabatanType type);
const char *socioCulturalCode();
std::span<const CertificateRule> certificates();
std::span<const AbkTemplate> abkTemplates();
// Share of an OPD's employees with assessed competencies: some OPDs keep good data, some poor.
int assessedPermille(const char *opdCode);

} // namespace Simutasi::DemoCompetencyCatalog
