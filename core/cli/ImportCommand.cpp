#include "ImportCommand.h"

#include "CliLogin.h"
#include "import/ColumnMapping.h"
#include "import/ImportKinds.h"
#include "import/Importer.h"
#include "import/RejectReport.h"
#include "import/TableReader.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace Simutasi {

namespace {

struct Request
{
    QString database;
    QString kind;
    QString file;
    QString mapping;
    QString saveMapping;
    QString rejects;
    QString user;
    bool dryRun = false;
    bool strict = false;
    bool createMissing = false;
};

QString usage()
{
    return ImportCommand::tr(
               "Usage: simutasi-cli import --db DB --kind KIND FILE [--user U] [--dry-run] "
               "[--strict] [--create-missing] [--mapping M.json] [--save-mapping M.json] "
               "[--rejects OUT.csv|OUT.xlsx]\n\n"
               "KIND is one of: %1. FILE is CSV (comma, semicolon or tab; UTF-8 or "
               "Windows-1252) or XLSX (the first sheet).\n"
               "Every row is checked before anything is written; the valid rows are then written "
               "in one transaction and every rejected row is listed with its reason.\n"
               "  --user U          the user who imports (Operator BKD or Administrator); the "
               "password is read from SIMUTASI_PASSWORD, else asked. Required once the database "
               "has user accounts, except with --dry-run\n"
               "  --dry-run         check only, write nothing\n"
               "  --strict          write nothing when any row is rejected\n"
               "  --create-missing  create the units, OPDs and jabatan the rows name\n"
               "  --mapping M       a JSON file {\"field\": \"header\" or column number} over the "
               "detected columns\n"
               "  --save-mapping M  save the mapping used, to reuse it with --mapping\n"
               "  --rejects OUT     save the rejected rows as CSV, or XLSX by the extension\n\n"
               "Exit codes: 0 done; 1 refused (log-in, role) or rows rejected with --strict "
               "(nothing written); 2 wrong "
               "usage, unreadable file or database error (nothing written).")
        .arg(ImportKinds::names().join(QStringLiteral(", ")));
}

bool parseArguments(const QStringList &arguments, Request *request, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("DB"));
    const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), QString(), QStringLiteral("M"));
    const QCommandLineOption saveMapping(QStringLiteral("save-mapping"), QString(),
                                         QStringLiteral("M"));
    const QCommandLineOption rejects(QStringLiteral("rejects"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("U"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption strict(QStringLiteral("strict"));
    const QCommandLineOption createMissing(QStringLiteral("create-missing"));
    parser.addOptions(
        {db, kind, mapping, saveMapping, rejects, user, dryRun, strict, createMissing});
    if (!parser.parse(QStringList{QStringLiteral("import")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.isSet(db) || !parser.isSet(kind) || parser.positionalArguments().size() != 1) {
        *error = ImportCommand::tr("--db, --kind and exactly one FILE are needed.");
        return false;
    }
    *request = {
        parser.value(db),           parser.value(kind),        parser.positionalArguments().at(0),
        parser.value(mapping),      parser.value(saveMapping), parser.value(rejects),
        parser.value(user),         parser.isSet(dryRun),      parser.isSet(strict),
        parser.isSet(createMissing)};
    return true;
}

bool readMappingFile(const QString &path, QJsonObject *json, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportCommand::tr("The mapping file %1 could not be opened: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = ImportCommand::tr("The mapping file %1 is not a JSON object: %2")
                     .arg(QDir::toNativeSeparators(path), parseError.errorString());
        return false;
    }
    *json = document.object();
    return true;
}

bool saveMappingFile(const QString &path, const QJsonObject &json, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = ImportCommand::tr("The mapping could not be saved to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void printMapping(const ImportKind &kind, const ColumnMapping &mapping, const QStringList &header,
                  QTextStream &out)
{
    out << ImportCommand::tr("Columns:") << '\n';
    QSet<int> used;
    for (const ImportField &field : kind.fields()) {
        const int column = mapping.column(field.key);
        if (column < 0)
            continue;
        used.insert(column);
        out << "  "
            << ImportCommand::tr("%1 <- \"%2\" (column %3)")
                   .arg(field.label, header.value(column).simplified())
                   .arg(column + 1)
            << '\n';
    }
    QStringList ignored;
    for (int column = 0; column < header.size(); ++column) {
        if (!used.contains(column) && !header.at(column).trimmed().isEmpty())
            ignored.append(u'"' + header.at(column).simplified() + u'"');
    }
    if (!ignored.isEmpty())
        out << "  " << ImportCommand::tr("not imported: %1").arg(ignored.join(QStringLiteral(", ")))
            << '\n';
}

QString rowList(const QList<int> &rows)
{
    constexpr int Shown = 10;
    QStringList numbers;
    for (int i = 0; i < rows.size() && i < Shown; ++i)
        numbers.append(QString::number(rows.at(i)));
    if (rows.size() > Shown)
        numbers.append(ImportCommand::tr("%n more", nullptr, int(rows.size()) - Shown));
    return numbers.join(QStringLiteral(", "));
}

QString missingKindName(MissingReference::Kind kind)
{
    switch (kind) {
    case MissingReference::Kind::Opd:
        return ImportCommand::tr("OPD");
    case MissingReference::Kind::Unit:
        return ImportCommand::tr("unit");
    case MissingReference::Kind::Jabatan:
        return ImportCommand::tr("jabatan");
    }
    return {};
}

void printMissing(const ImportReport &report, bool createMissing, QTextStream &out)
{
    if (report.missing.isEmpty())
        return;
    out << (createMissing ? ImportCommand::tr("Not in the database, created for the rows:")
                          : ImportCommand::tr("Not in the database (rows rejected; use "
                                              "--create-missing to create them):"))
        << '\n';
    for (const MissingReference &m : report.missing) {
        const QString where =
            m.parent.isEmpty() ? QString() : ImportCommand::tr(" in %1").arg(m.parent);
        out << "  " << missingKindName(m.kind) << " \"" << m.name << '"' << where << " (" << m.guess
            << "): " << ImportCommand::tr("rows %1").arg(rowList(m.rows)) << '\n';
    }
}

void printReport(const ImportReport &report, bool written, QTextStream &out)
{
    out << ImportCommand::tr("Rows read: %1").arg(report.rowsRead) << '\n';
    out << (written ? ImportCommand::tr("Inserted: %1") : ImportCommand::tr("Would insert: %1"))
               .arg(report.inserted)
        << '\n';
    out << (written ? ImportCommand::tr("Updated: %1") : ImportCommand::tr("Would update: %1"))
               .arg(report.updated)
        << '\n';
    out << ImportCommand::tr("Unchanged: %1").arg(report.unchanged) << '\n';
    out << ImportCommand::tr("Rejected: %1").arg(report.rejectedRows) << '\n';
    if (written && report.created > 0)
        out << ImportCommand::tr("Units and jabatan created: %1").arg(report.created) << '\n';
    for (const ImportIssue &issue : report.rejects) {
        const QString where = issue.column.isEmpty() ? ImportCommand::tr("Row %1").arg(issue.row)
                                                     : ImportCommand::tr("Row %1, %2 \"%3\"")
                                                           .arg(issue.row)
                                                           .arg(issue.column, issue.value);
        out << "  " << where << ": " << issue.reason << '\n';
    }
}

// Reads the file and settles the mapping: detected from the header, then the --mapping file
// over it.
bool prepareTable(const Request &request, const ImportKind &kind, ImportTable *table,
                  ColumnMapping *mapping, QTextStream &out, QTextStream &err)
{
    TableReader reader;
    *table = reader.readFile(request.file);
    if (reader.error()) {
        err << reader.error().message << '\n';
        return false;
    }
    const int headerIndex = ColumnMapping::guessHeaderIndex(kind.fields(), *table);
    if (headerIndex >= 0)
        table->setHeaderIndex(headerIndex);
    *mapping = ColumnMapping::detect(kind.fields(), table->header());
    QString error;
    QJsonObject json;
    if (!request.mapping.isEmpty() &&
        (!readMappingFile(request.mapping, &json, &error) ||
         !mapping->apply(json, kind.fields(), table->header(), &error))) {
        err << error << '\n';
        return false;
    }
    if (!request.saveMapping.isEmpty() &&
        !saveMappingFile(request.saveMapping, mapping->toJson(table->header()), &error)) {
        err << error << '\n';
        return false;
    }
    out << ImportCommand::tr("File: %1 (%2), header in row %3")
               .arg(QDir::toNativeSeparators(request.file), reader.description())
               .arg(table->headerRow())
        << '\n';
    printMapping(kind, *mapping, table->header(), out);
    return true;
}

int finish(const Request &request, const ImportReport &report, QTextStream &out, QTextStream &err)
{
    printMissing(report, request.createMissing, out);
    printReport(report, report.written, out);
    if (!request.rejects.isEmpty()) {
        QString error;
        if (!RejectReport::save(request.rejects, report.rejects, &error)) {
            err << error << '\n';
            return ImportCommand::Failed;
        }
    }
    if (request.strict && report.hasRejects()) {
        out << ImportCommand::tr("Nothing was written: rows were rejected and --strict was given.")
            << '\n';
        return ImportCommand::RejectedInStrictMode;
    }
    if (request.dryRun)
        out << ImportCommand::tr("Dry run: nothing was written.") << '\n';
    return ImportCommand::Ok;
}

} // namespace

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                       bool showProgress)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << usage() << '\n';
        return Ok;
    }
    Request request;
    QString error;
    if (!parseArguments(arguments, &request, &error)) {
        err << error << '\n' << usage() << '\n';
        return Failed;
    }
    const std::unique_ptr<ImportKind> kind = ImportKinds::create(request.kind);
    if (!kind) {
        err << tr("Unknown kind \"%1\".").arg(request.kind) << '\n' << usage() << '\n';
        return Failed;
    }
    DatabaseError dbError;
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    const std::unique_ptr<Database> database = Database::open(request.database, options, &dbError);
    if (!database) {
        err << dbError.message << '\n';
        return Failed;
    }
    // A dry run writes nothing, so any reader may make one; --user is still checked if given.
    if ((!request.dryRun || !request.user.isEmpty()) &&
        !CliLogin::logInToChange(*database, request.user, QStringLiteral("import"), err))
        return Refused;
    ImportTable table;
    ColumnMapping mapping;
    if (!prepareTable(request, *kind, &table, &mapping, out, err))
        return Failed;
    Importer importer(*database, *kind, {request.strict, request.createMissing, QString()});
    Importer::Progress progress;
    if (showProgress) {
        progress = [&err](int done, int total) {
            err << '\r' << tr("Writing rows: %1 of %2").arg(done).arg(total);
            err.flush();
            return true;
        };
    }
    const ImportReport report =
        request.dryRun ? importer.preview(table, mapping) : importer.run(table, mapping, progress);
    if (showProgress && !request.dryRun)
        err << '\n';
    if (!report.fatal.isEmpty()) {
        err << report.fatal << '\n';
        return Failed;
    }
    if (report.error.kind == DatabaseError::Kind::Forbidden) {
        err << report.error.message << '\n';
        return Refused;
    }
    if (report.error) {
        err << report.error.message;
        if (report.failedRow > 0)
            err << ' ' << tr("(while writing row %1)").arg(report.failedRow);
        err << '\n' << report.error.detail << '\n';
        return Failed;
    }
    return finish(request, report, out, err);
}

} // namespace Simutasi
