#include "manage.h"

#include "broker/access/accesspolicy.h"
#include "broker/access/passwordhash.h"
#include "broker/brokersettings.h"
#include "passwordinput.h"
#include "store/accessstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <cstdio>
#include <cstring>
#include <optional>

namespace homewire::brokerapp {

using broker::access::AclAccess;
using broker::access::AclRule;
using broker::access::AclSubject;
using store::AccessStore;
using store::AccessStoreError;

namespace {

enum Exit : int
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
};

// The longest MQTT string: a longer password could never arrive in a CONNECT.
constexpr qsizetype MaxPasswordBytes = 65'535;

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

class Management
{
    Q_DECLARE_TR_FUNCTIONS(Management)

public:
    int run(const QStringList &arguments);

private:
    enum class Scope : quint8
    {
        Any,      // every command
        Password, // user add, user passwd
        Rule,     // acl add
    };
    struct Command
    {
        const char *group;
        const char *verb;
        const char *argument; // nullptr: none
        Scope scope;
        int (Management::*run)();
    };
    static const Command Commands[];
    enum class User : quint8
    {
        New,      // user add
        Existing, // user passwd
    };
    // access.db and the hash of a user's new password.
    struct PasswordChange
    {
        std::unique_ptr<AccessStore> store;
        QByteArray hash;
    };

    int runCommand(const Command &command);
    bool optionsFit(const Command &command, int *exit) const;
    bool resolveSettings(int *exit);
    std::unique_ptr<AccessStore> openStore(int *exit) const;
    std::optional<QByteArray> newPasswordHash(int *exit) const;
    std::optional<PasswordChange> preparePassword(const QString &name, User user, int *exit) const;
    std::optional<AclRule> ruleFromOptions(int *exit) const;
    int storeFailure(const Error<AccessStoreError> &error, const QString &subject) const;
    static int usage(const QString &message);
    static int fail(const QString &message);
    void printHelp() const;

    int userAdd();
    int userPasswd();
    int userRemove();
    int userList();
    int aclAdd();
    int aclRemove();
    int aclList();

