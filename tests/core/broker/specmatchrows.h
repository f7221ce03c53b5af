// The matching examples of MQTT 3.1.1 section 4.7 (5.0 4.7), as one
// data table for every structure that matches topics against filters.
#pragma once

#include <QByteArray>
#include <QTest>

inline void addSpecMatchRows()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<bool>("matches");

    const auto row = [](const char *name, const char *filter, const char *topic, bool matches) {
        QTest::newRow(name) << QByteArray(filter) << QByteArray(topic) << matches;
    };
    // 4.7.1.2 Multi-level wildcard
    row("# parent level [MQTT-4.7.1-2]", "sport/tennis/player1/#", "sport/tennis/player1", true);
    row("# one level below [MQTT-4.7.1-2]", "sport/tennis/player1/#", "sport/tennis/player1/ranking", true);
    row("# two levels below [MQTT-4.7.1-2]", "sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon",
        true);
    row("# not a sibling [MQTT-4.7.1-2]", "sport/tennis/player1/#", "sport/tennis/player2", false);
    row("sport/# matches sport [MQTT-4.7.1-2]", "sport/#", "sport", true);
    row("# alone matches all [MQTT-4.7.1-2]", "#", "sport/tennis/player1", true);
    row("# alone matches /", "#", "/", true);
    row("a/# does not match ab", "a/#", "ab", false);
    // 4.7.1.3 Single level wildcard
    row("+ last level [MQTT-4.7.1-3]", "sport/tennis/+", "sport/tennis/player1", true);
    row("+ last level other [MQTT-4.7.1-3]", "sport/tennis/+", "sport/tennis/player2", true);
    row("+ one level only [MQTT-4.7.1-3]", "sport/tennis/+", "sport/tennis/player1/ranking", false);
    row("sport/+ not sport [MQTT-4.7.1-3]", "sport/+", "sport", false);
    row("sport/+ empty level [MQTT-4.7.1-3]", "sport/+", "sport/", true);
    row("+/+ leading empty level [MQTT-4.7.1-3]", "+/+", "/finance", true);
    row("/+ leading separator [MQTT-4.7.1-3]", "/+", "/finance", true);
    row("+ alone not two levels [MQTT-4.7.1-3]", "+", "/finance", false);
    row("+ alone one level [MQTT-4.7.1-3]", "+", "sport", true);
    row("+ with # [MQTT-4.7.1-3]", "+/tennis/#", "sport/tennis/player1", true);
    row("+ in the middle [MQTT-4.7.1-3]", "sport/+/player1", "sport/tennis/player1", true);
    row("+/# matches one level", "+/#", "sport", true);
    // 4.7.2 Topics beginning with $
    row("# not $SYS [MQTT-4.7.2-1]", "#", "$SYS/monitor/Clients", false);
    row("+/monitor/Clients not $SYS [MQTT-4.7.2-1]", "+/monitor/Clients", "$SYS/monitor/Clients", false);
    row("$SYS/# matches [MQTT-4.7.2-1]", "$SYS/#", "$SYS/monitor/Clients", true);
    row("$SYS/monitor/+ matches [MQTT-4.7.2-1]", "$SYS/monitor/+", "$SYS/monitor/Clients", true);
    row("$SYS/# parent [MQTT-4.7.2-1]", "$SYS/#", "$SYS", true);
    row("+ not $ alone [MQTT-4.7.2-1]", "+", "$", false);
    row("+/# not $SYS [MQTT-4.7.2-1]", "+/#", "$SYS/x", false);
    row("$ rule only at the first level", "a/+", "a/$b", true);
    row("# below a literal matches $ level", "a/#", "a/$b/c", true);
    // 4.7.3 Topic semantic and usage
    row("case sensitive [4.7.3]", "ACCOUNTS", "Accounts", false);
    row("space is a character [4.7.3]", "Accounts payable", "Accounts payable", true);
    row("leading / is distinct [4.7.3]", "/finance", "finance", false);
    row("no leading / is distinct [4.7.3]", "finance", "/finance", false);
    row("trailing / is distinct [4.7.3]", "sport/", "sport", false);
    row("/ alone [4.7.3]", "/", "/", true);
    row("empty levels a//b", "a//b", "a//b", true);
    row("+ matches empty middle level", "a/+/b", "a//b", true);
}
