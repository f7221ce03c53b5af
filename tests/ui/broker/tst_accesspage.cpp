// The Users & Access tab against a real access.db in a temporary directory:
// what the file holds shows up, what the dialogs do lands in the file (a
// second connection reads it back), passwords are stored as hashes that
// verify, the dialogs explain what is wrong under each field, and rules that
// shut out Homewire's own anonymous loopback clients are pointed out with a
// one-click fix.
#include "brokertestenv.h"
#include "ui/broker/accesscontroller.h"
#include "ui/broker/accesspage.h"
#include "ui/broker/aclrulemodel.h"
#include "ui/broker/noticebanner.h"
#include "ui/broker/ruledialog.h"
#include "ui/broker/userdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace homewire;
using namespace homewire::testing;
using broker::access::AclAccess;
using broker::access::AclRule;
using broker::access::AclSubject;

namespace {

struct Page
{
    explicit Page(const QString &dataDirectory)
        : controller(dataDirectory, TestIterations)
        , page(&controller, dataDirectory)
    {
        page.resize(1200, 760);
        page.show();
    }
    template<typename T> T *child(const QString &name) const { return page.findChild<T *>(name); }
    int userRows() const { return child<QListView>(QStringLiteral("users"))->model()->rowCount(); }
    void selectUser(const QString &name)
    {
        auto *list = child<QListView>(QStringLiteral("users"));
        const QModelIndexList hits = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, name);
        QVERIFY(!hits.isEmpty());
        list->setCurrentIndex(hits.first());
    }
    void click(const QString &button) { child<QPushButton>(button)->click(); }

    ui::AccessController controller;
    ui::AccessPage page;
};

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void type(QDialog *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    QVERIFY2(edit, field);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QLabel *problem(QDialog *dialog, const char *name)
{
    return dialog->findChild<QLabel *>(QLatin1String(name));
}

} // namespace

class TestAccessPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BrokerTestEnv> m_env;

