#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <utility>

namespace homewire::ui {

namespace {

#ifdef Q_OS_WIN
const QString kRunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("Homewire");

QString quoteWindowsArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) && !argument.contains(QLatin1Char('"')))
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1String("\""), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
#endif

} // namespace

Autostart::Autostart(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{}

#ifdef Q_OS_WIN

bool Autostart::isEnabled() const
{
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
}

QString Autostart::setEnabled(bool enabled) const
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled) {
        QStringList parts{quoteWindowsArgument(QDir::toNativeSeparators(m_program))};
        for (const QString &argument : m_arguments)
            parts += quoteWindowsArgument(argument);
        const QString command = parts.join(QLatin1Char(' '));
        if (run.value(kRunValue).toString() == command)
            return {}; // refresh() at every start: nothing to write
        run.setValue(kRunValue, command);
    } else {
        run.remove(kRunValue);
    }
    run.sync();
    if (run.status() != QSettings::NoError)
        return QCoreApplication::translate("Autostart", "The Windows registry could not be written.");
    return {};
}

#else

QString Autostart::entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/org.homewire.Homewire.desktop"));
}

QString Autostart::quoteExecArgument(const QString &argument)
{
    // Desktop Entry Specification, "The Exec key": reserved characters need
    // double quotes, inside which " ` $ \ are escaped; a literal % is %%.
    QString escaped = argument;
    escaped.replace(QLatin1Char('%'), QLatin1String("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = escaped.isEmpty();
    for (const QChar c : std::as_const(escaped))
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return escaped;
    QString quoted;
    for (const QChar c : std::as_const(escaped)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool Autostart::isEnabled() const
{
    // An entry the desktop switched off with Hidden=true counts as off.
    const QString path = entryPath();
    if (!QFileInfo::exists(path))
        return false;
    QSettings entry(path, QSettings::IniFormat);
    return !entry.value(QStringLiteral("Desktop Entry/Hidden")).toBool();
}

QString Autostart::setEnabled(bool enabled) const
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("Autostart", "%1 could not be removed.")
                .arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("Autostart", "The folder of %1 could not be made.")
            .arg(QDir::toNativeSeparators(path));
    QStringList exec{quoteExecArgument(m_program)};
    for (const QString &argument : m_arguments)
        exec += quoteExecArgument(argument);
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=Homewire\n"
                                        "Comment=MQTT home automation controller\n"
                                        "Exec=%1\n"
                                        "Icon=org.homewire.Homewire\n"
                                        "Terminal=false\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(exec.join(QLatin1Char(' ')));
    // refresh() runs at every start: an entry that already says this stays untouched.
    if (QFile current(path); current.open(QIODevice::ReadOnly) && current.readAll() == text.toUtf8())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return QCoreApplication::translate("Autostart", "%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

#endif

QString Autostart::refresh() const
{
    return isEnabled() ? setEnabled(true) : QString();
}

} // namespace homewire::ui
