// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadFormat.h"

#include <QWidget>

class FillMeter;
class QComboBox;
class QLabel;

// The status bar's facts about the list or image in front: entry count, payload bytes, the
// image size for the layout, the number of problems, and optionally how full a target disk
// of a chosen size would be (red when the image will not fit).
class PayloadStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadStatusWidget(QWidget *parent = nullptr);

    // `errors` block a build (or the import at boot); `warnings` do not; `failedTests` counts
    // distfiles whose last integrity test failed (they would fail at boot, not at the import);
    // `mismatches` how many of the warnings are contents that are not what the name promises.
    void setFacts(int entries, qint64 payloadBytes, qint64 imageSize, PayloadFormat::Layout layout, int errors,
        int warnings, int hashing, int failedTests = 0, int mismatches = 0);

    // 0 when no target disk is chosen.
    qint64 targetDiskBytes() const;
    void setTargetDiskBytes(qint64 bytes);
    // True when a target is chosen and the image is larger.
    bool exceedsTarget() const;

    QString entriesText() const;
    QString problemsText() const;

Q_SIGNALS:
    void targetDiskChanged(qint64 bytes);

private:
    void updateFill();

    QLabel *m_entries;
    QLabel *m_payload;
    QLabel *m_image;
    QLabel *m_problemIcon;
    QLabel *m_problems;
    QComboBox *m_target;
    FillMeter *m_fill;
    qint64 m_imageSize = 0;
};
