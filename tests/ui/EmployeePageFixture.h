#pragma once

#include "TestSupport.h"
#include "UiTestSupport.h"

#include "EmployeePage.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"

#include <memory>

namespace Simutasi::Test {

// The Pegawai page alone, shown, on a private copy of a 1,000-employee demo province.
struct EmployeePageFixture
{
    static constexpr int DemoSize = 1000;

    // The demo has user accounts: an operator edits employees (logged in before the page is made).
    LoggedIn login{RoleSet{Role::Operator}};
    TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<EmployeePage> page;

    EmployeePageFixture();
    ~EmployeePageFixture();

    int count(const EmployeeFilter &filter) const { return EmployeeRepository(*db).count(filter); }
    // The province's active employees: the demo's past has some who left (pindah keluar).
    int active() const { return count({}); }
    int rows() const;
    // Makes the list show only this employee (by NIP) and returns their row's id.
    qint64 showOnly(const QString &nipDigits);
};

} // namespace Simutasi::Test
