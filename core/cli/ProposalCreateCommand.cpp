#include "ProposalCreateCommand.h"

#include "CliLogin.h"
#include "CommandArguments.h"
#include "PostLookup.h"
#include "analysis/CandidateRanking.h"
#include "domain/Nip.h"
#include "import/TableReader.h"
#include "storage/EmployeeRepository.h"
#include "storage/Transaction.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"

#include <QLocale>

namespace Simutasi {

namespace {

constexpr int ExitRefused = 1;

QString usage()
{
    return ProposalCreateCommand::tr(
        "Usage: simutasi-cli proposal create --db DB --user U --title T --tmt YYYY-MM-DD\n"
        "           (--move NIP=UNIT/JABATAN ... | --lines FILE) [--reason R]\n"
        "           [--justification J] [--self-requested] [--submit]\n\n"
        "Creates a draft transfer proposal with its lines as the user U (Operator BKD) and, with "
        "--submit, submits it. Every line is judged by the same eligibility rules as the "
        "ranking. It all happens in one transaction: when any line is refused (unknown NIP, unit "
        "or jabatan, an employee blocked by the rules or already on an open proposal, a warning "
        "without justification) nothing is created, and every refused line is named with its "
        "reason.\n"
        "  --title T                the title of the proposal\n"
        "  --tmt D                  the planned TMT of every line\n"
        "  --move NIP=UNIT/JABATAN  one line: the employee's NIP, the target unit (code, name or "
        "id) and the jabatan (name or id); repeat it for more lines\n"
        "  --lines FILE             the lines from a CSV (';' or ',' between fields) or XLSX file "
        "with the header row nip;unit;jabatan and, optionally, reason;justification;"
        "self_requested (1/0, yes/no, ya/tidak)\n"
        "  --reason R               the reason of every line (a file's reason column overrides "
        "it)\n"
        "  --justification J        the written justification of lines with warnings (a file's "
        "column overrides it)\n"
        "  --self-requested         the --move lines were asked for by the employees\n"
        "  --submit                 submit the proposal after creating it\n\n"
        "The password is read from the environment variable SIMUTASI_PASSWORD, else asked.\n"
        "Exit codes: 0 created; 1 refused (log-in, role, a line, a conflict at submit), nothing "
        "created; 2 wrong usage, an unreadable file or a database that cannot be opened.");
}

// One line as the officer wrote it, before the names are looked up.
struct WrittenLine
{
    QString where; // "Line 4" of the file, "--move 2" on the command line
    QString nip;
    QString unit;
    QString jabatan;
    QString reason;
    QString justification;
    bool selfRequested = false;
};

std::optional<bool> yesNo(const QString &text)
{
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("y"), QStringLiteral("yes"),
                                 QStringLiteral("ya"), QStringLiteral("true")};
    static const QStringList no{QString(),
                                QStringLiteral("0"),
                                QStringLiteral("n"),
                                QStringLiteral("no"),
                                QStringLiteral("tidak"),
                                QStringLiteral("false")};
    const QString value = text.trimmed().toLower();
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

// The --move NIP=UNIT/JABATAN options; false after a usage error.
bool movesFrom(CommandArguments &args, const QStringList &moves, QList<WrittenLine> *lines)
{
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const QString &move = moves.at(i);
        const qsizetype equals = move.indexOf(u'=');
        const qsizetype slash = move.indexOf(u'/', equals + 1);
        if (equals <= 0 || slash < 0) {
            args.usageError(
                ProposalCreateCommand::tr("--move \"%1\" is not NIP=UNIT/JABATAN.").arg(move));
            return false;
        }
        WrittenLine line;
        line.where = ProposalCreateCommand::tr("--move %1").arg(i + 1);
        line.nip = move.left(equals);
        line.unit = move.mid(equals + 1, slash - equals - 1);
        line.jabatan = move.mid(slash + 1);
        lines->append(line);
    }
    return true;
}

// The rows of a batch file; false after printing why the file cannot be used.
bool linesFromFile(const QString &path, QList<WrittenLine> *lines, QTextStream &err)
{
    TableReader reader;
    const ImportTable table = reader.readFile(path);
    if (reader.error()) {
        err << reader.error().message << '\n';
        return false;
    }
    // The header names the columns, in any order; Indonesian names are welcome too.
    const QStringList header = table.header();
    const auto column = [&header](std::initializer_list<const char *> names) {
        for (int i = 0; i < header.size(); ++i) {
            const QString cell = header.at(i).trimmed().toLower();
            for (const char *name : names) {
                if (cell == QLatin1String(name))
                    return i;
            }
        }
        return -1;
    };
    const int nip = column({"nip"});
    const int unit = column({"unit", "unit kerja", "unit_kerja"});
    const int jabatan = column({"jabatan"});
    const int reason = column({"reason", "alasan"});
    const int justification = column({"justification", "justifikasi"});
    const int selfRequested =
        column({"self_requested", "self-requested", "atas_permintaan_sendiri"});
    if (nip < 0 || unit < 0 || jabatan < 0) {
        err << ProposalCreateCommand::tr("%1 needs a header row with the columns nip, unit and "
                                         "jabatan (and optionally reason, justification, "
                                         "self_requested).")
                   .arg(path)
            << '\n';
        return false;
    }
    for (int i = 0; i < table.dataRowCount(); ++i) {
        const ImportRow &row = table.dataRow(i);
        if (row.isBlank())
            continue;
        WrittenLine line;
        line.where = ProposalCreateCommand::tr("Line %1").arg(row.sourceRow);
        line.nip = row.cells.value(nip);
        line.unit = row.cells.value(unit);
        line.jabatan = row.cells.value(jabatan);
        line.reason = row.cells.value(reason).trimmed();
        line.justification = row.cells.value(justification).trimmed();
        const std::optional<bool> self = yesNo(row.cells.value(selfRequested));
        if (!self) {
            err << ProposalCreateCommand::tr("%1: self_requested \"%2\" is not yes or no.")
                       .arg(line.where, row.cells.value(selfRequested))
                << '\n';
            return false;
        }
        line.selfRequested = *self;
        lines->append(line);
    }
    if (lines->isEmpty()) {
        err << ProposalCreateCommand::tr("%1 holds no lines.").arg(path) << '\n';
        return false;
    }
    return true;
}

QString lineLabel(const WrittenLine &line)
{
    return ProposalCreateCommand::tr("%1 (NIP %2)").arg(line.where, line.nip.trimmed());
}

// The lines as requests for the workflow; the unknown names are listed in *refusals.
QList<LineRequest> requestsFor(Database &database, const QList<WrittenLine> &lines,
                               const QDate &tmt, QStringList *refusals)
{
    const PostLookup posts(database);
    const EmployeeRepository employees(database);
    QList<LineRequest> requests;
    for (const WrittenLine &line : lines) {
        LineRequest request;
        QStringList why;
        if (const std::optional<Employee> employee = employees.byNip(Nip::parse(line.nip).digits()))
            request.employeeId = employee->id;
        else
            why << ProposalCreateCommand::tr("there is no employee with this NIP");
        QString unknown;
        request.toUnitId = posts.unit(line.unit, &unknown);
        if (request.toUnitId == 0)
            why << unknown;
        request.toJabatanId = posts.jabatan(line.jabatan, &unknown);
        if (request.toJabatanId == 0)
            why << unknown;
        if (line.reason.isEmpty())
            why << ProposalCreateCommand::tr("no reason is given (--reason or a reason column)");
        if (!why.isEmpty()) {
            refusals->append(lineLabel(line) + QStringLiteral(": ") +
                             why.join(QStringLiteral("; ")));
            continue;
        }
        request.reason = line.reason;
        request.justification = line.justification;
        request.selfRequested = line.selfRequested;
        request.plannedTmt = tmt;
        request.source = LineSource::Manual;
        requests.append(request);
    }
    return requests;
}

void printRefusals(const QStringList &refusals, int total, QTextStream &err)
{
    for (const QString &refusal : refusals)
        err << refusal << '\n';
    err << ProposalCreateCommand::tr("Nothing was created: %1 of %2 lines were refused.")
               .arg(refusals.size())
               .arg(total)
        << '\n';
    err.flush();
}

void printCreated(ProposalRepository &repository, qint64 id, const QList<LineCheck> &checks,
                  QTextStream &out)
{
    const QLocale locale;
    const std::optional<Proposal> proposal = repository.proposal(id);
    const QList<ProposalLine> lines = repository.lines(id);
    out << ProposalCreateCommand::tr("Created proposal %1 (id %2), state %3, with %4 line(s):")
               .arg(proposal->number)
               .arg(id)
               .arg(ProposalStates::code(proposal->state))
               .arg(lines.size())
        << '\n';
    for (const ProposalLine &line : lines) {
        out << QStringLiteral("  %1. ").arg(line.position) << line.nip << ' ' << line.employeeName
            << " -> " << line.toJabatanName << ", " << line.toUnitName << ": "
            << CandidateRanking::standingName(line.standing);
        if (line.jpm)
            out << ", JPM " << locale.toString(*line.jpm, 'f', 1);
        out << '\n';
        for (const QString &finding : line.findings)
            out << "     - " << finding << '\n';
        if (!line.justification.isEmpty())
            out << "     " << ProposalCreateCommand::tr("Justification: %1").arg(line.justification)
                << '\n';
    }
    // Capacity conflicts do not refuse a draft, but submitting will: say so now.
    for (const LineCheck &check : checks) {
        for (const Conflict &conflict : check.conflicts)
            out << ProposalCreateCommand::tr("Note: %1").arg(conflict.message) << '\n';
    }
}

} // namespace

int ProposalCreateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandArguments args(QStringLiteral("proposal create"), usage(), out, err);
    const QCommandLineOption move(QStringLiteral("move"), QString(),
                                  QStringLiteral("NIP=UNIT/JABATAN"));
    const int parsed =
        args.parse(arguments, {{QStringLiteral("user"), QString(), QStringLiteral("U")},
                               {QStringLiteral("title"), QString(), QStringLiteral("T")},
                               {QStringLiteral("tmt"), QString(), QStringLiteral("D")},
                               move,
                               {QStringLiteral("lines"), QString(), QStringLiteral("FILE")},
                               {QStringLiteral("reason"), QString(), QStringLiteral("R")},
                               {QStringLiteral("justification"), QString(), QStringLiteral("J")},
                               QCommandLineOption(QStringLiteral("self-requested")),
                               QCommandLineOption(QStringLiteral("submit"))});
    if (parsed != CommandArguments::Continue)
        return parsed;
    const QString user = args.value(QStringLiteral("user"));
    const QString title = args.value(QStringLiteral("title")).trimmed();
    if (user.isEmpty() || title.isEmpty() || !args.isSet(QStringLiteral("tmt")))
        return args.usageError(tr("--user, --title and --tmt are required."));
    const auto tmt = args.date(QStringLiteral("tmt"), QDate());
    if (!tmt)
        return CommandArguments::ExitUsage;
    const QStringList moves = args.values(move);
    const QString file = args.value(QStringLiteral("lines"));
    if (moves.isEmpty() == file.isEmpty())
        return args.usageError(tr("Give the lines either with --move or with --lines FILE."));

    QList<WrittenLine> lines;
    if (!moves.isEmpty() && !movesFrom(args, moves, &lines))
        return CommandArguments::ExitUsage;
    if (!file.isEmpty() && !linesFromFile(file, &lines, err))
        return CommandArguments::ExitUsage;
    // The options are the defaults of every line; a file's own cells win. The justification
    // goes only where the rules warn (below): a clean line needs none.
    for (WrittenLine &line : lines) {
        if (line.reason.isEmpty())
            line.reason = args.value(QStringLiteral("reason")).trimmed();
        line.selfRequested = line.selfRequested || args.isSet(QStringLiteral("self-requested"));
    }
    const QString justification = args.value(QStringLiteral("justification")).trimmed();

    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;
    const std::optional<User> actor = CliLogin::logIn(*database, user, err);
    if (!actor)
        return ExitRefused;
    QStringList refusals;
    const QList<LineRequest> requests = requestsFor(*database, lines, *tmt, &refusals);
    if (!refusals.isEmpty()) {
        printRefusals(refusals, int(lines.size()), err);
        return ExitRefused;
    }

    ProposalWorkflow workflow(*database, *actor);
    // One pool for the whole batch: without it every line loads the province again.
    std::optional<CandidatePool> pool;
    if (requests.size() > 1) {
        DatabaseError error;
        pool = LineAssessor(*database, workflow.now().date()).loadPool(&error);
        if (error)
            return CliLogin::failure(error, err);
        workflow.usePool(&*pool);
    }
    // The proposal, its lines and the submission in one transaction: all or nothing.
    Transaction transaction(*database);
    if (transaction.error())
        return CliLogin::failure(transaction.error(), err);
    workflow.setInCallerTransaction(true);
    qint64 id = 0;
    if (const DatabaseError error = workflow.create(title, &id))
        return CliLogin::failure(error, err);
    QList<LineCheck> checks;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        LineCheck check = workflow.addLine(id, requests.at(i));
        if (!check.accepted && check.assessment.standing == CandidateStanding::Warning &&
            requests.at(i).justification.isEmpty() && !justification.isEmpty()) {
            LineRequest justified = requests.at(i);
            justified.justification = justification;
            check = workflow.addLine(id, justified);
        }
        // A missing role or a failing database ends it; a refused line is listed with the rest.
        if (check.error && check.error.kind != DatabaseError::Kind::Refused)
            return CliLogin::failure(check.error, err);
        if (!check.accepted)
            refusals << lineLabel(lines.at(i)) + QStringLiteral(": ") + check.refusal;
        checks << check;
    }
    if (!refusals.isEmpty()) {
        printRefusals(refusals, int(lines.size()), err);
        return ExitRefused;
    }
    if (args.isSet(QStringLiteral("submit"))) {
        if (const DatabaseError error = workflow.submit(id)) {
            err << tr("Nothing was created: the proposal could not be submitted.") << '\n';
            return CliLogin::failure(error, err);
        }
    }
    if (const DatabaseError error = transaction.commit())
        return CliLogin::failure(error, err);
    ProposalRepository repository(*database);
    printCreated(repository, id, checks, out);
    return CommandArguments::ExitOk;
}

} // namespace Simutasi
