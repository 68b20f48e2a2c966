// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "dialogs/MirrorsDialog.h"
#include "widgets/presentation/StatusColours.h"
#include "window/AppSettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

MirrorsDialog::MirrorsDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("mirrorsDialog"));
    setWindowTitle(tr("Distfile Mirrors"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Fetch Missing tries these mirrors first, in this order, as "
                                "<tt>&lt;mirror&gt;/&lt;file name&gt;</tt>, then each distfile's own URL. "
                                "One URL a line:"));
    intro->setWordWrap(true);
    intro->setBuddy(m_edit);
    layout->addWidget(intro);
    m_edit->setAccessibleName(tr("Mirror URLs"));
    m_edit->setPlaceholderText(tr("https://mirror.example.org/live-bootstrap/distfiles"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setMinimumSize(480, 160);
    layout->addWidget(m_edit, 1);
    m_problem->setWordWrap(true);
    m_problem->setPalette(StatusColours::labelPalette(StatusColours::Role::Negative, m_problem->palette()));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MirrorsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &MirrorsDialog::refresh);
    setMirrors(AppSettings::mirrors());
}

QStringList MirrorsDialog::mirrors() const
{
    QStringList out;
    for (QString line : m_edit->toPlainText().split(QLatin1Char('\n'))) {
        line = line.trimmed();
        while (line.endsWith(QLatin1Char('/')))
            line.chop(1);
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

void MirrorsDialog::setMirrors(const QStringList &mirrors)
{
    m_edit->setPlainText(mirrors.join(QLatin1Char('\n')));
    refresh();
}

QStringList MirrorsDialog::invalidLines() const
{
    QStringList bad;
    for (const QString &line : mirrors()) {
        const QUrl url(line, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("ftp")))
            bad << line;
    }
    return bad;
}

void MirrorsDialog::refresh()
{
    const QStringList bad = invalidLines();
    m_problem->setVisible(!bad.isEmpty());
    m_problem->setText(
        bad.isEmpty() ? QString() : tr("Not an http, https or ftp URL: %1").arg(bad.join(QStringLiteral(", "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bad.isEmpty());
}

void MirrorsDialog::accept()
{
    if (!invalidLines().isEmpty())
        return;
    AppSettings::setMirrors(mirrors());
    QDialog::accept();
}
