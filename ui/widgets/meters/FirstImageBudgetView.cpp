// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "widgets/meters/FirstImageBudgetView.h"
#include "CheckoutLayout.h"
#include "SrcfsPlan.h"
#include "widgets/messages/NoticeBar.h"
#include "widgets/meters/FillMeter.h"
#include "widgets/presentation/Formatting.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

// How many of the largest files the label names; the tooltip has all SrcfsPlan keeps.
constexpr int LargestNamed = 3;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percentOf(qint64 used, qint64 limit)
{
    return limit > 0 ? Formatting::percent(double(used) * 100.0 / double(limit)) : QString();
}

} // namespace

FirstImageBudgetView::FirstImageBudgetView(QWidget *parent)
    : QFrame(parent)
    , m_layout(new QLabel)
    , m_layoutNotice(new NoticeBar)
    , m_title(new QLabel)
    , m_files(new FillMeter)
    , m_bytes(new FillMeter)
    , m_fiwixCaption(new QLabel(tr("Fiwix hand-off (inferred):")))
    , m_fiwix(new FillMeter)
    , m_notes(new QLabel)
    , m_largest(new QLabel)
    , m_splits(new QLabel)
{
    setObjectName(QStringLiteral("firstImageBudget"));
    setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(8, 4, 8, 4);
    box->setSpacing(3);

    m_layout->setObjectName(QStringLiteral("checkoutLayout"));
    m_layout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setAccessibleName(tr("Payload layout"));
    box->addWidget(m_layout);
    m_layoutNotice->setObjectName(QStringLiteral("layoutNotice"));
    m_layoutNotice->hide();
    box->addWidget(m_layoutNotice);

    auto *meters = new QGridLayout;
    meters->setHorizontalSpacing(6);
    meters->addWidget(m_title, 0, 0);
    const auto addMeter = [meters](int column, QLabel *caption, FillMeter *meter, const QString &name) {
        caption->setBuddy(meter);
        meter->setAccessibleName(name);
        meter->setMinimumWidth(160);
        meters->addWidget(caption, 0, column, Qt::AlignRight);
        meters->addWidget(meter, 0, column + 1);
        meters->setColumnStretch(column + 1, 1);
    };
    addMeter(1, new QLabel(tr("Files:")), m_files, tr("First image files"));
    addMeter(3, new QLabel(tr("Bytes:")), m_bytes, tr("First image bytes"));
    addMeter(5, m_fiwixCaption, m_fiwix, tr("Room before the Fiwix hand-off (inferred)"));
    m_fiwixCaption->setToolTip(tr("Inferred from the checkout's steps/jump/fiwix.sh, not a limit builder-hex0 states"));
    box->addLayout(meters);

    // Long texts wrap or are cut rather than widen the window; the tooltips have everything.
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    box->addWidget(m_notes);
    auto *bottom = new QHBoxLayout;
    m_largest->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bottom->addWidget(m_largest, 1);
    bottom->addWidget(m_splits);
    box->addLayout(bottom);
    clearBudget(QString());
}

void FirstImageBudgetView::setLayoutInfo(const CheckoutLayout &layout)
{
    const QString name = PayloadFormat::layoutName(layout.layout());
    const std::optional<CheckoutLayout::Evidence> e = layout.evidence();
    QString text;
    switch (layout.source()) {
    case CheckoutLayout::Source::Importer:
        text = tr("Layout: %1, read from %2 line %3").arg(name, e->file).arg(e->line);
        break;
    case CheckoutLayout::Source::Generator:
        text = tr("Layout: %1, read from %2 line %3 (the generator: the checkout has no importer that says)")
                   .arg(name, e->file)
                   .arg(e->line);
        break;
    case CheckoutLayout::Source::Default:
        text = tr("Layout: %1 (%2)").arg(name, layout.describeSource());
        break;
    }
    m_layout->setText(text);
    m_layout->setToolTip(e ? e->text
                           : tr("Neither %1 nor %2 says which layout the image must have")
                                 .arg(CheckoutLayout::importerPattern(), CheckoutLayout::generatorPath()));
    if (layout.findings().isEmpty()) {
        m_layoutNotice->hide();
        return;
    }
    QStringList items;
    for (const CheckoutLayout::Finding &f : layout.findings())
        items << Formatting::sentence(f.message).toHtmlEscaped();
    m_layoutNotice->showNotice(KMessageWidget::Warning,
        QStringLiteral("<ul style='margin:0'><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>"))));
}

