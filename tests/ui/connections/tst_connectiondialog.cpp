// ConnectionDialog, driven as a user would: keys typed into its fields, OK
// enabled only for a profile that can work, the reason shown when it cannot.
//
// HOMEWIRE_SCREENSHOT_DIR=/some/dir saves what the dialog looks like.
#include "ui/connections/connectiondialog.h"
#include "ui/connections/subscriptionseditor.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace homewire;
using namespace homewire::client;
using namespace homewire::ui;

namespace {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QPushButton *okButton(const QWidget &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(); // pending layout requests: the dialog as the user sees it
    QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
}

// A profile using every field, with TLS files that exist.
ConnectionProfile fullProfile(const QTemporaryDir &dir)
{
    for (const char *name : {"ca.pem", "client.pem", "client.key"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        file.write("-----BEGIN CERTIFICATE-----\n");
    }
    ConnectionProfile p;
    p.id = 42;
    p.name = QStringLiteral("Garage");
    p.host = QStringLiteral("broker.example.net");
    p.port = 8884;
    p.transport = Transport::SecureWebSocket;
    p.webSocketPath = QStringLiteral("/ws");
    p.protocolVersion = mqtt::ProtocolVersion::V5;
    p.clientId = QStringLiteral("garage-panel");
    p.username = QStringLiteral("garage");
    p.password = QStringLiteral("s3cret");
    p.cleanSession = false;
    p.keepAliveSeconds = 17;
    p.caFile = dir.filePath(QStringLiteral("ca.pem"));
    p.certificateFile = dir.filePath(QStringLiteral("client.pem"));
    p.keyFile = dir.filePath(QStringLiteral("client.key"));
    p.skipVerify = true;
    p.subscriptions = {{QStringLiteral("zeta/#"), mqtt::QoS::ExactlyOnce},
                       {QStringLiteral("alpha/+/state"), mqtt::QoS::AtLeastOnce}};
    return p;
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void newProfileStartsIncomplete()
    {
        ConnectionDialog dialog;
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "problem")->text(),
                 QStringLiteral("Enter a name for the connection."));
        QCOMPARE(child<QLineEdit>(dialog, "clientId")->placeholderText(), QStringLiteral("random"));
        QCOMPARE(child<QLineEdit>(dialog, "password")->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Connection"));
    }

    void fillInWithTheKeyboard()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("Garage"));
        retype(child<QLineEdit>(dialog, "host"), QStringLiteral("broker.local"));
        child<QComboBox>(dialog, "scheme")->setCurrentIndex(1);                     // mqtts://
        QCOMPARE(child<QLineEdit>(dialog, "port")->text(), QStringLiteral("8883")); // followed the scheme
        retype(child<QLineEdit>(dialog, "port"), QStringLiteral("8884"));
        child<QComboBox>(dialog, "protocol")->setCurrentIndex(1); // MQTT 5.0
        QTest::keyClicks(child<QLineEdit>(dialog, "clientId"), QStringLiteral("desk"));
        QTest::keyClicks(child<QLineEdit>(dialog, "username"), QStringLiteral("anne"));
        QTest::keyClicks(child<QLineEdit>(dialog, "password"), QStringLiteral("pa55"));
        QTest::mouseClick(child<QCheckBox>(dialog, "cleanSession"), Qt::LeftButton);
        auto *keepAlive = child<QSpinBox>(dialog, "keepAlive");
        keepAlive->setFocus();
        keepAlive->selectAll();
        QTest::keyClicks(keepAlive, QStringLiteral("30"));

