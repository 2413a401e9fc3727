#pragma once

#include <QtGlobal>

namespace Simutasi {

// The changes to the registry and settings outside a proposal's workflow. Permissions says
// which roles may make each; every writer of such data asks Permissions::requireCurrent()
// before it opens its transaction.
enum class DataAction : quint8
{
    EditEmployees,    // employee data and histories
    EditOrganisation, // units, jabatan, formasi and ABK
    EditCompetencies, // dictionary, requirement profiles, employees' competencies and assessments
    EditShortlist,    // the candidate shortlist that feeds proposals
    ImportData,       // imports of employees, units, SKP, formasi
    NotifyEmployees,  // letters handed over, e-mails sent, acknowledgements and keberatan
    EditRules,        // eligibility rules
    EditSettings      // decree templates, letterhead, SMTP and other database settings
};
constexpr int DataActionCount = 8;

} // namespace Simutasi
