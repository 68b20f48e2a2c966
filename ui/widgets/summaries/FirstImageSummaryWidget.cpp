// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/summaries/FirstImageSummaryWidget.h"
#include "FirstImageFormat.h"
#include "FirstImageReader.h"
#include "widgets/meters/FillMeter.h"
#include "widgets/presentation/Formatting.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

FirstImageSummaryWidget::FirstImageSummaryWidget(QWidget *parent)
    : QWidget(parent)
    , m_filesMeter(new FillMeter)
    , m_bytesMeter(new FillMeter)
    , m_fiwixMeter(new FillMeter)
    , m_fiwixLabel(new QLabel(tr("Before Fiwix (inferred):")))
    , m_fiwixNote(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *stages = new QGroupBox(tr("Boot Disk"));
    auto *form = new QFormLayout(stages);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_file = addFact(form, QStringLiteral("file"), tr("File:"));
    m_imageSize = addFact(form, QStringLiteral("imageSize"), tr("Size:"));
    m_stage1 = addFact(form, QStringLiteral("stage1"), tr("Stage 1:"));
    m_stage2 = addFact(form, QStringLiteral("stage2"), tr("Stage 2 source:"));
    m_sha256 = addFact(form, QStringLiteral("sha256"), tr("SHA-256:"));
    // 64 hex digits: in the fixed font, in groups that can wrap, rather than widening the pane.
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_revision = addFact(form, QStringLiteral("revision"), tr("builder-hex0:"));
    m_script = addFact(form, QStringLiteral("script"), tr("Script:"));
    m_scriptEnd = addFact(form, QStringLiteral("scriptEnd"), tr("Script end:"));
    m_counts = addFact(form, QStringLiteral("counts"), tr("Records:"));
    m_trailing = addFact(form, QStringLiteral("trailing"), tr("After the script:"));
    layout->addWidget(stages);

    auto *budget = new QGroupBox(tr("Budget"));
    auto *meters = new QFormLayout(budget);
    meters->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_filesMeter->setObjectName(QStringLiteral("filesMeter"));
    m_filesMeter->setAccessibleName(tr("File slots used"));
    meters->addRow(tr("Files:"), m_filesMeter);
    m_bytesMeter->setObjectName(QStringLiteral("bytesMeter"));
    m_bytesMeter->setAccessibleName(tr("File bytes used"));
    meters->addRow(tr("Bytes:"), m_bytesMeter);
    m_fiwixMeter->setObjectName(QStringLiteral("fiwixMeter"));
    m_fiwixMeter->setAccessibleName(tr("Room before the Fiwix hand-off used (inferred)"));
    meters->addRow(m_fiwixLabel, m_fiwixMeter);
    m_fiwixNote->setObjectName(QStringLiteral("fiwixNote"));
    m_fiwixNote->setWordWrap(true);
    m_fiwixNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    meters->addRow(m_fiwixNote);
    layout->addWidget(budget);
}

QLabel *FirstImageSummaryWidget::addFact(QFormLayout *form, const QString &objectName, const QString &label)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

QString FirstImageSummaryWidget::fact(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void FirstImageSummaryWidget::showLoading(const QString &path)
{
    clearFacts(path, tr("Reading…"));
}

void FirstImageSummaryWidget::showUnreadable(const QString &path)
{
    clearFacts(path, tr("—"));
}

void FirstImageSummaryWidget::clearFacts(const QString &path, const QString &text)
{
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(path));
    for (QLabel *label : {m_imageSize, m_stage1, m_stage2, m_sha256, m_revision, m_script, m_scriptEnd, m_counts,
             m_trailing, m_fiwixNote}) {
        label->setText(text);
        label->setToolTip(QString());
    }
    for (FillMeter *meter : {m_filesMeter, m_bytesMeter, m_fiwixMeter}) {
        meter->setUsage(0, 1);
        meter->setFormat(QString());
        meter->setToolTip(QString());
        meter->setEnabled(false);
    }
}

