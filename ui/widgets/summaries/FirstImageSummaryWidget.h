// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QWidget>

class FillMeter;
class FirstImageReader;
class QFormLayout;
class QLabel;

// The facts about an opened first image beside its records: the stages (boot signature,
// stage-2 size and SHA-256, builder-hex0 revision), where the script starts and ends, the
// record counts, and the budget as three meters: file slots, file bytes, and what the Fiwix
// hand-off leaves. The last figure is our inference from upstream's sources, not upstream's
// word, so its meter and its text say "inferred" wherever they show it.
class FirstImageSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FirstImageSummaryWidget(QWidget *parent = nullptr);

    // While reading: the path, the facts cleared.
    void showLoading(const QString &path);
    // When the image could not be read at all: the path, no facts.
    void showUnreadable(const QString &path);
    // After reading (successful or not).
    void showReader(const FirstImageReader &reader);

    FillMeter *filesMeter() const { return m_filesMeter; }
    FillMeter *bytesMeter() const { return m_bytesMeter; }
    FillMeter *fiwixMeter() const { return m_fiwixMeter; }
    // The text of the fact named `objectName` ("revision", "stage2", ...), for tests.
    QString fact(const QString &objectName) const;

private:
    void clearFacts(const QString &path, const QString &text);
    QLabel *addFact(QFormLayout *form, const QString &objectName, const QString &label);
    void showBudget(const FirstImageReader &reader);

    QLabel *m_file;
    QLabel *m_imageSize;
    QLabel *m_stage1;
    QLabel *m_stage2;
    QLabel *m_sha256;
    QLabel *m_revision;
    QLabel *m_script;
    QLabel *m_scriptEnd;
    QLabel *m_counts;
    QLabel *m_trailing;
    FillMeter *m_filesMeter;
    FillMeter *m_bytesMeter;
    FillMeter *m_fiwixMeter;
    QLabel *m_fiwixLabel;
    QLabel *m_fiwixNote;
};
