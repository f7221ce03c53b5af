// Starting and stopping the broker under test from a QtTest class. Kept apart
// from integrationtest.h because it must not pull in Homewire's mqtt/ headers:
// tst_clients includes Paho, whose headers have the same names (mqtt/topic.h,
// mqtt/properties.h), so that executable cannot have core/ on its include path.
#pragma once

#include "brokerprocess.h"

#include <QtTest>

// Starts the broker this run targets (HOMEWIRE_TEST_BROKER), or skips when it
// is not installed.
#define HW_START_BROKER(broker)                                                                              \
    do {                                                                                                     \
        if (BrokerProcess::programPath((broker).kind()).isEmpty())                                           \
            QSKIP("the broker under test is not installed");                                                 \
        QVERIFY2((broker).start(), qPrintable((broker).errorString() + QLatin1Char('\n') +                   \
                                              QString::fromUtf8((broker).logTail())));                       \
    } while (false)

// The broker is still running after a test; a crash would fail every later test.
#define HW_VERIFY_BROKER_ALIVE(broker) QVERIFY2((broker).isRunning(), (broker).logTail().constData())

// A Homewire broker must stop cleanly on SIGTERM with no sanitizer report.
#define HW_STOP_BROKER(broker)                                                                               \
    do {                                                                                                     \
        const bool clean_ = (broker).stop();                                                                 \
        if ((broker).isHomewire()) {                                                                         \
            QVERIFY2(!(broker).logHasSanitizerReport(), (broker).logTail(60).constData());                   \
            QVERIFY2(clean_, (broker).logTail().constData());                                                \
        }                                                                                                    \
    } while (false)
