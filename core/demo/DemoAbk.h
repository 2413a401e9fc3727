#pragma once

#include "storage/DatabaseError.h"

namespace Simutasi {

class Database;
class DemoOrganization;
class DemoRandom;

// Writes ABK tasks for a few posts of the demo province (some schools, puskesmas, the BKD and
// office subbagian), with volumes drawn so that the computed need lands near the post's formasi,
// sometimes above it and sometimes below, as a real workload analysis does.
class DemoAbk
{
public:
    DemoAbk(const DemoOrganization &organization, DemoRandom &random);

    DatabaseError write(Database &database);
    int taskCount() const { return m_tasks; }

private:
    const DemoOrganization &m_organization;
    DemoRandom &m_random;
    int m_tasks = 0;
};

} // namespace Simutasi
