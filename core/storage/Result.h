#pragma once

#include "FileError.h"

#include <utility>
#include <variant>

namespace Limber {

// A value or the FileError that prevented it (std::expected arrives with C++23).
template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value is the common case
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(FileError error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const FileError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, FileError> m_data;
};

} // namespace Limber
