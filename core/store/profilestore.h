// ProfileStore: the user's connection profiles in the application database
// (<dataDir>/homewire.db), with their default subscriptions in order, the
// built-in "Embedded broker" profile, and which profiles were open last time
// (to restore the tabs).
//
// Every field of ConnectionProfile is kept except the password, which never
// reaches this file: it goes to the SecretStore under secretKey(id). That key
// is a random id made when the profile is first saved, not the row id, so a
// database started afresh (after a corrupt file was moved aside) can never
// hand an old profile's keychain password to a new profile on another host.
//
// The calls are synchronous on the owning thread. That is a deliberate
// exception to "the GUI thread never writes SQLite": profiles are a handful of
// rows written on an explicit user action, one small WAL transaction each,
// and the dialogs need the answer (a duplicate name) before they close.
//
// Not here: passwords (SecretStore), URL parsing (client::parseConnectionUrl),
// the broker's own persistence (BrokerStore, in broker.db).
#pragma once

#include "client/connectionprofile.h"
#include "common/result.h"
#include "database.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

namespace homewire::store {

enum class ProfileStoreError : quint8
{
    QueryFailed,    // SQLite failed; the message says what
    InvalidProfile, // a field is out of range (empty name or host, bad filter, ...)
    DuplicateName,  // another profile has this name (names compare case-insensitively)
    NotFound,       // no profile with this id
    BuiltInProfile, // the embedded broker's profile cannot be removed
};

class ProfileStore : public QObject
{
    Q_OBJECT

public:
    ~ProfileStore() override;

    // Opens (creating and migrating as needed) the database at `path`.
    // A damaged file is moved aside and reported as StoreError::Corrupt.
    static Result<std::unique_ptr<ProfileStore>, StoreError> open(const QString &path);
    // "<dataDirectory>/homewire.db"
    static QString pathIn(const QString &dataDirectory);

    // The built-in profile first, then by name; passwords are empty.
    QList<client::ConnectionProfile> profiles() const;
    std::optional<client::ConnectionProfile> profile(qint64 id) const;
    // Where SecretStore keeps this profile's password; empty for an unknown id.
    QString secretKey(qint64 id) const;
    // Whether `name` is free for the profile `exceptId` (0: for a new one).
    bool isNameAvailable(const QString &name, qint64 exceptId = 0) const;

    // Inserts (id 0) or updates the profile; returns its id. The name is
    // trimmed. builtIn is the store's to decide: it is ignored here, and the
    // built-in profile keeps its address (ensureBuiltIn sets it).
    Result<qint64, ProfileStoreError> save(const client::ConnectionProfile &profile);
    // Removes a profile and its subscriptions. Its password is the caller's
    // to remove from the SecretStore (secretKey() before removing).
    Result<void, ProfileStoreError> remove(qint64 id);
    // Creates the "Embedded broker" profile (127.0.0.1:embeddedPort, "#" at
    // QoS 0) or points the existing one at the port, keeping the user's other
    // edits. Returns its id.
    Result<qint64, ProfileStoreError> ensureBuiltIn(quint16 embeddedPort);

    // The profiles open as tabs when Homewire last quit, in tab order.
    QList<qint64> openProfiles() const;
    Result<void, ProfileStoreError> setOpenProfiles(const QList<qint64> &ids);

    const QString &path() const;
    int schemaVersion() const;

signals:
    // After every save, removal or built-in update (not setOpenProfiles).
    void profilesChanged();

private:
    explicit ProfileStore(std::unique_ptr<Database> db);
    Result<void, ProfileStoreError> validate(const client::ConnectionProfile &profile) const;
    // Inserts (id 0) or updates one row and its subscriptions, in one transaction.
    Result<qint64, ProfileStoreError> write(const client::ConnectionProfile &profile);
    Result<void, ProfileStoreError> writeSubscriptions(qint64 id,
                                                       const QList<client::DefaultSubscription> &list);
    QList<client::ConnectionProfile> query(std::optional<qint64> id) const;

    std::unique_ptr<Database> m_db;
};

} // namespace homewire::store
