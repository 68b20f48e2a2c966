// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "CancelSignal.h"

#include <array>
#include <csignal>

namespace {

std::atomic<bool> s_canceled {false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void onSignal(int signalNumber)
{
    // Only async-signal-safe calls here.
    if (s_canceled.exchange(true)) {
        std::signal(signalNumber, SIG_DFL);
        std::raise(signalNumber);
    }
}

} // namespace

namespace CancelSignal {

void install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // Restart interrupted reads and writes: the job notices the flag between chunks.
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : std::array {SIGINT, SIGTERM, SIGHUP})
        sigaction(signalNumber, &action, nullptr);
}

const std::atomic<bool> &flag()
{
    return s_canceled;
}

bool raised()
{
    return s_canceled.load(std::memory_order_relaxed);
}

} // namespace CancelSignal
