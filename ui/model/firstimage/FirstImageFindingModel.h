// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "FirstImageFinding.h"

#include <QAbstractTableModel>

// The findings about a first image, one row each: severity (as the icon of the code column),
// code, record, offset and message. A table model rather than list items, because a damaged
// script can give one finding per record and the list is handed over in one reset.
class FirstImageFindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, RecordColumn, OffsetColumn, MessageColumn, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole + 1, // int: the record the finding is about, -1 for the image
        SeverityRole, // int: FirstImageFinding::Severity
    };

    explicit FirstImageFindingModel(QObject *parent = nullptr);

    // `imageName` is the name the messages start with (FirstImageReader::fileName()): the
    // message column leaves out that prefix and the record and byte the other columns show.
    void setFindings(FirstImageFindings findings, const QString &imageName = {});
    const FirstImageFindings &findings() const { return m_findings; }
    int count(FirstImageFinding::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Error", "Warning", "Information".
    static QString severityText(FirstImageFinding::Severity severity);
    // `finding`'s message without "init.img: record 12 at byte 90112: " in front.
    static QString shortMessage(const FirstImageFinding &finding, const QString &imageName);

private:
    FirstImageFindings m_findings;
    QString m_imageName;
};
