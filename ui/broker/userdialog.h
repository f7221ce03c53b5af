// UserDialog: "Add user" (name, password, password again) and "Change
// password" (the two password fields for a given user). Every field says
// under itself what is wrong with it (empty, taken, not matching), and OK
// stays disabled until nothing is.
//
// Not here: storing or hashing (AccessController does both off the GUI thread).
#pragma once

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace homewire::ui {

class UserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        ChangePassword,
    };

    // `takenNames`: the users there are (Add); `name`: whose password (ChangePassword).
    UserDialog(Mode mode, const QStringList &takenNames, const QString &name = {}, QWidget *parent = nullptr);

    QString userName() const;
    QString password() const;
    bool isAcceptable() const;
    void setTakenNames(const QStringList &names);

    void accept() override;

private:
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &objectName);
    void validate();
    QString nameProblem() const;
    void showProblem(QLineEdit *field, const QString &problem);

    const Mode m_mode;
    QStringList m_taken;
    QString m_fixedName;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_nameNote = nullptr;
    QLabel *m_passwordNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QLineEdit *, QLabel *> m_problems;
    QSet<QLineEdit *> m_touched;
};

} // namespace homewire::ui
