// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/summaries/ImageSummaryWidget.h"
#include "PayloadReader.h"
#include "widgets/presentation/Formatting.h"
#include "widgets/presentation/Icons.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

ImageSummaryWidget::ImageSummaryWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QLabel)
    , m_imageSize(new QLabel)
    , m_entries(new QLabel)
    , m_payload(new QLabel)
    , m_trailing(new QLabel)
    , m_verdict(new QLabel)
    , m_findings(new QListWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QLabel *l : {m_layout, m_imageSize, m_entries, m_payload, m_trailing, m_verdict}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    form->addRow(tr("Layout:"), m_layout);
    form->addRow(tr("Image size:"), m_imageSize);
    form->addRow(tr("Entries:"), m_entries);
    form->addRow(tr("Payload:"), m_payload);
    form->addRow(tr("Trailing bytes:"), m_trailing);
    form->addRow(tr("Importer:"), m_verdict);
    layout->addLayout(form);
    auto *findingsLabel = new QLabel(tr("Findings:"));
    layout->addWidget(findingsLabel);
    m_findings->setAccessibleName(tr("Importer findings"));
    m_findings->setWordWrap(true);
    m_findings->setAlternatingRowColors(true);
    findingsLabel->setBuddy(m_findings);
    layout->addWidget(m_findings, 1);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = item->data(Qt::UserRole).toInt();
        if (index >= 0)
            Q_EMIT entryActivated(index);
    });
}

void ImageSummaryWidget::showLoading(const QString &path, int entriesSoFar)
{
    Q_UNUSED(path)
    m_layout->setText(tr("detecting…"));
    m_entries->setText(tr("%1 read so far").arg(QLocale().toString(entriesSoFar)));
    m_imageSize->clear();
    m_payload->clear();
    m_trailing->clear();
    m_verdict->setText(tr("reading…"));
    m_findings->clear();
    m_noFindings = nullptr;
    m_read = false;
}

void ImageSummaryWidget::showReader(const PayloadReader &reader)
{
    m_findings->clear();
    m_noFindings = nullptr;
    m_read = false;
    const bool failed = !reader.errorString().isEmpty();
    m_layout->setText(failed && reader.layoutNote().isEmpty() ? tr("unknown") : reader.layoutNote());
    m_imageSize->setText(reader.imageSize() >= 0
            ? tr("%1 (%2)").arg(Formatting::bytes(reader.imageSize()), Formatting::exactBytes(reader.imageSize()))
            : QString());
    m_entries->setText(failed
            ? tr("%1 readable of %2 declared")
                  .arg(QLocale().toString(reader.entries().size()), QLocale().toString(reader.declaredCount()))
            : QLocale().toString(reader.entries().size()));
    m_payload->setText(Formatting::bytes(reader.payloadBytes()));
    if (failed) {
        m_trailing->setText(tr("unknown"));
        m_verdict->setText(tr("The image is damaged: %1").arg(reader.errorString()));
        auto *item = new QListWidgetItem(Icons::get(QStringLiteral("dialog-error")), reader.errorString());
        item->setData(Qt::UserRole, reader.error().entryIndex);
        m_findings->addItem(item);
        return;
    }
    const qint64 trailing = reader.trailingBytes();
    if (trailing == 0)
        m_trailing->setText(tr("none"));
    else if (reader.trailingAllZero().value_or(false))
        m_trailing->setText(tr("%1, all zero").arg(Formatting::bytes(trailing)));
    else
        m_trailing->setText(tr("%1, not all zero").arg(Formatting::bytes(trailing)));

    int errors = 0, warnings = 0;
    for (const ImporterFinding &f : reader.findings()) {
        QString icon = QStringLiteral("dialog-information");
        if (f.severity == ImporterFinding::Severity::Error) {
            icon = QStringLiteral("dialog-error");
            ++errors;
        } else if (f.severity == ImporterFinding::Severity::Warning) {
            icon = QStringLiteral("dialog-warning");
            ++warnings;
        }
        const QString message = findingText(reader, f);
        const QString text =
            f.entryIndex >= 0 ? tr("Entry %1: %2").arg(QLocale().toString(f.entryIndex), message) : message;
        auto *item = new QListWidgetItem(Icons::get(icon), text);
        item->setData(Qt::UserRole, f.entryIndex);
        item->setToolTip(text);
        m_findings->addItem(item);
    }
    if (errors > 0)
        m_verdict->setText(tr("rejects this image (%n error(s))", nullptr, errors));
    else if (warnings > 0)
        m_verdict->setText(tr("accepts it, with %n warning(s)", nullptr, warnings));
    else
        m_verdict->setText(tr("accepts every entry"));
    m_read = true;
    showNoFindings();
}

QString ImageSummaryWidget::findingText(const PayloadReader &reader, const ImporterFinding &finding)
{
    if (finding.code != ImporterFinding::Code::TrailingBytes)
        return Formatting::sentence(finding.message);
    // The core writes the count as a plain number (its text goes to lbpayload's JSON too).
    const QString count = Formatting::count(reader.trailingBytes());
    const std::optional<bool> allZero = reader.trailingAllZero();
    if (!allZero.has_value())
        return tr("%1 bytes follow the last entry (not all checked); the importer ignores them.").arg(count);
    if (*allZero)
        return tr("%1 zero bytes follow the last entry; the importer ignores them.").arg(count);
    return tr("%1 bytes follow the last entry and not all are zero; the importer ignores them.").arg(count);
}

void ImageSummaryWidget::setIntegrityFailures(int failures)
{
    m_integrityFailures = failures;
    showNoFindings();
}

void ImageSummaryWidget::showNoFindings()
{
    delete m_noFindings;
    m_noFindings = nullptr;
    if (!m_read || m_findings->count() > 0)
        return;
    m_noFindings = m_integrityFailures > 0
        ? new QListWidgetItem(Icons::get(QStringLiteral("dialog-error")),
              tr("The importer finds nothing, but entries failed the integrity test: %1 (see the Status column).")
                  .arg(Formatting::count(m_integrityFailures)))
        : new QListWidgetItem(Icons::get(QStringLiteral("emblem-ok")), tr("No findings."));
    m_findings->addItem(m_noFindings);
}

QString ImageSummaryWidget::noFindingsText() const
{
    return m_noFindings ? m_noFindings->text() : QString();
}

int ImageSummaryWidget::findingCount() const
{
    return m_findings->count();
}
