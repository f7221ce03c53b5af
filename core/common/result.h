// Result<T, E>: the value of an operation that can fail, or the reason it did.
//
// Errors are values in Homewire: nothing throws across a module, thread or signal
// boundary. An Error carries a machine-readable code (an enum owned by the module
// that produced it) and a human-readable message for logs and the user.
// This is deliberately a small subset of std::expected (C++23), which our
// minimum toolchains do not all ship yet.
#pragma once

#include <QString>
#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace homewire {

template<typename E> struct Error
{
    E code;
    QString message;
};

template<typename E> Error<E> makeError(E code, QString message = {})
{
    return Error<E>{code, std::move(message)};
}

template<typename T, typename E> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error<E> error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const noexcept { return m_data.index() == 0; }
    explicit operator bool() const noexcept { return hasValue(); }

    T &value() &
    {
        assert(hasValue());
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        assert(hasValue());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_data));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error<E> &error() const
    {
        assert(!hasValue());
        return std::get<1>(m_data);
    }
    E errorCode() const { return error().code; }

private:
    std::variant<T, Error<E>> m_data;
};

// Result of an operation with no value on success.
template<typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(Error<E> error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool hasValue() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return hasValue(); }
    const Error<E> &error() const
    {
        assert(m_failed);
        return m_error;
    }
    E errorCode() const { return error().code; }

private:
    Error<E> m_error{};
    bool m_failed = false;
};

} // namespace homewire