    QCommandLineParser m_parser;
    const QCommandLineOption m_dataDirOption{
        QStringLiteral("data-dir"),
        tr("The broker's data directory, where access.db is (default: the broker's, or data_dir of the "
           "configuration file)."),
        QStringLiteral("dir")};
    const QCommandLineOption m_configOption{
        {QStringLiteral("c"), QStringLiteral("config")},
        tr("The broker's configuration file: its data_dir and password_iterations are used."),
        QStringLiteral("file")};
    const QCommandLineOption m_iterationsOption{QStringLiteral("iterations"),
                                                tr("PBKDF2 iterations for the new password hash."),
                                                QStringLiteral("n")};
    const QCommandLineOption m_passwordStdinOption{
        QStringLiteral("password-stdin"),
        tr("Read the password as one line from standard input instead of asking on the terminal.")};
    const QCommandLineOption m_userOption{QStringLiteral("user"), tr("acl add: a rule for this user."),
                                          QStringLiteral("name")};
    const QCommandLineOption m_clientIdOption{
        QStringLiteral("clientid"), tr("acl add: a rule for this client identifier."), QStringLiteral("id")};
    const QCommandLineOption m_anonymousOption{QStringLiteral("anonymous"),
                                               tr("acl add: a rule for clients without a user name.")};
    const QCommandLineOption m_everyoneOption{QStringLiteral("everyone"),
                                              tr("acl add: a rule for every client.")};
    const QCommandLineOption m_topicOption{
        QStringLiteral("topic"),
        tr("acl add: the topic filter; %u stands for the user name, %c for the client identifier."),
        QStringLiteral("filter")};
    const QCommandLineOption m_accessOption{
        QStringLiteral("access"), tr("acl add: read, write or readwrite."), QStringLiteral("access")};
    QStringList m_arguments; // after the group and the verb
    QString m_dataDirectory;
    int m_iterations = broker::access::DefaultPasswordIterations;
};

const Management::Command Management::Commands[] = {
    {"user", "add", "NAME", Scope::Password, &Management::userAdd},
    {"user", "passwd", "NAME", Scope::Password, &Management::userPasswd},
    {"user", "remove", "NAME", Scope::Any, &Management::userRemove},
    {"user", "list", nullptr, Scope::Any, &Management::userList},
    {"acl", "add", nullptr, Scope::Rule, &Management::aclAdd},
    {"acl", "remove", "ID", Scope::Any, &Management::aclRemove},
    {"acl", "list", nullptr, Scope::Any, &Management::aclList},
};

int Management::usage(const QString &message)
{
    print(stderr, QStringLiteral("homewire-broker: %1\n").arg(message));
    print(stderr, tr("Run 'homewire-broker user --help' for how to use it.") + QLatin1Char('\n'));
    return Usage;
}

int Management::fail(const QString &message)
{
    print(stderr, QStringLiteral("homewire-broker: %1\n").arg(message));
    return Failed;
}

void Management::printHelp() const
{
    QString text =
        tr("Usage: homewire-broker user add NAME         add a user (asks for the password)\n"
           "       homewire-broker user passwd NAME      change a user's password\n"
           "       homewire-broker user remove NAME      remove a user and the rules for that user\n"
           "       homewire-broker user list             list the users\n"
           "       homewire-broker acl add (--user NAME | --clientid ID | --anonymous | --everyone)\n"
           "                               --topic FILTER --access read|write|readwrite\n"
           "       homewire-broker acl remove ID\n"
           "       homewire-broker acl list              list the rules with their ids\n"
           "\n"
           "With no ACL rule at all every client may read and write every topic; once a rule\n"
           "exists, whatever no rule grants is denied. A running broker applies changes within\n"
           "about a second.\n\n");
    const QString options = m_parser.helpText();
    text += options.mid(qMax<qsizetype>(0, options.indexOf(QLatin1String("Options:"))));
    print(stdout, text);
}

int Management::run(const QStringList &arguments)
{
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    m_parser.addOptions({m_dataDirOption, m_configOption, m_iterationsOption, m_passwordStdinOption,
                         m_userOption, m_clientIdOption, m_anonymousOption, m_everyoneOption, m_topicOption,
                         m_accessOption});
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(helpOption)) {
        printHelp();
        return Ok;
    }
    const QStringList positional = m_parser.positionalArguments();
    const QString group = positional.value(0);
    if (positional.size() < 2)
        return usage(group == QLatin1String("acl")
                         ? tr("'acl' needs a command: add, remove or list")
                         : tr("'user' needs a command: add, passwd, remove or list"));
    for (const Command &command : Commands) {
        if (group == QLatin1String(command.group) && positional[1] == QLatin1String(command.verb)) {
            m_arguments = positional.mid(2);
            return runCommand(command);
        }
    }
    return usage(tr("unknown command '%1 %2'").arg(group, positional[1]));
}

int Management::runCommand(const Command &command)
{
    const QString name =
        QStringLiteral("%1 %2").arg(QLatin1String(command.group), QLatin1String(command.verb));
    const qsizetype expected = command.argument ? 1 : 0;
    if (m_arguments.size() != expected)
        return usage(
            command.argument
                ? tr("'%1' takes one argument, %2").arg(name, QLatin1String(command.argument))
                : tr("'%1' takes no arguments (got '%2')").arg(name, m_arguments.join(QLatin1Char(' '))));
    int exit = Ok;
    if (!optionsFit(command, &exit) || !resolveSettings(&exit))
        return exit;
    return (this->*command.run)();
}

