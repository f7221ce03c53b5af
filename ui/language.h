// Language: which language Homewire speaks. The system locale by default, or
// the language chosen in Preferences (QSettings "ui/language"), from the
// compiled translations (homewire_<lang>.qm) installed beside the program:
// share/homewire/translations on Linux, translations\ next to the .exe on
// Windows, the build tree's translations/ when run from there.
//
// Not here: the translations themselves (translations/*.ts).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QObject;

namespace homewire::ui {

struct LanguageChoice
{
    QString code;       // "de", "zh_CN"; empty: follow the system
    QString nativeName; // "Deutsch", "简体中文"
};

// Where homewire_<lang>.qm files are looked for, in order.
QStringList translationDirectories();

// English and every language with a translation, named in its own language,
// sorted by that name.
QList<LanguageChoice> availableLanguages();

// The language chosen in Preferences; empty when it follows the system.
QString savedLanguage();
void saveLanguage(const QString &code);

// Installs Homewire's and Qt's translators (children of `parent`) for
// `code`, or for the system locale when it is empty, and makes that locale
// the default for numbers and dates. Returns the language now in use
// ("en" when no translation matched).
QString installTranslations(const QString &code, QObject *parent);

} // namespace homewire::ui
