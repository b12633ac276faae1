// SPDX-License-Identifier: MIT
#pragma once

#include <utility>
#include <variant>

namespace Qonduit {

// The model's one way to say that something failed and why: a value or the reason there is none
// (Expected<void, E> for a command that has no value). std::expected is C++23; GCC 12 (Debian 12)
// lacks it. Functions that cannot fail return the value; "not found" that is no error is std::optional.
template<typename T, typename E>
class Expected
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// A command's outcome: done, or the reason it was not.
template<typename E>
class Expected<void, E>
{
public:
    Expected() = default;
    Expected(E error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return m_error; }

private:
    E m_error {};
    bool m_failed = false;
};

} // namespace Qonduit
