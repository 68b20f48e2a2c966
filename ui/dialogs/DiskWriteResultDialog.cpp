// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "dialogs/DiskWriteResultDialog.h"
#include "widgets/presentation/Formatting.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QString rateText(qint64 bytes, qint64 ms)
{
    return ms > 0 ? Formatting::rate(double(bytes) * 1000.0 / double(ms)) : QString();
}
} // namespace

QString DiskWriteResultDialog::factsHtml(const DiskWriteResult &r, const QString &imagePath)
{
    using O = DiskWriteResult::Outcome;
    QStringList lines;
    lines << tr("Image: %1 (%2)").arg(imagePath.toHtmlEscaped(), Formatting::exactBytes(r.imageSize));
    lines << tr("Disk: %1, %2 (%3)")
                 .arg(
                     r.device.label().toHtmlEscaped(), Formatting::bytes(r.device.size), r.device.path.toHtmlEscaped());
    if (r.outcome == O::Written || r.outcome == O::Mismatch) {
        lines << tr("Written: %1 in %2, %3, %4")
                     .arg(Formatting::exactBytes(r.bytesWritten), Formatting::duration((r.writeMs + 500) / 1000),
                         rateText(r.bytesWritten, r.writeMs),
                         r.directIo ? tr("direct I/O") : tr("through the page cache, then synced"));
        if (r.zeroedBytes > 0)
            lines << tr("Zeros after the image: %1").arg(Formatting::exactBytes(r.zeroedBytes));
    }
    if (r.verified || r.outcome == O::Mismatch) {
        lines << tr("Read back: %1 in %2, %3")
                     .arg(Formatting::exactBytes(r.bytesWritten), Formatting::duration((r.verifyMs + 500) / 1000),
                         r.verifyBypassedCache ? tr("past the page cache (direct I/O)")
                                               : tr("after dropping the page cache"));
        lines << tr("Entries compared by SHA-256: %1").arg(r.entriesChecked);
        lines << tr("Header, name and padding bytes compared: %1").arg(Formatting::exactBytes(r.bytesCompared));
    } else if (r.outcome == O::Written) {
        lines << tr("Not verified: the disk was not read back.");
    }
    if (r.permissionDenied)
        lines << tr("Payload Studio may not open %1 for writing. Start it as a user who may write to the disk "
                    "(root, or a member of the group that owns the device, often <i>disk</i>), or write from a "
                    "terminal with <tt>sudo lbpayload write %2 %1</tt>. It never asks for a password itself.")
                     .arg(r.device.path.toHtmlEscaped(), imagePath.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

DiskWriteResultDialog::DiskWriteResultDialog(const DiskWriteResult &result, const QString &imagePath, QWidget *parent)
    : QDialog(parent)
{
    using O = DiskWriteResult::Outcome;
    setObjectName(QStringLiteral("diskWriteResult"));
    QString headline;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (result.outcome) {
    case O::Written:
        headline = result.verified ? tr("Written and verified") : tr("Written");
        break;
    case O::Mismatch:
        headline = tr("The disk does not read back as the image");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case O::Canceled:
        headline = tr("Writing was canceled");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case O::Refused:
        headline = tr("This disk cannot be written to");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case O::Failed:
    case O::NotStarted:
        headline = result.permissionDenied ? tr("No permission to write to the disk") : tr("Writing failed");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    setWindowTitle(headline);

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(48, 48));
    m_headline = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                .arg(headline.toHtmlEscaped(),
                                    (result.diskState.isEmpty() ? result.error : result.diskState).toHtmlEscaped()),
        this);
    m_headline->setWordWrap(true);
    QString details = factsHtml(result, imagePath);
    if (!result.error.isEmpty() && result.outcome != O::Written && result.outcome != O::Mismatch)
        details = result.error.toHtmlEscaped() + QStringLiteral("<br><br>") + details;
    m_details = new QLabel(details, this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences = new QPlainTextEdit(result.mismatches.join(QLatin1Char('\n')), this);
    m_differences->setReadOnly(true);
    m_differences->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_differences->setVisible(!result.mismatches.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
    resize(620, result.mismatches.isEmpty() ? 260 : 420);
}

QString DiskWriteResultDialog::headline() const
{
    return m_headline->text();
}

QString DiskWriteResultDialog::details() const
{
    return m_details->text();
}

QString DiskWriteResultDialog::differences() const
{
    return m_differences->toPlainText();
}
