// PreferencesDialog: the application's settings in one place. Language
// (from the next start), theme, starting at login and minimized, and the
// notification switches. Every change applies at once; Close closes.
//
// Not here: what the settings do (Language, Theme, Autostart, Notifier);
// the dialog only reads and writes them.
#pragma once

#include "ui/language.h"
#include "ui/theme.h"

#include <QDialog>
#include <QList>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLocale;

namespace homewire::ui {

class Autostart;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `autostart` writes the login entry; `notificationOptions` are the
    // tray's checkable notification actions, shown here as check boxes that
    // stay in step with them; `languageInUse` is the language the running
    // program speaks.
    PreferencesDialog(const Autostart &autostart, const QList<QAction *> &notificationOptions,
                      const QString &languageInUse, QWidget *parent = nullptr);

    // QSettings key of "start minimized".
    static QString startMinimizedKey();

signals:
    void themeChosen(homewire::ui::Theme theme);

private:
    void chooseLanguage();
    // The language Homewire speaks for `wanted`: its translation, or English.
    const LanguageChoice &spokenFor(const QLocale &wanted) const;
    void chooseAutostart(bool enabled);

    const Autostart &m_autostart;
    QString m_languageInUse;
    QList<LanguageChoice> m_languages; // the installed translations, read once
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QCheckBox *m_autostartBox;
    QLabel *m_autostartError;
    QCheckBox *m_minimized;
};

} // namespace homewire::ui
