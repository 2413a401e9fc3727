#pragma once

#include "ImportKind.h"

#include <QStringList>
#include <memory>

namespace Simutasi::ImportKinds {

// The kinds of import, by the names the CLI's --kind and saved mappings use.
QStringList names();
// nullptr for an unknown name.
std::unique_ptr<ImportKind> create(const QString &name);

} // namespace Simutasi::ImportKinds
