// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "FirstImageFinding.h"

QString FirstImageFinding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString FirstImageFinding::codeKey(Code code)
{
    switch (code) {
    case Code::BadBootSignature:
        return QStringLiteral("bad-boot-signature");
    case Code::UnknownBuilderHex0:
        return QStringLiteral("unknown-builder-hex0");
    case Code::ScriptMisplaced:
        return QStringLiteral("script-misplaced");
    case Code::MalformedRecord:
        return QStringLiteral("malformed-record");
    case Code::TooManyFiles:
        return QStringLiteral("too-many-files");
    case Code::TooManyBytes:
        return QStringLiteral("too-many-bytes");
    case Code::NameTooLong:
        return QStringLiteral("name-too-long");
    case Code::ArgumentTooLong:
        return QStringLiteral("argument-too-long");
    case Code::TruncatedFile:
        return QStringLiteral("truncated-file");
    case Code::UnterminatedScript:
        return QStringLiteral("unterminated-script");
    case Code::MissingParent:
        return QStringLiteral("missing-parent");
    case Code::MissingInput:
        return QStringLiteral("missing-input");
    case Code::DuplicatePath:
        return QStringLiteral("duplicate-path");
    case Code::EmptyFileBecomesFolder:
        return QStringLiteral("empty-file-becomes-folder");
    case Code::FiwixInitrdDoesNotFit:
        return QStringLiteral("fiwix-initrd-does-not-fit");
    }
    return {};
}

bool hasFirstImageErrors(const FirstImageFindings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
        [](const FirstImageFinding &f) { return f.severity == FirstImageFinding::Severity::Error; });
}
