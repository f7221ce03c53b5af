// DeviceCertificateDialog: "Create device certificate": a client certificate
// and key for one device, signed by the home's authority, saved with a copy
// of ca.crt in a folder the user picks. The device's name is the
// certificate's common name, which the broker takes as its user name. The
// dialog stays open afterwards to say what was written where, so several
// devices can be done in a row.
//
// Not here: the certificates (broker/net/homecertificates.h, run on the
// thread pool).
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
template<typename T> class QFutureWatcher;

namespace homewire::ui {

struct DeviceCertificateOutcome;

class DeviceCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeviceCertificateDialog(const QString &tlsDirectory, QWidget *parent = nullptr);
    ~DeviceCertificateDialog() override;

    void setDeviceName(const QString &name);
    void setFolder(const QString &folder);
    QString problem() const; // why Create is disabled; empty when it is not
    bool isCreating() const { return m_job != nullptr; }

    // Creates the files (the dialog stays open).
    void accept() override;

signals:
    void created(const QString &certificateFile);

private:
    QFormLayout *createForm();
    QString nameProblem() const;
    void validate();
    void onCreated();

    const QString m_tlsDirectory;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLineEdit *m_folder;
    QLabel *m_files;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<DeviceCertificateOutcome> *m_job = nullptr;
    bool m_nameTouched = false;
};

} // namespace homewire::ui
