// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/summaries/PayloadStatusWidget.h"
#include "widgets/meters/FillMeter.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

PayloadStatusWidget::PayloadStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_entries(new QLabel)
    , m_payload(new QLabel)
    , m_image(new QLabel)
    , m_problemIcon(new QLabel)
    , m_problems(new QLabel)
    , m_target(new QComboBox)
    , m_fill(new FillMeter)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_entries->setAccessibleName(tr("Entry count"));
    m_payload->setAccessibleName(tr("Payload size"));
    m_image->setAccessibleName(tr("Image size"));
    m_problems->setAccessibleName(tr("Problem count"));
    layout->addWidget(m_entries);
    layout->addWidget(m_payload);
    layout->addWidget(m_image);
    auto *problems = new QHBoxLayout;
    problems->setSpacing(4);
    problems->addWidget(m_problemIcon);
    problems->addWidget(m_problems);
    layout->addLayout(problems);
    layout->addStretch(1);

    auto *targetLabel = new QLabel(tr("Target disk:"));
    targetLabel->setBuddy(m_target);
    layout->addWidget(targetLabel);
    m_target->setAccessibleName(tr("Target disk size"));
    m_target->setToolTip(tr("The size of the disk the image is meant for: the bar shows how full it will be"));
    m_target->addItem(tr("None"), qint64(0));
    for (qint64 mib : {256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536})
        m_target->addItem(Formatting::bytes(mib << 20), qint64(mib << 20));
    layout->addWidget(m_target);
    m_fill->setMaximumWidth(140);
    m_fill->setAccessibleName(tr("Target disk fill"));
    layout->addWidget(m_fill);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        updateFill();
        Q_EMIT targetDiskChanged(targetDiskBytes());
    });
    updateFill();
}

void PayloadStatusWidget::setFacts(int entries, qint64 payloadBytes, qint64 imageSize, PayloadFormat::Layout layout,
    int errors, int warnings, int hashing, int failedTests, int mismatches)
{
    m_imageSize = imageSize;
    m_entries->setText(tr("%n entry(s)", nullptr, entries));
    m_payload->setText(tr("Payload: %1").arg(Formatting::bytes(payloadBytes)));
    m_payload->setToolTip(Formatting::exactBytes(payloadBytes));
    m_image->setText(tr("Image: %1 (%2)").arg(Formatting::bytes(imageSize), PayloadFormat::layoutName(layout)));
    m_image->setToolTip(tr("%1, headers included, before padding").arg(Formatting::exactBytes(imageSize)));
    QString text;
    if (errors > 0)
        text = tr("%n problem(s)", nullptr, errors);
    if (warnings > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + tr("%n warning(s)", nullptr, warnings);
    if (mismatches > 0)
        text += QStringLiteral(" (") + tr("%n content mismatch(es)", nullptr, mismatches) + QLatin1Char(')');
    if (failedTests > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) +
            tr("%n failed integrity test(s)", nullptr, failedTests);
    if (text.isEmpty())
        text = tr("No problems");
    if (hashing > 0)
        text += QStringLiteral(" · ") + tr("hashing %n", nullptr, hashing);
    m_problems->setText(text);
    const QString icon = errors > 0 || failedTests > 0 ? QStringLiteral("dialog-error")
        : warnings > 0                                 ? QStringLiteral("dialog-warning")
                                                       : QStringLiteral("emblem-ok");
    m_problemIcon->setPixmap(Icons::get(icon).pixmap(16, 16));
    updateFill();
}

qint64 PayloadStatusWidget::targetDiskBytes() const
{
    return m_target->currentData().toLongLong();
}

void PayloadStatusWidget::setTargetDiskBytes(qint64 bytes)
{
    const int index = m_target->findData(bytes);
    m_target->setCurrentIndex(index < 0 ? 0 : index);
}

bool PayloadStatusWidget::exceedsTarget() const
{
    return targetDiskBytes() > 0 && m_imageSize > targetDiskBytes();
}

QString PayloadStatusWidget::entriesText() const
{
    return m_entries->text();
}

QString PayloadStatusWidget::problemsText() const
{
    return m_problems->text();
}

void PayloadStatusWidget::updateFill()
{
    const qint64 target = targetDiskBytes();
    m_fill->setVisible(target > 0);
    if (target <= 0)
        return;
    m_fill->setUsage(m_imageSize, target);
    m_fill->setFormat(tr("%1 full").arg(Formatting::percent(double(m_imageSize) * 100.0 / double(target))));
    const bool over = exceedsTarget();
    m_fill->setToolTip(over
            ? tr("The image (%1) will not fit on a %2 disk.")
                  .arg(Formatting::bytes(m_imageSize), Formatting::bytes(target))
            : tr("The image (%1) fits on a %2 disk.").arg(Formatting::bytes(m_imageSize), Formatting::bytes(target)));
}
