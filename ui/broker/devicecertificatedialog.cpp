#include "ui/broker/devicecertificatedialog.h"

#include "broker/net/homecertificates.h"
#include "ui/broker/growtofit.h"
#include "ui/dashboard/tonelabel.h"
#include "ui/inspector/palettecolors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace homewire::ui {

struct DeviceCertificateOutcome
{
    QString error; // empty: written
    broker::net::DeviceCertificateFiles files;
};

namespace {

constexpr int MaxNameLength = 64; // a certificate's common name
constexpr int FieldChars = 34;

} // namespace

DeviceCertificateDialog::DeviceCertificateDialog(const QString &tlsDirectory, QWidget *parent)
    : QDialog(parent)
    , m_tlsDirectory(tlsDirectory)
    , m_name(new QLineEdit(this))
    , m_nameProblem(new ToneLabel(ToneLabel::Tone::Error, QString(), this))
    , m_folder(new QLineEdit(this))
    , m_files(new ToneLabel(ToneLabel::Tone::Secondary, QString(), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("deviceCertificateDialog"));
    setWindowTitle(tr("Create device certificate"));
    auto *intro = new QLabel(tr("A certificate lets a device log in over TLS without a password. Its name "
                                "becomes the device's user name, so the rules for that user apply to it."),
                             this);
    intro->setWordWrap(true);

    QFormLayout *form = createForm();
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeviceCertificateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        m_result->clear();
    });
    connect(m_name, &QLineEdit::textChanged, this, &DeviceCertificateDialog::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &DeviceCertificateDialog::validate);
    validate();
    resize(540, sizeHint().height());
}

DeviceCertificateDialog::~DeviceCertificateDialog() = default;

QFormLayout *DeviceCertificateDialog::createForm()
{
    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setPlaceholderText(tr("e.g. kitchen-sensor"));
    m_name->setMaxLength(MaxNameLength);
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * FieldChars);
    m_nameProblem->setObjectName(QStringLiteral("deviceNameProblem"));
    m_nameProblem->hide();
    auto *nameCell = new QWidget(this);
    auto *nameColumn = new QVBoxLayout(nameCell);
    nameColumn->setContentsMargins(0, 0, 0, 0);
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameProblem);

    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Homewire devices")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Save the files in"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Device &name:"), nameCell);
    auto *folderLabel = new QLabel(tr("Save &in:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_files);
    m_files->setObjectName(QStringLiteral("files"));
    return form;
}

void DeviceCertificateDialog::setDeviceName(const QString &name)
{
    m_name->setText(name);
}

void DeviceCertificateDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString DeviceCertificateDialog::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter the device's name.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('+')) || name.contains(QLatin1Char('#')))
        return tr("The name becomes the device's user name, and rules with %u never apply to names with "
                  "“/”, “+” or “#”.");
    if (broker::net::deviceFileBaseName(name).compare(QStringLiteral("ca"), Qt::CaseInsensitive) == 0)
        return tr("“ca” is taken by the authority's file, ca.crt.");
    return {};
}

QString DeviceCertificateDialog::problem() const
{
    if (QString issue = nameProblem(); !issue.isEmpty())
        return issue;
    if (m_folder->text().trimmed().isEmpty())
        return tr("Choose a folder for the files.");
    return {};
}

void DeviceCertificateDialog::validate()
{
    const QString issue = problem();
    const QString nameIssue = nameProblem();
    m_nameProblem->setText(nameIssue);
    m_nameProblem->setVisible(!nameIssue.isEmpty() && (!m_name->text().isEmpty() || m_nameTouched));
    const QString base = broker::net::deviceFileBaseName(m_name->text());
    const QDir folder(m_folder->text().trimmed());
    QString files = tr("Writes %1.crt, %1.key and ca.crt.").arg(base);
    if (!m_name->text().trimmed().isEmpty() &&
        QFileInfo::exists(folder.filePath(base + QStringLiteral(".crt"))))
        files += QLatin1Char(' ') + tr("Files of that name already in the folder are replaced.");
    m_files->setText(files);
    m_files->setVisible(!m_name->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(issue.isEmpty() && !m_job);
    growToFit(this);
}

void DeviceCertificateDialog::accept()
{
    if (!problem().isEmpty() || m_job)
        return;
    m_job = new QFutureWatcher<DeviceCertificateOutcome>(this);
    connect(m_job, &QFutureWatcherBase::finished, this, &DeviceCertificateDialog::onCreated);
    const QString tls = m_tlsDirectory;
    const QString name = m_name->text().trimmed();
    const QString folder = m_folder->text().trimmed();
    m_job->setFuture(QtConcurrent::run([tls, name, folder] {
        auto made = broker::net::createDeviceCertificate(tls, name, folder);
        broker::net::releaseCryptoThreadState();
        DeviceCertificateOutcome outcome;
        if (made)
            outcome.files = made.value();
        else
            outcome.error = made.error().message;
        return outcome;
    }));
    m_result->setText(tr("Creating…"));
    validate();
}

void DeviceCertificateDialog::onCreated()
{
    const DeviceCertificateOutcome outcome = m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    QPalette palette = m_result->palette();
    if (!outcome.error.isEmpty()) {
        palette.setColor(QPalette::WindowText, errorTextColor(this->palette()));
        m_result->setPalette(palette);
        m_result->setText(tr("The certificate could not be made: %1").arg(outcome.error));
    } else {
        m_result->setPalette(this->palette());
        const QFileInfo certificate(outcome.files.certificate);
        const QFileInfo key(outcome.files.privateKey);
        m_result->setText(tr("Saved %1, %2 and ca.crt in %3. Give the device all three; %2 is its secret and "
                             "belongs on that device only.")
                              .arg(certificate.fileName(), key.fileName(),
                                   QDir::toNativeSeparators(certificate.absolutePath())));
        emit created(outcome.files.certificate);
    }
    validate();
}

} // namespace homewire::ui
