// The translations are complete and consistent. lupdate runs over the
// sources into a copy of every translations/homewire_<lang>.ts (so a string
// added to the code but not yet to the files counts as unfinished), and then
// each message of each language must have a translation that keeps the
// source's placeholders, keyboard mnemonic and line breaks. English is the
// source language: only its plural forms are translated.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context,
                              {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                              {},
                              {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations += xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations += xml.readElementText();
            }
            messages += message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]|%n"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

int mnemonics(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&(?=\\w)"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_updated;
    QStringList m_languages;

private slots:
    void initTestCase()
    {
        // lupdate over the current sources, into copies of the .ts files.
        QVERIFY(m_updated.isValid());
        const QDir source(QStringLiteral(HOMEWIRE_TS_DIR));
        QStringList copies;
        for (const QString &name : source.entryList({QStringLiteral("homewire_*.ts")}, QDir::Files)) {
            const QString copy = m_updated.filePath(name);
            QVERIFY(QFile::copy(source.filePath(name), copy));
            copies += copy;
            m_languages += name.mid(9, name.size() - 12);
        }
        QVERIFY2(m_languages.size() >= 5, qPrintable(m_languages.join(QLatin1Char(' '))));
        const QString project = m_updated.filePath(QStringLiteral("project.json"));
        QProcess generate;
        generate.setProcessChannelMode(QProcess::MergedChannels);
        generate.start(QStringLiteral(HOMEWIRE_CMAKE),
                       {QStringLiteral("-DIN_FILE=" HOMEWIRE_LUPDATE_PROJECT_IN),
                        QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                        QStringLiteral(HOMEWIRE_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(generate.waitForFinished(60'000));
        QVERIFY2(generate.exitCode() == 0, generate.readAll().constData());
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(HOMEWIRE_LUPDATE),
                      QStringList{QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                                  QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-ts")} +
                          copies);
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : std::as_const(m_languages))
            QTest::newRow(qPrintable(language)) << language;
    }
    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages =
            readTs(m_updated.filePath(QStringLiteral("homewire_%1.ts").arg(language)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        const bool sourceLanguage = language == QLatin1String("en");
        QStringList problems;
        for (const Message &message : messages) {
            if (sourceLanguage && !message.numerus)
                continue;
            const QString where =
                message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
            if (message.type == QLatin1String("unfinished")) {
                problems += where + QStringLiteral(" is unfinished");
                continue;
            }
            if (!message.type.isEmpty()) {
                problems += where + QStringLiteral(" is ") + message.type;
                continue;
            }
            if (message.translations.isEmpty())
                problems += where + QStringLiteral(" has no translation");
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems += where + QStringLiteral(" has an empty translation");
                else if (placeholders(translation) != placeholders(message.source))
                    problems += where + QStringLiteral(" changes the placeholders: ") + translation;
                else if (mnemonics(translation) != mnemonics(message.source))
                    problems += where + QStringLiteral(" changes the keyboard mnemonic: ") + translation;
                else if (translation.count(QLatin1Char('\n')) != message.source.count(QLatin1Char('\n')))
                    problems += where + QStringLiteral(" changes the line breaks: ") + translation;
            }
        }
        if (!problems.isEmpty()) {
            const int shown = int(std::min<qsizetype>(problems.size(), 20));
            QFAIL(qPrintable(QStringLiteral("homewire_%1.ts: %2 problems (run the update_translations target "
                                            "after changing strings, then translate):\n  ")
                                 .arg(language)
                                 .arg(problems.size()) +
                             problems.mid(0, shown).join(QStringLiteral("\n  "))));
        }
    }

    // Every context in the files is one a tr() looks in at run time. A class
    // in a namespace translates in "namespace::Class"; when lupdate cannot
    // place a class in its namespace it files the strings under the bare
    // class name, where nothing ever looks, and the interface stays English
    // although every entry is translated. Bare names are only right when the
    // code names that context itself (Q_DECLARE_TR_FUNCTIONS, translate(),
    // QT_TRANSLATE_NOOP) or for QObject::tr().
    void contextsAreTheOnesLookedUp()
    {
        QSet<QString> named{QStringLiteral("QObject")};
        static const QRegularExpression explicitContext(
            QStringLiteral("(?:Q_DECLARE_TR_FUNCTIONS\\(\\s*|translate\\(\\s*\"|QT_TRANSLATE_NOOP3?\\(\\s*\")"
                           "([A-Za-z_][\\w:]*)"));
        // Headers too: Q_DECLARE_TR_FUNCTIONS sits in class declarations.
        for (const char *folder : {"core", "ui", "app", "plugins"}) {
            QDirIterator it(QStringLiteral(HOMEWIRE_SOURCE_DIR "/") + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto match = explicitContext.globalMatch(text); match.hasNext();)
                    named.insert(match.next().captured(1));
            }
        }
        QFile ts(m_updated.filePath(QStringLiteral("homewire_en.ts")));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QStringList lost;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
                const QString context = xml.readElementText();
                if (!context.contains(QLatin1String("::")) && !named.contains(context))
                    lost += context;
            } else if (!xml.isStartElement()) {
                xml.readNext();
            }
        }
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("contexts no tr() looks in (lupdate did not see the "
                                           "class's namespace): ") +
                            lost.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
