#include "preferencesdialog.h"

#include "ui/autostart.h"
#include "ui/language.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace homewire::ui {

PreferencesDialog::PreferencesDialog(const Autostart &autostart, const QList<QAction *> &notificationOptions,
                                     const QString &languageInUse, QWidget *parent)
    : QDialog(parent)
    , m_autostart(autostart)
    , m_languageInUse(languageInUse)
    , m_languages(availableLanguages())
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    // Appearance: language and theme.
    auto *appearance = new QGroupBox(tr("Appearance"));
    auto *appearanceForm = new QFormLayout(appearance);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageBox"));
    // What "System" means here: the system's language when Homewire has it,
    // English otherwise.
    m_language->addItem(tr("System (%1)").arg(spokenFor(QLocale::system()).nativeName), QString());
    for (const LanguageChoice &language : std::as_const(m_languages))
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    m_languageNote = new QLabel;
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    auto *languageColumn = new QVBoxLayout;
    languageColumn->addWidget(m_language);
    languageColumn->addWidget(m_languageNote);
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    appearanceForm->addRow(languageLabel, languageColumn);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::chooseLanguage);

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(savedTheme())));
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { emit themeChosen(Theme(m_theme->currentData().toInt())); });

    // Starting: at login, minimized.
    auto *starting = new QGroupBox(tr("Starting"));
    auto *startingLayout = new QVBoxLayout(starting);
    m_autostartBox = new QCheckBox(tr("Start Homewire when I &log in"));
    m_autostartBox->setObjectName(QStringLiteral("autostartBox"));
    m_autostartBox->setChecked(m_autostart.isEnabled());
    m_autostartError = new QLabel;
    m_autostartError->setObjectName(QStringLiteral("autostartError"));
    m_autostartError->setWordWrap(true);
    m_autostartError->setVisible(false);
    QPalette errorPalette = m_autostartError->palette();
    errorPalette.setColor(QPalette::WindowText, accentColor(Accent::Error, palette()));
    m_autostartError->setPalette(errorPalette);
    m_minimized =
        new QCheckBox(QSystemTrayIcon::isSystemTrayAvailable() ? tr("Start &minimized, in the system tray")
                                                               : tr("Start &minimized"));
    m_minimized->setObjectName(QStringLiteral("minimizedBox"));
    m_minimized->setChecked(QSettings().value(startMinimizedKey(), false).toBool());
    startingLayout->addWidget(m_autostartBox);
    startingLayout->addWidget(m_autostartError);
    startingLayout->addWidget(m_minimized);
    connect(m_autostartBox, &QCheckBox::toggled, this, &PreferencesDialog::chooseAutostart);
    connect(m_minimized, &QCheckBox::toggled, this,
            [](bool minimized) { QSettings().setValue(startMinimizedKey(), minimized); });

    // Notifications: the tray's switches, in step both ways.
    auto *notifications = new QGroupBox(tr("Notifications"));
    auto *notificationsLayout = new QVBoxLayout(notifications);
    for (QAction *option : notificationOptions) {
        auto *box = new QCheckBox(option->text());
        box->setChecked(option->isChecked());
        connect(box, &QCheckBox::toggled, option, &QAction::setChecked);
        connect(option, &QAction::toggled, box, &QCheckBox::setChecked);
        notificationsLayout->addWidget(box);
    }
    if (notificationOptions.isEmpty())
        notifications->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(starting);
    layout->addWidget(notifications);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString PreferencesDialog::startMinimizedKey()
{
    return QStringLiteral("window/startMinimized");
}

void PreferencesDialog::chooseLanguage()
{
    const QString code = m_language->currentData().toString();
    saveLanguage(code);
    // The language the next start will speak: the chosen one, or the
    // system's when Homewire has it, or English.
    const QString next = spokenFor(code.isEmpty() ? QLocale::system() : QLocale(code)).code;
    m_languageNote->setText(tr("Homewire speaks the new language after a restart."));
    m_languageNote->setVisible(QLocale(next).language() != QLocale(m_languageInUse).language());
}

const LanguageChoice &PreferencesDialog::spokenFor(const QLocale &wanted) const
{
    const LanguageChoice *english = nullptr;
    for (const LanguageChoice &language : m_languages) {
        if (QLocale(language.code).language() == wanted.language())
            return language;
        if (language.code == QLatin1String("en"))
            english = &language;
    }
    return *english; // availableLanguages() always has English
}

void PreferencesDialog::chooseAutostart(bool enabled)
{
    const QString error = m_autostart.setEnabled(enabled);
    m_autostartError->setText(error);
    m_autostartError->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        const QSignalBlocker block(m_autostartBox);
        m_autostartBox->setChecked(m_autostart.isEnabled());
    }
}

} // namespace homewire::ui
