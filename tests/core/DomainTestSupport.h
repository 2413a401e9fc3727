#pragma once

// Catch2 printers for the Qt and domain types the core tests compare, so that a failed CHECK
// shows the values instead of "{?}".

#include "domain/Golongan.h"

#include <QDate>
#include <QString>
#include <catch2/catch.hpp>
#include <optional>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.isNull() ? std::string("(null date)")
                              : value.toString(Qt::ISODate).toStdString();
    }
};

template<>
struct StringMaker<Simutasi::Golongan>
{
    static std::string convert(const Simutasi::Golongan &value)
    {
        return value.isValid() ? value.toString().toStdString()
                               : "(invalid golongan " + std::to_string(value.rank()) + ')';
    }
};

template<typename T>
struct StringMaker<std::optional<T>>
{
    static std::string convert(const std::optional<T> &value)
    {
        return value ? StringMaker<T>::convert(*value) : std::string("(nullopt)");
    }
};

} // namespace Catch
