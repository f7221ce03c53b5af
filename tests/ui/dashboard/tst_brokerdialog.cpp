// The dashboard's "Change broker…": hidden without profiles, and choosing a
// profile in the dialog hands it (with its password from the keychain) to
// brokerChosen(), which the application turns into a new device connection.
#include "dashboardtesthome.h"
#include "store/profilestore.h"
#include "store/secretstore.h"
#include "ui/connections/profilepicker.h"
#include "ui/dashboard/brokerdialog.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace homewire;
using namespace homewire::testing;

class tst_BrokerDialog : public DashboardTestHome
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void choosingAProfileHandsItOver()
    {
        QTemporaryDir dir;
        auto opened = store::ProfileStore::open(store::ProfileStore::pathIn(dir.path()));
        QVERIFY(opened);
        std::unique_ptr<store::ProfileStore> profiles = std::move(opened).value();
        QVERIFY(profiles->ensureBuiltIn(1883));
        client::ConnectionProfile garage;
        garage.name = QStringLiteral("Garage broker");
        garage.host = QStringLiteral("127.0.0.1");
        garage.port = 18830;
        garage.username = QStringLiteral("dashboard");
        auto saved = profiles->save(garage);
        QVERIFY(saved);
        store::MemorySecretStore secrets;
        bool written = false;
        secrets.writePassword(
            profiles->secretKey(saved.value()), QStringLiteral("s3cret"), this,
            [&](const Result<void, store::SecretError> &result) { written = result.hasValue(); });
        QTRY_VERIFY(written);

        devices::DeviceRegistry registry;
        devices::DeviceService service(&registry, {});
        ui::DashboardPage page(&registry, &service);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.changeBrokerButton()->isVisible());
        page.setProfiles(profiles.get(), &secrets);
        QVERIFY(page.changeBrokerButton()->isVisible());

        QSignalSpy chosen(&page, &ui::DashboardPage::brokerChosen);
        page.changeBrokerButton()->click();
        ui::BrokerDialog *dialog = page.findChild<ui::BrokerDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        saveScreenshot(dialog, QStringLiteral("broker-dialog.png"));
        dialog->picker()->setCurrentProfileId(saved.value());
        dialog->picker()->connectCurrent();
        QTRY_COMPARE(chosen.size(), 1);
        const auto profile = chosen.constFirst().constFirst().value<client::ConnectionProfile>();
        QCOMPARE(profile.name, QStringLiteral("Garage broker"));
        QCOMPARE(profile.port, quint16(18830));
        QCOMPARE(profile.password, QStringLiteral("s3cret"));
        QTRY_VERIFY(!page.findChild<ui::BrokerDialog *>()); // closed and deleted
    }

    void cancelChoosesNothing()
    {
        QTemporaryDir dir;
        auto opened = store::ProfileStore::open(store::ProfileStore::pathIn(dir.path()));
        QVERIFY(opened);
        std::unique_ptr<store::ProfileStore> profiles = std::move(opened).value();
        store::MemorySecretStore secrets;
        devices::DeviceRegistry registry;
        devices::DeviceService service(&registry, {});
        ui::DashboardPage page(&registry, &service);
        page.setProfiles(profiles.get(), &secrets);
        QSignalSpy chosen(&page, &ui::DashboardPage::brokerChosen);
        page.showBrokerDialog();
        ui::BrokerDialog *dialog = page.findChild<ui::BrokerDialog *>();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!page.findChild<ui::BrokerDialog *>());
        QCOMPARE(chosen.size(), 0);
    }
};

QTEST_MAIN(tst_BrokerDialog)
#include "tst_brokerdialog.moc"
