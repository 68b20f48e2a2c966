// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// start-bench ROUNDS COMMAND... : times how long programs take from start to exit, for
// scripts/bench's start-up section. Each COMMAND is one argument, its words separated by
// spaces (no quoting: the benchmark's commands need none). The commands run by turns, ROUNDS
// times, so a busy spell on a shared machine falls on all of them alike; each is started with
// posix_spawn, its output going to /dev/null, and waited for. Prints one line per command:
// the median and the fastest run of wall time in milliseconds, the median of the CPU time it
// used (user + system, from wait4), then the command. The median wall time is the figure: it
// shrugs off the odd run a page fault storm or another process slowed. The CPU time hardly
// depends on what else the machine is doing, so it tells a busy machine from a slow start.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

std::vector<std::string> words(const char *command)
{
    std::vector<std::string> result;
    std::string word;
    for (const char *p = command;; ++p) {
        if (*p == ' ' || *p == '\0') {
            if (!word.empty())
                result.push_back(word);
            word.clear();
            if (*p == '\0')
                break;
        } else {
            word += *p;
        }
    }
    return result;
}

double now()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double milliseconds(const timeval &tv)
{
    return double(tv.tv_sec) * 1e3 + double(tv.tv_usec) / 1e3;
}

// Runs `argv` once with its output discarded; returns the milliseconds it took and sets *cpu
// to the CPU milliseconds it used, or returns -1 when it could not start or did not exit with 0.
double runOnce(std::vector<char *> &argv, const posix_spawn_file_actions_t &actions, double *cpu)
{
    const double start = now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    const double took = now() - start;
    *cpu = milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime);
    return took;
}

double median(std::vector<double> &values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: start-bench ROUNDS COMMAND...\n");
        return 2;
    }
    const int rounds = std::max(1, std::atoi(argv[1]));
    std::vector<std::vector<std::string>> commands;
    for (int i = 2; i < argc; ++i)
        commands.push_back(words(argv[i]));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);

    std::vector<std::vector<double>> times(commands.size());
    std::vector<std::vector<double>> cpuTimes(commands.size());
    std::vector<std::vector<char *>> argvs(commands.size());
    for (size_t c = 0; c < commands.size(); ++c) {
        for (std::string &w : commands[c])
            argvs[c].push_back(w.data());
        argvs[c].push_back(nullptr);
    }
    for (int r = 0; r < rounds; ++r) {
        for (size_t c = 0; c < commands.size(); ++c) {
            double cpu = 0;
            const double ms = runOnce(argvs[c], actions, &cpu);
            if (ms < 0) {
                std::fprintf(stderr, "start-bench: %s failed\n", argv[c + 2]);
                return 1;
            }
            times[c].push_back(ms);
            cpuTimes[c].push_back(cpu);
        }
    }
    for (size_t c = 0; c < commands.size(); ++c) {
        const double wall = median(times[c]);
        std::printf("%.3f %.3f %.3f %s\n", wall, times[c].front(), median(cpuTimes[c]), argv[c + 2]);
    }
    posix_spawn_file_actions_destroy(&actions);
    return 0;
}
