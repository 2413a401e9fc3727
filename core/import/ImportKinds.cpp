#include "ImportKinds.h"

#include "EmployeeImporter.h"
#include "FormasiImporter.h"
#include "SkpImporter.h"
#include "UnitImporter.h"

namespace Simutasi::ImportKinds {

QStringList names()
{
    return {QStringLiteral("employees"), QStringLiteral("skp"), QStringLiteral("formasi"),
            QStringLiteral("units")};
}

std::unique_ptr<ImportKind> create(const QString &name)
{
    if (name == u"employees")
        return std::make_unique<EmployeeImporter>();
    if (name == u"skp")
        return std::make_unique<SkpImporter>();
    if (name == u"formasi")
        return std::make_unique<FormasiImporter>();
    if (name == u"units")
        return std::make_unique<UnitImporter>();
    return nullptr;
}

} // namespace Simutasi::ImportKinds