void FirstImageSummaryWidget::showReader(const FirstImageReader &reader)
{
    const QLocale locale;
    m_imageSize->setText(Formatting::bytes(reader.imageSize()));
    m_imageSize->setToolTip(Formatting::exactBytes(reader.imageSize()));
    m_stage1->setText(reader.bootSignature() ? tr("boot sector, ends in 55 AA")
                                             : tr("no boot signature: the BIOS will not boot this disk"));
    m_stage2->setText(Formatting::exactBytes(reader.stage2Size()));
    // In groups of 16 digits, as fingerprints are shown: the label can wrap between them.
    QString sha = QString::fromLatin1(reader.stage2Sha256());
    for (qsizetype at = sha.size() - 16; at > 0; at -= 16)
        sha.insert(at, QLatin1Char(' '));
    m_sha256->setText(sha);
    m_sha256->setToolTip(QString::fromLatin1(reader.stage2Sha256()));
    m_revision->setText(reader.revision().isEmpty()
            ? tr("unknown, limits of %1 assumed").arg(FirstImageFormat::pinnedRevision().name)
            : reader.revision());
    m_script->setText(
        tr("bytes %1 to %2").arg(locale.toString(reader.scriptStart()), locale.toString(reader.scriptEnd())));
    switch (reader.scriptEndKind()) {
    case FirstImageReader::ScriptEnd::ZeroByte:
        m_scriptEnd->setText(tr("a zero byte, where builder-hex0 stops"));
        break;
    case FirstImageReader::ScriptEnd::EndOfImage:
        m_scriptEnd->setText(tr("the end of the image, with no zero byte"));
        break;
    case FirstImageReader::ScriptEnd::TruncatedRecord:
        m_scriptEnd->setText(tr("a record cut off by the end of the image"));
        break;
    case FirstImageReader::ScriptEnd::Malformed:
        m_scriptEnd->setText(tr("a line builder-hex0 would misread"));
        break;
    }
    m_counts->setText(tr("files: %1 · folders: %2 · commands: %3")
                          .arg(locale.toString(reader.fileCount()), locale.toString(reader.folderCount()),
                              locale.toString(reader.commandCount())));
    const std::optional<bool> zero = reader.trailingAllZero();
    m_trailing->setText(reader.trailingBytes() == 0 ? tr("nothing")
            : !zero ? tr("%1, not checked").arg(Formatting::bytes(reader.trailingBytes()))
            : *zero ? tr("%1 of zeros").arg(Formatting::bytes(reader.trailingBytes()))
                    : tr("%1, not all zero").arg(Formatting::bytes(reader.trailingBytes())));
    showBudget(reader);
}

void FirstImageSummaryWidget::showBudget(const FirstImageReader &reader)
{
    const QLocale locale;
    const FirstImageBudget &b = reader.budget();
    // A script not read to its end (reading stopped) has no budget: no limits to measure against.
    const bool counted = b.filesLimit > 0;
    for (FillMeter *meter : {m_filesMeter, m_bytesMeter, m_fiwixMeter})
        meter->setEnabled(counted);
    if (!counted) {
        for (FillMeter *meter : {m_filesMeter, m_bytesMeter, m_fiwixMeter}) {
            meter->setUsage(0, 1);
            meter->setFormat(tr("not counted"));
        }
        m_fiwixNote->setText(tr("The script was not read to its end: its budget is not counted."));
        return;
    }
    m_filesMeter->setUsage(b.filesUsed, b.filesLimit);
    m_filesMeter->setFormat(tr("%1 of %2 files").arg(locale.toString(b.filesUsed), locale.toString(b.filesLimit)));
    m_filesMeter->setToolTip(tr("File slots builder-hex0 has for the whole boot: every src and hex0 record takes "
                                "one, and so does every file the build writes before Fiwix."));
    m_bytesMeter->setUsage(b.bytesUsed, b.bytesLimit);
    m_bytesMeter->setFormat(tr("%1 of %2").arg(Formatting::bytes(b.bytesUsed), Formatting::bytes(b.bytesLimit)));
    m_bytesMeter->setToolTip(
        tr("%1 of %2 of file data").arg(Formatting::exactBytes(b.bytesUsed), Formatting::exactBytes(b.bytesLimit)));

    if (!b.fiwix) {
        m_fiwixMeter->setUsage(0, 1);
        m_fiwixMeter->setFormat(tr("unknown"));
        m_fiwixMeter->setEnabled(false);
        m_fiwixNote->setText(tr("The image holds no steps/jump/fiwix.sh to read the Fiwix initrd size from."));
        return;
    }
    // Inferred (FIRST-IMAGE.md): make_fiwix_initrd puts its ext2 image after the last file,
    // so the srcfs and everything built before `jump: fiwix` share what the initrd leaves.
    const qint64 room = b.bytesLimit - b.fiwix->initrdBytes();
    m_fiwixMeter->setEnabled(true);
    m_fiwixMeter->setUsage(b.bytesUsed, room);
    m_fiwixMeter->setFormat(tr("%1 of %2 (inferred)").arg(Formatting::bytes(b.bytesUsed), Formatting::bytes(room)));
    const qint64 left = b.leftBeforeFiwix();
    const QString where =
        b.fiwix->line > 0 ? tr("%1, line %2").arg(b.fiwix->source).arg(b.fiwix->line) : b.fiwix->source;
    m_fiwixNote->setText(left >= 0
            ? tr("Inferred: %1 left for the files the build writes before Fiwix, after the %2 initrd of %3.")
                  .arg(Formatting::bytes(left), Formatting::bytes(b.fiwix->initrdBytes()), where)
            : tr("Inferred: the srcfs is %1 too large for the %2 initrd of %3 to fit after it.")
                  .arg(Formatting::bytes(-left), Formatting::bytes(b.fiwix->initrdBytes()), where));
    m_fiwixMeter->setToolTip(tr("Inferred from upstream's sources, not stated by them: the srcfs, the files built "
                                "before `jump: fiwix` and the Fiwix initrd share builder-hex0's %1 of file space.")
                                 .arg(Formatting::bytes(b.bytesLimit)));
}