bool Management::optionsFit(const Command &command, int *exit) const
{
    const std::pair<const QCommandLineOption *, Scope> scoped[] = {
        {&m_iterationsOption, Scope::Password}, {&m_passwordStdinOption, Scope::Password},
        {&m_userOption, Scope::Rule},           {&m_clientIdOption, Scope::Rule},
        {&m_anonymousOption, Scope::Rule},      {&m_everyoneOption, Scope::Rule},
        {&m_topicOption, Scope::Rule},          {&m_accessOption, Scope::Rule},
    };
    for (const auto &[option, scope] : scoped) {
        if (scope != command.scope && m_parser.isSet(*option)) {
            *exit = usage(tr("--%1 does not go with '%2 %3'")
                              .arg(option->names().constLast(), QLatin1String(command.group),
                                   QLatin1String(command.verb)));
            return false;
        }
    }
    return true;
}

bool Management::resolveSettings(int *exit)
{
    broker::BrokerSettings settings;
    settings.broker.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (m_parser.isSet(m_configOption)) {
        QFile file(m_parser.value(m_configOption));
        if (!file.open(QIODevice::ReadOnly)) {
            *exit = usage(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        auto parsed = broker::parseBrokerSettings(file.readAll(), settings);
        if (!parsed) {
            *exit = usage(QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message));
            return false;
        }
        settings = parsed.value();
    }
    if (m_parser.isSet(m_dataDirOption))
        settings.broker.dataDirectory = m_parser.value(m_dataDirOption);
    m_dataDirectory = settings.broker.dataDirectory;
    if (m_dataDirectory.isEmpty()) {
        *exit = usage(tr("there is no data directory to keep the users in; give one with --data-dir"));
        return false;
    }
    m_iterations = settings.broker.auth.passwordIterations;
    if (m_parser.isSet(m_iterationsOption)) {
        bool ok = false;
        const QString text = m_parser.value(m_iterationsOption);
        m_iterations = text.toInt(&ok);
        // The range password_iterations allows in the configuration file.
        if (!ok || m_iterations < 1'000 || m_iterations > 10'000'000) {
            *exit = usage(tr("--iterations takes a whole number from 1000 to 10000000, not '%1'").arg(text));
            return false;
        }
    }
    return true;
}

std::unique_ptr<AccessStore> Management::openStore(int *exit) const
{
    auto opened = AccessStore::open(AccessStore::pathIn(m_dataDirectory));
    if (opened)
        return std::move(opened).value();
    if (opened.errorCode() == store::StoreError::Corrupt)
        *exit = fail(tr("%1. Nothing was changed. Restore the backup, or run the command again to begin "
                        "with no users and rules.")
                         .arg(opened.error().message));
    else
        *exit = fail(opened.error().message);
    return nullptr;
}

std::optional<QByteArray> Management::newPasswordHash(int *exit) const
{
    std::optional<QByteArray> password;
    if (m_parser.isSet(m_passwordStdinOption)) {
        password = readLine(stdin);
        if (!password) {
            *exit = fail(tr("there is no password on standard input; nothing was changed"));
            return std::nullopt;
        }
    } else {
        if (!inputIsTerminal()) {
            *exit = usage(tr("standard input is not a terminal to ask for the password on; "
                             "give the password on standard input with --password-stdin"));
            return std::nullopt;
        }
        password = promptHidden(tr("Password: "));
        if (password && !password->isEmpty()) {
            std::optional<QByteArray> again = promptHidden(tr("Password again: "));
            const bool same = again && *again == *password;
            wipe(again);
            if (!same) {
                wipe(password);
                *exit = fail(tr("the passwords do not match; nothing was changed"));
                return std::nullopt;
            }
        }
    }
    if (!password || password->isEmpty()) {
        *exit = fail(tr("the password is empty; nothing was changed"));
        return std::nullopt;
    }
    if (password->size() > MaxPasswordBytes) {
        wipe(password);
        *exit = fail(tr("the password is longer than the %1 bytes MQTT can carry; nothing was changed")
                         .arg(MaxPasswordBytes));
        return std::nullopt;
    }
    const QByteArray hash = broker::access::hashPassword(*password, m_iterations);
    wipe(password);
    return hash;
}

int Management::storeFailure(const Error<AccessStoreError> &error, const QString &subject) const
{
    switch (error.code) {
    case AccessStoreError::UserExists:
        return fail(tr("user '%1' already exists").arg(subject));
    case AccessStoreError::NoSuchUser:
        return fail(tr("there is no user '%1'").arg(subject));
    case AccessStoreError::NoSuchRule:
        return fail(tr("there is no ACL rule %1 ('acl list' shows the rules)").arg(subject));
    case AccessStoreError::InvalidValue:
        return usage(error.message);
    case AccessStoreError::QueryFailed:
        break;
    }
    return fail(tr("%1 could not be changed: %2").arg(AccessStore::pathIn(m_dataDirectory), error.message));
}

// Opens access.db and checks that user `name` is new or exists, as `user`
// says, before the password is asked for: typing it twice for nothing helps
// nobody.
std::optional<Management::PasswordChange> Management::preparePassword(const QString &name, User user,
                                                                      int *exit) const
{
    auto store = openStore(exit);
    if (!store)
        return std::nullopt;
    auto names = store->userNames();
    if (!names) {
        *exit = storeFailure(names.error(), name);
        return std::nullopt;
    }
    if (user == User::New && names->contains(name)) {
        *exit = fail(tr("user '%1' already exists; 'user passwd %1' changes the password").arg(name));
        return std::nullopt;
    }
    if (user == User::Existing && !names->contains(name)) {
        *exit = storeFailure(makeError(AccessStoreError::NoSuchUser), name);
        return std::nullopt;
    }
    auto hash = newPasswordHash(exit);
    if (!hash)
        return std::nullopt;
    return PasswordChange{std::move(store), std::move(*hash)};
}

int Management::userAdd()
{
    const QString name = m_arguments.first();
    if (auto ok = AccessStore::checkUserName(name); !ok)
        return usage(ok.error().message);
    int exit = Ok;
    auto change = preparePassword(name, User::New, &exit);
    if (!change)
        return exit;
    if (auto added = change->store->addUser(name, change->hash); !added)
        return storeFailure(added.error(), name);
    print(stdout, tr("Added user '%1'.").arg(name) + QLatin1Char('\n'));
    return Ok;
}

int Management::userPasswd()
{
    const QString name = m_arguments.first();
    int exit = Ok;
    auto change = preparePassword(name, User::Existing, &exit);
    if (!change)
        return exit;
    if (auto changed = change->store->setPassword(name, change->hash); !changed)
        return storeFailure(changed.error(), name);
    print(stdout, tr("Changed the password of '%1'.").arg(name) + QLatin1Char('\n'));
    return Ok;
}

int Management::userRemove()
{
    const QString name = m_arguments.first();
    int exit = Ok;
    auto store = openStore(&exit);
    if (!store)
        return exit;
    if (auto removed = store->removeUser(name); !removed)
        return storeFailure(removed.error(), name);
    print(stdout, tr("Removed user '%1' and the rules for that user.").arg(name) + QLatin1Char('\n'));
    return Ok;
}

int Management::userList()
{
    const QString path = AccessStore::pathIn(m_dataDirectory);
    QStringList names;
    if (QFileInfo::exists(path)) { // listing creates nothing
        int exit = Ok;
        auto store = openStore(&exit);
        if (!store)
            return exit;
        auto read = store->userNames();
        if (!read)
            return storeFailure(read.error(), QString());
        names = std::move(read).value();
    }
    if (names.isEmpty())
        print(stderr, tr("There are no users in %1.").arg(path) + QLatin1Char('\n'));
    for (const QString &name : std::as_const(names))
        print(stdout, name + QLatin1Char('\n'));
    return Ok;
}

std::optional<AclRule> Management::ruleFromOptions(int *exit) const
{
    const std::pair<const QCommandLineOption *, AclSubject> subjects[] = {
        {&m_userOption, AclSubject::User},
        {&m_clientIdOption, AclSubject::ClientId},
        {&m_anonymousOption, AclSubject::Anonymous},
        {&m_everyoneOption, AclSubject::Everyone},
    };
    AclRule rule;
    int given = 0;
    for (const auto &[option, subject] : subjects) {
        if (!m_parser.isSet(*option))
            continue;
        ++given;
        rule.subject = subject;
        if (!option->valueName().isEmpty())
            rule.name = m_parser.value(*option);
    }
    QString problem;
    if (given != 1)
        problem = tr("'acl add' takes exactly one of --user, --clientid, --anonymous or --everyone");
    else if (!m_parser.isSet(m_topicOption))
        problem = tr("'acl add' needs --topic FILTER");
    else if (!m_parser.isSet(m_accessOption))
        problem = tr("'acl add' needs --access read|write|readwrite");
    if (!problem.isEmpty()) {
        *exit = usage(problem);
        return std::nullopt;
    }
    const QString access = m_parser.value(m_accessOption);
    const auto parsed = broker::access::parseAclAccess(access);
    if (!parsed) {
        *exit = usage(tr("--access must be read, write or readwrite, not '%1'").arg(access));
        return std::nullopt;
    }
    rule.access = *parsed;
    rule.filter = m_parser.value(m_topicOption).toUtf8();
    if (auto ok = AccessStore::checkRule(rule); !ok) {
        *exit = usage(ok.error().message);
        return std::nullopt;
    }
    return rule;
}

int Management::aclAdd()
{
    int exit = Ok;
    const auto rule = ruleFromOptions(&exit);
    if (!rule)
        return exit;
    auto store = openStore(&exit);
    if (!store)
        return exit;
    auto id = store->addRule(*rule);
    if (!id)
        return storeFailure(id.error(), QString());
    print(stdout, tr("Added ACL rule %1.").arg(*id) + QLatin1Char('\n'));
    return Ok;
}

int Management::aclRemove()
{
    bool ok = false;
    const qint64 id = m_arguments.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("'%1' is not a rule id; 'acl list' shows them").arg(m_arguments.first()));
    int exit = Ok;
    auto store = openStore(&exit);
    if (!store)
        return exit;
    if (auto removed = store->removeRule(id); !removed)
        return storeFailure(removed.error(), QString::number(id));
    print(stdout, tr("Removed ACL rule %1.").arg(id) + QLatin1Char('\n'));
    return Ok;
}