private slots:
    void init()
    {
        m_env = std::make_unique<BrokerTestEnv>();
        QVERIFY(m_env->isValid());
    }
    void cleanup() { m_env.reset(); }

    void listsUsersAndRulesFromTheFile()
    {
        m_env->addUser(QStringLiteral("alice"), "a-password");
        m_env->addUser(QStringLiteral("bob"), "b-password");
        m_env->addRule(AclSubject::User, QStringLiteral("alice"), "home/alice/#");
        m_env->addRule(AclSubject::Anonymous, {}, "home/#", AclAccess::Read);
        Page p(m_env->dataDirectory());
        QAbstractItemModelTester tester(p.page.ruleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(p.userRows(), 2);
        auto *users = p.child<QListView>(QStringLiteral("users"));
        QCOMPARE(users->model()->index(0, 0).data().toString(), QStringLiteral("alice"));
        QCOMPARE(users->model()->index(1, 0).data().toString(), QStringLiteral("bob"));
        ui::AclRuleModel *rules = p.page.ruleModel();
        QTRY_COMPARE(rules->rowCount(), 2);
        const auto cell = [rules](int row, int column) {
            return rules->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, ui::AclRuleModel::Who), QStringLiteral("User"));
        QCOMPARE(cell(0, ui::AclRuleModel::Name), QStringLiteral("alice"));
        QCOMPARE(cell(0, ui::AclRuleModel::Filter), QStringLiteral("home/alice/#"));
        QCOMPARE(cell(0, ui::AclRuleModel::Access), QStringLiteral("Read & write"));
        QCOMPARE(cell(1, ui::AclRuleModel::Who), QStringLiteral("Anonymous clients"));
        QCOMPARE(cell(1, ui::AclRuleModel::Name), QStringLiteral("—"));
        QCOMPARE(cell(1, ui::AclRuleModel::Access), QStringLiteral("Read"));
        QVERIFY(p.child<QLabel>(QStringLiteral("rulesExplanation"))
                    ->text()
                    .startsWith(QStringLiteral("With no rules every client may read and write everything")));
    }

    void addUserThroughTheDialog()
    {
        Page p(m_env->dataDirectory());
        QTRY_VERIFY(p.controller.isLoaded());
        p.click(QStringLiteral("addUserButton"));
        ui::UserDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::UserDialog>(&p.page)));
        QVERIFY(!okButton(dialog)->isEnabled());
        type(dialog, "userName", QStringLiteral("kitchen-sensor"));
        type(dialog, "password", QStringLiteral("correct horse battery"));
        type(dialog, "repeat", QStringLiteral("correct horse battery"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();

        QTRY_COMPARE(m_env->userNames(), QStringList{QStringLiteral("kitchen-sensor")});
        const QByteArray hash = m_env->hashOf(QStringLiteral("kitchen-sensor"));
        QVERIFY2(hash.startsWith("$pbkdf2-sha512$1000$"), hash.constData()); // the configured iterations
        QVERIFY(broker::access::verifyPassword("correct horse battery", hash));
        QVERIFY(!broker::access::verifyPassword("correct horse", hash));
        QTRY_COMPARE(p.userRows(), 1);
    }

    void userDialogExplainsProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("problemLabel");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty name") << QString() << QStringLiteral("pw") << QStringLiteral("pw")
                                    << QStringLiteral("userNameProblem")
                                    << QStringLiteral("Enter a user name.");
        QTest::newRow("name taken") << QStringLiteral("alice") << QStringLiteral("pw") << QStringLiteral("pw")
                                    << QStringLiteral("userNameProblem")
                                    << QStringLiteral("A user named “alice” already exists.");
        QTest::newRow("space around the name")
            << QStringLiteral("bob ") << QStringLiteral("pw") << QStringLiteral("pw")
            << QStringLiteral("userNameProblem")
            << QStringLiteral(
                   "The name starts or ends with a space; devices would have to send it exactly so.");
        QTest::newRow("passwords differ")
            << QStringLiteral("bob") << QStringLiteral("secret-one") << QStringLiteral("secret-two")
            << QStringLiteral("repeatProblem") << QStringLiteral("The passwords do not match.");
        QTest::newRow("empty password")
            << QStringLiteral("bob") << QString() << QString() << QStringLiteral("passwordProblem")
            << QStringLiteral("Enter a password.");
    }

    void userDialogExplainsProblems()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, repeat);
        QFETCH(QString, problemLabel);
        QFETCH(QString, problem);
        ui::UserDialog dialog(ui::UserDialog::Mode::Add, {QStringLiteral("alice")});
        dialog.show();
        // Typed and cleared counts as touched: an empty field is then wrong.
        for (const char *field : {"userName", "password", "repeat"})
            type(&dialog, field, QStringLiteral("x"));
        type(&dialog, "userName", name);
        type(&dialog, "password", password);
        type(&dialog, "repeat", repeat);
        QLabel *label = ::problem(&dialog, problemLabel.toLatin1().constData());
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), problem);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(!dialog.isAcceptable());
    }

    void userDialogIsQuietUntilTyped()
    {
        ui::UserDialog dialog(ui::UserDialog::Mode::Add, {});
        dialog.show();
        for (const char *name : {"userNameProblem", "passwordProblem", "repeatProblem"})
            QVERIFY2(problem(&dialog, name)->isHidden(), name);
        QVERIFY(!okButton(&dialog)->isEnabled());
        // The repeat being typed is not yet a mismatch.
        type(&dialog, "password", QStringLiteral("secret"));
        type(&dialog, "repeat", QStringLiteral("sec"));
        QVERIFY(problem(&dialog, "repeatProblem")->isHidden());
        type(&dialog, "repeat", QStringLiteral("secrex"));
        QVERIFY(problem(&dialog, "repeatProblem")->isVisible());
    }

    void changePasswordAndRemoveUser()
    {
        m_env->addUser(QStringLiteral("alice"), "old-password");
        m_env->addRule(AclSubject::User, QStringLiteral("alice"), "home/alice/#");
        m_env->addRule(AclSubject::Anonymous, {}, "#");
        Page p(m_env->dataDirectory());
        QTRY_COMPARE(p.userRows(), 1);
        QVERIFY(!p.child<QPushButton>(QStringLiteral("changePasswordButton"))->isEnabled());
        p.selectUser(QStringLiteral("alice"));
        QVERIFY(p.child<QPushButton>(QStringLiteral("changePasswordButton"))->isEnabled());

        p.click(QStringLiteral("changePasswordButton"));
        ui::UserDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::UserDialog>(&p.page)));
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("userName"))); // the name is given
        type(dialog, "password", QStringLiteral("new-password-1"));
        type(dialog, "repeat", QStringLiteral("new-password-1"));
        okButton(dialog)->click();
        QTRY_VERIFY(broker::access::verifyPassword("new-password-1", m_env->hashOf(QStringLiteral("alice"))));

        p.selectUser(QStringLiteral("alice"));
        p.click(QStringLiteral("removeUserButton"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openDialog<QMessageBox>(&p.page)));
        QVERIFY(box->text().contains(QStringLiteral("alice")));
        // Cancel keeps the user.
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!openDialog<QMessageBox>(&p.page));
        QCOMPARE(m_env->userNames(), QStringList{QStringLiteral("alice")});

        p.selectUser(QStringLiteral("alice"));
        p.click(QStringLiteral("removeUserButton"));
        QTRY_VERIFY((box = openDialog<QMessageBox>(&p.page)));
        box->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
        QTRY_VERIFY(m_env->userNames().isEmpty());
        // Alice's rule went with her; the anonymous one stays.
        QCOMPARE(m_env->rules().size(), 1);
        QCOMPARE(int(m_env->rules().first().subject), int(AclSubject::Anonymous));
        QTRY_COMPARE(p.userRows(), 0);
        QTRY_COMPARE(p.page.ruleModel()->rowCount(), 1);
    }

    void addAndRemoveRule()
    {
        m_env->addUser(QStringLiteral("alice"), "pw");
        Page p(m_env->dataDirectory());
        QTRY_COMPARE(p.userRows(), 1);
        p.click(QStringLiteral("addRuleButton"));
        ui::RuleDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::RuleDialog>(&p.page)));
        auto *subject = dialog->findChild<QComboBox *>(QStringLiteral("subject"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("ruleName"));

        // The name applies to users and client identifiers only.
        dialog->setSubject(AclSubject::Anonymous);
        QVERIFY(!name->isEnabled());
        dialog->setSubject(AclSubject::Everyone);
        QVERIFY(!name->isEnabled());
        dialog->setSubject(AclSubject::ClientId);
        QVERIFY(name->isEnabled());
        dialog->setSubject(AclSubject::User);
        QVERIFY(name->isEnabled());
        QCOMPARE(subject->currentText(), QStringLiteral("User"));

        type(dialog, "ruleName", QStringLiteral("alice"));
        type(dialog, "filter", QStringLiteral("devices/%u#"));
        QLabel *filterProblem = problem(dialog, "filterProblem");
        QVERIFY(filterProblem->isVisible());
        QVERIFY(filterProblem->text().contains(QStringLiteral("“#”")));
        QVERIFY(!okButton(dialog)->isEnabled());
        type(dialog, "filter", QStringLiteral("devices/%u/#"));
        QVERIFY(filterProblem->isHidden());
        auto *access = dialog->findChild<QComboBox *>(QStringLiteral("access"));
        access->setCurrentIndex(access->findData(int(AclAccess::Write)));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text(),
                 QStringLiteral("Clients logged in as “alice” may publish to devices/%u/#."));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();

        QTRY_COMPARE(m_env->rules().size(), 1);
        const AclRule stored = m_env->rules().first();
        QCOMPARE(int(stored.subject), int(AclSubject::User));
        QCOMPARE(stored.name, QStringLiteral("alice"));
        QCOMPARE(stored.filter, QByteArray("devices/%u/#"));
        QCOMPARE(int(stored.access), int(AclAccess::Write));

        QTRY_COMPARE(p.page.ruleModel()->rowCount(), 1);
        auto *table = p.child<QTableView>(QStringLiteral("rules"));
        QVERIFY(!p.child<QPushButton>(QStringLiteral("removeRuleButton"))->isEnabled());
        table->selectRow(0);
        p.click(QStringLiteral("removeRuleButton"));
        QTRY_VERIFY(m_env->rules().isEmpty());
        QTRY_COMPARE(p.page.ruleModel()->rowCount(), 0);
    }

    void ruleNameIsRequiredWhereItApplies()
    {
        ui::RuleDialog dialog({QStringLiteral("alice")});
        dialog.show();
        type(&dialog, "filter", QStringLiteral("home/#"));
        QVERIFY(!dialog.isAcceptable()); // a user rule without a user
        type(&dialog, "ruleName", QStringLiteral("x"));
        type(&dialog, "ruleName", QString());
        QVERIFY(problem(&dialog, "ruleNameProblem")->isVisible());
        dialog.setSubject(AclSubject::Anonymous);
        QVERIFY(dialog.isAcceptable());
        QVERIFY(dialog.rule().name.isEmpty());
        // A user not there yet is allowed, with a word about it.
        dialog.setSubject(AclSubject::User);
        type(&dialog, "ruleName", QStringLiteral("carol"));
        QVERIFY(dialog.isAcceptable());
        QVERIFY(problem(&dialog, "ruleNameNote")->isVisible());
        type(&dialog, "ruleName", QStringLiteral("alice"));
        QVERIFY(problem(&dialog, "ruleNameNote")->isHidden());
    }

    void filterProblems_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("valid");
        QTest::newRow("everything") << QStringLiteral("#") << true;
        QTest::newRow("a branch") << QStringLiteral("home/#") << true;
        QTest::newRow("one level wildcard") << QStringLiteral("home/+/temperature") << true;
        QTest::newRow("user's branch") << QStringLiteral("devices/%u/#") << true;
        QTest::newRow("client's topic") << QStringLiteral("clients/%c") << true;
        QTest::newRow("$SYS") << QStringLiteral("$SYS/#") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("# not alone on its level (MQTT-4.7.1-1)") << QStringLiteral("home#") << false;
        QTest::newRow("# not last (MQTT-4.7.1-1)") << QStringLiteral("home/#/x") << false;
        QTest::newRow("+ not alone on its level (MQTT-4.7.1-2)") << QStringLiteral("ho+me") << false;
        QTest::newRow("%c inside a level") << QStringLiteral("tele/dev-%c/#") << true;
        QTest::newRow("shared subscription") << QStringLiteral("$share/g/home/#") << false;
        QTest::newRow("leading space") << QStringLiteral(" home") << false;
        QTest::newRow("null character (MQTT-4.7.3-2)") << QStringLiteral("a") + QChar(0) << false;
    }

    void filterProblems()
    {
        QFETCH(QString, filter);
        QFETCH(bool, valid);
        const QString problem = ui::aclFilterProblem(filter);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    }

    void anonymousWarningAndOneClickFix()
    {
        m_env->addUser(QStringLiteral("alice"), "pw");
        m_env->addRule(AclSubject::User, QStringLiteral("alice"), "home/#");
        // %u never matches an anonymous client: this does not help them.
        m_env->addRule(AclSubject::Everyone, {}, "users/%u/#");
        Page p(m_env->dataDirectory());
        auto *warning = p.child<ui::NoticeBanner>(QStringLiteral("anonymousWarning"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("dashboard and explorer")));
        QVERIFY(warning->text().contains(QStringLiteral("anonymously")));

        p.click(QStringLiteral("allowLocalAnonymous"));
        QTRY_COMPARE(m_env->rules().size(), 4);
        const AclRule added = m_env->rules().at(2);
        QCOMPARE(int(added.subject), int(AclSubject::Anonymous));
        QCOMPARE(added.filter, QByteArray("#"));
        QCOMPARE(int(added.access), int(AclAccess::ReadWrite));
        // '#' does not cover $SYS (MQTT-4.7.2-1): the broker's figures get their own rule.
        const AclRule sys = m_env->rules().at(3);
        QCOMPARE(int(sys.subject), int(AclSubject::Anonymous));
        QCOMPARE(sys.filter, QByteArray("$SYS/#"));
        QCOMPARE(int(sys.access), int(AclAccess::Read));
        QTRY_VERIFY(warning->isHidden());
    }

    void noWarningWithoutRules()
    {
        m_env->addUser(QStringLiteral("alice"), "pw");
        Page p(m_env->dataDirectory());
        QTRY_COMPARE(p.userRows(), 1);
        QVERIFY(p.child<ui::NoticeBanner>(QStringLiteral("anonymousWarning"))->isHidden());
    }

    // Long texts (the counts, the explanation; longer still in other
    // languages) wrap: the page fits a small screen.
    void longTextsDoNotWidenThePage()
    {
        Page p(m_env->dataDirectory());
        QTRY_VERIFY(p.controller.isLoaded());
        auto *activity = p.child<QLabel>(QStringLiteral("accessActivity"));
        QVERIFY(activity);
        activity->setText(
            QStringLiteral("Abgewiesene Anmeldungen: 0 · Abgelehnte Veröffentlichungen: 0 · ").repeated(4));
        p.page.resize(1000, 700);
        QCoreApplication::processEvents();
        // The page takes the width (a window is never narrower than its layout's minimum).
        QCOMPARE(p.page.width(), 1000);
        // Every label and button lies inside the page: none is cut off at its right edge.
        for (QWidget *widget : p.page.findChildren<QWidget *>()) {
            if (!widget->isVisible() ||
                (!qobject_cast<QLabel *>(widget) && !qobject_cast<QAbstractButton *>(widget)))
                continue;
            const int right = widget->mapTo(&p.page, QPoint(widget->width(), 0)).x();
            QVERIFY2(right <= p.page.width(),
                     qPrintable(widget->objectName() + QLatin1Char(' ') +
                                QLatin1String(widget->metaObject()->className()) +
                                QStringLiteral(" ends at ") + QString::number(right)));
        }
    }

    // homewire-broker's command line writes the same file while the page is open.
    void changesMadeElsewhereShowUp()
    {
        Page p(m_env->dataDirectory());
        QTRY_VERIFY(p.controller.isLoaded());
        m_env->addUser(QStringLiteral("from-the-cli"), "pw");
        QTRY_COMPARE_WITH_TIMEOUT(p.userRows(), 1, 10'000);
    }

    void storeFailureIsShown()
    {
        // The data directory is a file: nothing can be opened there.
        QFile blocker(m_env->dataDirectory());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Page p(m_env->dataDirectory());
        auto *error = p.child<QLabel>(QStringLiteral("accessError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("access.db")), qPrintable(error->text()));
    }
};

QTEST_MAIN(TestAccessPage)
#include "tst_accesspage.moc"
