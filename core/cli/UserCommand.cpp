#include "UserCommand.h"

#include "CliLogin.h"
#include "CommandArguments.h"
#include "workflow/UserAccounts.h"

namespace Simutasi {

namespace {

constexpr int ExitRefused = 1;

QString usage()
{
    QStringList roles;
    for (Role role : Roles::all())
        roles << Roles::code(role);
    return UserCommand::tr(
               "Usage: simutasi-cli user add --db DB --name N --roles R[,R...] [--full-name F] "
               "[--user ADMIN]\n"
               "       simutasi-cli user list --db DB\n\n"
               "add: creates an account with the roles given (%1). An administrator logs in with "
               "--user (password from SIMUTASI_PASSWORD or asked); on a database without any user "
               "the account becomes the first administrator and --user is not needed. The new "
               "password comes from SIMUTASI_NEW_PASSWORD, else it is asked.\n"
               "list: the accounts with their roles.\n\n"
               "Exit codes: 0 done; 1 refused (log-in, role, name taken, weak password); 2 wrong "
               "usage or a database that cannot be opened.")
        .arg(roles.join(QStringLiteral(", ")));
}

} // namespace

int UserCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandArguments args(QStringLiteral("user"), usage(), out, err);
    args.allowPositionals(1);
    const int parsed =
        args.parse(arguments, {{QStringLiteral("user"), QString(), QStringLiteral("ADMIN")},
                               {QStringLiteral("name"), QString(), QStringLiteral("N")},
                               {QStringLiteral("full-name"), QString(), QStringLiteral("F")},
                               {QStringLiteral("roles"), QString(), QStringLiteral("R")}});
    if (parsed != CommandArguments::Continue)
        return parsed;
    const QString action = args.positionals().value(0);
    if (action != u"add" && action != u"list")
        return args.usageError(tr("Name the action: user add or user list."));
    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;
    UserAccounts accounts(*database);
    if (action == u"list") {
        for (const User &user : accounts.users()) {
            out << user.name.leftJustified(20) << ' ' << user.fullName.leftJustified(30) << ' '
                << Roles::names(user.roles);
            if (!user.active)
                out << ' ' << tr("(deactivated)");
            out << '\n';
        }
        return CommandArguments::ExitOk;
    }

    UserAccounts::NewUser user;
    user.name = args.value(QStringLiteral("name")).trimmed();
    user.fullName = args.value(QStringLiteral("full-name")).trimmed();
    if (user.name.isEmpty())
        return args.usageError(tr("The option --name N is required."));
    const QStringList codes = args.value(QStringLiteral("roles")).split(u',', Qt::SkipEmptyParts);
    for (const QString &code : codes) {
        const std::optional<Role> role = Roles::fromCode(code.trimmed());
        if (!role)
            return args.usageError(tr("Unknown role \"%1\".").arg(code));
        user.roles.add(*role);
    }
    const bool first = UserAccounts::needsFirstAdministrator(*database);
    std::optional<User> actor;
    if (!first) {
        if (args.value(QStringLiteral("user")).isEmpty())
            return args.usageError(tr("The option --user ADMIN is required: an administrator "
                                      "adds users."));
        actor = CliLogin::logIn(*database, args.value(QStringLiteral("user")), err);
        if (!actor)
            return ExitRefused;
    }
    user.password = CliLogin::readPassword(tr("Password for the new user %1: ").arg(user.name),
                                           NewPasswordVariable, err);
    qint64 id = 0;
    const DatabaseError error =
        first ? accounts.createFirstAdministrator(user, &id) : accounts.addUser(*actor, user, &id);
    if (error)
        return CliLogin::failure(error, err);
    const std::optional<User> added = accounts.user(user.name);
    out << (first ? tr("Created the first administrator %1 (%2).") : tr("Added the user %1 (%2)."))
               .arg(added->name, Roles::names(added->roles))
        << '\n';
    return CommandArguments::ExitOk;
}

} // namespace Simutasi
