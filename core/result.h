#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cd {

/// An error a user can read: one sentence saying what is wrong and where.
struct Error
{
    QString message;
    /// The record was changed by someone else since it was read: reloading it helps.
    bool conflict = false;
};

/// A value or an Error. Errors come back as values; nothing in core throws or aborts
/// on bad input or a database failure.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error.message)), m_conflict(error.conflict) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }
    /// See Error::conflict.
    bool conflict() const { return m_conflict; }

private:
    std::optional<T> m_value;
    QString m_error;
    bool m_conflict = false;
};

/// Result of an operation that returns nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error.message)), m_failed(true), m_conflict(error.conflict)
    { }

    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    /// See Error::conflict.
    bool conflict() const { return m_conflict; }

private:
    QString m_error;
    bool m_failed = false;
    bool m_conflict = false;
};

} // namespace cd
