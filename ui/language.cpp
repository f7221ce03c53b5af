#include "language.h"

#include "common/installpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <algorithm>

namespace homewire::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kPrefix = QStringLiteral("homewire_");

} // namespace

QStringList translationDirectories()
{
    return installedDirectories({"HOMEWIRE_TRANSLATIONS_PATH", QStringLiteral("translations"),
                                 QStringLiteral("../share/homewire/translations"),
                                 QStringLiteral("translations")});
}

QList<LanguageChoice> availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    for (const QString &directory : translationDirectories()) {
        const QStringList files =
            QDir(directory).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString code = file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3);
            if (!codes.contains(code))
                codes += code;
        }
    }
    QList<LanguageChoice> languages;
    for (const QString &code : std::as_const(codes)) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code == QLatin1String("en"))
            name = QStringLiteral("English"); // not "American English": the texts are plain English
        else if (locale.language() == QLocale::Chinese)
            name = locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                        : QStringLiteral("简体中文");
        else if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" → "Français" in a list
        languages += {code, name.isEmpty() ? code : name};
    }
    std::sort(languages.begin(), languages.end(), [](const LanguageChoice &a, const LanguageChoice &b) {
        return a.nativeName.localeAwareCompare(b.nativeName) < 0;
    });
    return languages;
}

QString savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QString installTranslations(const QString &code, QObject *parent)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);

    QString inUse = QStringLiteral("en");
    auto *homewire = new QTranslator(parent);
    for (const QString &directory : translationDirectories()) {
        if (homewire->load(locale, QStringLiteral("homewire"), QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(homewire);
            inUse = homewire->language();
            break;
        }
    }
    // Qt's own strings (standard buttons, dialogs): from Qt's translations,
    // or those deployed beside the program on Windows.
    QStringList qtDirectories{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
#ifdef Q_OS_WIN
    qtDirectories.prepend(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")));
#endif
    auto *qt = new QTranslator(parent);
    for (const QString &directory : std::as_const(qtDirectories)) {
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
    }
    return inUse.isEmpty() ? QStringLiteral("en") : inUse;
}

} // namespace homewire::ui
