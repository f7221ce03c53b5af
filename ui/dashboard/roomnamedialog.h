// RoomNameDialog: asks for a room's name (a new room, or a rename) and says
// under the field why a name cannot be used (empty, already taken) while OK
// stays disabled.
//
// Not here: changing the registry; the caller reads name() after accepted().
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace homewire::devices {
class DeviceRegistry;
}

namespace homewire::ui {

class RoomNameDialog : public QDialog
{
    Q_OBJECT

public:
    // `roomId` 0: a new room; otherwise the room being renamed.
    RoomNameDialog(const devices::DeviceRegistry *registry, qint64 roomId, const QString &name,
                   QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *nameField() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }
    bool isAcceptable() const;

private:
    void validate();

    const devices::DeviceRegistry *m_registry;
    qint64 m_roomId;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace homewire::ui