void FirstImageBudgetView::setBudget(const QString &splitStep, const SrcfsPlan &plan)
{
    m_step = splitStep;
    updateTitle();
    const FirstImageBudget &b = plan.budget();
    for (FillMeter *meter : {m_files, m_bytes})
        meter->setEnabled(true);
    m_files->setUsage(b.filesUsed, b.filesLimit);
    m_files->setFormat(tr("%1 of %2 files").arg(number(b.filesUsed), number(b.filesLimit)));
    m_files->setToolTip(tr("%1 of the %2 files builder-hex0 can create (%3), folders included")
                            .arg(number(b.filesUsed), number(b.filesLimit), percentOf(b.filesUsed, b.filesLimit)));
    m_bytes->setUsage(b.bytesUsed, b.bytesLimit);
    m_bytes->setFormat(tr("%1 of %2").arg(Formatting::bytes(b.bytesUsed), Formatting::bytes(b.bytesLimit)));
    m_bytes->setToolTip(tr("%1 of %2 (%3)")
                            .arg(Formatting::exactBytes(b.bytesUsed), Formatting::exactBytes(b.bytesLimit),
                                percentOf(b.bytesUsed, b.bytesLimit)));

    if (b.fiwix) {
        // The room is what the ext2 image leaves of the file area; the srcfs takes its share
        // first, the build's own files before jump: fiwix the rest.
        const qint64 room = b.bytesLimit - b.fiwix->initrdBytes();
        const qint64 left = b.leftBeforeFiwix();
        m_fiwix->setEnabled(true);
        m_fiwix->setUsage(b.bytesUsed, room);
        m_fiwix->setFormat(left >= 0 ? tr("%1 left (inferred)").arg(Formatting::bytes(left))
                                     : tr("%1 short (inferred)").arg(Formatting::bytes(-left)));
        m_fiwix->setToolTip(
            tr("Inferred: jump: fiwix makes an ext2 image of %1 KiB (%2 line %3) in builder-hex0's file area, after "
               "the last file. The first image (%4) and every file the build writes before jump: fiwix must fit in "
               "the %5 it leaves: %6 for the build's own files.")
                .arg(number(b.fiwix->initrdKiB), b.fiwix->source)
                .arg(b.fiwix->line)
                .arg(Formatting::bytes(b.bytesUsed), Formatting::exactBytes(room),
                    left >= 0 ? Formatting::exactBytes(left) : tr("nothing")));
    } else {
        m_fiwix->setUsage(0, 0);
        m_fiwix->setEnabled(false);
        m_fiwix->setFormat(tr("unknown (inferred)"));
        m_fiwix->setToolTip(tr("The checkout has no steps/jump/fiwix.sh with 'make_fiwix_initrd -s KIB'"));
    }

    QStringList notes;
    const bool partial = plan.stage0PosixMissing() || !plan.missingDistfiles().isEmpty();
    if (!plan.fits())
        notes << QStringLiteral("<b>%1</b>")
                     .arg(tr("The first image does not fit builder-hex0's limits: choose a split step with fewer "
                             "distfiles before it.")
                              .toHtmlEscaped());
    else if (partial)
        notes << tr("The first image fits as far as it is known:").toHtmlEscaped();
    for (const FirstImageFinding &f : plan.findings())
        if (f.severity != FirstImageFinding::Severity::Info)
            notes << Formatting::sentence(f.message).toHtmlEscaped();
    if (plan.stage0PosixMissing())
        notes << plan.stage0PosixNote().toHtmlEscaped();
    if (!plan.missingDistfiles().isEmpty())
        notes << tr("%n distfile(s) of the first image missing, counted without their bytes", nullptr,
            int(plan.missingDistfiles().size()))
                     .toHtmlEscaped();
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_notes->setToolTip(plan.missingDistfiles().join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());

    QStringList named;
    QStringList all;
    for (const SrcfsPlan::Contributor &c : plan.largest()) {
        if (named.size() < LargestNamed)
            named << tr("%1 (%2)").arg(QFileInfo(c.path).fileName(), Formatting::bytes(c.size));
        all << tr("%1  %2").arg(Formatting::bytes(c.size), c.path);
    }
    m_largest->setText(named.isEmpty() ? QString() : tr("Largest: %1").arg(named.join(QStringLiteral(", "))));
    m_largest->setToolTip(all.join(QLatin1Char('\n')));
}

void FirstImageBudgetView::clearBudget(const QString &reason)
{
    m_step.clear();
    for (FillMeter *meter : {m_files, m_bytes, m_fiwix}) {
        meter->setUsage(0, 0);
        meter->setFormat(QString());
        meter->setToolTip(QString());
        meter->setEnabled(false);
    }
    m_largest->clear();
    m_notes->setText(reason.toHtmlEscaped());
    m_notes->setVisible(!reason.isEmpty());
    updateTitle();
}

void FirstImageBudgetView::setCounting(bool counting)
{
    m_counting = counting;
    updateTitle();
}

void FirstImageBudgetView::setSplitFits(int fitting, int total, const QStringList &notFitting)
{
    if (total == 0) {
        m_splits->clear();
        return;
    }
    m_splits->setText(tr("Split points that fit: %1 of %n", nullptr, total).arg(fitting));
    m_splits->setToolTip(notFitting.isEmpty()
            ? tr("Every improve step is a split point builder-hex0 can take")
            : tr("Too much for builder-hex0 before: %1").arg(notFitting.join(QStringLiteral(", "))));
}

void FirstImageBudgetView::updateTitle()
{
    QString title = m_step.isEmpty() ? tr("First image") : tr("First image before improve: %1").arg(m_step);
    if (m_counting)
        title += QLatin1Char(' ') + tr("(counting…)");
    m_title->setText(title);
}