int Management::aclList()
{
    const QString path = AccessStore::pathIn(m_dataDirectory);
    QList<AclRule> rules;
    if (QFileInfo::exists(path)) { // listing creates nothing
        int exit = Ok;
        auto store = openStore(&exit);
        if (!store)
            return exit;
        auto read = store->rules();
        if (!read)
            return storeFailure(read.error(), QString());
        rules = std::move(read).value();
    }
    if (rules.isEmpty()) {
        print(stderr,
              tr("There are no ACL rules in %1: every client may read and write every topic.").arg(path) +
                  QLatin1Char('\n'));
        return Ok;
    }
    QList<QStringList> rows = {{tr("id"), tr("subject"), tr("name"), tr("filter"), tr("access")}};
    for (const AclRule &rule : std::as_const(rules))
        rows.append({QString::number(rule.id), broker::access::toString(rule.subject),
                     rule.name.isEmpty() ? QStringLiteral("-") : rule.name, QString::fromUtf8(rule.filter),
                     broker::access::toString(rule.access)});
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        print(stdout, line + QLatin1Char('\n'));
    }
    return Ok;
}

} // namespace

bool isManagementCommand(int argc, char **argv)
{
    return argc > 1 && (std::strcmp(argv[1], "user") == 0 || std::strcmp(argv[1], "acl") == 0);
}

int runManagement(const QStringList &arguments)
{
    // Errors come back as values and are printed once, in words for the
    // command line; the stores' own log lines would only repeat them.
    QLoggingCategory::setFilterRules(
        QStringLiteral("homewire.*.debug=false\nhomewire.*.info=false\nhomewire.*.warning=false\n"));
    Management management;
    return management.run(arguments);
}

} // namespace homewire::brokerapp
