// ConnectionListDialog and ProfilePicker over a real ProfileStore (SQLite in a temporary
// directory) and the in-memory SecretStore: profiles and their passwords
// created, edited, duplicated, deleted and connected to through the buttons.
//
// HOMEWIRE_SCREENSHOT_DIR=/some/dir saves what the dialog looks like.
#include "store/profilestore.h"
#include "store/secretstore.h"
#include "ui/connections/connectiondialog.h"
#include "ui/connections/connectionlistdialog.h"
#include "ui/connections/profilepicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace homewire;
using namespace homewire::client;
using namespace homewire::store;
using namespace homewire::ui;

namespace {

template<typename T> T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void clickOk(ConnectionDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// What the secret store holds under `key`, read the way the application reads it.
QString storedPassword(SecretStore &secrets, const QString &key)
{
    std::optional<Result<QString, SecretError>> read;
    secrets.readPassword(key, nullptr, [&](const Result<QString, SecretError> &r) { read = r; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }))
        return QStringLiteral("<no answer>");
    return *read ? read->value() : QStringLiteral("<error>");
}

ConnectionProfile named(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.host = QStringLiteral("192.0.2.7");
    return p;
}

} // namespace

class TestConnectionListDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    qint64 m_builtIn = 0;
    qint64 m_garage = 0;

