// homewire: the desktop application. Parses arguments and wires objects only.
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Homewire"));
    QApplication::setOrganizationDomain(QStringLiteral("homewire.org"));
    QApplication::setApplicationName(QStringLiteral("homewire"));
    QApplication::setApplicationDisplayName(QStringLiteral("Homewire"));
    QApplication::setApplicationVersion(QStringLiteral(HOMEWIRE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.homewire.Homewire"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/homewire.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("homewire"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "MQTT home automation controller"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    homewire::ui::MainWindow window;
    window.show();
    return app.exec();
}
