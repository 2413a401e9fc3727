#pragma once

#include <QString>

namespace Simutasi {

// Who is working: the name every audit entry records. Until users log in (the workflow
// issue), it is the operating-system account, which is still better than no name at all.
class Session
{
public:
    static QString userName();
    static void setUserName(const QString &name);
};

} // namespace Simutasi
