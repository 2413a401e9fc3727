#pragma once

#include "workflow/User.h"

#include <QString>

namespace Simutasi {

// Who is working: the logged-in user (with roles) of this process, and the name every audit
// entry records. Before anybody logs in (and in tools without a log-in), the name is the
// operating-system account, which is still better than no name at all. Workflow calls take the
// acting User explicitly; the UI passes Session::currentUser().
class Session
{
public:
    static QString userName();
    static void setUserName(const QString &name);

    // After UserAccounts::login() succeeded: the user's name becomes userName().
    static void logIn(const User &user);
    static void logOut();
    static bool isLoggedIn();
    static const User &currentUser(); // an invalid User (id 0) when nobody is logged in
    static bool hasRole(Role role) { return currentUser().has(role); }
};

} // namespace Simutasi
