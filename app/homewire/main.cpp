// homewire: the desktop application. Parses arguments and wires objects only.
#include "broker/net/brokerserver.h"
#include "common/logcollector.h"
#include "ui/brokerpage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTranslator>
#include <cstdio>

using namespace homewire;

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
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main",
                                "Keep the database and settings in <dir> (a self-contained profile)."),
        QStringLiteral("dir"));
    const QCommandLineOption portOption(QStringLiteral("broker-port"),
                                        QApplication::translate("main", "Port of the embedded broker."),
                                        QStringLiteral("port"));
    const QCommandLineOption noBrokerOption(
        QStringLiteral("no-broker"), QApplication::translate("main", "Do not start the embedded broker."));
    parser.addOptions({dataOption, portOption, noBrokerOption});
    parser.process(app);

    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(dataOption)) {
        dataDir = QDir(parser.value(dataOption)).absolutePath();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
    }
    QSettings settings;
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            std::fprintf(stderr, "homewire: --broker-port needs a port from 1 to 65535\n");
            return 2;
        }
        settings.setValue(QStringLiteral("broker/port"), port);
    }

    LogCollector log({QStringLiteral("homewire.broker"), QStringLiteral("homewire.store")});

    broker::BrokerConfig config;
    config.dataDirectory = QDir(dataDir).filePath(QStringLiteral("broker"));
    config.version = QApplication::applicationVersion();
    broker::net::BrokerServer server(config);

    ui::MainWindow window;
    auto *brokerPage = new ui::BrokerPage(server, &log);
    const int brokerIndex = window.addPage(window.style()->standardIcon(QStyle::SP_DriveNetIcon),
                                           QApplication::translate("main", "Broker"), brokerPage);
    QObject::connect(brokerPage, &ui::BrokerPage::brokerStateChanged, &window, [&window](bool running) {
        window.statusBar()->showMessage(running ? QApplication::translate("main", "Embedded broker running")
                                                : QApplication::translate("main", "Embedded broker stopped"));
    });
    // The embedded broker starts by default, bound to loopback.
    if (!parser.isSet(noBrokerOption) && settings.value(QStringLiteral("broker/enabled"), true).toBool())
        brokerPage->startBroker();
    if (settings.value(QStringLiteral("window/page")).isValid())
        window.showPage(settings.value(QStringLiteral("window/page")).toInt());
    else
        window.showPage(brokerIndex);
    window.show();
    const int code = app.exec();
    settings.setValue(QStringLiteral("window/page"), window.currentPage());
    return code;
}