private slots:
    void init()
    {
        QFile::remove(ProfileStore::pathIn(m_dir.path()));
        auto store = ProfileStore::open(ProfileStore::pathIn(m_dir.path()));
        QVERIFY(store);
        m_store = std::move(store).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_builtIn = *m_store->ensureBuiltIn(1883);
        ConnectionProfile garage = named(QStringLiteral("Garage"));
        garage.username = QStringLiteral("gate");
        m_garage = *m_store->save(garage);
        m_secrets->writePassword(m_store->secretKey(m_garage), QStringLiteral("garage-pw"), nullptr, {});
        QCOMPARE(storedPassword(*m_secrets, m_store->secretKey(m_garage)), QStringLiteral("garage-pw"));
    }

    void cleanup()
    {
        m_store.reset();
        m_secrets.reset();
        QFile::remove(ProfileStore::pathIn(m_dir.path()));
        QFile::remove(ProfileStore::pathIn(m_dir.path()) + QStringLiteral("-wal"));
        QFile::remove(ProfileStore::pathIn(m_dir.path()) + QStringLiteral("-shm"));
    }

    void listsProfilesBuiltInFirst()
    {
        ConnectionListDialog dialog(*m_store, *m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QTreeWidget>(dialog, "profiles");
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Embedded broker"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("mqtt://127.0.0.1:1883"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Garage"));
        QCOMPARE(dialog.currentProfileId(), m_builtIn);
        QVERIFY(!child<QPushButton>(dialog, "deleteProfile")->isEnabled()); // the built-in one stays
        dialog.setCurrentProfileId(m_garage);
        QVERIFY(child<QPushButton>(dialog, "deleteProfile")->isEnabled());

        // Changes made elsewhere show up.
        QVERIFY(m_store->save(named(QStringLiteral("Attic"))));
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(dialog.currentProfileId(), m_garage);
        const QString dir = qEnvironmentVariable("HOMEWIRE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("connectionlistdialog.png"))));
    }

    void newProfileStoresRowAndPassword()
    {
        ConnectionListDialog dialog(*m_store, *m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "newProfile"), Qt::LeftButton);
        auto *editor = dialog.findChild<ConnectionDialog *>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTest::keyClicks(child<QLineEdit>(*editor, "name"), QStringLiteral("Cellar"));
        retype(child<QLineEdit>(*editor, "host"), QStringLiteral("cellar.local"));
        QTest::keyClicks(child<QLineEdit>(*editor, "username"), QStringLiteral("anne"));
        QTest::keyClicks(child<QLineEdit>(*editor, "password"), QStringLiteral("cellar-pw"));
        QPointer<ConnectionDialog> guard(editor);
        clickOk(editor);
        QTRY_VERIFY(!guard); // closed and deleted

        const QList<ConnectionProfile> profiles = m_store->profiles();
        QCOMPARE(profiles.size(), 3);
        const auto cellar = std::find_if(profiles.cbegin(), profiles.cend(),
                                         [](const auto &p) { return p.name == QLatin1String("Cellar"); });
        QVERIFY(cellar != profiles.cend());
        QCOMPARE(cellar->host, QStringLiteral("cellar.local"));
        QCOMPARE(cellar->username, QStringLiteral("anne"));
        QVERIFY(cellar->password.isEmpty()); // not in the database...
        QCOMPARE(storedPassword(*m_secrets, m_store->secretKey(cellar->id)),
                 QStringLiteral("cellar-pw")); // ...but in the secret store
        QCOMPARE(dialog.currentProfileId(), cellar->id);
        QVERIFY(dialog.statusText().isEmpty());
    }

    void nameTakenMeanwhileKeepsTheEditorOpen()
    {
        ConnectionListDialog dialog(*m_store, *m_secrets);
        dialog.show();
        ConnectionDialog *editor = dialog.newProfile();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(m_store->save(named(QStringLiteral("Shed")))); // after the editor learnt the names
        QTest::keyClicks(child<QLineEdit>(*editor, "name"), QStringLiteral("Shed"));
        QVERIFY(editor->isValid());
        clickOk(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(child<QLabel>(*editor, "problem")->text(),
                 QStringLiteral("A connection named “Shed” already exists."));
        retype(child<QLineEdit>(*editor, "name"), QStringLiteral("Shed 2"));
        QCOMPARE(child<QLabel>(*editor, "problem")->text(), QString());
        QPointer<ConnectionDialog> guard(editor);
        clickOk(editor);
        QTRY_VERIFY(!guard);
        QCOMPARE(m_store->profiles().size(), 4);
    }

    void editLoadsThePasswordAndWritesOnlyAChange()
    {
        ConnectionListDialog dialog(*m_store, *m_secrets);
        dialog.show();
        dialog.setCurrentProfileId(m_garage);
        ConnectionDialog *editor = dialog.editProfile();
        QVERIFY(editor);
        auto *password = child<QLineEdit>(*editor, "password");
        QTRY_COMPARE(password->text(), QStringLiteral("garage-pw"));
        // From here on every write would fail and say so: an untouched password is not written.
        m_secrets->setFailure(makeError(SecretError::Unavailable, QStringLiteral("keychain gone")));
        retype(child<QLineEdit>(*editor, "clientId"), QStringLiteral("garage-desk"));
        QPointer<ConnectionDialog> guard(editor);
        clickOk(editor);
        QTRY_VERIFY(!guard);
        QCOMPARE(m_store->profile(m_garage)->clientId, QStringLiteral("garage-desk"));
        // The store answers in order: once this read is answered, a write made
        // on OK would have been answered too.
        storedPassword(*m_secrets, QStringLiteral("barrier"));
        QVERIFY2(dialog.statusText().isEmpty(), qPrintable(dialog.statusText()));

        // A changed password is written, and a refusing keychain is reported.
        m_secrets->setFailure(std::nullopt);
        editor = dialog.editProfile();
        QTRY_COMPARE(child<QLineEdit>(*editor, "password")->text(), QStringLiteral("garage-pw"));
        m_secrets->setFailure(makeError(SecretError::Unavailable, QStringLiteral("keychain gone")));
        retype(child<QLineEdit>(*editor, "password"), QStringLiteral("new-pw"));
        clickOk(editor);
        QTRY_COMPARE(dialog.statusText(), QStringLiteral("keychain gone"));
        m_secrets->setFailure(std::nullopt);
        QCOMPARE(storedPassword(*m_secrets, m_store->secretKey(m_garage)), QStringLiteral("garage-pw"));
    }

    void unreadablePasswordIsExplainedInTheEditor()
    {
        m_secrets->setFailure(makeError(SecretError::Unavailable, QStringLiteral("The system keychain is not "
                                                                                 "available (test).")));
        ConnectionListDialog dialog(*m_store, *m_secrets);
        dialog.show();
        dialog.setCurrentProfileId(m_garage);
        ConnectionDialog *editor = dialog.editProfile();
        auto *note = child<QLabel>(*editor, "passwordNote");
        QTRY_VERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("The system keychain is not available (test)."));
        QVERIFY(child<QLineEdit>(*editor, "password")->text().isEmpty());
    }

    void duplicateCopiesProfileAndPassword()
    {
        ConnectionListDialog dialog(*m_store, *m_secrets);
        dialog.show();
        dialog.setCurrentProfileId(m_garage);
        QTest::mouseClick(child<QPushButton>(dialog, "duplicateProfile"), Qt::LeftButton);
        const qint64 copy = dialog.currentProfileId();
        QVERIFY(copy != m_garage);
        QCOMPARE(m_store->profile(copy)->name, QStringLiteral("Garage (copy)"));
        QCOMPARE(m_store->profile(copy)->username, QStringLiteral("gate"));
        QTRY_COMPARE(storedPassword(*m_secrets, m_store->secretKey(copy)), QStringLiteral("garage-pw"));

        dialog.setCurrentProfileId(m_garage);
        dialog.duplicateProfile();
        QCOMPARE(m_store->profile(dialog.currentProfileId())->name, QStringLiteral("Garage (copy 2)"));

        dialog.setCurrentProfileId(m_builtIn); // a copy of the built-in one is an ordinary profile
        dialog.duplicateProfile();
        QVERIFY(!m_store->profile(dialog.currentProfileId())->builtIn);
    }

    void deleteAsksFirst()
    {
        ConnectionListDialog dialog(*m_store, *m_secrets);
        dialog.show();
        dialog.setCurrentProfileId(m_garage);
        const QString key = m_store->secretKey(m_garage);

        QTest::mouseClick(child<QPushButton>(dialog, "deleteProfile"), Qt::LeftButton);
        QPointer<QMessageBox> box = child<QMessageBox>(dialog, "confirmDelete");
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("“Garage”")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!box);
        QVERIFY(m_store->profile(m_garage));

        QTest::mouseClick(child<QPushButton>(dialog, "deleteProfile"), Qt::LeftButton);
        box = child<QMessageBox>(dialog, "confirmDelete");
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(!box);
        QVERIFY(!m_store->profile(m_garage));
        QTRY_COMPARE(m_secrets->size(), 0); // the password went with it
        QCOMPARE(storedPassword(*m_secrets, key), QString());
        QCOMPARE(child<QTreeWidget>(dialog, "profiles")->topLevelItemCount(), 1);
    }

    void connectHandsOverTheProfileWithItsPassword()
    {
        ConnectionListDialog dialog(*m_store, *m_secrets);
        QSignalSpy requested(&dialog, &ConnectionListDialog::connectRequested);
        dialog.show();
        dialog.setCurrentProfileId(m_garage);
        QTest::mouseClick(child<QPushButton>(dialog, "connectProfile"), Qt::LeftButton);
        QTRY_COMPARE(requested.count(), 1);
        const auto profile = requested.first().first().value<ConnectionProfile>();
        QCOMPARE(profile.id, m_garage);
        QCOMPARE(profile.password, QStringLiteral("garage-pw"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void pickerFollowsTheStoreAndConnects()
    {
        ProfilePicker picker(*m_store, *m_secrets);
        QSignalSpy requested(&picker, &ProfilePicker::connectRequested);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        auto *combo = child<QComboBox>(picker, "profileCombo");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(0), QStringLiteral("Embedded broker"));
        picker.setCurrentProfileId(m_garage);
        QVERIFY(m_store->save(named(QStringLiteral("Attic"))));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(picker.currentProfileId(), m_garage); // the choice survives a reload

        QTest::mouseClick(child<QPushButton>(picker, "connectProfile"), Qt::LeftButton);
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<ConnectionProfile>().password, QStringLiteral("garage-pw"));

        // Connecting from the manager comes out of the picker too.
        ConnectionListDialog *manager = picker.openManager();
        QCOMPARE(manager->currentProfileId(), m_garage);
        manager->setCurrentProfileId(m_builtIn);
        manager->connectProfile();
        QTRY_COMPARE(requested.count(), 2);
        QCOMPARE(requested.last().first().value<ConnectionProfile>().id, m_builtIn);
        QCOMPARE(picker.currentProfileId(), m_builtIn);
    }
};

QTEST_MAIN(TestConnectionListDialog)
#include "tst_connectionlistdialog.moc"