        // Replace the default "#" with two filters typed into the table.
        auto *table = child<QTableWidget>(dialog, "subscriptionsTable");
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, "removeSubscription"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        for (const QString &filter : {QStringLiteral("home/+/temperature"), QStringLiteral("garage/#")}) {
            QTest::mouseClick(child<QPushButton>(dialog, "addSubscription"), Qt::LeftButton);
            QVERIFY(!okButton(dialog)->isEnabled()); // an empty row is not a filter
            QWidget *editor = QApplication::focusWidget();
            QVERIFY(qobject_cast<QLineEdit *>(editor));
            QTest::keyClicks(editor, filter);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_COMPARE(table->item(table->rowCount() - 1, SubscriptionsEditor::FilterColumn)->text(),
                         filter);
        }
        QVERIFY(dialog.isVisible()); // Return in the table commits the cell, it does not close the dialog
        qobject_cast<QComboBox *>(table->cellWidget(1, SubscriptionsEditor::QosColumn))->setCurrentIndex(1);

        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problem()));
        QCOMPARE(child<QLabel>(dialog, "problem")->text(), QString());
        screenshot(dialog, QStringLiteral("connectiondialog-filled.png"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const ConnectionProfile p = dialog.profile();
        QCOMPARE(p.name, QStringLiteral("Garage"));
        QCOMPARE(p.host, QStringLiteral("broker.local"));
        QCOMPARE(p.port, quint16(8884));
        QCOMPARE(p.transport, Transport::Tls);
        QCOMPARE(p.protocolVersion, mqtt::ProtocolVersion::V5);
        QCOMPARE(p.clientId, QStringLiteral("desk"));
        QCOMPARE(p.username, QStringLiteral("anne"));
        QCOMPARE(p.password, QStringLiteral("pa55"));
        QVERIFY(!p.cleanSession);
        QCOMPARE(p.keepAliveSeconds, 30);
        const QList<DefaultSubscription> expected = {
            {QStringLiteral("home/+/temperature"), mqtt::QoS::AtMostOnce},
            {QStringLiteral("garage/#"), mqtt::QoS::AtLeastOnce}};
        QCOMPARE(p.subscriptions, expected);
        QCOMPARE(p.id, qint64(0));
        QVERIFY(!p.builtIn);
    }

    void invalidInputKeepsOkDisabled_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("blank name") << "name"
                                    << "   "
                                    << "Enter a name for the connection.";
        QTest::newRow("name taken, other case") << "name"
                                                << "living ROOM"
                                                << "A connection named “Living room” already exists.";
        QTest::newRow("empty host") << "host"
                                    << ""
                                    << "Enter the broker's host name or IP address.";
        QTest::newRow("host with a space") << "host"
                                           << "my broker"
                                           << "“my broker” is not a host name or IP address.";
        QTest::newRow("user in the host") << "host"
                                          << "anne@broker"
                                          << "“anne@broker” is not a host name or IP address.";
        QTest::newRow("unknown scheme")
            << "host"
            << "http://broker"
            << "Enter only the host here, or paste a whole URL starting with mqtt://, "
               "mqtts://, ws:// or wss://.";
        QTest::newRow("port 0") << "port"
                                << "0"
                                << "The port must be a number from 1 to 65535.";
        QTest::newRow("port too large") << "port"
                                        << "70000"
                                        << "The port must be a number from 1 to 65535.";
        QTest::newRow("no port") << "port"
                                 << ""
                                 << "The port must be a number from 1 to 65535.";
        QTest::newRow("password without username (MQTT-3.1.2-22)")
            << "password"
            << "secret"
            << "MQTT 3.1.1 sends a password only with a username (MQTT-3.1.2-22): enter the username, or "
               "choose MQTT 5.0.";
    }

    void invalidInputKeepsOkDisabled()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ConnectionDialog dialog;
        dialog.setTakenNames({QStringLiteral("Living room")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("Valid name"));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problem()));

        auto *edit = child<QLineEdit>(dialog, field.toLatin1().constData());
        retype(edit, text);
        QCOMPARE(dialog.problem(), reason);
        QCOMPARE(child<QLabel>(dialog, "problem")->text(), reason);
        QVERIFY(child<QLabel>(dialog, "problem")->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return); // Return does not get past a disabled OK either
        QVERIFY(dialog.isVisible());
        screenshot(dialog, QStringLiteral("connectiondialog-invalid-%1.png")
                               .arg(QString::fromLatin1(QTest::currentDataTag()).left(12)));
    }

    void passwordWithoutUsernameIsFineInMqtt5()
    {
        ConnectionDialog dialog;
        ConnectionProfile p;
        p.name = QStringLiteral("Token");
        p.password = QStringLiteral("token-only");
        dialog.setProfile(p);
        QVERIFY(!dialog.isValid());
        child<QComboBox>(dialog, "protocol")->setCurrentIndex(1);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
    }

    void invalidTopicFilterIsExplained()
    {
        ConnectionDialog dialog;
        ConnectionProfile p;
        p.name = QStringLiteral("Filters");
        dialog.setProfile(p);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isValid());
        auto *table = child<QTableWidget>(dialog, "subscriptionsTable");
        auto *explanation = child<QLabel>(dialog, "subscriptionsProblem");
        QVERIFY(!explanation->isVisible());

        table->item(0, SubscriptionsEditor::FilterColumn)->setText(QStringLiteral("sport/tennis#"));
        QCOMPARE(dialog.problem(), QStringLiteral("Row 1: “sport/tennis#” is not a valid topic filter."));
        QCOMPARE(child<QLabel>(dialog, "problem")->text(), dialog.problem());
        QVERIFY(!okButton(dialog)->isEnabled());
        // Beneath the table: which rule it breaks, with the spec statement.
        const QString why =
            QStringLiteral("“sport/tennis#”: '#' at byte 12 must be the last level on its own "
                           "(MQTT-4.7.1-2).");
        QVERIFY(explanation->isVisible());
        QVERIFY2(explanation->text().startsWith(why), qPrintable(explanation->text()));
        QVERIFY(explanation->text().contains(QStringLiteral("“#” must come last")));
        QCOMPARE(table->item(0, SubscriptionsEditor::FilterColumn)->toolTip(), why);
        QVERIFY(table->item(0, SubscriptionsEditor::FilterColumn)->foreground().color() != QColor(Qt::black));
        screenshot(dialog, QStringLiteral("connectiondialog-invalid-filter.png"));

        table->item(0, SubscriptionsEditor::FilterColumn)->setText(QStringLiteral("sport/tennis/#"));
        QVERIFY(dialog.isValid());
        QVERIFY(!explanation->isVisible());
        QVERIFY(table->item(0, SubscriptionsEditor::FilterColumn)->toolTip().isEmpty());

        QTest::mouseClick(child<QPushButton>(dialog, "addSubscription"), Qt::LeftButton);
        QCOMPARE(dialog.problem(),
                 QStringLiteral("Row 2: enter a topic filter, for example home/+/temperature."));
        table->item(1, SubscriptionsEditor::FilterColumn)->setText(QStringLiteral("sport/tennis/#"));
        QCOMPARE(dialog.problem(), QStringLiteral("Row 2 repeats the topic filter of row 1."));
        table->item(1, SubscriptionsEditor::FilterColumn)->setText(QStringLiteral("$share/group/sport/#"));
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problem())); // MQTT 5.0 shared subscription
    }

    void setProfileRoundTrip()
    {
        QTemporaryDir dir;
        const ConnectionProfile p = fullProfile(dir);
        ConnectionDialog dialog;
        dialog.setProfile(p);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.profile().subscriptions, p.subscriptions);
        QVERIFY(dialog.profile() == p);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Connection"));

        // And with the defaults of a new profile.
        ConnectionProfile fresh;
        fresh.name = QStringLiteral("Fresh");
        dialog.setProfile(fresh);
        QVERIFY(dialog.profile() == fresh);
    }

    void tlsFieldsOnlyForTlsTransports_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("webSocket");
        QTest::newRow("mqtt://") << 0 << false << false;
        QTest::newRow("mqtts://") << 1 << true << false;
        QTest::newRow("ws://") << 2 << false << true;
        QTest::newRow("wss://") << 3 << true << true;
    }

    void tlsFieldsOnlyForTlsTransports()
    {
        QFETCH(int, scheme);
        QFETCH(bool, tls);
        QFETCH(bool, webSocket);
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QComboBox>(dialog, "scheme")->setCurrentIndex(scheme);
        QCOMPARE(child<QGroupBox>(dialog, "tls")->isVisible(), tls);
        QCOMPARE(child<QLineEdit>(dialog, "caFile")->isVisible(), tls);
        QCOMPARE(child<QCheckBox>(dialog, "skipVerify")->isVisible(), tls);
        QCOMPARE(child<QLineEdit>(dialog, "webSocketPath")->isVisible(), webSocket);
    }

    void missingTlsFilesAreReported()
    {
        QTemporaryDir dir;
        ConnectionProfile p = fullProfile(dir);
        ConnectionDialog dialog;
        dialog.setProfile(p);
        QVERIFY(dialog.isValid());
        retype(child<QLineEdit>(dialog, "caFile"), dir.filePath(QStringLiteral("gone.pem")));
        QCOMPARE(dialog.problem(), QStringLiteral("The CA certificate file “gone.pem” does not exist."));
        QVERIFY(!okButton(dialog)->isEnabled());
        retype(child<QLineEdit>(dialog, "caFile"), QString());
        child<QLineEdit>(dialog, "certificateFile")->clear();
        QCOMPARE(dialog.problem(), QStringLiteral("A private key needs its client certificate."));
        child<QLineEdit>(dialog, "keyFile")->clear();
        QVERIFY(dialog.isValid());

        // The same files do not matter for a plain TCP connection.
        child<QLineEdit>(dialog, "caFile")->setText(dir.filePath(QStringLiteral("gone.pem")));
        QVERIFY(!dialog.isValid());
        child<QComboBox>(dialog, "scheme")->setCurrentIndex(0);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
    }

    void skipVerifyShowsAWarning()
    {
        ConnectionDialog dialog;
        ConnectionProfile p;
        p.name = QStringLiteral("TLS");
        p.transport = Transport::Tls;
        p.port = 8883;
        dialog.setProfile(p);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *warning = child<QLabel>(dialog, "insecureWarning");
        QVERIFY(!warning->isVisible());
        QTest::mouseClick(child<QCheckBox>(dialog, "skipVerify"), Qt::LeftButton);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().startsWith(QStringLiteral("Insecure:")));
        QVERIFY(dialog.profile().skipVerify);
        QVERIFY(dialog.isValid()); // a warning, not a refusal
        screenshot(dialog, QStringLiteral("connectiondialog-tls-insecure.png"));
        QTest::mouseClick(child<QCheckBox>(dialog, "skipVerify"), Qt::LeftButton);
        QVERIFY(!warning->isVisible());
    }

    void showPasswordToggle()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *password = child<QLineEdit>(dialog, "password");
        auto *show = child<QToolButton>(dialog, "showPassword");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QCOMPARE(show->text(), QStringLiteral("Hide"));
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }

    void passwordArrivesLaterWithANote()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = child<QLabel>(dialog, "passwordNote");
        QVERIFY(!note->isVisible());
        dialog.setPassword(QStringLiteral("from-keychain"));
        dialog.setPasswordNote(QStringLiteral("The system keychain is not available."));
        QCOMPARE(dialog.profile().password, QStringLiteral("from-keychain"));
        QVERIFY(note->isVisible());
        dialog.setPasswordNote(QString());
        QVERIFY(!note->isVisible());
    }

    void builtInAddressIsReadOnly()
    {
        ConnectionDialog dialog;
        ConnectionProfile p;
        p.name = QStringLiteral("Embedded broker");
        p.port = 1884;
        p.builtIn = true;
        p.id = 1;
        dialog.setProfile(p);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *host = child<QLineEdit>(dialog, "host");
        auto *port = child<QLineEdit>(dialog, "port");
        QVERIFY(host->isReadOnly());
        QVERIFY(port->isReadOnly());
        QVERIFY(!child<QComboBox>(dialog, "scheme")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "builtInNote")->isVisible());
        screenshot(dialog, QStringLiteral("connectiondialog-builtin.png"));
        QTest::keyClicks(host, QStringLiteral("x"));
        QTest::keyClicks(port, QStringLiteral("9"));
        QTest::keyClicks(child<QLineEdit>(dialog, "clientId"), QStringLiteral("mine"));
        const ConnectionProfile edited = dialog.profile();
        QCOMPARE(edited.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(edited.port, quint16(1884));
        QCOMPARE(edited.clientId, QStringLiteral("mine"));
        QVERIFY(edited.builtIn);

        dialog.setProfile(ConnectionProfile()); // an ordinary profile again
        QVERIFY(!host->isReadOnly());
        QVERIFY(!child<QLabel>(dialog, "builtInNote")->isVisible());
    }

    void pastedUrlIsSpreadOverTheFields()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *host = child<QLineEdit>(dialog, "host");
        host->setFocus();
        host->selectAll();
        QGuiApplication::clipboard()->setText(QStringLiteral("wss://anne:pw@[::1]:9443/ws/mqtt"));
        QTest::keyClick(host, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(host->text(), QStringLiteral("::1"));
        QCOMPARE(child<QComboBox>(dialog, "scheme")->currentText(), QStringLiteral("wss://"));
        QCOMPARE(child<QLineEdit>(dialog, "port")->text(), QStringLiteral("9443"));
        QCOMPARE(child<QLineEdit>(dialog, "webSocketPath")->text(), QStringLiteral("/ws/mqtt"));
        QCOMPARE(child<QLineEdit>(dialog, "username")->text(), QStringLiteral("anne"));
        QCOMPARE(child<QLineEdit>(dialog, "password")->text(), QStringLiteral("pw"));

        // Typed key by key, "host:port" is split when the field is left.
        retype(host, QStringLiteral("broker.local:1999"));
        QCOMPARE(host->text(), QStringLiteral("broker.local:1999"));
        child<QLineEdit>(dialog, "name")->setFocus();
        QCOMPARE(host->text(), QStringLiteral("broker.local"));
        QCOMPARE(child<QLineEdit>(dialog, "port")->text(), QStringLiteral("1999"));
    }

    void schemeChangeMovesOnlyADefaultPort()
    {
        ConnectionDialog dialog;
        auto *scheme = child<QComboBox>(dialog, "scheme");
        auto *port = child<QLineEdit>(dialog, "port");
        QCOMPARE(port->text(), QStringLiteral("1883"));
        scheme->setCurrentIndex(3);
        QCOMPARE(port->text(), QStringLiteral("443"));
        port->setText(QStringLiteral("9001"));
        scheme->setCurrentIndex(2);
        QCOMPARE(port->text(), QStringLiteral("9001"));
    }

    void fitsASmallScreen()
    {
        QTemporaryDir dir;
        ConnectionDialog dialog;
        dialog.setProfile(fullProfile(dir)); // everything shown: TLS, path, warning
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize size = dialog.sizeHint();
        QVERIFY2(size.width() <= 1280 && size.height() <= 720,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        QVERIFY(size.width() >= dialog.minimumSizeHint().width());
        screenshot(dialog, QStringLiteral("connectiondialog-full.png"));
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
